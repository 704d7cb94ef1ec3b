"""What happens to our data when the contract ends or we ask?

This topic's home: its stances, fact keys and default risks, how the rules engine decides, and the
words its summary is built from. The phrases it looks for are in prompts/deletion.yaml.
"""

from __future__ import annotations

import re
from typing import Any

from ..chunk import same_article
from ..durations import YEAR_DAYS, find_durations
from ..extract.evidence import (
    ADJACENT,
    Decision,
    Hit,
    Sentences,
    binds_other,
    blank,
    by_clause,
    find,
    first,
    has,
    is_floor,
    is_heading,
    negated,
    semicolon_part,
    shortly_after,
    unique,
    whole,
)
from ..reading import PhraseMatch
from ..sentences import LIST_MARKER, Sentence, definition_start
from ..topics import Topic

ID = "deletion"
# Most to least protective, as in the spec; not_addressed last (silence is a red flag).
STANCES: tuple[str, ...] = ("deleted", "return_or_delete", "retained", "not_addressed")
FACTS: tuple[str, ...] = ("deletion_days", "certificate", "legal_retention_exception")
# The spec's default risk per stance; a conditional stance names its two playbook cases.
DEFAULT_RISK: dict[str, str | dict[str, str]] = {
    "deleted": {"within_limit": "low", "over_limit": "medium"},
    "return_or_delete": {"within_limit": "low", "over_limit": "medium"},
    "retained": "high",
    "not_addressed": "high",
}
# How the LLM engine is asked for the facts.
FACT_PROMPT = "deletion_days (int or null), certificate (bool), legal_retention_exception (bool)"
CONDITIONS: dict[str, tuple[str, str]] = {
    "deleted": ("within_limit", "over_limit"),
    "return_or_delete": ("within_limit", "over_limit"),
}


EXCEPTION_WORD = re.compile(
    r"\b(except|unless|save|other\s+than|apart\s+from|excluding|with\s+the\s+exception|tenzij|behalve|behoudens|"
    r"met\s+uitzondering|uitgezonderd|exclusief)\b",
    re.I,
)
NOTICE_WORD = re.compile(r"\b(notice|opzegtermijn|opzeggingstermijn|opzeggen)\b", re.IGNORECASE)
DAYS_NOTICE = re.compile(r"['’]?s?\s+((prior|written|e-?mail|advance)\s+)*notice\b", re.IGNORECASE)
NEGATION_WORD = re.compile(r"\b(cannot|can['’]t|not|never|no\s+longer|niet|nooit|geen)\b", re.IGNORECASE)
# ("- Customer Documents - ninety (90) day read-only period, then deleted within thirty (30) days")
AFTER_WHICH = re.compile(
    r"\b(after\s+which|following\s+which|waarna|waarop|na\s+afloop\s+waarvan)\b|,\s+(then|daarna)\s+(deleted|erased|destroyed|"
    r"purged|removed|verwijderd|gewist|vernietigd)\b",
    re.I,
)
STACKED_ACT = re.compile(
    r"\b(delet\w*|destr\w*|eras\w*|return\w*|implement\w*|carr(y|ies)\s+out|verwijder\w*|vernietig\w*|"
    r"retourne\w*|voert|uitvoer\w*)",
    re.IGNORECASE,
)
OTHER_ACT = re.compile(
    r"\b(certif\w*|confirm\w*|inform\w*|notif\w*|bevestig\w*|informeer\w*|attest\w*)", re.IGNORECASE
)
# A second period on top of the one just named: "...; the Contractor implements the choice within a
# further thirty (30) days after receipt", "binnen nog eens dertig dagen".
FURTHER = re.compile(
    r"\b(within|binnen)\s+(a\s+further|an\s+additional|another|nog\s+eens|een\s+verdere|een\s+aanvullende)\s",
    re.IGNORECASE,
)
THEREAFTER_PERIOD = re.compile(
    r"\b(within|binnen)\s+[^.;]{1,40}?\b(days|weeks|months|dagen|weken|maanden)\s+(thereafter|after\s+that|daarna|daarop)\b",
    re.IGNORECASE,
)
THEN_REACH = 100  # characters from a sentence's start in which its "thereafter" stands
REQUEST_REACH = 40  # characters before a period in which "request made within" stands
ROLLING_REACH = 25  # characters before a period in which "rolling" stands
INACTIVITY_REACH = 90  # characters before a period in which the disuse it times is said
PERIOD_BEFORE = 300  # characters: how far before a "Thereafter we delete" its period may end


