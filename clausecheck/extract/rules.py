"""The default offline engine: stance and facts from the retrieved clauses, by the topic's
signal phrases (prompts/*.yaml) and a small decision per topic.

Where clauses disagree, the least protective binding one decides (the spec's rule), and every
clause used is cited. A permissive phrase governed by a negation in its own clause ("will not
use ... to improve") does not count as permission.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..durations import find_durations
from ..models import Citation, Document, Finding
from ..retrieve import Retrieved
from ..topics import Topic
from .evidence import Hit, cite, find, has, negated, topic_sentences

MAX_CITATIONS = 4
Decision = tuple[str, dict[str, Any], list[Hit]]


def extract(topic: Topic, retrieved: Retrieved, doc: Document) -> Finding:
    """One finding for the topic; `not_addressed` when nothing fits."""
    sentences = topic_sentences(retrieved.chunks)
    stance, facts, hits = DECIDERS[topic.id](topic, sentences)
    citations: list[Citation] = []
    for hit in hits:
        citation = cite(doc, hit)
        if citation.quote and all(c.quote != citation.quote for c in citations):
            citations.append(citation)
        if len(citations) >= MAX_CITATIONS:
            break
    return Finding(
        topic=topic.id,
        stance=stance,
        facts=facts,
        summary=summarise(topic, stance, facts),
        citations=citations,
        searched=retrieved.record(),
    )


# --- data_location ---------------------------------------------------------------------------


def _regions(topic: Topic, text: str) -> list[str]:
    found = []
    for code, names in topic.extra.get("regions", {}).items():
        for name in names:
            # Short upper-case codes ("US", "EU") must match in capitals; names in any case.
            flags = 0 if name.isupper() and len(name) <= 4 else re.IGNORECASE
            if re.search(rf"(?<![\w.]){re.escape(name)}(?![\w])", text, flags):
                found.append(code)
                break
    return found


def decide_data_location(topic: Topic, sentences: list) -> Decision:
    in_eea = set(topic.extra.get("in_eea", []))
    located = [
        (s, sec)
        for s, sec in sentences
        if has(topic, "location_context", s.flat)
        and has(topic, "data_context", s.flat)
        and not has(topic, "boilerplate", s.flat)
    ]
    worldwide = [h for h in find(topic, "worldwide", located, allow_negated=False)]
    no_transfer = find(topic, "no_transfer", located)
    transfers = find(topic, "transfer_with_safeguards", sentences)
    mechanism_hits: list[Hit] = []
    mechanisms: list[str] = []
    for name, pattern in topic.extra.get("mechanisms", {}).items():
        for sentence, section in sentences:
            match = re.search(pattern, sentence.flat, re.IGNORECASE)
            if match:
                mechanisms.append(name)
                mechanism_hits.append(Hit("mechanism", sentence, section, match))
                break
    place_hits: list[Hit] = []
    regions: list[str] = []
    for sentence, section in located:
        codes = _regions(topic, sentence.flat)
        if codes:
            regions += [c for c in codes if c not in regions]
            place_hits.append(Hit("place", sentence, section, re.search(r"\S", sentence.flat)))  # type: ignore[arg-type]
    # Cite where the data is kept before sentences that only name a country.
    place_hits.sort(key=lambda h: not STORAGE.search(h.sentence.flat))
    outside = [r for r in regions if r not in in_eea]
    inside = [r for r in regions if r in in_eea]
    if worldwide:
        stance, hits = "unrestricted", worldwide + _with_codes(topic, place_hits, outside) + mechanism_hits
        regions = [*outside, "WORLDWIDE"] if outside else ["WORLDWIDE"]
    elif outside and _stored_outside(topic, place_hits, outside, in_eea):
        stance, hits = "outside_eu", _with_codes(topic, place_hits, outside) + mechanism_hits
        regions = outside
    elif inside and (transfers or mechanisms) and not no_transfer:
        stance, hits = (
            "eu_with_transfers",
            _with_codes(topic, place_hits, inside) + transfers + mechanism_hits,
        )
        regions = inside
    elif inside:
        stance, hits = "eu_only", no_transfer + _with_codes(topic, place_hits, inside)
        regions = inside
    elif transfers or mechanisms:
        stance, hits = "eu_with_transfers", transfers + mechanism_hits
    else:
        return "not_addressed", {"regions": None, "transfer_mechanisms": None}, []
    facts = {"regions": regions or None, "transfer_mechanisms": mechanisms or None}
    return stance, facts, hits


STORAGE = re.compile(
    r"\b(stor\w*|host\w*|servers?|infrastructure|data ?cent\w*|transferr?ed to|located|opgeslagen|"
    r"gevestigd|overgedragen naar)\b",
    re.IGNORECASE,
)


def _with_codes(topic: Topic, hits: list[Hit], codes: list[str]) -> list[Hit]:
    return [h for h in hits if set(_regions(topic, h.sentence.flat)) & set(codes)]


def _stored_outside(topic: Topic, place_hits: list[Hit], outside: list[str], in_eea: set[str]) -> bool:
    """A non-EU country named as where data is kept, not only as a party's seat or a law."""
    return any(STORAGE.search(h.sentence.flat) for h in _with_codes(topic, place_hits, outside))


