"""Which vendor staff can see our data, under what limits, and is that access logged?

This topic's home: its stances, fact keys and default risks, how the rules engine decides, and the
words its summary is built from. The phrases it looks for are in prompts/staff_access.yaml.
"""

from __future__ import annotations

import re
from typing import Any

from ..extract.evidence import (
    Decision,
    Hit,
    Sentences,
    binds_other,
    clause_of,
    find,
    has,
    same_sentence,
    semicolon_part,
    shortly_after,
)
from ..topics import Topic

ID = "staff_access"
# Most to least protective, as in the spec; not_addressed last (silence is a red flag).
STANCES: tuple[str, ...] = ("restricted_logged", "restricted", "broad", "not_addressed")
FACTS: tuple[str, ...] = (
    "need_to_know",
    "confidentiality",
    "access_logging",
    "background_checks",
    "customer_approval",
)
# The spec's default risk per stance; a conditional stance names its two playbook cases.
DEFAULT_RISK: dict[str, str | dict[str, str]] = {
    "restricted_logged": "low",
    "restricted": "medium",
    "broad": "high",
    "not_addressed": "high",
}
# How the LLM engine is asked for the facts.
FACT_PROMPT = "need_to_know, confidentiality, access_logging, background_checks, customer_approval"
CONDITIONS: dict[str, tuple[str, str]] = {}
# Access logging often has an article of its own ("Artikel 5 Logging"): a restriction read in the
# best-ranked clauses is completed by a logging promise anywhere in the document.
COMPLETED_BY: dict[str, str] = {"restricted": "restricted_logged"}


NEXT_SENTENCE = 200  # characters: how far on the sentence after one about staff may start


# A definition in a list of terms: "- Remote-toegangsvoorziening: de ... voorziening waarlangs ...",
# "Support Portal: the portal through which ...".
# (a line with a modal grants something itself: "Staff access: the engineers ... can access all ...")
MODAL = re.compile(r"\b(may|can|could|will|shall|must|mag|mogen|kan|kunnen|zal|zullen|moet|moeten)\b", re.I)
DEFINED_TERM = re.compile(
    r"^\W*[\"“]?[A-Z][\w-]*(\s+[\w-]+){0,4}[\"”]?\s*:\s+(de|het|een|the|a|an)\s", re.UNICODE
)


def _next_in_article(sentences: Sentences, anchors: Sentences, known: Sentences) -> Sentences:
    """The sentences, not yet `known`, that stand shortly after one of the anchors in its article."""
    return [
        (s, sec)
        for s, sec in sentences
        if (s, sec) not in known
        and any(shortly_after(s, sec, p, psec, NEXT_SENTENCE, in_article=True) for p, psec in anchors)
    ]


