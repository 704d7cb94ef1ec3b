"""May the vendor hand our data to third parties, and do we get consent, notice or an objection right?

This topic's home: its stances, fact keys and default risks, how the rules engine decides, and the
words its summary is built from. The phrases it looks for are in prompts/subprocessors.yaml.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from ..chunk import article, same_article
from ..durations import find_durations
from ..extract.evidence import (
    ADJACENT,
    CLAUSE_NUMBER,
    DEROGATION,
    LIST_ROWS,
    Decision,
    Hit,
    Sentences,
    blank,
    clause_of,
    find,
    first,
    has,
    in_clause,
    is_heading,
    just_after,
    just_before,
    part_of,
    same_sentence,
    semicolon_part,
    shortly_after,
    unique,
)
from ..sentences import Sentence
from ..topics import Topic

ID = "subprocessors"
# Most to least protective, as in the spec; not_addressed last (silence is a red flag).
STANCES: tuple[str, ...] = ("prior_consent", "notice_and_objection", "general_no_notice", "not_addressed")
FACTS: tuple[str, ...] = ("notice_days", "list_available")
# The spec's default risk per stance; a conditional stance names its two playbook cases.
DEFAULT_RISK: dict[str, str | dict[str, str]] = {
    "prior_consent": "low",
    "notice_and_objection": {"within_limit": "low", "over_limit": "medium"},
    "general_no_notice": "high",
    "not_addressed": "high",
}
# How the LLM engine is asked for the facts.
FACT_PROMPT = "list_available (bool), notice_days (int or null)"
CONDITIONS: dict[str, tuple[str, str]] = {"notice_and_objection": ("within_limit", "over_limit")}
# (No completion from the whole document here: in privacy notices a notice of policy changes and a
# data subject's right to object, read together, look like a notice-and-objection procedure.)


VENDOR_REACH = 40  # characters after a consent in which whose consent it is stands
SAME_CLAUSE = 600  # characters: how far after a sentence naming sub-processors a notice still speaks of them
DENIED_REACH = 20  # characters before a deemed consent in which its denial stands
ONLY_REACH = 60  # characters before a use in which its "only" stands
REQUEST_REACH = 40  # characters before a consent in which its request stands
ADVANCE_AFTER = 30  # characters after a period in which "before the change" stands
NEXT_SENTENCE = 400  # characters: how far after a notice the sentence giving its period may start


def decide(topic: Topic, sentences: Sentences) -> Decision:
    about = [
        (s, sec)
        for s, sec in sentences
        # ("Neither party may assign this Agreement ..., except to an Affiliate" hands on the contract,
        # not data; "shall not assign or subcontract ..." still speaks of subcontracting)
        if has(topic, "parties", blank(topic, "third_country", s.flat))
        and not _anonymous(topic, s.flat)
        and (not has(topic, "assignment", s.flat) or has(topic, "subcontracting", s.flat))
    ]
    # A change to the annex that lists them speaks of them by the annex's name: "Changes to Appendix 2
    # will be announced ... at least four weeks before they take effect", where Appendix 2 is "Approved
    # Sub-processors" ("elke voorgenomen toevoeging van een entiteit in Bijlage 2").
    lists = _list_labels(topic, sentences)
    about += [
        (s, sec)
        for s, sec in sentences
        if lists
        and (s, sec) not in about
        and has(topic, "change_word", s.flat)
        and any(_label(m) in lists for m in ANNEX_NAMED.finditer(s.flat))
        # (not the customer's own request: "The Customer may request changes to Annex 2 ... by giving
        # thirty (30) days' written notice")
        and not has(topic, "customer_subject", s.flat)
    ]
    # ("Klant mag ... uitsluitend met toestemming van Leverancier aan derden doorverkopen": the
    # vendor's consent binds the customer, not the other way round; read on the consent itself.)
    prior = [
        h
        for h in find(topic, "prior_consent", about)
        if not has(topic, "vendor_consent", h.sentence.flat[h.match.start() : h.match.end() + VENDOR_REACH])
        # (nor the parties' promise to keep each other's secrets: "... not to disclose it to third
        # parties without the prior written consent of the other Party")
        and not has(topic, "mutual_confidentiality", part_of(h))
    ]
    # (or given for each party before it gets data: "We share data with vendors ... only after you have
    # approved each such vendor in writing")
    prior += [h for h in find(topic, "approved_first", about) if not same_sentence(h, prior)]
    granted = [
        h
        for h in find(topic, "general_authorisation", about, allow_negated=False)
        if not has(topic, "not_given", h.sentence.flat[h.match.end() :])
        # (a consent asked for is not one given: "shall request the Client's consent to the
        # engagement of a further subcontractor"; in its own part of the sentence, not "hoeft niet
        # om toestemming te vragen; Opdrachtgever verleent hierbij algemene toestemming")
        and not _requested(topic, h)
    ]
    # Consent to the listed ones only is no general authorisation, unless the sentence gives one too
    # ("..., as updated from time to time"): "The Customer consents to the engagement of the
    # Sub-processors listed in Annex 3" authorises those named. Where nothing else is said of
    # sub-processors, any other one needs the customer's consent again.
    listed_consent = [
        h
        for h in granted
        if has(topic, "listed_only", h.sentence.flat) and not has(topic, "general_words", h.sentence.flat)
    ]
    general_auth = [h for h in granted if h not in listed_consent]
    notices = find(topic, "notice", about)
    # "Vendor uses the Sub-processors listed at ... Vendor will notify Customer 30 days before any
    # change to this list": a notice that follows a sentence about sub-processors in the same
    # clause speaks of them without naming them again. A notice of changes to the policy itself
    # does not.
    near_about = [
        (s, sec)
        for s, sec in sentences
        if any(shortly_after(s, sec, a, about_sec, SAME_CLAUSE, in_article=True) for a, about_sec in about)
    ]
    follows = [
        (s, sec)
        for s, sec in near_about
        # (an advance period of another notice is no notice of a change: "Klant kondigt een audit
        # ten minste dertig dagen van tevoren aan")
        if (
            has(topic, "change_word", s.flat)
            or (has(topic, "advance", s.flat) and not has(topic, "other_notice", s.flat))
        )
        and not has(topic, "document_change", s.flat)
        # (nor one that follows only a change of the document itself: "Wij kunnen deze verklaring
        # aanpassen, bijvoorbeeld als wij een nieuwe dienstverlener inschakelen. ... Bij belangrijke
        # wijzigingen informeren wij klanten per e-mail.")
        and not _after_document_change(topic, s, sec, about)
        # (nor one that follows a change of something else: "Vendor may change the technical set-up
        # of the Services. It will inform Customer of changes with a noticeable impact five days ahead.")
        and not _after_another_change(topic, s, sec, sentences)
        # (nor one of changes to another annex than the list: "... in advance of changes to Annex 4
        # (Technical and Organisational Measures)", where Annex 2 lists the sub-processors)
        and not _of_another_annex(s.flat, lists)
    ]
    # In such a sentence the change is already named: "It will notify Customer four weeks in
    # advance" needs no change word of its own once it gives an advance period.
    ahead = [
        (s, sec)
        for s, sec in follows
        if has(topic, "advance", s.flat) and not has(topic, "other_notice", s.flat)
    ]
    # So is one that names the change before its notice: "may replace a Sub-processor ...; in all
    # other cases Vendor will notify Customer 30 days in advance".
    ahead += [
        (s, sec)
        for s, sec in about
        if (change := first(topic, "change_word", s.flat))
        and (verb := first(topic, "notice_verb", s.flat[change.end() :]))
        and has(topic, "advance", s.flat[change.end() + verb.end() :])
        and not has(topic, "other_notice", s.flat)
        and not has(topic, "document_change", s.flat)
    ]
    notices = unique(notices + find(topic, "notice", follows) + find(topic, "notice_verb", ahead))
    # (not a notice said not to be given, in its own clause and not as an emergency's exception:
    # "hoeven we je dat niet vooraf te laten weten")
    notices = [
        h
        for h in notices
        if _of_a_change(topic, h)
        and not _said_not_given(topic, h)
        # (nor one right after a change of something else: "We may update this Data Usage Policy from
        # time to time. If we make a material change, we will notify ...")
        and not _announces_another_change(topic, h.sentence, h.section, sentences)
        # (in the notice's own clause: "Customer is responsible for obtaining any consents ..., and
        # Vendor will notify Customer 30 days before engaging a new Sub-processor")
        and not _of_another_matter(topic, h)
        # (nor a notice clause said not to apply: "Section 9.3 (Notice of New Subprocessors) and
        # Customer's right to object under that Section do not apply to Model Providers")
        and not has(topic, "disapplied", h.sentence.flat)
        # (nor one about handing the data to the customer's next provider at the end: "Onderwijsinstelling
        # laat Verwerker ... weten of ... overgedragen aan een nieuwe ICT-dienstverlener")
        and not has(topic, "exit_handover", h.sentence.flat)
    ]
    # A later clause that sets the notice clause's period again for some changes, by its number: "Where
    # the change concerns a provider of AI inference ..., the notice period in clause 7.2 shall be ten
    # (10) days". It is a notice of those changes, with a period of its own.
    notices += [h for h in _periods_of_notice_clauses(topic, sentences, notices) if h not in notices]
    # A data subject's objection to processing is no say over sub-processors; an objection in a
    # sentence that names them ("object to the processing by the new Sub-processor") is.
    objections = [
        h
        for h in find(topic, "objection", sentences)
        if (not has(topic, "subject_objection", h.sentence.flat) or has(topic, "parties", h.sentence.flat))
        and not has(topic, "no_objection", h.sentence.flat)
        and not has(topic, "disapplied", h.sentence.flat)
    ]
    # What the customer may do when it does not want the new party, said in the notice or right
    # after it ("If Customer does not agree, it may terminate"), is an objection right by other words.
    # (Not a refused consent: "If the Client refuses authorisation ..., either Party may terminate".)
    after_notice = [
        (s, sec)
        for s, sec in sentences
        if any(
            s is h.sentence or shortly_after(s, sec, h.sentence, h.section, NEXT_SENTENCE, in_article=True)
            for h in notices
        )
    ]
    objections += [
        h
        for h in find(topic, "disagreement", after_notice)
        + [
            h
            for h in find(topic, "exit", after_notice, allow_negated=False)
            if has(topic, "disagreement", h.sentence.flat)
            or has(topic, "parties", h.sentence.flat)
            or has(topic, "change_word", h.sentence.flat)
        ]
        if h not in objections
        and not has(topic, "consent_word", h.sentence.flat)
        # ("If Customer refuses to authorise a new Sub-processor, ... If, as a result, Vendor cannot
        # provide the Services, either Party may terminate": the end of a refused consent)
        and not _after_refusal(topic, sentences, h)
    ]
    # "Upon your instructions, we may share": the customer decides, so no use without a say.
    # "Customer may engage consultants", "Je kunt documenten delen met derden": what the customer
    # does is no use of sub-processors by the vendor. "... may engage Sub-processors, provided that
    # it obtains Customer's prior written approval" is a consent.
    # "Lumière may use ... third-party model providers. Lumière will not route Customer Content to
    # any ... sub-processor, unless the Customer has given its prior specific written authorisation":
    # a use the same article makes subject to consent is that consent.
    general_use = [
        h
        for h in find(topic, "general_use", about, allow_negated=False)
        if not has(topic, "customer_directed", h.sentence.flat)
        and not has(topic, "customer_action", h.sentence.flat)
        # (a third country is no third party: "verplicht tot verstrekking van Persoonsgegevens aan
        # een overheid van dat derde land")
        and has(topic, "general_use", blank(topic, "third_country", h.sentence.flat))
        # (the processor decides nothing itself, "including disclosure to third parties")
        and not _decides_nothing(topic, h)
        and not (
            has(topic, "consent_condition", h.sentence.flat) and has(topic, "prior_consent", h.sentence.flat)
        )
        and not has(topic, "approved_first", h.sentence.flat)
        and not any(_consent_beside(topic, h, p) for p in prior)
        # (nor a use a ban just before takes in: "... niet voor eigen doeleinden. Hieronder valt in
        # ieder geval: ..., het verstrekken aan derden voor commerciële doeleinden")
        and not _listed_under_a_ban(topic, h, sentences)
        # (nor one whose next sentence hands the parties that get personal data to the consent clause:
        # "... mag derden inschakelen. Voor zover die derden persoonsgegevens verwerken, gelden de
        # regels uit artikel 7 van de Verwerkersbijlage", where that article asks consent)
        and not _rules_elsewhere(topic, h, sentences, prior)
    ]
    general_use += [
        h
        for h in find(topic, "no_consent_needed", about + near_about)
        if h not in general_use
        # (not an emergency's exception to a notice given in all other cases: "may replace a
        # Sub-processor without prior notice in an emergency; in all other cases ... 30 days in advance")
        and not (has(topic, "emergency", part_of(h)) and any(n.sentence is h.sentence for n in notices))
    ]
    general_use += [
        h
        for h in find(topic, "sharing", sentences, allow_negated=False)
        if h not in general_use and not has(topic, "customer_action", h.sentence.flat)
    ]
    # (nor the use of the listed ones only, which the sentence authorises: "Customer hereby authorises
    # Processor to engage the entities listed in Annex 4 as Sub-processors")
    general_use = [h for h in general_use if not same_sentence(h, listed_consent)]
    # (nor a disclosure only where the law compels it)
    general_use = [
        h
        for h in general_use
        if not _anonymous(topic, h.sentence.flat) and not _only_when_compelled(topic, h)
    ]
    # "... may be performed by third parties in the absence of the Client's prior consent" names
    # consent only to say it is not needed.
    used = {h.sentence.start for h in general_use}
    prior = [h for h in prior if h.sentence.start not in used]
    listed = find(topic, "list_available", sentences) + _rows_under_a_list_title(topic, sentences)
    engaged = [
        h
        for h in find(topic, "engaged", about, allow_negated=False)
        if not has(topic, "cross_reference", h.sentence.flat)
        and not has(topic, "customer_subject", h.sentence.flat)
        # (nor the customer's own: "a sub-processor of the Customer's choosing")
        and not has(topic, "customer_chosen", h.sentence.flat)
    ] + listed
    # Art. 28(2): a general authorisation, then "the Processor shall inform ... of any intended
    # changes ... the Controller may object" - the notice sentence need not name the parties.
    # (Only in a numbered section: a document without numbering is one "section".)
    authorised = {h.section for h in general_auth if h.section}
    notices = unique(
        notices
        + [
            h
            for h in find(topic, "notice", [(s, sec) for s, sec in sentences if sec in authorised])
            if _of_a_change(topic, h)
            and not _announces_another_change(topic, h.sentence, h.section, sentences)
            and not _of_another_matter(topic, h)
        ]
    )
    # The SCCs' Clause 9(a) chosen by reference: Option 2 is a general authorisation that itself
    # promises notice of intended changes and time to object; Option 1 a specific prior one.
    # (A choice that leaves the notice to the agreement's own clause is a general authorisation; that
    # clause says what notice there is.)
    scc = _scc_choices(topic, "scc_general", sentences)
    general_auth += scc
    scc = [h for h in scc if not has(topic, "scc_defers", h.sentence.flat)]
    notices = unique(notices + scc)
    objections += [h for h in scc if h not in objections]
    scc_prior = _scc_choices(topic, "scc_specific", sentences)
    prior += scc_prior
    # Its "time period", given in the choice or right after it (under Option 1, how far ahead
    # consent is asked).
    scc_periods = [
        Hit("scc_period", s, sec, m)
        for h in scc + scc_prior
        for s, sec in sentences
        if (s is h.sentence or shortly_after(s, sec, h.sentence, h.section, NEXT_SENTENCE))
        and (m := first(topic, "scc_period", s.flat))
        and find_durations(s.flat)
    ]
    # A notice whose exception is set out in another clause reads with that clause's own notice:
    # "at least thirty (30) days before ..., except as set out in Annex 4, section A4.7", where A4.7
    # gives fourteen days for one kind of sub-processor.
    notices = unique(notices + _excepted_notices(topic, notices, sentences))
    # Notice periods: durations in sentences that speak of something ahead of time.
    # Only from notice sentences, which are then cited: a fact shown is a fact quoted.
    # A period given in the next sentence of the same clause counts too ("... notify Customer of
    # any new Sub-processor. Such notice will be given at least 30 days before ...").
    nearby = [
        Hit("notice", s, sec, m)
        for h in notices
        for s, sec in sentences
        if shortly_after(s, sec, h.sentence, h.section, NEXT_SENTENCE, in_article=True)
        and not has(topic, "other_notice", s.flat)
        # (nor a notice of something else: "... shall notify the Customer of any planned maintenance")
        and not has(topic, "other_matter", s.flat)
        and not _objection_window(topic, s)
        and not _announces_another_change(topic, s, sec, sentences)
        and not has(topic, "exit_handover", s.flat)
        and not has(topic, "phrase_defined", s.flat)
        and (
            m := first(topic, "notice", s.flat)
            or first(topic, "notice_period", s.flat)
            # ("... until that thirty (30) day objection period has expired": the start held back)
            or first(topic, "waiting", s.flat)
        )
    ]
    requests = find(topic, "consent_request", about + follows)
    # A clause that sets the notice clause aside by naming it gives its own period, whatever it calls
    # the new party: "In deviation from Section 11.2, Vendor may replace the AI Service Provider with a
    # notice period of fourteen (14) days".
    derogating = [
        Hit("notice", s, sec, m)
        for s, sec in sentences
        if (m := first(topic, "notice_override", s.flat))
        and any(h.section and _names_article(s, h.section, sentences) for h in notices)
        and has(topic, "notice_period", s.flat[m.end() :])
    ]
    day_hits = [
        h
        for h in unique(notices + nearby + requests + derogating)
        if (
            has(topic, "advance", h.sentence.flat)
            or has(topic, "waiting", h.sentence.flat)
            or _named_notice_period(topic, h.sentence)
        )
        and find_durations(h.sentence.flat)
    ]
    # (not the customer's objection window, whatever notice it names: "Customer may object to a new
    # Sub-processor by written notice ... no later than ten (10) days before the end of the notice
    # period", "... within thirty (30) days of Vendor's notice")
    # (but the defined notice period such a sentence names is the notice period: "Customer may object
    # before the end of the Notice Period", the Notice Period meaning fourteen days)
    day_hits = [h for h in unique(day_hits + scc_periods) if not _objection_window(topic, h.sentence)]
    # Consent deemed given after a silence: the window the change waits for is its notice period,
    # where no other is given ("unless the Client objects within ten working days", or "within that
    # period" of the sentence before).
    deemed = [
        h
        for h in find(topic, "deemed_consent", about + near_about)
        # (not "geldt niet als toestemming", "shall not be deemed given"; a "niet" of the silence
        # before it stays: "Reageert Opdrachtgever niet binnen veertien dagen, dan wordt ...")
        if not has(
            topic, "deemed_denied", h.sentence.flat[max(0, h.match.start() - DENIED_REACH) : h.match.end()]
        )
        # (after a silence: not "geldt deze toestemming als gegeven bij ondertekening"; nor consent
        # to changes of the terms: "Customer's consent to such changes shall be deemed given")
        and (has(topic, "objection", h.sentence.flat) or has(topic, "silence", h.sentence.flat))
        and not has(topic, "document_change", h.sentence.flat)
        # (in the same article, or in an annex clause that names it: "B5.2 Aanvulling op artikel 8.2:
        # ... wordt de gevraagde toestemming geacht te zijn verleend")
        and any(
            same_article(h.section, o.section) or _names_article(h.sentence, o.section, sentences)
            for o in prior + notices
        )
    ]
    waits = [
        d
        for h in deemed
        for s in [h.sentence]
        + (just_before(h, sentences) if has(topic, "refers_back", h.sentence.flat) else [])
        for d, _, _ in find_durations(s.flat)
    ]
    # A period set in place of another ("In afwijking van artikel 6 geldt een termijn van acht
    # weken") is the one that holds, not the shorter one it replaces.
    overriding = [h for h in day_hits if has(topic, "notice_override", h.sentence.flat)]
    notice_days = _notice_periods(topic, overriding) or _notice_periods(topic, day_hits) or waits
    # An amendment of a notice clause by its number gives the period that now holds.
    # (a period replaced by words with none, "vervangen door 'tijdig'", leaves none)
    if amended := _amended_periods(topic, sentences, day_hits):
        notice_days = [d for _, d in amended if d is not None]
        amending = [h for h, _ in amended]
        day_hits = unique(amending + day_hits) if notice_days else amending
    # Told only once the change is made ("within 14 days after appointing it", "achteraf"), and
    # never ahead: no days of advance notice.
    afterwards = [
        h
        for h in notices
        if (late := first(topic, "after_the_fact", h.sentence.flat))
        and not any(has(topic, name, h.sentence.flat) for name in ("emergency", "intended"))
        # (not the objection's own window: "may object within thirty days following the appointment")
        and not has(topic, "objection", _clause_before(h.sentence.flat, late.start()))
    ]
    ahead_of_it = any(has(topic, "advance", h.sentence.flat) and _of_changes(topic, h) for h in notices)
    if not notice_days and afterwards and not ahead_of_it:
        notice_days, day_hits = [0], afterwards[:1]
    # Every notice comes once the new party is already at work: an objection then cannot stop it
    # ("notify ... within fifteen days after a new provider begins processing. If you do not agree,
    # your sole remedy is to disable the feature").
    too_late = bool(notices) and all(h in afterwards for h in notices) and not ahead_of_it and not scc
    facts: dict[str, Any] = {
        # Where notices give different periods ("30 days; for Affiliates 10 days"), the shortest
        # is the one the customer can count on.
        "notice_days": min(notice_days) if notice_days else None,
        "list_available": True if listed else None,
    }
    # An objection is a say over sub-processors where it stands with them: in a sentence about
    # them or the one after, or in their article; not a data subject's objection in another part of
    # a privacy notice ("We will consider your objection in accordance with the UK GDPR").
    # (the SCCs' Option 2, chosen by reference, brings its own objection right)
    objections = [h for h in objections if h in scc or _beside(h, about, near_about + after_notice)]
    # A general authorisation given by way of derogation from the consent clause sets it aside: "7.1
    # ... geen beroep op een andere verwerker zonder voorafgaande schriftelijke toestemming. 7.2 In
    # afwijking van artikel 7.1 verleent de Aangeslotene hierbij algemene toestemming ...".
    # (not one for the listed sub-processors only: new ones still need consent)
    overridden = {
        m.group("number")
        for h in general_auth
        if (m := DEROGATION.match(h.sentence.flat)) and not has(topic, "listed_only", h.sentence.flat)
    }
    prior = [h for h in prior if not in_clause(h, overridden)]
    # ... and a consent clause that derogates from the notice clause sets that aside: "S5. Notwithstanding
    # paragraph 6 of Schedule 3, Brackenmoor shall not engage any new Sub-processor ... without the
    # Customer's prior written approval".
    prevailing = [h for h in prior if DEROGATION.match(LABEL_AND_TITLE.sub("", h.sentence.flat, count=1))]
    if prevailing:
        stance, hits = "prior_consent", prevailing + [h for h in prior if h not in prevailing]
    # (an objection right of its own still stands after the fact: "Customer may object within fifteen
    # days after the list is updated ... and may terminate"; only a way out by other words, "your sole
    # remedy is to disable the feature", is no say once the new party is at work)
    elif notices and objections and not (too_late and all(_disagreement_only(topic, h) for h in objections)):
        # The notice that gives its period says what the say is worth: cited first.
        notices = sorted(notices, key=lambda h: h not in day_hits)
        stance, hits = "notice_and_objection", notices[:2] + objections[:1] + general_auth[:1]
    elif deemed and (prior or notices):
        # Silence counts as consent: in effect notice of the change with a right to object.
        stance, hits = "notice_and_objection", unique(notices[:1] + prior[:1] + deemed[:1])
    elif prior and not general_auth and not general_use:
        stance, hits = "prior_consent", prior
    elif prior and general_auth:
        stance, hits = "notice_and_objection" if notices else "prior_consent", prior + general_auth
    elif general_use or general_auth:
        stance, hits = "general_no_notice", general_use + general_auth
    elif prior:
        stance, hits = "prior_consent", prior
    elif changes := [h for h in notices if _of_changes(topic, h)]:
        # Told of new sub-processors but given no say: they are used, without an objection right.
        stance, hits = "general_no_notice", changes
    elif engaged and not any(
        has(topic, "consent_word", flat) and has(topic, "subcontracting", flat)
        for s, _ in about
        for flat in [blank(topic, "own_agreement", blank(topic, "list_title", s.flat))]
    ):
        # Sub-processors used, and no consent, notice-with-objection or say anywhere.
        # (a consent over the sub-processing itself: not an indemnity's "against any third-party
        # claim ... authorised by Customer")
        stance, hits = "general_no_notice", engaged
    elif listed_consent:
        stance, hits = "prior_consent", listed_consent
    elif gdpr := find(topic, "gdpr_conditions", about):
        # Only the GDPR's conditions, by reference, and no authorisation anywhere: each engagement
        # needs the controller's prior written one.
        stance, hits = "prior_consent", gdpr
    else:
        return "not_addressed", {"notice_days": None, "list_available": None}, []
    # (a notice of a change: not "at least 14 days before any scheduled maintenance")
    # (or a notice in advance that names the sub-processors: "may appoint sub-contractors, subject to
    # giving Customer not less than 20 days' prior written notice")
    told = stance == "general_no_notice" and any(_of_changes(topic, h) for h in notices)
    if stance not in ("notice_and_objection", "prior_consent") and not told:
        # A period with no notice of a change is no notice period.
        facts["notice_days"] = None
        day_hits = []
    # Used, and the list brought up to date only once a change is made: no day of notice ahead
    # ("Keyhollow will update the Sub-processor Page to reflect any change").
    # (or told when the list changes, with a say after it: "updates that page when a Sub-processor is
    # added. Customer ... may object within ten (10) days after an update")
    # (not beside a notice of intended changes, nor the objection's own window: "may object within
    # thirty (30) days following the appointment")
    if (
        stance in ("general_no_notice", "notice_and_objection")
        and facts["notice_days"] is None
        and not ahead_of_it
        and not any(
            has(topic, "intended", s.flat) and has(topic, "notice", s.flat) for s, _ in about + near_about
        )
    ):
        once_changed = [
            h
            for h in find(topic, "updated_on_change", about + near_about)
            + find(topic, "after_the_fact", about + near_about)
            if not has(topic, "emergency", h.sentence.flat)
            and not has(topic, "objection", _clause_before(h.sentence.flat, h.match.start()))
            # (an advance notice said not to be given is none: "zonder voorafgaande aankondiging")
            and (not has(topic, "advance", h.sentence.flat) or has(topic, "without_notice", h.sentence.flat))
        ]
        if once_changed:
            facts["notice_days"], day_hits = 0, once_changed[:1]
    return stance, facts, unique(hits[:2] + day_hits[:1] + hits[2:] + listed[:1])


ANNEX_NAMED = re.compile(
    r"\b(appendix|annex|schedule|exhibit|attachment|bijlage|aanhangsel)\s+([A-Z]{1,2}|\d{1,2}|[IVX]{1,4})\b(?![.-]\w)",
    re.IGNORECASE,
)
LABEL_REACH = 40  # characters after "listed in" in which the annex it names stands


CHANGE_OF = re.compile(
    r"\b(changes?|amendments?|updates?|modifications?|wijziging\w*|aanpassing\w*|toevoeging\w*)\s+"
    r"(to|in|of|van|op|aan)\s+(the\s+|de\s+|het\s+)?$",
    re.IGNORECASE,
)


def _of_another_annex(text: str, lists: set[str]) -> bool:
    """Whether the changes the text announces are those of another annex than the list of
    sub-processors the document named: "changes to Annex 4 (Technical and Organisational Measures)"
    (not an annex named for something else, "to the contact person named in Annex 5")."""
    changed = {_label(m) for m in ANNEX_NAMED.finditer(text) if CHANGE_OF.search(text[: m.start()])}
    return bool(lists and changed and not changed & lists)


def _label(named: re.Match[str]) -> str:
    return f"{named.group(1).lower()} {named.group(2).upper()}"


def _list_labels(topic: Topic, sentences: Sentences) -> set[str]:
    """The annexes the document names as its list of sub-processors: by a title ("Appendix 2 -
    Approved Sub-processors") or by the parties listed there ("the entities listed in Appendix 2",
    "de derden die in Bijlage A zijn vermeld")."""
    labels: set[str] = set()
    for sentence, _ in sentences:
        flat = sentence.flat
        if is_heading(flat) and (has(topic, "list_heading", flat) or has(topic, "list_available", flat)):
            labels.update(_label(m) for m in ANNEX_NAMED.finditer(flat))
            continue
        # (a list of parties that process, not the parties to the contract: "De partijen die in
        # Bijlage 1 zijn genoemd, sluiten deze verwerkersovereenkomst")
        if not any(
            has(topic, name, flat)
            for name in ("subcontracting", "general_authorisation", "engaged", "consent_word")
        ):
            continue
        for signal in ("listed_only", "list_available"):
            if found := first(topic, signal, flat):
                near = flat[found.start() : found.end() + LABEL_REACH]
                labels.update(_label(m) for m in ANNEX_NAMED.finditer(near))
    return labels


def _rows_under_a_list_title(topic: Topic, sentences: Sentences) -> list[Hit]:
    """An annex that is only a list of parties under a title naming sub-processors ("Annex 3 -
    Sub-processors", then "Name - Purpose - Location Amazon Web Services EMEA SARL - Hosting -
    Ireland ..."): the rows say who is used, though no sentence of them names sub-processors. The
    hit is the title with its first rows, quoted together, so the quote shows what the list is."""
    return [
        Hit(LIST_ROWS, listed, row_section, match)
        for (title, section), (row, row_section) in pairwise(sentences)
        if row_section == section
        and is_heading(title.flat)
        and has(topic, "list_heading", title.flat)
        # (a row may be as short as a heading: "Northbay Hosting Ltd - hosting - Dublin, Ireland")
        and not has(topic, "list_heading", row.flat)
        and has(topic, "listed_party", row.flat)
        # (a sentence under the title is no row: "Northwind Ltd does not currently engage any
        # sub-processors")
        and not has(topic, "not_a_row", row.flat)
        for listed in [Sentence(f"{title.text}\n{row.text}", title.start, row.end)]
        if (match := first(topic, "list_available", listed.flat))
    ]


def _beside(hit: Hit, about: Sentences, near: Sentences) -> bool:
    """Whether the hit stands in a sentence about sub-processors or near one (`near`), in a
    numbered article with one, or shortly after one."""
    if any(hit.sentence is s for s, _ in about + near):
        return True
    # (just after one whatever the numbering says: "§ 2 ... Subverwerker ... § 3 ... bezwaar maken
    # tegen de voorgenomen wijziging", paragraphs numbered afresh in each article)
    return any(
        (article(sec) != "" and same_article(hit.section, sec))
        or 0 <= hit.sentence.start - a.end <= SAME_CLAUSE
        for a, sec in about
    )


def _requested(topic: Topic, consent: Hit) -> bool:
    """Whether the consent is one asked for, in its own part of the sentence."""
    flat = consent.sentence.flat
    start, _ = semicolon_part(flat, consent.match.start(), consent.match.end())
    return has(
        topic,
        "consent_request",
        flat[max(start, consent.match.start() - REQUEST_REACH) : consent.match.end()],
    )


def _decides_nothing(topic: Topic, use: Hit) -> bool:
    """Whether the use is what the processor is said to decide nothing about, in the same clause
    and with no grant between ("neemt geen beslissingen over ... de verstrekking ervan aan derden";
    not "makes no decisions about the purposes, but may engage third-party service providers")."""
    flat = use.sentence.flat
    start, _ = semicolon_part(flat, use.match.start(), use.match.end())
    return any(
        start <= m.start() < use.match.start() and not GRANT_BETWEEN.search(flat, m.end(), use.match.start())
        for m in topic.matches("no_own_decision", flat)
    )


GRANT_BETWEEN = re.compile(
    r"\b(but|maar|may|mag|mogen|can|kan|kunnen|is\s+entitled|is\s+gerechtigd)\b", re.IGNORECASE
)


def _said_not_given(topic: Topic, notice: Hit) -> bool:
    """Whether the notice's own clause says it is not given, other than for an emergency."""
    clause = clause_of(notice)
    return has(topic, "no_notice", clause) and not has(topic, "emergency", clause)


# A clause's own number and title before its words: "S5. Sub-processor approval. ", "7.2 ".
LABEL_AND_TITLE = re.compile(r"^\W*([A-Z]?\d+(\.\d+)*\.?\s+)?([A-Z][\w-]*(\s+[\w-]+){0,3}\.\s+)?")


def _clause_numbers(hits: list[Hit]) -> set[str]:
    """The numbers of the clauses the hits stand in: the number their sentence opens with, or their
    section."""
    return {m.group(1) for h in hits if (m := CLAUSE_NUMBER.match(h.sentence.flat))} | {
        h.section for h in hits if h.section
    }


def _named_number(hit: Hit) -> str | None:
    """The clause number a signal's pattern named (in whichever of its number groups matched)."""
    named = hit.match.groupdict() if isinstance(hit.match, re.Match) else {}
    return next((n for n in named.values() if n), None)


def _periods_of_notice_clauses(topic: Topic, sentences: Sentences, notices: list[Hit]) -> list[Hit]:
    """Sentences that give one of the notice clauses, named by number, a period of its own."""
    numbers = _clause_numbers(notices)
    return [
        h
        for h in find(topic, "period_of_clause", sentences)
        if _named_number(h) in numbers and find_durations(h.sentence.flat)
    ]


def _amended_periods(topic: Topic, sentences: Sentences, periods: list[Hit]) -> list[tuple[Hit, int | None]]:
    """The periods an amendment puts into a clause that gave a notice period, named by its number: the
    advance periods after the words that bring the new text ("... with "at least sixty (60) days"",
    "luidt voortaan: ..."), not those of the text it replaces (None where the new text gives none)."""
    numbers = _clause_numbers(periods)
    out: list[tuple[Hit, int | None]] = []
    for h in find(topic, "amends_clause", sentences):
        if _named_number(h) not in numbers:
            continue
        text = h.sentence.flat
        brought = topic.all_matches("amendment_text", text[h.match.start() :])
        if brought:
            new_text = text[h.match.start() + brought[-1].end() :]
            out += [(h, days) for days in advance_days(topic, new_text)] or [(h, None)]
    return out


def _after_document_change(topic: Topic, sentence: Sentence, section: str, about: Sentences) -> bool:
    """Whether every sentence about sub-processors that `sentence` follows speaks of a change to
    the document itself."""
    before = [
        a for a, a_sec in about if shortly_after(sentence, section, a, a_sec, SAME_CLAUSE, in_article=True)
    ]
    return bool(before) and all(has(topic, "document_change", a.flat) for a in before)


def _names_article(sentence: Sentence, section: str, sentences: Sentences) -> bool:
    """Whether the sentence, or one just before it, names the article `section` is in: an annex
    clause that amends it ("B5.2 Aanvulling op artikel 8.2: ... wordt de gevraagde toestemming
    geacht te zijn verleend")."""
    number = article(section)
    if not number:
        return False
    named = re.compile(rf"\b(artikel|article|section|clause)\s+{re.escape(number)}(\.\d+)*\b", re.IGNORECASE)
    before = [s for s, _ in sentences if s.end <= sentence.start and sentence.start - s.end <= CLAUSE_LEAD]
    return any(named.search(s.flat) for s in [sentence, *before])


CLAUSE_LEAD = 300  # characters: how far back the sentence that opens a clause may end


def _clause_before(text: str, end: int) -> str:
    """The words of the clause that runs up to `end` (from its comma or semicolon)."""
    return text[max(text.rfind(",", 0, end), text.rfind(";", 0, end)) + 1 : end]


def _after_another_change(topic: Topic, sentence: Sentence, section: str, sentences: Sentences) -> bool:
    """Whether the sentence right before this one lets the vendor change something else (the
    service's set-up, its features, prices or terms): the notice then announces that change."""
    return any(
        shortly_after(sentence, section, s, sec, ADJACENT)
        and has(topic, "other_change", s.flat)
        and not has(topic, "parties", s.flat)
        for s, sec in sentences
    )


def _announces_another_change(topic: Topic, sentence: Sentence, section: str, sentences: Sentences) -> bool:
    """Whether a notice sentence that names no sub-processor follows a change of something else: "We
    may update this Data Usage Policy from time to time. If we make a material change, we will notify
    account Owners ... thirty (30) days before"."""
    return not has(topic, "parties", sentence.flat) and _after_another_change(
        topic, sentence, section, sentences
    )


def _of_changes(topic: Topic, notice: Hit) -> bool:
    """Whether a notice speaks of a change, or comes ahead of engaging someone: not "will notify
    Customer promptly" of an authority's demand, nor "informeert Klant daarover vooraf" of a
    disclosure the law compels."""
    flat = notice.sentence.flat
    return has(topic, "change_word", flat) or (has(topic, "advance", flat) and has(topic, "parties", flat))


def _only_when_compelled(topic: Topic, use: Hit) -> bool:
    """Whether the use happens only where the law compels it ("verstrekt gegevens ... alleen aan
    derden als een wettelijke verplichting ... dwingt"): the "only" stands in or just before the
    use, the compulsion after it (not "with our hosting providers, and only where required by law
    with public authorities")."""
    flat = use.sentence.flat
    only = topic.matches("only_when", flat[max(0, use.match.start() - ONLY_REACH) : use.match.end()])
    return bool(only) and has(topic, "compelled", flat[max(0, use.match.start() - ONLY_REACH) :])


def _consent_beside(topic: Topic, use: Hit, consent: Hit) -> bool:
    """Whether a consent stands in the same numbered article as a use, or (unnumbered) right
    before or after it, and speaks of the use's parties again ("any such provider, or any other
    sub-processor"), not of a transfer abroad or a purpose of its own."""
    if consent.sentence.start == use.sentence.start:
        return False  # ("may engage a third party without prior consent" names consent to deny it)
    if not has(topic, "refers_to_them", consent.sentence.flat) or has(
        topic, "third_country", consent.sentence.flat
    ):
        return False
    if use.section and same_article(use.section, consent.section):
        return True
    return use.section == consent.section and (
        shortly_after(use.sentence, use.section, consent.sentence, consent.section, NEXT_SENTENCE)
        or shortly_after(consent.sentence, consent.section, use.sentence, use.section, NEXT_SENTENCE)
    )


def _scc_choices(topic: Topic, signal: str, sentences: Sentences) -> list[Hit]:
    """Sentences that choose a Clause 9(a) option, headings included: a line of an annex's table of
    choices ("Clause 9(a) - Option 2") reads like a heading but decides."""
    return [
        Hit(signal, s, sec, m)
        for s, sec in sentences
        if (m := first(topic, signal, s.flat)) and not has(topic, "not_chosen", s.flat[m.end() :])
    ]


def _of_a_change(topic: Topic, notice: Hit) -> bool:
    """Whether a notice hit can be a notice of a change: "may engage them without prior notice"
    names a notice only to say there is none; "may terminate the Order Form ... on thirty (30)
    days' written notice" is a notice to end the contract."""
    flat = notice.sentence.flat
    before = flat[max(0, notice.match.start() - OTHER_NOTICE_REACH) : notice.match.start()]
    # (in the notice's own clause: not "Without prejudice to the right to terminate under Section
    # 12, Vendor will notify Customer of any new Sub-processor")
    clause = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    # (nor a report of an incident named after its verb: "shall not inform any third party of a
    # personal data breach")
    after = flat[notice.match.end() : notice.match.end() + OTHER_NOTICE_REACH]
    after = re.split(r"[,;]", after, maxsplit=1)[0]
    return (
        not _no_notice_beside(topic, notice)
        and not has(topic, "other_notice", clause)
        and not has(topic, "incident", after)
    )


def _no_notice_beside(topic: Topic, notice: Hit) -> bool:
    """Whether the notice's sentence says the vendor may go ahead without one, other than as an
    emergency's exception in a part of its own ("may replace a Sub-processor without prior notice
    in an emergency; in all other cases Vendor will notify Customer 30 days in advance")."""
    flat = notice.sentence.flat
    for match in topic.matches("no_consent_needed", flat):
        start, end = semicolon_part(flat, match.start(), match.end())
        if not (has(topic, "emergency", flat[start:end]) and not start <= notice.match.start() < end):
            return True
    return False


def _after_refusal(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the hit's sentence follows one that says what happens when the customer refuses its
    consent, and goes on from it."""
    return any(
        shortly_after(hit.sentence, hit.section, s, sec, NEXT_SENTENCE, in_article=True)
        and has(topic, "consent_word", s.flat)
        and has(topic, "refusal", s.flat)
        for s, sec in sentences
    )


def _notice_periods(topic: Topic, hits: list[Hit]) -> list[int]:
    """The notice periods the hits give, in their own words or through a defined period."""
    return [
        d
        for h in hits
        for d in advance_days(topic, h.sentence.flat)
        or (_named_notice_period(topic, h.sentence) and [d for d, _, _ in find_durations(h.sentence.defined)])
        or []
    ]


def _of_another_matter(topic: Topic, notice: Hit) -> bool:
    """Whether the notice's clause speaks of another matter (a consent the customer obtains, the
    contract assigned, maintenance, a claim), unless the notice itself names the new sub-processor it
    announces: "shall inform Controller of any intended changes concerning the addition or replacement
    of Sub-processors ..., and shall remain liable for any claims", "ten minste dertig dagen vooraf over
    een nieuwe subverwerker, bijvoorbeeld een nieuwe partij voor hosting en onderhoud"."""
    if not has(topic, "other_matter", clause_of(notice)):
        return False
    # (the notice's own words, up to the sub-processor it names: not "we announce maintenance at least
    # 2 days ahead", whatever follows)
    flat = notice.sentence.flat
    announced = flat[notice.match.start() : notice.match.end() + ANNOUNCED_REACH]
    named = first(topic, "parties", announced)
    if named is None:
        return True
    up_to = announced[: named.end()]
    return not has(topic, "change_word", up_to) or has(topic, "other_matter", up_to)


ANNOUNCED_REACH = 120  # characters after a notice in which the change it announces is named


def _listed_under_a_ban(topic: Topic, hit: Hit, sentences: Sentences) -> bool:
    """Whether the hit's sentence lists what the ban on the vendor's own use in the sentence just before
    it takes in (not "We do not do everything ourselves. This includes hosting: we share ...")."""
    return has(topic, "ban_listed", hit.sentence.flat) and any(
        has(topic, "own_use_ban", s.flat) for s in just_before(hit, sentences)
    )


def _rules_elsewhere(topic: Topic, hit: Hit, sentences: Sentences, prior: list[Hit]) -> bool:
    """Whether the sentence right after the hit's says that the clause asking consent (one of `prior`)
    governs its parties where they process personal data ("... gelden de regels uit artikel 7", where
    7.1 asks consent; not "gelden de beveiligingseisen uit artikel 9")."""
    # (the article the consent clause opens with, where its chunk began in the one before)
    asking = {article(p.section) for p in prior if p.section} | {
        article(m.group(1)) for p in prior if (m := CLAUSE_NUMBER.match(p.sentence.flat))
    }
    return any(
        has(topic, "rules_elsewhere", s.flat)
        and any(m.group(1) in asking for m in CLAUSE_NAMED.finditer(s.flat))
        for s in just_after(hit, sentences)
    )


CLAUSE_NAMED = re.compile(r"\b(?:artikel|article|section|clause)\s+(\d+)", re.IGNORECASE)


def _disagreement_only(topic: Topic, objection: Hit) -> bool:
    """Whether the objection is only a disagreement by other words ("If you do not agree with the
    change, your sole remedy is to disable the feature"), not a right to object."""
    return not has(topic, "objection_word", objection.sentence.flat)


def _excepted_notices(topic: Topic, notices: list[Hit], sentences: Sentences) -> list[Hit]:
    """Notices of change in the clauses a notice names for its exception ("except as set out in
    Annex 4, section A4.7", "behoudens het bepaalde in Bijlage 2, artikel 3"): the clause that opens
    with that reference and the sentences that go on from it, which need not name sub-processors
    again ("A4.7 Connectivity Providers. ... Vendor shall notify the Customer of the addition or
    replacement of a Connectivity Provider at least fourteen (14) days before the change takes
    effect")."""
    references = [m for h in notices for m in EXCEPTED_CLAUSE.finditer(h.sentence.flat, h.match.end())]
    opening = [(s, sec) for s, sec in sentences if any(_opens_with(s.flat, m) for m in references)]
    clause = [
        (s, sec)
        for s, sec in sentences
        if any(s is o or shortly_after(s, sec, o, o_sec, SAME_CLAUSE) for o, o_sec in opening)
    ]
    # (the clause sets the period in its own words: "geldt een meldingstermijn van zeven dagen", "shall
    # give notice of no less than five (5) days")
    named = [
        Hit("notice", s, sec, m)
        for s, sec in clause
        if (
            m := first(topic, "notice", s.flat)
            or first(topic, "notice_period", s.flat)
            or first(topic, "advance", s.flat)
        )
    ]
    return [h for h in named if _of_a_change(topic, h)]


def _opens_with(text: str, reference: re.Match[str]) -> bool:
    """Whether the sentence opens the clause the reference names: with the whole reference ("Annex 3,
    section 2: ..."), or with its number where that cannot be any list's ("A4.7 ...", "14.3 ...")."""
    whole = _plain(reference.group("reference")).rstrip(".")
    if _plain(text).startswith(whole):
        return True
    label = reference.group("label").rstrip(".").lower()
    opened = OPENING_LABEL.match(text)
    if opened is None or not ("." in label or label[0].isalpha()):
        return False
    return opened.group(1).lower() == label


def _plain(text: str) -> str:
    """Lower case, one space between words, no marks before the first word."""
    return " ".join(re.sub(r"^\W+", "", text).lower().split())


EXCEPTED_CLAUSE = re.compile(
    r"\b(except|save|other\s+than|behoudens|uitgezonderd|met\s+uitzondering\s+van|tenzij\s+anders\s+bepaald|"
    r"unless\s+otherwise\s+(provided|set\s+out|specified|stated))\s+(as\s+|wat\s+)?"
    r"((set\s+out|provided|described|specified|stated|het\s+bepaalde|bepaald|beschreven|vermeld)\s+)?(in|onder)\s+"
    r"(?P<reference>((annex|schedule|appendix|exhibit|bijlage)\s+\w+,?\s+)?"
    r"((section|clause|article|paragraph|artikel|paragraaf|lid)\s+)?(?P<label>[A-Z]?\d+(\.\d+)*\.?))",
    re.IGNORECASE,
)
OPENING_LABEL = re.compile(r"^\W*([A-Z]?\d+(?:\.\d+)+|[A-Z]\d+)\.?\s", re.IGNORECASE)


# The vendor as the one who gives the notice just named: "a notice, which Processor shall provide".
VENDOR_GIVES = re.compile(
    r"\b(which|that|of\s+which|die|dat)\s+(?!(the\s+|de\s+)?(controller|customer|client|klant|opdrachtgever)\b)"
    r"(\w+\s+){1,2}(shall|will|must|zal|moet)\s+"
    r"(provide|give|send|issue|notify|inform|geven|sturen|verstrekken|doen)\b"
    # (Dutch puts the verb last: "waarover Verwerker hem ten minste 30 dagen vooraf informeert", "die
    # Leverancier uiterlijk vier weken voor de inzet aankondigt")
    r"|\b(waarover|waarvan|die|welke)\s+(de\s+)?(Verwerker|Leverancier|Opdrachtnemer|Dienstverlener)\b",
    re.IGNORECASE,
)


def _objection_window(topic: Topic, sentence: Sentence) -> bool:
    """Whether the sentence is the customer's objection, whose periods are its own window, unless it
    names the defined notice period."""
    # (not one whose window the new party's start waits for: "... and Vendor will not allow the new
    # Sub-processor to process Customer Data before the end of that period")
    objects = first(topic, "customer_objects", sentence.flat)
    if not objects:
        return False
    # (nor a notice whose period comes before the objection it makes room for: "without prior notice
    # to the Controller of at least thirty (30) days, during which the Controller may object")
    before = sentence.flat[: objects.start()]
    told = first(topic, "notice", before)
    if told and any(start > told.start() for _, start, _ in find_durations(before)):
        return False
    # (nor one whose notice, said after it, has a period ahead of the change: "Customer may object
    # within fourteen (14) days of receiving a notice, which Processor shall provide at least thirty
    # (30) days before the new Sub-processor is engaged")
    # (the vendor's notice, not the customer's own: "may object ... by written notice given no later
    # than ten (10) days before the end of that notice period")
    after = sentence.flat[objects.end() :]
    given = VENDOR_GIVES.search(after)
    if (
        given
        and has(topic, "notice", after)
        and any(
            start > given.start() and topic.matches("advance", after[end : end + ADVANCE_AFTER])
            for _, start, end in find_durations(after)
        )
    ):
        return False
    return not _named_notice_period(topic, sentence) and not has(topic, "waiting", sentence.flat)


def _named_notice_period(topic: Topic, sentence: Sentence) -> bool:
    """Whether the notice is given within a period named elsewhere as the notice period: 'binnen
    de termijn die in de Specificatie onder "Termijn vooraankondiging" is vermeld', read with
    "Termijn vooraankondiging nieuwe Subverwerker: één maand"."""
    # (the name before the period's colon, after any part's label: "Part B: Sub-processor Notice: 21 days")
    head = sentence.defined[:80]
    name = head.rsplit(":", 1)[0] if ":" in head else sentence.defined[:60]
    return bool(sentence.defined) and has(topic, "notice_period_name", name)


def _anonymous(topic: Topic, text: str) -> bool:
    """Whether the sentence hands on only statistics that name no one ("We may share aggregated,
    de-identified statistics ... with partners"): no one's data goes to the partners."""
    return has(topic, "anonymous_only", text) and not has(topic, "personal_named", text)


OTHER_NOTICE_REACH = 120  # characters before a notice in which what else it announces is named
OTHER_REACH = 40  # characters before a period in which the notice it belongs to is named
TERMINATION_REACH = 140  # characters before a period in which a termination names it its notice period
EXCEPTION = re.compile(
    r"\b(except|save\s+that|provided\s+(however\s+)?that|however|met\s+dien\s+verstande|behalve|echter|"
    r"uitgezonderd|with\s+the\s+exception|in\s+(urgent|emergency)|in\s+spoedeisende)\b",
    re.IGNORECASE,
)


AFTER_REACH = 40  # characters after a period in which the change it counts from is named
AFTER_START = 8  # characters after a period's unit by which that naming must have begun


def _counted_from_the_change(topic: Topic, text: str, start: int, end: int) -> bool:
    """Whether the period is counted from the change itself, said right after it in its own clause:
    "within five (5) working days of the replacement" (not "... four weeks before the replacement;
    after the replacement the list is updated")."""
    window = text[start : end + AFTER_REACH].split(";")[0]
    return any(m.start() <= end - start + AFTER_START for m in topic.all_matches("after_the_fact", window))


def advance_days(topic: Topic, text: str) -> list[int]:
    """The periods that say how far ahead notice comes, not the objection window beside them.

    "at least 10 days before ..., and Customer may object within 30 days" gives 10: a period counts
    when an advance word stands right after it ("days prior", "voorafgaand") or names it just before
    ("notice period of one month"). With none so tied, every period in the sentence counts but the
    objection window's. A period counted from the change ("five days after the replacement") never
    counts.
    """
    # "not until thirty days after that notice": the wait after the notice is how far ahead it comes.
    held = topic.matches("waiting", text)
    waits = [
        days for days, start, _ in find_durations(text) if any(m.start() <= start < m.end() for m in held)
    ]
    # ("... which take effect thirty days after posting": the change waits that long after its notice)
    waits += [days for days, start, _ in find_durations(text) if topic.matches("takes_effect", text[:start])]
    if waits:
        return waits
    # (nor a period of another notice beside it: "may terminate with a notice period of one month",
    # "opzeggen met een opzegtermijn van één maand")
    durations = [
        (days, start, end)
        for days, start, end in find_durations(text)
        if not topic.matches("afterwards", text[end : end + 30])
        # (nor one counted from the change itself: "informs the Controller within five (5) working days
        # of the replacement")
        and not _counted_from_the_change(topic, text, start, end)
        and not topic.matches("other_notice", text[max(0, start - OTHER_REACH) : start])
        and not topic.matches("termination_notice", text[max(0, start - TERMINATION_REACH) : start])
        # (nor one the definition read after the sentence gives an objection window: "[Onder
        # 'Bezwaartermijn' wordt verstaan: een termijn van veertien (14) dagen]")
        and not has(topic, "objection_period_name", _definition_before(text, start))
    ]
    marks = topic.all_matches("advance", text)
    tied = [
        (days, start, end)
        for days, start, end in durations
        if any(
            -(end - start) <= m.start() - end <= 40
            or (0 <= start - m.end() <= 25 and ";" not in text[m.end() : start])
            # ("prior notice to the Controller of at least thirty (30) days": further, in one clause)
            or (
                0 <= start - m.end() <= 45
                and not re.search(r"[;,]", text[m.end() : start])
                and not has(topic, "objection", text[m.end() : start])
            )
            for m in marks
        )
    ]
    # "at least 30 days before ..., except that for an Affiliate notice of ten (10) days shall
    # suffice": the exception's shorter notice is the one the customer can count on.
    if tied and (turn := EXCEPTION.search(text, tied[0][2])):
        later = [days for days, start, _ in _not_objection(topic, text, durations) if start > turn.end()]
        if later and min(later) < max(d for d, s, _ in tied if s < turn.start()):
            return later
    # (not the objection's own deadline: "may object no later than ten (10) days before the engagement")
    tied = (_not_objection(topic, text, tied) or tied) if len(tied) > 1 else tied
    if tied:
        return [days for days, _, _ in tied]
    # With none tied, a period that belongs to the objection ("may object within 30 days") is the
    # objection window, not the notice.
    return [days for days, _, _ in _not_objection(topic, text, durations)]


Periods = list[tuple[int, int, int]]  # days, start, end


def _not_objection(topic: Topic, text: str, durations: Periods) -> Periods:
    """The periods that do not belong to an objection ("may object within 30 days")."""
    return [
        (days, start, end)
        for days, start, end in durations
        if not topic.matches("objection", text[max(0, start - 60) : start])
        and not topic.matches("objection", text[end : end + 40])
    ]


def _definition_before(text: str, start: int) -> str:
    """The words of the definition read after a sentence ("[...]") that a period stands in, up to it:
    "[Onder 'Bezwaartermijn' wordt verstaan: een termijn van" names an objection window."""
    bracket = text.rfind("[", 0, start)
    return text[bracket:start] if bracket >= 0 and "]" not in text[bracket:start] else ""


def summary_phrases(facts: dict[str, Any]) -> dict[str, str]:
    """The words the summary templates in prompts/subprocessors.yaml fill in."""
    days = facts.get("notice_days")
    if days == 0:  # told only once the change is made, never ahead of it
        notice = "notice of changes only after they are made"
        say = "with notice of changes only after they are made and no right to object"
    elif days:
        notice = f"advance notice of changes (at least {days} days)"
        # (told of changes ahead of time, but with no say: the days are shown, the objection missing)
        say = f"with notice of changes at least {days} days ahead but no right to object"
    else:
        notice = "advance notice of changes"
        say = "without notice or an objection right"
    return {
        # (days_phrase: for summary templates a user wrote before notice_phrase existed)
        "days_phrase": f" (at least {days} days)" if days else "",
        "notice_phrase": notice,
        "say_phrase": say,
        "list_phrase": "; a list of sub-processors is available" if facts.get("list_available") else "",
    }