def decide(topic: Topic, sentences: Sentences) -> Decision:
    # (a window and the deletion after it are told apart by the clauses they stand in)
    sentences = by_clause(sentences)
    about_end = [
        (s, sec)
        for s, sec in sentences
        if has(topic, "delete", s.flat)
        and has(topic, "trigger", s.flat)
        and not _deletes_backups(topic, s.flat)
        and not has(topic, "not_the_data", s.flat)
        and not _pointer_only(topic, s.flat)
        # (nor the copies the sentence before named: "Kopieën van back-ups ... kunnen pas worden
        # verwijderd wanneer de vergrendelingstermijn is verstreken. Deze vergrendelingstermijn bedraagt
        # ten hoogste negentig dagen; na afloop daarvan worden deze kopieën ... verwijderd")
        and not _backups_pointed_to(topic, sentences, s, sec)
    ]
    # "After termination you have 30 days to export your data. Thereafter we delete it": the
    # deletion follows the period that the sentence before it sets.
    periods = _periods_before(topic, sentences) | _timed_after(topic, sentences)
    # (not within a clause about the time the contract runs: "14.1 During the Main Contract, the
    # Documents are conserved during the retention period ... At the expiry of this period, the Content
    # is deleted automatically")
    during = {sec for s, sec in sentences if sec and DURING_TERM.match(s.flat)}
    periods = {
        start: before
        for start, before in periods.items()
        # (an end of its own, not the account the data is kept in: "stored in the account for the
        # storage period set by the Principal")
        if before[1] not in during or has(topic, "trigger", ACCOUNT_WORD.sub(" ", before[0].flat))
    }
    # (not the copies' own end: "we keep one final archive copy ... for 6 months after the end date
    # ... After those 6 months the archive copy is deleted" is the backups topic's)
    # (nor the copies the sentence before named, as above)
    about_end += [
        (s, sec)
        for s, sec in sentences
        if s.start in periods
        and not _copies_deleted(topic, s.flat)
        and not _backups_pointed_to(topic, sentences, s, sec)
    ]
    at_end = [(s, sec) for s, sec in sentences if has(topic, "trigger", s.flat)]
    # ("Na de einddatum blijft de omgeving geblokkeerd bewaard, zodat ... kan heractiveren. Binnen de
    # termijn uit paragraaf 8 wordt de omgeving daarna volledig verwijderd": kept until the deletion
    # that follows it; not "for as long as it deems necessary. Thereafter ...")
    grace = {
        before.start
        for before, _ in periods.values()
        if find_durations(before.flat) or has(topic, "grace_purpose", before.flat)
    }
    retained = [
        h
        for h in find(topic, "retained", sentences, allow_negated=False)
        # ("The Client may delete documents manually before this period expires": the customer's own)
        + [
            h
            for h in find(topic, "retained_at_end", at_end, allow_negated=False)
            if not binds_other(topic, h)
            # (what users may delete during the term: "During the subscription term, Hosts and the
            # Account Owner may delete cloud recordings ... at any time")
            and not DURING_TERM.match(h.sentence.flat)
        ]
        + find(topic, "not_deleted", sentences)
        # (kept where the law requires it is no keeping of the vendor's; kept as long as the vendor
        # needs it, the law among its reasons, is: "we may retain Your Data for as long as we
        # reasonably need it for the purposes in Section 6.2, to comply with legal obligations")
        if (not has(topic, "legal_exception", h.sentence.flat) or has(topic, "own_need", h.sentence.flat))
        # ("Vendor is not required to delete De-identified Data": no one's data)
        and not has(topic, "anonymous_kept", h.sentence.flat)
        # (nor models already trained, the training topic's residue: "is not required to retrain,
        # delete or otherwise modify Network Models trained before the opt-out")
        and not TRAINED_MODELS.search(h.sentence.flat)
        # ("may retain Usage Data and account information after termination": its own records)
        and not _own_records(topic, h.sentence.flat)
        and not _about_backups(h.sentence.flat)
        # ("... niet gehouden Persoonsgegevens te verwijderen uit back-ups en archiefkopieën. Deze
        # worden bewaard zolang ...": the copies named just before, the backups topic's)
        and not _of_the_backups_before(topic, sentences, h)
        # "Kept three more months so you can reactivate. Thereafter we delete it": a grace period.
        and h.sentence.start not in grace
    ]
    return_or_delete = [
        h
        for h in find(topic, "return_or_delete", about_end + _returns(topic, sentences), allow_negated=False)
        if not _pointer_only(topic, h.sentence.flat) and not _binds_subprocessors(topic, h)
    ]
    # ("Kestrel has no obligation to return Customer Data following termination" hands nothing back)
    handed_back = [
        h
        for h in find(topic, "returned", at_end, allow_negated=False)
        if not has(topic, "user_action", h.sentence.flat)
        and not has(topic, "mutual_or_confidential", h.sentence.flat)
        and not _binds_subprocessors(topic, h)
        and not _pointer_only(topic, h.sentence.flat)
    ]
    exported = find(topic, "export_window", sentences, allow_negated=False)
    deleted = [
        Hit("delete", s, sec, m)
        for s, sec in about_end
        if (m := first(topic, "delete", s.flat)) and not negated(s.flat, m.start(), topic)
    ]
    # The legal carve-out counts where it qualifies deletion or retention, not anywhere.
    keeping = [
        (s, sec) for s, sec in sentences if has(topic, "delete", s.flat) or has(topic, "retain", s.flat)
    ]
    exception = find(topic, "legal_exception", keeping) + [
        whole("legal_exception", s, sec)
        for s, sec in keeping
        if topic.reading and "legal_retention_exception" in topic.reading.caveats_in(s.flat)
    ]
    # (not one refused: "is niet gehouden een attest van vernietiging af te leveren")
    certificate = find(topic, "certificate", sentences, allow_negated=False)
    # (its phrases hold their own "niet"; how long backups are kept is the backups topic's)
    limited = [h for h in find(topic, "storage_limit", sentences) if _limits_the_data(topic, h)]
    # (beside a deletion promised for the rest, or a limit: "for as long as your account is open and for
    # six years after you close it" limits nothing; alone, a keeping after the end is read further on)
    outlived = (
        _kept_for_years_after_end(topic, sentences, periods)
        if (deleted or return_or_delete or limited) and not retained
        else []
    )
    if retained:
        stance, hits = "retained", retained
    elif outlived:
        # Deleted from the live systems, but the data itself kept for years past the end, with no
        # deletion promised in that sentence ("Decision Records, including the Claims Data ..., are
        # retained for six (6) years ..., including after the end of the Agreement"): the least
        # protective binding clause decides.
        stance, hits = "retained", outlived + deleted[:1]
    elif return_or_delete:
        stance, hits = "return_or_delete", return_or_delete + deleted
    elif deleted and (handed_back or exported):
        # "At the end the Supplier hands all data over to the Customer. ... it then destroys it."
        # (or lets the customer take it out first: "For thirty days after termination Customer may
        # download its data. ... Vendor then deletes it.")
        own, users = _promises_first(topic, deleted)
        stance, hits = "return_or_delete", own + users + handed_back + exported
    elif handed_back and not limited and not _keeps_a_copy(topic, sentences):
        # "Upon termination Vendor shall return all Customer Data": handed back, and nothing said
        # of keeping it (not "... Vendor may keep a copy for its records").
        stance, hits = "return_or_delete", handed_back
    elif deleted or (limited and not _kept_beyond_rolling_limits(topic, sentences, limited)):
        # The vendor's own promise decides and is cited first: "we delete ... within 30 days" or
        # "we retain your data only as long as necessary"; what a user may do ("You can delete
        # your account", "you may request deletion") comes after it.
        own, users = _promises_first(topic, deleted)
        if not own and not limited:
            # Only what a user may do ("You can delete your account"): no promise of the vendor's.
            return (
                "not_addressed",
                {"deletion_days": None, "certificate": None, "legal_retention_exception": None},
                [],
            )
        stance, hits = "deleted", own + limited[:2] + users
    elif kept := _kept_after_end(topic, sentences):
        # Kept for a time after the end, and no deletion said anywhere: the data outlives the
        # contract, and nothing binds the vendor to delete it after that time.
        stance, hits = "retained", kept
    else:
        return (
            "not_addressed",
            {"deletion_days": None, "certificate": None, "legal_retention_exception": None},
            [],
        )
    # (a limit with its period, "retains ... for no longer than 30 days after termination", times it too)
    timed = [
        (h, _deletion_periods(topic, _rows_at_the_end(topic, h.sentence.flat)))
        for h in return_or_delete + deleted + (limited if stance == "deleted" else [])
    ] + [(h, [d for d, _, _ in find_durations(h.sentence.flat)]) for h in outlived]  # (how long it lives)
    # A rolling limit during the term ("Training Datasets are kept for no longer than twelve months
    # from the date on which they are built") does not time the deletion at the end, where that
    # deletion has a period of its own ("... deletes the Service Data, including any copies in
    # Training Datasets, within ninety (90) days").
    if any(own_days for h, own_days in timed if h not in limited):
        timed = [(h, d) for h, d in timed if h not in limited or has(topic, "trigger", h.sentence.flat)]
    # ... nor does a retention that runs during the term ("13.1 During the term of the Main
    # Agreement, the Processor shall delete ... Survey Data at the end of the retention period").
    if any(own_days for h, own_days in timed if not DURING_TERM.match(h.sentence.flat)):
        timed = [(h, d) for h, d in timed if not (d and DURING_TERM.match(h.sentence.flat))]
    if stance == "return_or_delete" and not any(own_days for _, own_days in timed):
        # With no deletion period, the time the data is handed back in: "shall return to the CLIENT
        # the personal data ... within fifteen (15) working days from the termination".
        timed += [(h, _deletion_periods(topic, h.sentence.flat)) for h in handed_back]
    # The vendor's own records of its customers ("Account Information is deleted two years after
    # the account is closed") do not time the deletion of the customer's data beside it; nor does
    # what it keeps to pursue abuse or a claim ("flagged content ... for no longer than two years").
    records = [
        h
        for h, own_days in timed
        if own_days
        and (_own_records(topic, h.sentence.flat) or has(topic, "kept_to_investigate", h.sentence.flat))
    ]
    if records and len(records) < sum(1 for _, own_days in timed if own_days):
        timed = [(h, own_days) for h, own_days in timed if h not in records]
    # ... nor does what users delete themselves during the term ("You can delete individual contacts
    # yourself ..., which removes them from your account within 24 hours") beside the vendor's own
    # deletion with its period.
    if any(own_days for h, own_days in timed if not _by_the_user(topic, h)):
        timed = [(h, own_days) for h, own_days in timed if not (own_days and _by_the_user(topic, h))]
    days = [d for _, own_days in timed for d in own_days]
    day_hits = [h for h, own_days in timed if own_days]
    for hit, own_days in timed:
        before = periods.get(hit.sentence.start)
        # (not the time the vendor keeps its own records, named before: "We also retain our own copies
        # ... for six (6) years ... We ... will destroy them securely at the end of that period")
        if (
            before
            # (a window in which the customer takes its data out is its data's, whatever it is called:
            # "may ... request an export of its Incident Records and of the Security Telemetry")
            and (not _own_records(topic, before[0].flat) or has(topic, "window", before[0].flat))
            and (durations := _grace_periods(topic, _rows_at_the_end(topic, before[0].flat)))
        ):
            # (the window may be two periods, one on top of the other: "within thirty days after
            # the end; ... within a further thirty days", then "after expiry of the second period")
            stacked = _stacked(topic, before[0].flat)
            window = stacked or max(durations)
            durations = [stacked] if stacked else durations
            # ("At the end of those 90 days we delete it": the window named again is no period of
            # the deletion's own)
            # (on the sentence's own words where the definition read after it is the window's, read
            # after the window's sentence too: "[Transition Period means the period of thirty (30)
            # days beginning on the day following the termination]" is no period of the deletion's
            # own; a definition of the deletion's period, "[vernietiging na afloop van de
            # exporttermijn (artikel 9.3): binnen dertig dagen]", is)
            defined = hit.sentence.defined
            words = hit.sentence.own if defined and defined in before[0].flat else hit.sentence.flat
            if (then := _then(topic, words)) and own_days:
                blanked = words[: then.start()] + " " * (then.end() - then.start())
                own_days = _deletion_periods(topic, blanked + words[then.end() :])
            if not own_days:
                days += durations
            # (not where the sentence adds them up itself: "... sixty (60) days after the end of the
            # Export Period, which means not later than ninety (90) days after the Subscription
            # Period has ended")
            elif then and not _counted_from_the_end(topic, words) and not has(topic, "total_said", words):
                # "30 days to export. Thereafter we delete within 60 days": 90 days after the end.
                days.append(window + max(own_days))
            day_hits.append(whole("delete", *before))
        elif total := (
            # (each row of a table on its own: "- Klantomgeving na einde - nazorgperiode van drie (3)
            # maanden ...; daarna ... binnen dertig (30) dagen verwijderd - Back-ups - ...")
            max(
                (
                    t
                    for row in _rows_about_the_end(topic, hit.sentence.flat)
                    if (t := _window_then_deletion(topic, row))
                ),
                default=None,
            )
            or _further_period(topic, hit, own_days, sentences)
        ):
            days.append(total)
        elif (
            not own_days
            and (done := _done_within(topic, hit, sentences) or _timed_elsewhere(topic, hit, sentences))
            is not None
            and (found := _deletion_periods(topic, done[0].flat))
        ):
            days += found
            day_hits.append(whole("delete", *done))
    if not days:
        # "As soon as the agreement is terminated ... shall destroy": at once, zero days.
        day_hits = [h for h in return_or_delete + deleted if has(topic, "at_once", h.sentence.flat)]
        days = [0] if day_hits else []
    facts = {
        "deletion_days": max(days) if days else None,
        "certificate": True if certificate else None,
        "legal_retention_exception": True if exception else None,
    }
    # (a window and the deletion after it are both quoted: the days shown are their sum)
    ordered = unique(hits[:2] + unique(day_hits)[:2] + certificate[:1] + exception[:1])
    return stance, facts, ordered