def decide(topic: Topic, sentences: Sentences) -> Decision:
    # A definition says what a word means ('"Usage Data" means information about how the Service is
    # accessed ... error logs'), not who may look or what is logged.
    if topic.reading:
        sentences = [(s, sec) for s, sec in sentences if not topic.reading.is_definition(s.flat)]
    about_people = [(s, sec) for s, sec in sentences if has(topic, "personnel", s.flat)]
    hits: dict[str, list[Hit]] = {}
    # (what sub-processors may do is not what the vendor's own staff may see)
    about_data = [
        (s, sec)
        for s, sec in sentences
        if has(topic, "data_subject", s.flat)
        and not (has(topic, "other_party", s.flat) and not has(topic, "personnel", s.flat))
    ]
    about_either = [p for p in sentences if p in about_people or p in about_data]
    # "Access is limited to staff who need it. All access is logged.": the sentence after one
    # about staff speaks of the same access.
    # (or the next clause of the same article: "5.2 The access of the personnel ... is limited ... 5.3
    # All the accesses of the administration accounts to the Platform and to the Data are traced")
    about_either += _next_in_article(sentences, about_people, about_either)
    # ... and so does the sentence after one about access to the data: "Access to production systems
    # holding Client Personal Data is granted through named personal accounts ... All such access ...
    # is recorded in tamper-evident audit logs".
    access_to_data = [(p, psec) for p, psec in about_data if has(topic, "staff_access_named", p.flat)]
    about_either += _next_in_article(sentences, access_to_data, about_either)
    for fact in FACTS:
        # Logging, confidentiality and need-to-know may be said of the access itself, in the
        # sentence after one about staff ("Toegang wordt verleend op basis van need-to-know").
        pool = about_either if fact in ("access_logging", "confidentiality", "need_to_know") else about_people
        # A limit that a negation undoes ("mede, maar niet uitsluitend") limits nothing.
        hits[fact] = find(topic, fact, pool, allow_negated=fact != "need_to_know")
    # (entry to the buildings is logged, not who looks at the data: "Toegang tot de datacenterruimtes
    # ... wordt geregistreerd met behulp van persoonsgebonden toegangspassen")
    # (nor what the customer's own users change: "alle wijzigingen die gebruikers van de Klant aanbrengen,
    # worden bijgehouden in een audittrail")
    hits["access_logging"] = [
        h
        for h in hits["access_logging"]
        if not has(topic, "physical_entry", h.sentence.flat)
        and not (
            has(topic, "customer_users_trail", h.sentence.flat)
            and not has(topic, "staff_access_named", h.sentence.flat)
        )
    ]
    # (nor do the parties' promises to keep each other's secrets, in their own clause: "Each party shall
    # ... disclose the other party's Confidential Information only to its employees who need to know it")
    for fact in ("need_to_know", "confidentiality"):
        hits[fact] = [h for h in hits[fact] if not has(topic, "mutual_confidentiality", clause_of(h))]
    # (a need-to-know says who at the vendor may look, not what binds the customer: "De Klant geeft
    # geen persoonsgegevens ... in als Input, behalve voor zover dat noodzakelijk is")
    # (nor the reach of a licence: "verleent Shopvinck een licentie om de Klantinhoud te hosten ..., voor
    # zover dit nodig is om de Dienst te leveren")
    hits["need_to_know"] = [
        h
        for h in hits["need_to_know"]
        if not (binds_other(topic, h) and not STAFF.search(h.sentence.flat))
        and not LICENCE.search(h.sentence.flat)
    ]
    hits["need_to_know"] += find(topic, "access_except", about_people)
    # (access for a small named group is access on a need-to-know footing: "A small group of
    # engineers ... can access production systems")
    hits["need_to_know"] += [
        h for h in find(topic, "limited_group", about_people) if h not in hits["need_to_know"]
    ]
    # (and so is access only to deal with the customer's own request: "Our support team can view your
    # account to help with a ticket you've raised")
    hits["need_to_know"] += [
        h for h in find(topic, "own_request", about_people) if not same_sentence(h, hits["need_to_know"])
    ]
    # Logging counts only beside a promise about access; a system log alone says nothing of staff.
    restricting = [
        f for f in ("need_to_know", "confidentiality", "background_checks", "customer_approval") if hits[f]
    ]
    broad = find(topic, "broad", about_people, allow_negated=False)
    # The least protective binding clause decides: staff who "may access all customer data" with
    # no limit in that sentence outweigh a need-to-know promise elsewhere. (Access "from locations
    # outside the EEA" says where staff sit, not who may look: it outweighs nothing; nor does access
    # "subject to Section 4", under the limits set there.)
    unlimited = [
        h
        for h in broad
        # (a defined term says what a word means, not who may look: "- Remote-toegangsvoorziening: de
        # voorziening waarlangs Medewerkers op afstand toegang krijgen tot Systemen")
        if not (DEFINED_TERM.match(h.sentence.flat) and not MODAL.search(h.sentence.flat))
        # (the customer's say counts in the access's own part of the sentence: not "Als de klant ons
        # vraagt ..., mogen onze medewerkers meekijken; daarnaast kunnen al onze medewerkers ... inzien")
        # (the part its verb of looking stands in, where a match runs across a semicolon)
        and not has(topic, "customer_approval", _verb_part(h))
        and not any(
            has(topic, f, h.sentence.flat)
            for f in (
                "need_to_know",
                "from_where",
                "subject_to",
                "emergency",
                "limited_group",
                "own_request",
            )
        )
        and not _limited_after(topic, sentences, h)
    ]
    facts: dict[str, Any] = {f: (True if hits[f] else None) for f in FACTS}
    if unlimited:
        return "broad", facts, unlimited + [h for f in restricting for h in hits[f][:1]]
    if restricting:
        logged = bool(hits["access_logging"])
        stance = "restricted_logged" if logged else "restricted"
        # One quote for each fact first, so that every fact shown is quoted within the cap on
        # quotes: the first limit, then the logging that decides between the two stances.
        order = (*restricting[:1], "access_logging", *restricting[1:])
        cited = [hits[f][0] for f in order if hits[f]] + [h for f in order for h in hits[f][1:2]]
        return stance, facts, cited
    if broad:
        return "broad", facts, broad
    return "not_addressed", dict.fromkeys(FACTS), []


LICENCE = re.compile(r"\b(licen[cs]e|licentie)\b", re.IGNORECASE)
# The vendor's people by name (not "andere personen", anyone at all)
STAFF = re.compile(
    r"\b(\w*medewerkers?|werknemers?|personeel\w*|employees?|staff|personnel|engineers?|technici|\w*team)\b",
    re.IGNORECASE,
)


def _limited_after(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the next sentence limits the access ("... can access production systems. That access
    requires approval from a second engineer and is limited to the systems needed"), unless the
    access is said, there or in its own sentence, to need no one's permission ("We do not need your
    separate permission for such access. Access is limited to authorised personnel")."""
    after = [s for s, sec in sentences if shortly_after(s, sec, hit.sentence, hit.section, NEXT_SENTENCE)]
    return any(has(topic, "limits_that_access", s.flat) for s in after) and not any(
        has(topic, "no_permission_needed", s.flat) for s in [hit.sentence, *after]
    )


def _verb_part(hit: Hit) -> str:
    """The part of the hit's sentence, between semicolons, that holds the end of the hit."""
    flat, end = hit.sentence.flat, hit.match.end()
    start, stop = semicolon_part(flat, end - 1, end)
    return flat[start:stop]


def summary_phrases(facts: dict[str, Any]) -> dict[str, str]:
    """The words the summary templates in prompts/staff_access.yaml fill in."""
    limits = [
        label
        for key, label in (
            ("need_to_know", "need-to-know"),
            ("confidentiality", "confidentiality"),
            ("background_checks", "background checks"),
            ("customer_approval", "customer approval"),
        )
        if facts.get(key)
    ]
    return {"limits": ", ".join(limits) or "stated limits"}