# --- ai_training -----------------------------------------------------------------------------

OPT_OUT_REACH = 2500  # characters: about one section of a privacy notice
AI_ORDER = ["prohibited", "opt_in", "aggregated_only", "opt_out", "allowed"]
DATA_WORD = re.compile(
    r"\b(data|content|information|inputs?|outputs?|prompts|statistics|usage|gegevens|persoonsgegevens|informatie|"
    r"statistieken|it)\b",
    re.IGNORECASE,
)


def decide_ai_training(topic: Topic, sentences: list) -> Decision:
    by_stance: dict[str, list[Hit]] = {s: [] for s in AI_ORDER}
    by_stance["prohibited"] = find(topic, "prohibited", sentences)
    instructions = find(topic, "instructions_only", sentences)
    by_stance["opt_in"] = find(topic, "opt_in", sentences, allow_negated=True)
    for hit in find(topic, "allowed", sentences, allow_negated=False):
        flat = hit.sentence.flat
        if not DATA_WORD.search(flat):
            continue
        if has(topic, "aggregated_only", flat):
            by_stance["aggregated_only"].append(hit)
        elif has(topic, "opt_in", flat):
            by_stance["opt_in"].append(hit)
        elif has(topic, "opt_out", flat) or _opt_out_nearby(topic, sentences, hit):
            by_stance["opt_out"].append(hit)
        else:
            by_stance["allowed"].append(hit)
    for hit in find(topic, "aggregated_only", sentences, allow_negated=False):
        if hit not in by_stance["aggregated_only"] and DATA_WORD.search(hit.sentence.flat):
            by_stance["aggregated_only"].append(hit)
    if instructions and not by_stance["prohibited"]:
        by_stance["prohibited"] = instructions
    stance = next((s for s in reversed(AI_ORDER) if by_stance[s]), "not_addressed")
    if stance == "not_addressed":
        return stance, {"mentions_ai": None, "instructions_only": None}, []
    hits = by_stance[stance] + [h for h in by_stance["prohibited"] if stance != "prohibited"][:1]
    cited_text = " ".join(h.sentence.flat for h in hits)
    facts = {
        "mentions_ai": has(topic, "mentions_ai", cited_text),
        "instructions_only": bool(instructions) and stance == "prohibited",
    }
    if stance == "prohibited" and instructions:
        hits = by_stance["prohibited"] + [h for h in instructions if h not in by_stance["prohibited"]]
    return stance, facts, hits


def _opt_out_nearby(topic: Topic, sentences: list, hit: Hit) -> bool:
    """An opt-out offered further on in the same passage qualifies the use just described
    ("we use these data to build models ... You can switch these features off")."""
    for sentence, section in sentences:
        nearby = hit.sentence.end <= sentence.start <= hit.sentence.end + OPT_OUT_REACH
        if nearby and section == hit.section and has(topic, "opt_out", sentence.flat):
            return True
    return False


# --- staff_access ----------------------------------------------------------------------------

STAFF_FACTS = ("need_to_know", "confidentiality", "access_logging", "background_checks", "customer_approval")