NOTICE_REACH = 25  # characters after a period in which "notice" makes it a notice period


# A sentence that speaks of what the one before it named: "Deze worden bewaard ...", "They are kept ..."
BACK_POINTER = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(deze|die|zij|these|those|they|such\s+copies|(dergelijke|deze|die|zulke)\s+kopie[eë]n)\s+"
    r"(worden|wordt|are|is|will\s+be)\s+(\w+\s+)?(kept|retained|stored|held|bewaard|opgeslagen)\b",
    re.IGNORECASE,
)
# ... or one whose copies are those the sentence before named: "Deze vergrendelingstermijn bedraagt ten
# hoogste negentig dagen; na afloop daarvan worden deze kopieën ... verwijderd".
COPIES_POINTED = re.compile(
    r"\b(deze|die|dergelijke|zulke|these|those|such)\s+(kopie[eë]n|copies|back-?ups)\b", re.IGNORECASE
)


def _of_the_backups_before(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the hit's sentence points back to backups named in the sentence just before it."""
    return _backups_pointed_to(topic, sentences, hit.sentence, hit.section)


def _backups_pointed_to(topic: Topic, sentences: Sentences, sentence: Sentence, section: str) -> bool:
    """Whether `sentence` points back to backups named in the sentence just before it: it opens with
    them, or deletes "these copies" and nothing else (not "all Customer Data, including any copies held
    in these backups")."""
    flat = sentence.flat
    deletes = first(topic, "delete", flat)
    subject = flat[: deletes.end()] if deletes else flat
    copies_deleted = bool(COPIES_POINTED.search(subject)) and not has(topic, "content_named", subject)
    return bool(BACK_POINTER.match(flat) or copies_deleted) and any(
        _about_backups(s.flat)
        # (the backups themselves, not a deletion that reaches them: "..., including from backups")
        and not has(topic, "including_backups", s.flat)
        and not has(topic, "backups_included", s.flat)
        for s, sec in sentences
        if shortly_after(sentence, section, s, sec, ADJACENT)
    )


def _keeps_a_copy(topic: Topic, sentences: Sentences) -> bool:
    """Whether a sentence speaks of keeping the customer's data and not of deleting it ("Vendor may
    keep a copy of Customer Data for its records")."""
    return any(
        has(topic, "retain", s.flat)
        and has(topic, "content_named", s.flat)
        and not has(topic, "delete", s.flat)
        for s, _ in sentences
    )


def _grace_periods(topic: Topic, text: str) -> list[int]:
    """The periods in a sentence before a deletion that may run before it, not a notice to end the
    contract ("Either party may terminate ... by giving ninety (90) days' written notice", "met een
    opzegtermijn van twee maanden"), nor a keeping the customer chose ("Heeft de Klant voor de
    Archiefservice gekozen, dan bewaart Verwerker ... maximaal zeven jaar")."""
    chosen = _optional_parts(topic, text)
    return [
        days
        for days, start, end in find_durations(text)
        if not any(a <= start < b for a, b in chosen)
        and not NOTICE_WORD.search(text[max(0, start - NOTICE_REACH) : end + NOTICE_REACH])
        and not has(topic, "under_a_day", text[start:end])
        # (nor a time before the window's end: "a reminder four weeks before the end of the Retrieval Period")
        and not BEFORE_THE_END.match(text, end)
        # (nor a duty the law lays on someone to keep records: "..., zodat Opdrachtgever kan voldoen
        # aan de fiscale bewaarplicht van zeven (7) jaar")
        and not has(topic, "legal_exception", _own_clause(text, start))
        # (nor a keeping the customer sets, "volgens de instelling van de Klant (standaard vijf (5) jaar",
        # nor one counted from each event)
        and not _set_otherwise(topic, text, start, end)
    ]


def _set_otherwise(topic: Topic, text: str, start: int, end: int) -> bool:
    """Whether the period at text[start:end] is no deadline after the end: the customer's own
    setting ("you can pick 30, 90 or 365 days", "volgens de instelling van de Klant"), or a time counted
    from each event ("uiterlijk vierentwintig (24) maanden na de datum van het evenement"; not a
    conversation's, which writers count where training copies of it outlive the end: "maximaal
    vierentwintig maanden na het gesprek"); nor a time the end cuts short ("twaalf (12) maanden na
    het afsluiten van je vraag, of eerder als je je account verwijdert"); nor a cap counted from when each
    item was made ("no longer than twenty-four (24) months from its creation")."""
    return (
        bool(topic.matches("customer_setting", _own_clause(text, start)))
        or bool(topic.matches("after_each_event", text[end:]))
        or bool(topic.matches("capped_by_the_term", text[end:]))
        or bool(topic.matches("cut_short", text[end : end + 2 * REQUEST_REACH]))
        or bool(topic.matches("from_each_item", text[end : end + REQUEST_REACH]))
    )


def _only_before_the_end(text: str) -> bool:
    """Whether every period in the text is a time before an end ("six weeks before the end of ...")."""
    durations = find_durations(text)
    return bool(durations) and all(BEFORE_THE_END.match(text, end) for _, _, end in durations)


def _optional_parts(topic: Topic, text: str) -> list[tuple[int, int]]:
    """The parts of the text that name a keeping or a transition period the customer chooses
    (prompts/deletion.yaml, customer_option): from the semicolon, or the exception word, before it
    to the next semicolon."""
    parts = []
    # (not into the definition read after the sentence: "... upon the Controller's written request,
    # deliver a complete export. ["Transition Period" means the period of thirty (30) days ...]")
    definition = definition_start(text)
    for m in topic.matches("customer_option", text):
        start, end = semicolon_part(text, m.start(), m.end())
        if m.end() <= definition < end:
            end = definition
        # (or after the exception that names it: "binnen 30 dagen, tenzij de Klant ... een verlenging
        # van maximaal drie maanden overeenkomt")
        turns = [t.start() for t in EXCEPTION_WORD.finditer(text, start, m.start())]
        parts.append((turns[-1] if turns else start, end))
    return parts


def _periods_before(topic: Topic, sentences: Sentences) -> dict[int, tuple[Any, str]]:
    """Deletion sentences that open with "thereafter" / "daarna", each with the sentence before it
    in its clause when that one speaks of the end of the contract."""
    out = {}
    for s, sec in sentences:
        # ("(3) Within thirty (30) days after the end of the Retrieval Period, ...": the window's end
        # may follow the deletion's own period)
        then = _then(topic, s.flat)
        # ("Na afloop van die termijn" is itself an end; a trigger after it is one of its own. After
        # a window's end, only in its own clause: "..., unless the law requires ... until no longer
        # required" is an exception's.)
        rest = s.flat[then.end() :] if then else ""
        if (window := first(topic, "window_end", s.flat)) and then:
            rest = re.split(r"[,;]", s.flat[max(then.end(), window.end()) :], maxsplit=1)[0]
        # (nor a second duty's request: "... binnen zestig (60) dagen en zal op verzoek ... bevestigen";
        # nor is the same window's end named again: "- Vernietiging na afloop van de exporttermijn:
        # uiterlijk dertig (30) dagen na afloop van de exporttermijn")
        rest = blank(topic, "window_end", _before_a_second_duty(topic, rest))
        # (the account deleted is no event of its own: "Na afloop van die termijn verwijdert
        # Leverancier het Account en de Klantgegevens binnen zestig (60) dagen")
        # (nor is an ended thing named by what it is: "the Customer Data in the closed Workspace or under
        # the terminated Order Form")
        rest = ENDED_THING.sub(" ", ACCOUNT_WORD.sub(" ", rest))
        if not (then and (has(topic, "deleted_data", s.flat) or _deletion_row(topic, s.flat))) or has(
            topic, "trigger", rest
        ):
            continue
        # (not a survival clause: "The obligations ... which must continue also after the end remain
        # valid until Processor has deleted or returned the Personal Data")
        if has(topic, "survival", s.flat):
            continue
        # (in its clause, or in the clause before it in the same article: "10.2 ... 10.3 Thereafter")
        earlier = [
            (p, psec)
            for p, psec in sentences
            if 0 <= s.start - p.end <= PERIOD_BEFORE and same_article(psec, sec) and not is_heading(p.flat)
        ]
        if earlier:
            prev = max(earlier, key=lambda x: x[0].end)
            # ("Na het einde ... bewaren we je website nog dertig dagen, zodat .... We helpen je daar
            # graag bij. Na die dertig dagen wissen we ...": the period named again is the one set
            # a sentence further back)
            # (the period named again, in the match or just after it: "na afloop van de periode van
            # dertig dagen")
            named_again = (
                [d for d, _, _ in find_durations(s.flat[then.start() : _named_end(s.flat, then.end())])]
                if then
                else []
            )
            # (or a sentence between that speaks of the account but sets no period: "Je account staat
            # dan op 'alleen lezen'")
            if named_again and (
                not has(topic, "trigger", prev[0].flat)
                or not any(d in named_again for d, _, _ in find_durations(prev[0].flat))
            ):
                matching = [
                    e
                    for e in earlier
                    if has(topic, "trigger", e[0].flat)
                    and any(d in named_again for d, _, _ in find_durations(e[0].flat))
                ]
                # (where no sentence before sets the period named again, it is not linked: the
                # sentence names its window itself, "na afloop van de periode van dertig dagen")
                if not matching:
                    continue
                prev = max(matching, key=lambda x: x[0].end)
            # ("14.1 Na beëindiging ... kan Klant gedurende dertig (30) dagen nog inloggen om ... te
            # downloaden. Nieuwe ondertekenverzoeken kunnen in die periode niet worden verstuurd. 14.2 Na
            # afloop van die termijn verwijdert ...": the window is set a sentence further back)
            if not has(topic, "trigger", prev[0].flat):
                # (or the window in the sentence that goes on from the end named right before it: "Na
                # het einde van je abonnement ... Je kunt je opnames dan nog 30 dagen downloaden.")
                timed_window = [
                    e
                    for e in earlier
                    if (has(topic, "trigger", e[0].flat) or _after_the_end_before(topic, e, sentences))
                    and has(topic, "window", e[0].flat)
                    and find_durations(e[0].flat)
                ]
                prev = max(timed_window, key=lambda x: x[0].end) if timed_window else prev
            # (not a sentence whose only time runs before the window's end: "a reminder four weeks
            # before the end of the Retrieval Period")
            if (
                has(topic, "trigger", prev[0].flat)
                or (has(topic, "window", prev[0].flat) and _after_the_end_before(topic, prev, sentences))
            ) and not _only_before_the_end(prev[0].flat):
                out[s.start] = prev
        # A window named at its end ("after the end of the Retrieval Period") is the one set
        # earlier in the same article, with its length and the end it runs from, even where
        # another sentence stands between them.
        if has(topic, "window_end", s.flat) and not (s.start in out and find_durations(out[s.start][0].flat)):
            # (or the clause it names by number, wherever that stands: "na afloop van de in artikel
            # 9.1 van de Algemene Voorwaarden genoemde downloadperiode")
            # ... or by the name it was given where it is set: "Na afloop van de Exporttermijn" for
            # "Gedurende zes weken na het einde van de Overeenkomst (de Exporttermijn) ...")
            named = CLAUSE_NAMED.search(s.flat)
            number = _clause_number(named.group(1)) + " " if named else None
            term = TERM_NAMED.search(s.flat)
            # (a window named in plain words, set where the same words give its length: "Upon expiry
            # of the export period" for "read-only mode for an export period of thirty (30) days")
            plain = PLAIN_WINDOW.search(s.flat)
            windows = [
                (p, psec)
                for p, psec in sentences
                if (
                    (p.end <= s.start and same_article(psec, sec))
                    # (or, for a window named as such, the clause's later sentences: "the export period
                    # referred to in clause 12.2" for "12.2 ... return or delete all Customer Data.
                    # Customer may, within thirty (30) days after termination, request an export")
                    or (
                        number
                        and p.start != s.start
                        and (p.flat.startswith(number) or (plain is not None and psec == number.strip()))
                    )
                    or (term and p.start != s.start and _defines(p.flat, term.group(1)))
                    or (
                        plain
                        and p.start != s.start
                        and plain.group(1).lower() in p.flat.lower()
                        # (where the window is set, not another sentence that counts from it)
                        and not has(topic, "window_end", p.flat)
                        and not has(topic, "delete", p.flat)
                    )
                )
                and not is_heading(p.flat)
                # (a window the customer has to take its data, not a notice period to end the contract)
                and has(topic, "window", p.flat)
                and not NOTICE_WORD.search(p.flat)
                and _grace_periods(topic, p.flat)
            ]
            # (the window the sentence names, where it is defined, before another one that merely
            # stands nearer: "na afloop van de Exitperiode" is the Exitperiode of the definitions,
            # not a continuity arrangement "gedurende ten minste zes maanden" in the clause before)
            defined = [(p, psec) for p, psec in windows if term and _defines(p.flat, term.group(1))]
            # (and one set before the sentence that names its end, before one that mentions it
            # later: "Customer ... must export the data before the end of the Export Period")
            earlier_set = [(p, psec) for p, psec in windows if p.end <= s.start]
            if windows:
                out[s.start] = max(defined or earlier_set or windows, key=lambda x: x[0].end)
    return out


def _before_a_second_duty(topic: Topic, text: str) -> str:
    """The text up to a second duty of the same subject, which opens a clause of its own ("..., and
    shall upon request confirm the deletion")."""
    duty = first(topic, "second_duty", text)
    return text[: duty.start()] if duty else text


def _deletion_row(topic: Topic, text: str) -> bool:
    """A retention table's row named for the deletion itself, the table's data its subject:
    "- Vernietiging na afloop van de exporttermijn: uiterlijk dertig (30) dagen ..."."""
    label = DELETION_ROW.match(text)
    # (of the data, not of the vendor's logs or invoices: "- Verwijdering van logbestanden na afloop ...")
    return bool(label and has(topic, "delete", label.group(1)) and not _own_records(topic, label.group(1)))


DELETION_ROW = re.compile(r"^[-–•▪●]\s+([^:;.]{1,80}):")


def _after_the_end_before(topic: Topic, window: tuple[Any, str], sentences: Sentences) -> bool:
    """Whether the sentence right before the window's, in its clause, names the end it runs from."""
    s, sec = window
    return any(
        shortly_after(s, sec, p, psec, ADJACENT) and has(topic, "trigger", p.flat) for p, psec in sentences
    )


TRAINED_MODELS = re.compile(
    r"\bmodels?\s+(already\s+)?trained\b|\btrained\s+models?\s+(are|is)\s+not\b|\bgetrainde\s+modellen\s+(zijn|worden)\s+niet\b|"
    r"\bmodellen\s+die\s+(al\s+)?(zijn\s+)?getraind\b|\b(retrain|hertrainen)\s*,|"
    r"\b(delete|remove|modify|verwijderen|aanpassen)\s+(or\s+\w+\s+)?(\w+\s+){0,2}(models?|modellen|model\s+weights)\b",
    re.IGNORECASE,
)
ACCOUNT_WORD = re.compile(r"\b(account|accounts)\b", re.IGNORECASE)
ENDED_THING = re.compile(
    r"\b(the|a|an|each|any|that|het|de)\s+(terminated|expired|closed|cancell?ed|beëindigde|opgezegde|gesloten)\s+\w+",
    re.IGNORECASE,
)


# A clause named by its number: "the period referred to in clause 9.1", "de in artikel 7.2 bedoelde termijn".
# ("artikel 9 lid 1" is clause 9.1)
CLAUSE_NAMED = re.compile(
    r"\b(?:clause|section|article|paragraph|artikel|lid|paragraaf)\s+(\d+(?:\.\d+)+|\d+\s+lid\s+\d+)\b",
    re.IGNORECASE,
)


# A window's own name: "the Retrieval Period", "de Exporttermijn" (capitalised, as defined terms are).
TERM_NAMED = re.compile(
    r"(?<![\w(“\"‘'])((?:[A-Z][\w-]*\s+){0,2}(?:[A-Z][\w-]*)?(?:Period|Window|termijn|periode))\b"
)
PLAIN_WINDOW = re.compile(
    r"\b(?:the|that|de|die)\s+((?:[\w-]+\s+)?(?:export|download|retrieval|grace|read-only)[\w-]*\s+(?:period|window)"
    r"|\w*(?:export|download)\w*(?:termijn|periode))\b",
    re.IGNORECASE,
)
QUOTE = "[\"“”‘’']?"


DEFINING = (
    r"(?:means|shall\s+mean|has\s+the\s+meaning|betekent|houdt\s+in|is\s+de\s+periode|is\s+the\s+period)\b"
)


def _defines(text: str, term: str) -> bool:
    """Whether the sentence sets the window that bears the name: "(the "Retrieval Period")",
    "(de Exporttermijn)", a list entry "- Exporttermijn: twee maanden na de einddatum", or a
    definition ""Exit Period" means ..."."""
    name = QUOTE + re.escape(term) + QUOTE
    return bool(
        # ("(hereinafter the "Export Period")", "(hierna: de "Exportperiode")")
        re.search(
            rf"\(\s*(?:(?:hereinafter|hierna)(?:\s+(?:referred\s+to\s+as|te\s+noemen|genoemd))?:?\s*)?(?:the|de|het)?\s*{name}\s*\)",
            text,
        )
        # (the entry may carry its number: "Artikel 1.7 Exporttermijn: de termijn van twee weken ...")
        or re.match(
            rf"\W*(?:(?:artikel|article|clause|section)\s+)?(?:\d+(?:\.\d+)*\.?\s+)?{name}\s*(?:\([^)]*\)\s*)?:",
            LIST_MARKER.sub("", text, count=1),
            re.IGNORECASE,
        )
        # ("In deze overeenkomst wordt onder de Exporttermijn verstaan: 45 dagen na het einde")
        or re.search(rf"\bonder\s+(?:de\s+|het\s+)?{name}\s+(?:wordt\s+)?verstaan\b", text, re.IGNORECASE)
        # (a definition: ""Exit Period" means the period of ninety (90) days starting on ...")
        or re.match(rf"\W*(?:\d+(?:\.\d+)*\.?\s+)?{name}\s+{DEFINING}", text, re.IGNORECASE)
    )


def _clause_number(named: str) -> str:
    """A clause's number as it opens the clause: "9 lid 1" is "9.1"."""
    return re.sub(r"\s+lid\s+", ".", named)


OF_LENGTH = re.compile(
    r"\s+(van|of)\s+[^,;.]{1,30}?\b(dagen|days|weken|weeks|maanden|months|maand|month|jaar|years?)\b",
    re.IGNORECASE,
)


def _named_end(text: str, end: int) -> int:
    """Where a window's name ends: past its length when that follows ("the period of thirty days")."""
    m = OF_LENGTH.match(text, end)
    return m.end() if m else end


def _then(topic: Topic, text: str) -> re.Match[str] | PhraseMatch | None:
    """What makes a deletion follow a window: "Thereafter" at the sentence's start, or the end of
    a window anywhere in it ("within sixty days after the end of the Retrieval Period")."""
    return first(topic, "then", text[:THEN_REACH]) or first(topic, "window_end", text)


ANCHOR_REACH = 50  # characters after a period in which the moment it counts from stands


def _counted_from_the_end(topic: Topic, text: str) -> bool:
    """Whether the deletion's own period counts from the end of the contract, not from the window's
    end ("Upon expiry of the grace period, Vendor will delete ... no later than sixty days after the
    effective date of termination")."""
    # (not the window's own length, named where its end is: "After the 90-day retention period ends")
    named = _then(topic, text)
    for _, start, end in find_durations(text):
        if named and named.start() <= start < named.end():
            continue
        # (in the period's own clause, not a second duty's after it: "at the latest within sixty (60)
        # days, and shall upon request confirm the deletion")
        anchor = _before_a_second_duty(topic, text[end : end + ANCHOR_REACH])
        trigger = first(topic, "trigger", anchor)
        # (a window named where the period's anchor stands, whose name may run on past the reach: "na
        # afloop van de in artikel 12.2 bedoelde exportperiode"; not one in a later clause)
        # ("Uiterlijk dertig dagen na afloop van die periode": the window named before, "afloop"
        # being the end of that period, not of the contract)
        window = first(topic, "window_end", text[end : end + 2 * ANCHOR_REACH]) or first(
            topic, "then", text[end : end + ANCHOR_REACH]
        )
        # (nor the window's end named back: "within ... 60 (sixty) days from such expiry")
        anaphor = trigger and ANAPHOR_BEFORE.search(text[end : end + trigger.start()])
        if trigger and not anaphor and not (window and window.start() <= trigger.end()):
            return True
    return False


ANAPHOR_BEFORE = re.compile(r"\b(such|that|this|the\s+said|die|deze|dat)\s+$", re.IGNORECASE)


def _deletion_periods(topic: Topic, text: str) -> list[int]:
    """The periods in `text` within which data is deleted, not the one a legal duty keeps some of
    it ("... within 30 days, except invoices, which we keep for 7 years as required by tax law")."""
    periods = []
    deletes = first(topic, "delete", text)
    after = deletes.end() if deletes else len(text)
    # (not the time a copy is kept because the customer chose it: "Heeft de Klant voor de
    # Archiefservice gekozen, dan bewaart Verwerker ... maximaal zeven jaar")
    if DURING_LABEL.match(text):
        return []
    # (a keeping the customer chose, in its own part of the sentence: "...; op schriftelijk verzoek
    # van de Klant kan deze termijn eenmalig worden verlengd met maximaal drie maanden")
    chosen = _optional_parts(topic, text)
    # ("During the Subscription Term, Customer Data is stored in the EU; upon termination Vendor deletes
    # ... within thirty days": only the clause about the term is not the deletion's)
    # (the durations before `term_end` belong to that clause; none when the text opens otherwise)
    term_end = 0
    if DURING_TERM.match(text):
        semicolon = text.find(";")
        term_end = semicolon if semicolon >= 0 else len(text)
    for days, start, end in find_durations(text):
        if start < term_end or any(a <= start < b for a, b in chosen):
            continue
        if is_floor(topic, text, start):
            continue  # "kept for at least 30 days to allow export" sets a floor, not a deadline
        if topic.matches("rolling", text[max(0, start - ROLLING_REACH) : start]):
            continue  # "Query Data - rolling thirteen (13) months" runs during the term
        if topic.matches("request_window", text[max(0, start - REQUEST_REACH) : start]):
            continue  # "a certificate upon request made within 12 months" times the request
        if topic.matches("inactivity", text[max(0, start - INACTIVITY_REACH) : start]) or topic.matches(
            "inactivity_after", text[end : end + REQUEST_REACH]
        ):
            continue  # "accounts not logged into for twelve months may be deleted" times the disuse
        if _names_the_term(topic, text, start):
            continue  # "the Agreement, which has a term of twelve (12) months" lasts; it deletes nothing
        if DAYS_NOTICE.match(text, end):
            continue  # "may be deleted after thirty (30) days' notice" warns; it sets no deadline
        if BEFORE_THE_END.match(text, end):
            continue  # "Zes weken voor het einde van de Exitperiode: herinnering" comes before the end
        if _set_otherwise(topic, text, start, end):
            continue  # the customer's option, or a time counted from each event: not a deadline
        clause_start = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1
        clause_end = min((i for i in (text.find(",", end), text.find(";", end)) if i >= 0), default=len(text))
        clause = text[clause_start:clause_end]
        # "... from live systems; backup copies are overwritten within 35 days", "we delete it within
        # 30 days, and backups within 90 days": the backups' period, in a clause of their own.
        theirs = not deletes or clause_start <= deletes.start() < clause_end
        if not theirs and _about_backups(clause) and not has(topic, "including_backups", clause):
            continue
        turn = [m.start() for m in EXCEPTION_WORD.finditer(text, after, start)]
        # ... or in the words on backups that an exception sets apart ("we delete it within 30 days,
        # except backups, which are deleted within 90 days").
        if not theirs and turn and _about_backups(text[turn[-1] : start]):
            continue
        # ... or in the exception after the deletion ("we delete ... within 30 days, except that we
        # may keep certain information for up to seven years where the law requires it").
        # A period inside an exception after the deletion ("..., unless Customer asks to keep it for
        # a further 90 days") is not the deletion's; one after a parenthetical exception ("delete,
        # except where the law requires retention, within 60 days") is.
        # (nor past the end of the sentence's own words: "[...]" is a definition read after it)
        inside = bool(turn) and not re.search(r"[,;\[]", text[turn[-1] : start])
        # ... and a period the kept records have under that exception ("except that we may keep
        # certain records where the law requires it (invoices, which we keep for seven years)").
        # (the keeping may stand in the exception's earlier words: "except for data that Vendor must
        # retain under statutory retention obligations, in particular under tax law for ten years")
        # (not the deadline the sentence resumes after its aside: "delete, except where retention
        # is required by law, within 60 days")
        resumed = RESUMED_DEADLINE.match(text, clause_start, start)
        keeping_from = clause_start if resumed or not turn else min(turn[-1], clause_start)
        kept = (
            bool(turn)
            and has(topic, "retain", text[keeping_from:clause_end])
            and has(topic, "legal_exception", text[turn[-1] :])
        )
        if (has(topic, "legal_exception", clause) and has(topic, "retain", clause)) or inside or kept:
            continue
        periods.append((days, start))
    return _the_earlier(topic, text, periods)


def _the_earlier(topic: Topic, text: str, periods: list[tuple[int, int]]) -> list[int]:
    """The periods, where "whichever is earlier" compares those before it in its part of the sentence,
    with only the earlier of those: "within sixty (60) days or upon request, whichever is earlier". A
    part that caps what came before ("...; in any event within thirty (30) days after termination,
    whichever is earlier") compares the periods of the parts before it too."""
    earlier = first(topic, "earlier_of", text)
    if earlier is None:
        return [days for days, _ in periods]
    part_start = 0 if _capped(topic, text) else text.rfind(";", 0, earlier.start()) + 1
    compared = [days for days, start in periods if part_start <= start < earlier.start()]
    others = [days for days, start in periods if not part_start <= start < earlier.start()]
    return [*others, min(compared)] if compared else others


def _capped(topic: Topic, text: str) -> bool:
    """Whether the part that says "whichever is earlier" opens as a cap on the parts before it ("in
    any event", "in elk geval", "uiterlijk")."""
    earlier = first(topic, "earlier_of", text)
    if earlier is None:
        return False
    return has(topic, "cap_opening", text[text.rfind(";", 0, earlier.start()) + 1 : earlier.start()])


# A time before the end, not after it: "six weeks before the end of the Exit Period", "zes weken
# vóór het einde van de Exitperiode".
BEFORE_THE_END = re.compile(
    r"\s*(before|prior\s+to|voor|vóór)\s+(the\s+|het\s+|de\s+)?(end|expiry|expiration|einde|afloop|einddatum)\b",
    re.IGNORECASE,
)


# A schedule line for the time the contract runs, not for its end: "Bewaartermijnen tijdens de
# looptijd: ... afgehandelde reparatieverzoeken na twee jaar verwijderd", "Retention during the term: ...".
# (or opens on that time: "During the Main Contract, the Documents ... are conserved during the
# retention period parametrised by the administrator")
DURING_LABEL = re.compile(
    r"^\W*[^.:;]{0,40}\b((tijdens|gedurende)\s+de\s+looptijd|during\s+the\s+(term|subscription))\s*:",
    re.IGNORECASE,
)
DURING_TERM = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?(during\s+the\s+(\w+\s+)?(term|contract|agreement|subscription)"
    r"(\s+of\s+(the|this)\s+(\w+\s+){0,2}(agreement|contract|subscription))?|(tijdens|gedurende)\s+de\s+"
    r"looptijd(\s+van\s+de\s+\w*overeenkomst)?)\s*,|"
    # (Dutch puts the verb straight after it: "Gedurende de looptijd van de Hoofdovereenkomst verwijdert")
    r"^\W*(\d+(\.\d+)*\.?\s+)?(tijdens|gedurende)\s+de\s+looptijd(\s+van\s+de\s+\w*overeenkomst)?\s+\w+\s+"
    r"(verwerker|leverancier|wij|we|opdrachtnemer|dienstverlener)\b|"
    # (or the passive: "Tijdens de looptijd van de Hoofdovereenkomst worden meldingen ... verwijderd")
    r"^\W*(\d+(\.\d+)*\.?\s+)?(tijdens|gedurende)\s+de\s+looptijd(\s+van\s+de\s+\w*overeenkomst)?\s+(worden|wordt)\b"
    r"(?![^.;]*\b(na|bij)\s+(de\s+|het\s+)?(beëindiging|einde|afloop|opzegging)\b)|"
    # ("9.1 While your account is open, ... conversations are kept for twelve (12) months and then
    # deleted", "Zolang je account open is, ...")
    r"^\W*(\d+(\.\d+)*\.?\s+)?(while|as\s+long\s+as)\s+(your|the)\s+(account|subscription|contract|agreement)\s+"
    # (not where the same sentence goes on to the end: "..., and after you close it we delete them")
    r"(is|remains)\s+(open|active|in\s+force|running)\s*,(?![^.;]*\b(after|once|when)\s+(you|we|it|the\s+\w+)\s+"
    r"(close|closes|cancel|cancels|terminate|terminates|end|ends)\b)|"
    r"^\W*(\d+(\.\d+)*\.?\s+)?(zolang|terwijl)\s+(je|jouw|uw|het|de)\s+(account|abonnement|overeenkomst)\s+"
    r"(open|actief|van\s+kracht)\s+is\s*,|" + DURING_LABEL.pattern,
    re.IGNORECASE,
)


# "Verwerker voert dit uit binnen vier weken na ...", "Dat gebeurt uiterlijk zes weken na de
# einddatum", "This will be completed within 30 days of termination": the deletion just stated.
DONE_WITHIN = re.compile(
    r"^\W*(\d+(\.\d+)*\.?\s+)?((this|that|such\s+(deletion|return|destruction)|deletion)\s+(will|shall|is|must)\s+"
    r"(be\s+)?(done|completed|carried\s+out|take\s+place|happen|occur|performed)|"
    r"(dit|dat|deze\s+verwijdering|de\s+verwijdering|verwijdering)\s+(gebeurt|geschiedt|vindt|wordt|zal)|"
    r"\w+\s+(voert|voeren)\s+(dit|dat|deze\s+\w+|de\s+gekozen\s+\w+|de\s+keuze)\s+(\w+\s+){0,3}uit|"
    # ("Verwerker voert de gekozen handeling uit binnen drie maanden", "implements the chosen option")
    r"(\w+\s+){1,3}(implements?|carries\s+out|performs?|executes?)\s+(the|that|this)\s+(chosen\s+\w+|choice|option\s+chosen)\b|"
    # "Verwerker voldoet aan deze verplichting uiterlijk binnen twee maanden", "Vendor shall comply
    # with this obligation within sixty days"
    r"\w+\s+(voldoet|voldoen)\s+aan\s+(deze|die|die\s+\w+|deze\s+\w+)\s+verplichting|"
    # ... or with the customer's instruction to delete, given just before: "Vendor will comply with
    # this instruction as soon as reasonably practicable and within a maximum period of 180 days"
    r"\w+\s+(shall|will|must)\s+(comply\s+with|fulfil|fulfill|perform|carry\s+out)\s+(this|that|such)\s+"
    r"(obligation|instruction|request)|"
    r"\w+\s+(geeft|geven)\s+(\S+\s+){0,10}uitvoering\s+aan\s+(deze|die|dit|dat)\s+(instructie|opdracht|verzoek))\b",
    re.IGNORECASE,
)
DONE_REACH = 200  # characters: how soon after the deletion the sentence timing it starts


def _limits_the_data(topic: Topic, limit: Hit) -> bool:
    """Whether a limit in time is the customer's data's: not the backups' (unless they are included), nor
    the vendor's own contact and billing records. In a retention table, the rows about the end are
    read: "• Documenten na einde contract 14 dagen • Back-ups 35 dagen" times the documents, "• Uploaded
    files: 30 days after contract end • Invoices: 7 years" the files."""
    rows = _rows_at_the_end(topic, limit.sentence.flat)
    return (
        (not _about_backups(rows) or has(topic, "including_backups", limit.sentence.flat))
        and not _own_records(topic, rows)
        # (a schedule's row read without the lead-in that names all data: "We keep your data as follows:
        # - Account information: ... two years after you close your account")
        and not _own_records(topic, _data_kept(limit.sentence))
    )


def _kept_beyond_rolling_limits(topic: Topic, sentences: Sentences, limited: list[Hit]) -> bool:
    """Whether limits that only roll during the term ("We retain prompts for 30 days and then delete
    them") stand beside a keeping after the end ("After termination, Vendor retains Customer Data
    for seven years"): the data outlives the contract, whatever the rolling limit."""
    if any(has(topic, "trigger", h.sentence.flat) for h in limited):
        return False
    # (the vendor's keeping, not the customer's: "Customer may store exported data for 12 months")
    return any(not binds_other(topic, h) for h in _kept_after_end(topic, sentences))


def _kept_after_end(topic: Topic, sentences: Sentences) -> list[Hit]:
    """The customer's data kept for a time after the end ("we retain all the collected personal
    information for 5 more years after the account is closed"): not the vendor's own records, the
    backups, or what the law makes it keep."""
    return [
        h
        for h in find(topic, "kept_after_end", sentences, allow_negated=False)
        if not _own_records(topic, _data_kept(h.sentence))
        and not _about_backups(h.sentence.flat)
        and not has(topic, "legal_exception", h.sentence.flat)
    ]


def _data_kept(sentence: Sentence) -> str:
    """What a keeping says of the data kept: a schedule row read without its lead-in ("We keep your data
    as follows:" names no data of the row's) and without the examples its label lists in a parenthesis
    ("Business records (transactions, receipts, invoices, ...): for as long as your account is open and
    for six years after you close your account" keeps the customer's records, though "invoices" are
    among them)."""
    text = sentence.item
    head, colon, rest = text.partition(": ")
    return re.sub(r"\([^()]*\)", " ", head) + colon + rest if colon else text


KEPT_THEN_DELETED = 400  # characters: later in the same clause, a deletion after the keeping


def _kept_for_years_after_end(
    topic: Topic, sentences: Sentences, periods: dict[int, tuple[Any, str]]
) -> list[Hit]:
    """Data kept a year or more after the end (not anonymised data, nor a keeping the customer chose),
    in a sentence that promises no deletion and that no deletion follows ("... bewaart Belvonk tot twee
    jaar na het einde. Na afloop van de bewaartermijn verwijdert Belvonk de gegevens" deletes it then)."""
    followed = {before.start for before, _ in periods.values()}

    def deleted_next(hit: Hit) -> bool:
        return any(
            0 <= s.start - hit.sentence.end <= KEPT_THEN_DELETED
            # (in the keeping's own clause: "7.13 ... bewaart Belvonk tot twee jaar na het einde ...
            # Facturen ... zeven jaar. Na afloop van de bewaartermijn verwijdert Belvonk de gegevens.")
            and (sec == hit.section if hit.section else s.start - hit.sentence.end <= 2)
            # (a deletion said, not one denied: "het opvragen van een kopie leidt niet tot de
            # verwijdering ervan")
            and any(not negated(s.flat, m.start(), topic) for m in topic.all_matches("delete", s.flat))
            # (the vendor's deletion, not one the user may ask for: "You can ask us to delete your business
            # records earlier")
            and not has(topic, "user_action", s.flat)
            # (nor another row of the same schedule, which times other data: "- Dieetwensen: tot je account
            # wordt verwijderd" after "- Accountgegevens: ... en daarna nog 24 maanden")
            and not (hit.sentence.lead and s.lead == hit.sentence.lead and ": " in s.item)
            for s, sec in sentences
        )

    return [
        h
        for h in _kept_after_end(topic, sentences)
        if not binds_other(topic, h)
        and not has(topic, "delete", h.sentence.flat)
        and not has(topic, "customer_option", h.sentence.flat)
        and not has(topic, "anonymous_kept", h.sentence.flat)
        # (a year, or 14 days after the end "if that is earlier": the end caps it)
        and not has(topic, "earlier_of", h.sentence.flat)
        and h.sentence.start not in followed
        and not deleted_next(h)
        and max((d for d, _, _ in find_durations(h.sentence.flat)), default=0) >= YEAR_DAYS
    ]


def _done_within(topic: Topic, hit: Hit, sentences: Sentences) -> tuple[Any, str] | None:
    """The sentence right after a deletion that says within what period it is done."""
    for s, sec in sentences:
        if (
            same_article(sec, hit.section)
            and 0 <= s.start - hit.sentence.end <= DONE_REACH
            and DONE_WITHIN.search(s.flat)
            and find_durations(s.flat)
            and not _about_backups(s.flat)
        ):
            return s, sec
    return None


def _timed_elsewhere(topic: Topic, hit: Hit, sentences: Sentences) -> tuple[Any, str] | None:
    """The sentence elsewhere that gives the time of the deletion clause, naming it by its number
    first: "13.3 Verwerker vernietigt ... binnen de in de Specificatie opgenomen termijn" read with
    "Vernietiging als bedoeld in artikel 13.3: binnen 60 dagen na de einddatum" (not a certificate
    sent "binnen tien werkdagen na de vernietiging bedoeld in artikel 14.4")."""
    own = hit.section
    if not own or "." not in own:
        return None
    for s, sec in sentences:
        # (nor the backups' own deletion: "Na een eventuele retournering op grond van artikel 11.2 worden
        # alle Back-updata ... uiterlijk negentig (90) dagen na het einde ... vernietigd")
        if (
            s.start == hit.sentence.start
            or not find_durations(s.flat)
            or has(topic, "certificate", s.flat)
            or _about_backups(s.flat)
        ):
            continue
        opening = s.flat[:NAMED_FIRST]
        if own in [_clause_number(m.group(1)) for m in CLAUSE_NAMED.finditer(opening)]:
            return s, sec
    return None


NAMED_FIRST = 60  # characters: where a line of a schedule names the clause it times


def _stacked(topic: Topic, text: str, first_days: list[int] | None = None) -> int | None:
    """The whole time where a period runs on top of the one just named: "The Client shall
    communicate its choice within thirty (30) days after the end; the Contractor implements the
    choice within a further thirty (30) days" is 60 days (`first_days`: the one named before)."""
    # (or the period named before "thereafter", counted from the one just named: "Upon written
    # confirmation ... of receipt of the returned data, the Provider shall delete all remaining copies
    # within fifteen (15) days thereafter")
    # ("thereafter" counted from a period after the end, or from one of the sentence before: "remain
    # available ... for twelve (12) months after the Termination Date ... and are deleted within thirty
    # (30) days after that period ends"; not from "which has a term of twelve (12) months")
    thereafter = THEREAFTER_PERIOD.search(text)
    if thereafter and not first_days and not has(topic, "trigger", text[: thereafter.start()]):
        thereafter = None
    if not (m := FURTHER.search(text) or thereafter):
        return None
    # (a further period for the deletion or return itself, not for a certificate or a notice: "will
    # issue a certificate of deletion within a further ten (10) days"; the act is read in the
    # period's own part of the clause, not in what comes before it: "Upon written confirmation ...,")
    clause = text[text.rfind(";", 0, m.start()) + 1 :].split(";")[0]
    own_part = clause[clause.rfind(",", 0, max(0, clause.find(m.group(0)))) + 1 :]
    if not STACKED_ACT.search(clause) or OTHER_ACT.search(own_part):
        return None
    durations = find_durations(text)
    before = first_days or [
        d for d, start, _ in durations if start < m.start() and not _names_the_term(topic, text, start)
    ]
    after = [d for d, start, _ in durations if start >= m.start() + len(m.group(1))]
    return max(before) + max(after) if before and after else None


def _names_the_term(topic: Topic, text: str, start: int) -> bool:
    """Whether the period at `start` is the contract's own term ("which has a term of twelve (12)
    months", "die een looptijd heeft van twaalf maanden")."""
    return bool(topic.matches("contract_term", text[max(0, start - TERM_REACH) : start]))


TERM_REACH = 60  # characters before a period in which "a term of" stands


def _further_period(topic: Topic, hit: Hit, own_days: list[int], sentences: Sentences) -> int | None:
    """A period on top of the hit's own, in its sentence or the one right after it."""
    if (total := _stacked(topic, hit.sentence.flat)) is not None:
        return total
    after = [s.flat for s, _ in sentences if 0 <= s.start - hit.sentence.end < 5]
    return next((t for text in after if (t := _stacked(topic, text, own_days)) is not None), None)


def _by_the_user(topic: Topic, hit: Hit) -> bool:
    """Whether the deletion the hit's sentence times is one the customer's users do themselves, in the
    service ("You can delete individual contacts yourself with the button"): every part of it that names
    a period says so (not "...; all remaining copies are erased by Vendor within ninety (90) days")."""
    # (in a table, the rows about the end, each on its own)
    rows = _rows_about_the_end(topic, hit.sentence.flat)
    timed = [part for row in rows for part in row.split(";") if find_durations(part)]
    return bool(timed) and all(has(topic, "self_service", part) for part in timed)


def _rows_at_the_end(topic: Topic, text: str) -> str:
    """The rows of a retention table that speak of the end, where the table's rows run together in
    one sentence (a PDF table read line by line: "- Accounts van ouders - na drie maanden verwijderd -
    Alle gegevens na het einde van de Hoofdovereenkomst - exportmogelijkheid gedurende acht weken;
    daarna binnen dertig dagen verwijderd - Back-ups - ..."), joined again; `_rows_about_the_end`
    chooses them."""
    return " - ".join(_rows_about_the_end(topic, text))


def _rows_about_the_end(topic: Topic, text: str) -> list[str]:
    """The rows of a retention table that speak of the end, row by row (the vendor's own records apart
    where other rows remain). A row opens where a dash or bullet is followed by a capital; other
    sentences, and tables with no row about the end, are read whole."""
    rows = ROW_TURN.split(text)
    if len(rows) < MIN_ROWS:
        return [text]
    ending = [row for row in rows if has(topic, "trigger", row)]
    # (the rows of the data, where the table has others than the vendor's logs and invoices: "• Audit
    # trail: 24 months after contract end • Customer files: 30 days after contract end")
    return [row for row in ending if not _own_records(topic, row)] or ending or [text]


ROW_TURN = re.compile(r"\s[-–•▪●]\s(?=[A-Z])")  # a dash or a bullet glyph before a capital
MIN_ROWS = 3  # rows: two dashes before a capital; one is a sentence's own aside, not a table


def _window_then_deletion(topic: Topic, text: str) -> int | None:
    """A window and then a deletion period in one sentence: "Customer may export its data for 30
    days, after which it is deleted within a further 60 days" is 90 days after the end."""
    turn = first(topic, "then", text) or AFTER_WHICH.search(text)
    span = (turn.start(), turn.end()) if turn else None
    # (or the end of a window named with its length: "and the 30-day read-only period is over, we'll
    # delete ... within 60 days", "at the expiry of the delay of thirty (30) days mentioned in article
    # 11.1, ... within a maximum delay of sixty (60) days"; not a limit named after an end, "at the end
    # of the storage period ..., which shall not exceed 365 days")
    if not turn and (ends := first(topic, "window_end", text)):
        named = (ends.start(), _named_end(text, ends.end()))
        span = named if find_durations(text[named[0] : named[1]]) else None
    if not span or _capped(topic, text):
        return None
    durations = find_durations(text)
    # (the window may be named with its length where it ends, and the deletion's own period then
    # stands before or after it: "and the 30-day read-only period is over, we'll delete ... within
    # 60 days", "Uiterlijk zestig dagen na afloop van de periode van dertig dagen verwijdert ...")
    inside = [d for d, start, _ in durations if span[0] <= start < span[1]]
    window = inside or [d for d, start, _ in durations if start < span[0]]
    # (not the same period named again: "... and then delete it within the same thirty (30) day period")
    # (nor what a legal duty keeps after it: "..., and then delete it, except for invoices ..., which we
    # keep for seven (7) years to meet our tax obligations")
    deleting = set(_deletion_periods(topic, text))
    deletion = [
        d
        for d, start, _ in durations
        if (start > span[1] or (inside and start < span[0] and d not in inside))
        and not SAME.search(text[max(0, start - SAME_REACH) : start])
        and d in deleting
    ]
    return max(window) + max(deletion) if window and deletion else None


def _own_clause(text: str, start: int) -> str:
    """The words before `start` in its own clause: back to a semicolon, or to a comma outside
    brackets that no number follows ("you can pick 30, 90 or 365 days" is one clause)."""
    depth, boundary = 0, 0
    for i, char in enumerate(text[:start]):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == ";" or (char == "," and depth == 0 and not text[i + 1 : i + 3].strip()[:1].isdigit()):
            boundary = i + 1
    # (a relative clause reads with the words it qualifies: "for the retention period configured by
    # Customer, which may not exceed ninety (90) days")
    if boundary and RELATIVE.match(text, boundary):
        return _own_clause(text, boundary - 1) + text[boundary - 1 : start]
    return text[boundary:start]


RESUMED_DEADLINE = re.compile(
    r"\s*(and\s+|en\s+)?((in\s+any\s+(event|case)|in\s+all\s+cases|in\s+(elk|ieder)\s+geval)\s*,?\s*)?"
    r"(within|no\s+later\s+than|binnen|uiterlijk|ten\s+laatste)\b",
    re.IGNORECASE,
)
SAME_REACH = 25  # characters before a period in which "the same" stands
SAME = re.compile(
    r"\b(the\s+same|dezelfde|diezelfde|datzelfde|hetzelfde)(\s+(termijn|periode)\s+van)?\s*$", re.IGNORECASE
)
# (only a cap: "which may not exceed", "die niet langer mag zijn dan"; not "..., which Vendor will
# delete within thirty days")
RELATIVE = re.compile(
    r"\s*(which|die|dat|welke)\s+(\w+\s+){0,3}(exceed|overschrijden|bedragen|langer|meer)\b", re.IGNORECASE
)


def _pointer_only(topic: Topic, text: str) -> bool:
    """Whether the sentence only points to another document ("... are governed by the DPA and are
    not repeated in this Policy"); one that gives a period of its own ("governed by the DPA, under
    which Vendor deletes ... within 30 days") still speaks."""
    return has(topic, "cross_reference", text) and not find_durations(text)


def _own_records(topic: Topic, text: str) -> bool:
    """Whether a sentence is about the vendor's records of its customers, not their data."""
    return has(topic, "own_records", text) and not has(topic, "content_named", text)


def _promises_first(topic: Topic, deleted: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """The vendor's own promises to delete, those with a period first (a promise with its period
    says most), and apart from them what a user may do."""
    own = [h for h in deleted if _vendors_own(topic, h.sentence.flat)]
    own.sort(key=lambda h: not _deletion_periods(topic, h.sentence.flat))
    return own, [h for h in deleted if h not in own]


def _vendors_own(topic: Topic, text: str) -> bool:
    """Whether a clause of the sentence promises deletion without being what a user may do ("You
    may request deletion; we then delete your data within 14 days")."""
    # ("kept three months so that you can reactivate your account, after which it will be deleted":
    # what follows "after which" is a clause of its own; so is what follows ", and": "We'll delete
    # Store Data ... within 30 days after your plan ends, and earlier if you ask us to")
    # (a part after ", and" promises only where it is not negated: not "..., and any workspace
    # deleted this way cannot be restored")
    return any(
        has(topic, "delete", clause)
        and not has(topic, "user_action", clause)
        and (i == 0 or not _denied(topic, clause))
        for part in re.split(r"[;:]", text)
        for i, coordinated in enumerate(re.split(r",\s+(?:and|but|en|maar)\s+", part))
        for clause in AFTER_WHICH.split(coordinated)
        if clause
    )


def _denied(topic: Topic, clause: str) -> bool:
    """Whether a negation stands anywhere in the clause ("... cannot be restored"), not counting
    phrases that only look like one ("niet later dan", "no later than")."""
    if topic.reading:
        clause = topic.reading.not_negation.sub(lambda m: " " * len(m.group(0)), clause)
    # (a promise made with its modal stands unless the negation governs the deletion itself: "...,
    # Vendor will cancel all the Personal Data ..., with methods that do not permit the recovery")
    verb = first(topic, "delete", clause)
    if verb and PROMISE_BEFORE.search(clause, 0, verb.start()):
        return negated(clause, verb.start(), topic)
    return bool(NEGATION_WORD.search(clause))


PROMISE_BEFORE = re.compile(r"\b(will|shall|must|zal|zullen|moet|moeten)\b", re.IGNORECASE)


def _timed_after(topic: Topic, sentences: Sentences) -> dict[int, tuple[Any, str]]:
    """Deletion sentences whose time the next sentence gives ("... verwijdert Leverancier alle
    persoonsgegevens. Dit gebeurt uiterlijk drie maanden na het einde van de overeenkomst."), each
    with that next sentence."""
    out = {}
    for s, sec in sentences:
        if not has(topic, "deleted_data", s.flat) or has(topic, "trigger", s.flat):
            continue
        later = [
            (n, nsec)
            for n, nsec in sentences
            if shortly_after(n, nsec, s, sec, PERIOD_BEFORE)
            and not is_heading(n.flat)
            and has(topic, "timing", n.flat)
            and has(topic, "trigger", n.flat)
        ]
        if later:
            out[s.start] = min(later, key=lambda x: x[0].start)
    return out


def _returns(topic: Topic, sentences: Sentences) -> list:
    return [(s, sec) for s, sec in sentences if has(topic, "return_or_delete", s.flat)]


def _binds_subprocessors(topic: Topic, hit: Hit) -> bool:
    """Whether the hit is what the vendor makes its sub-processors promise: the binding comes before
    it ("We require each Service Provider ... to delete or return it"), not after the vendor's own
    promise ("shall return or delete ..., and shall require its Sub-processors to do the same")."""
    binding = first(topic, "binds_subprocessors", hit.sentence.flat)
    return binding is not None and binding.start() < hit.match.start()


def _about_backups(text: str) -> bool:
    return bool(BACKUP_WORD.search(text))


BACKUP_WORD = re.compile(
    r"\b(\w{3,}(?=back-up))?back-?ups?\b|\bback-?up\w*\b|\b(reserve|veiligheids)kopie"
    # (copies locked against change are backups too: "Voor de onveranderbare (immutable) kopieën geldt ...")
    r"|\b(immutable|onveranderbare|onveranderlijke)\s+(\(\w+\)\s+)?(kopie\w*|cop(y|ies)|snapshots?)",
    re.IGNORECASE,
)
# A final archive copy whose own end is stated is a backup by another name: "we keep one final
# archive copy of your website for 6 months ... After those 6 months the archive copy is deleted".
# (Kept with no end, it is the data retained: "may retain one archival copy without limitation".)
ARCHIVE_COPY = re.compile(r"\barchiv\w*\s+cop(y|ies)\b|\barchiefkopie", re.IGNORECASE)


def _copies_deleted(topic: Topic, text: str) -> bool:
    """Whether what the sentence deletes is the backups, named before its verb of deleting ("After
    those 6 months the archive copy is deleted"), not the data with the backups after it."""
    deletes = first(topic, "delete", text)
    if deletes is None:
        return False
    named = text[: deletes.end()]
    # (not the data with its backups: "Thereafter, the Customer Data and its backups are deleted")
    copies = _about_backups(named) or bool(ARCHIVE_COPY.search(named))
    return copies and not has(topic, "content_named", named) and not has(topic, "backups_included", text)


def _deletes_backups(topic: Topic, text: str) -> bool:
    """Whether a sentence speaks of backups where it states a deletion ("Backups are deleted
    within 35 days", "deleted from live systems within 30 days and from backups within 180 days",
    "may remain in backups for up to 12 months"). Not where backups stand only in a clause of
    their own after a semicolon ("... delete it from live systems; backup copies are overwritten
    within 35 days") or are included ("..., including from backups")."""
    if has(topic, "backups_included", text) or has(topic, "backups_excepted", text):
        return False
    deletes = first(topic, "delete", text)
    own_part_end = text.find(";", deletes.end()) if deletes else -1
    return _about_backups(text[: own_part_end if own_part_end >= 0 else len(text)])


def summary_phrases(facts: dict[str, Any]) -> dict[str, str]:
    """The words the summary templates in prompts/deletion.yaml fill in."""
    days = facts.get("deletion_days")
    return {
        "days_phrase": f" within {days} days" if days else "",
        "certificate_phrase": ", confirmed in writing" if facts.get("certificate") else "",
        "exception_phrase": ", unless the law requires keeping it"
        if facts.get("legal_retention_exception")
        else "",
    }