def decide_staff_access(topic: Topic, sentences: list) -> Decision:
    about_people = [(s, sec) for s, sec in sentences if has(topic, "personnel", s.flat)]
    hits: dict[str, list[Hit]] = {}
    about_data = [(s, sec) for s, sec in sentences if has(topic, "data_subject", s.flat)]
    about_either = [p for p in sentences if p in about_people or p in about_data]
    for fact in STAFF_FACTS:
        pool = about_either if fact in ("access_logging", "confidentiality") else about_people
        hits[fact] = find(topic, fact, pool)
    # Logging counts only beside a promise about access; a system log alone says nothing of staff.
    restricting = [
        f for f in ("need_to_know", "confidentiality", "background_checks", "customer_approval") if hits[f]
    ]
    broad = find(topic, "broad", about_people, allow_negated=False)
    facts: dict[str, Any] = {f: (True if hits[f] else None) for f in STAFF_FACTS}
    if restricting:
        logged = bool(hits["access_logging"])
        stance = "restricted_logged" if logged else "restricted"
        cited = [h for f in (*restricting, "access_logging") for h in hits[f][:2]]
        return stance, facts, cited
    if broad:
        return "broad", facts, broad
    return "not_addressed", dict.fromkeys(STAFF_FACTS), []


# --- deletion --------------------------------------------------------------------------------


def decide_deletion(topic: Topic, sentences: list) -> Decision:
    about_end = [
        (s, sec)
        for s, sec in sentences
        if has(topic, "delete", s.flat) and has(topic, "trigger", s.flat) and not _about_backups(s.flat)
    ]
    at_end = [(s, sec) for s, sec in sentences if has(topic, "trigger", s.flat)]
    retained = [
        h
        for h in find(topic, "retained", sentences, allow_negated=False)
        + find(topic, "retained_at_end", at_end, allow_negated=False)
        if not has(topic, "legal_exception", h.sentence.flat)
    ]
    return_or_delete = find(topic, "return_or_delete", about_end + _returns(topic, sentences))
    deleted = [
        Hit("delete", s, sec, m)
        for s, sec in about_end
        if (m := _first(topic, "delete", s.flat)) and not negated(s.flat, m.start())
    ]
    # The legal carve-out counts where it qualifies deletion or retention, not anywhere.
    keeping = [
        (s, sec) for s, sec in sentences if has(topic, "delete", s.flat) or has(topic, "retain", s.flat)
    ]
    exception = find(topic, "legal_exception", keeping)
    certificate = find(topic, "certificate", sentences)
    if retained:
        stance, hits = "retained", retained
    elif return_or_delete:
        stance, hits = "return_or_delete", return_or_delete + deleted
    elif deleted:
        stance, hits = "deleted", deleted
    else:
        return (
            "not_addressed",
            {"deletion_days": None, "certificate": None, "legal_retention_exception": None},
            [],
        )
    days = [d for h in return_or_delete + deleted for d, _, _ in find_durations(h.sentence.flat)]
    day_hits = [h for h in return_or_delete + deleted if find_durations(h.sentence.flat)]
    facts = {
        "deletion_days": max(days) if days else None,
        "certificate": True if certificate else None,
        "legal_retention_exception": True if exception else None,
    }
    ordered = _unique(hits[:2] + day_hits[:1] + certificate[:1] + exception[:1])
    return stance, facts, ordered


def _returns(topic: Topic, sentences: list) -> list:
    return [(s, sec) for s, sec in sentences if has(topic, "return_or_delete", s.flat)]


def _about_backups(text: str) -> bool:
    return bool(re.search(r"\bback-?ups?\b|\bback-?up\w*\b", text, re.IGNORECASE))


def _first(topic: Topic, signal: str, text: str) -> re.Match[str] | None:
    matches = topic.matches(signal, text)
    return min(matches, key=lambda m: m.start()) if matches else None


def _unique(hits: list[Hit]) -> list[Hit]:
    seen: set[int] = set()
    out = []
    for hit in hits:
        if hit.sentence.start not in seen:
            seen.add(hit.sentence.start)
            out.append(hit)
    return out


# --- backups ---------------------------------------------------------------------------------


def decide_backups(topic: Topic, sentences: list) -> Decision:
    copies = []
    for i, (sentence, section) in enumerate(sentences):
        if has(topic, "backup", sentence.flat) or has(topic, "logs", sentence.flat):
            copies.append((sentence, section))
            # "Data in these environments is put beyond use": the next sentence often says it.
            if i + 1 < len(sentences) and sentences[i + 1][0].start - sentence.end < 5:
                copies.append(sentences[i + 1])
    retained = find(topic, "retained", copies, allow_negated=True)
    overwritten = find(topic, "until_overwritten", copies, allow_negated=True)
    timed: list[Hit] = []
    days: list[int] = []
    for sentence, section in copies:
        durations = find_durations(sentence.flat)
        if durations and has(topic, "retention_words", sentence.flat):
            days += [d for d, _, _ in durations]
            timed.append(Hit("time_limited", sentence, section, re.search(r"\S", sentence.flat)))  # type: ignore[arg-type]
    if retained:
        return "retained", {"backup_retention_days": max(days) if days else None}, retained + timed[:1]
    if overwritten and not timed:
        return "until_overwritten", {"backup_retention_days": None}, overwritten
    if timed:
        return "time_limited", {"backup_retention_days": max(days)}, timed + overwritten[:1]
    return "not_addressed", {"backup_retention_days": None}, []


# --- subprocessors ---------------------------------------------------------------------------


ADVANCE = re.compile(
    r"\b(in advance|before|prior to|beforehand|vooraf\w*|voorafgaand\w*|voordat)\b", re.IGNORECASE
)


def decide_subprocessors(topic: Topic, sentences: list) -> Decision:
    about = [(s, sec) for s, sec in sentences if has(topic, "parties", s.flat)]
    prior = find(topic, "prior_consent", about)
    general_auth = find(topic, "general_authorisation", about)
    notices = find(topic, "notice", about)
    objections = find(topic, "objection", sentences)
    general_use = find(topic, "general_use", about, allow_negated=False)
    listed = find(topic, "list_available", sentences)
    # Notice periods: durations in sentences that speak of something ahead of time.
    notice_days = [d for s, _ in about if ADVANCE.search(s.flat) for d, _, _ in find_durations(s.flat)]
    facts: dict[str, Any] = {
        "notice_days": max(notice_days) if notice_days else None,
        "list_available": True if listed else None,
    }
    if notices and objections:
        stance, hits = "notice_and_objection", general_auth[:1] + notices[:2] + objections[:1]
    elif prior and not general_auth and not general_use:
        stance, hits = "prior_consent", prior
    elif prior and general_auth:
        stance, hits = "notice_and_objection" if notices else "prior_consent", prior + general_auth
    elif general_use or general_auth:
        stance, hits = "general_no_notice", general_use + general_auth
    elif prior:
        stance, hits = "prior_consent", prior
    else:
        return "not_addressed", {"notice_days": None, "list_available": None}, []
    return stance, facts, _unique(hits + listed[:1])


# --- summaries -------------------------------------------------------------------------------


def summarise(topic: Topic, stance: str, facts: dict[str, Any]) -> str:
    phrases = {
        "regions": ", ".join(facts.get("regions") or []) or "no region named",
        "mechanisms": ", ".join(facts.get("transfer_mechanisms") or []) or "no named mechanism",
        "ai_phrase": " (including AI model training)" if facts.get("mentions_ai") else "",
        "instructions_phrase": " on the customer's documented instructions"
        if facts.get("instructions_only")
        else "",
        "limits": ", ".join(
            label
            for key, label in (
                ("need_to_know", "need-to-know"),
                ("confidentiality", "confidentiality"),
                ("background_checks", "background checks"),
                ("customer_approval", "customer approval"),
            )
            if facts.get(key)
        )
        or "stated limits",
        "days_phrase": _days_phrase(topic.id, facts),
        "certificate_phrase": ", confirmed in writing" if facts.get("certificate") else "",
        "exception_phrase": ", unless the law requires keeping it"
        if facts.get("legal_retention_exception")
        else "",
        "list_phrase": "; a list of sub-processors is available" if facts.get("list_available") else "",
    }
    return topic.summaries[stance].format(**phrases)


def _days_phrase(topic_id: str, facts: dict[str, Any]) -> str:
    if topic_id == "deletion" and facts.get("deletion_days"):
        return f" within {facts['deletion_days']} days"
    if topic_id == "backups":
        return (
            f"{facts.get('backup_retention_days')} days"
            if facts.get("backup_retention_days")
            else "a stated period"
        )
    if topic_id == "subprocessors" and facts.get("notice_days"):
        return f" (at least {facts['notice_days']} days)"
    return ""


DECIDERS: dict[str, Callable[[Topic, list], Decision]] = {
    "data_location": decide_data_location,
    "ai_training": decide_ai_training,
    "staff_access": decide_staff_access,
    "deletion": decide_deletion,
    "backups": decide_backups,
    "subprocessors": decide_subprocessors,
}
