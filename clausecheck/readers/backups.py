"""Are copies in backups, logs and archives deleted too, and when?

This topic's home: its stances, fact keys and default risks, how the rules engine decides, and the
words its summary is built from. The phrases it looks for are in prompts/backups.yaml.
"""

from __future__ import annotations

import re
from typing import Any

from ..durations import find_durations
from ..extract.evidence import (
    Decision,
    Hit,
    Sentences,
    blank,
    find,
    first,
    has,
    is_floor,
    is_heading,
    just_after,
    just_before,
    negated,
    semicolon_part,
    shortly_after,
    whole,
)
from ..sentences import LIST_MARKER
from ..topics import Topic

ID = "backups"
# Most to least protective, as in the spec; not_addressed last (silence is a red flag).
STANCES: tuple[str, ...] = ("time_limited", "until_overwritten", "retained", "not_addressed")
FACTS: tuple[str, ...] = ("backup_retention_days",)
# The spec's default risk per stance; a conditional stance names its two playbook cases.
DEFAULT_RISK: dict[str, str | dict[str, str]] = {
    "time_limited": {"within_limit": "low", "over_limit": "medium"},
    "until_overwritten": "medium",
    "retained": "high",
    "not_addressed": "high",
}
# How the LLM engine is asked for the facts.
FACT_PROMPT = "backup_retention_days (int or null)"
CONDITIONS: dict[str, tuple[str, str]] = {"time_limited": ("within_limit", "over_limit")}


LOG_SUBJECT = 40  # characters: where a clause names what it is about


# Logs named among the kinds of something else: "telemetry, such as ... error logs and feature usage".
LOGS_LISTED = re.compile(
    r"\b(such\s+as|including|e\.g\.|for\s+example|zoals|waaronder|bijvoorbeeld)\b[^.;]{0,120}\blog(s|bestanden)?\b",
    re.IGNORECASE,
)
# Words in brackets, unless they name what the word before them is: "een kopie (back-up)".
BRACKETS = re.compile(r"(?<!kopie\s)(?<!copy\s)(?<!copies\s)(?<!kopieën\s)\([^()]*\)")
OUTLAST = re.compile(
    r"\b(back-?ups?|backup\s+copies|copies)\b[^.;]{0,30}\b(may|might|can|could|kunnen|kan|mogelijk)\b[^.;]{0,30}"
    r"(?<!\bno\s)(?<!\bnot\s)(?<!\bniet\s)\b(longer|langer)\b(?!\s+(than|dan)\b)",
    re.IGNORECASE,
)
DURING_THE_TERM = re.compile(
    r"\b(during|throughout)\s+the\s+(term|subscription(\s+term)?)\b|\b(tijdens|gedurende)\s+de\s+looptijd\b",
    re.IGNORECASE,
)
COPY_WORD = re.compile(r"cop(y|ies|ied)|kopie|back-?up|snapshot|replica", re.IGNORECASE)  # in compounds too
ARCHIVED = re.compile(r"\barchi\w*", re.IGNORECASE)
# where a sentence turns to another subject (or the next item of a list run into it: "... - Gegevens
# van ouders - tot ... - Gebruikslogbestanden en toegangslogbestanden - drie (3) maanden")
DASH_ITEM = re.compile(r"\s-\s(?=[A-Z])")
CLAUSES = re.compile(r";|,\s+and\s+|,\s+en\s+|" + DASH_ITEM.pattern)
TABLE_ROWS = 4  # dashes before capitals: a table's rows run together, not a dash in a sentence
# The next row of a schedule run into one sentence, right after a row's period: "Daily backups: 35 days
# Weekly backups: 12 weeks Access logs (...): 5 years".
NEXT_LABEL = re.compile(r"\s+(?=[A-Z][^:.;]{0,90}:\s)")


def _label_rows(text: str) -> list[str]:
    """The rows of a schedule whose lines ran together ("Label: period Label: period"), split where a
    period ends and a capitalised label with its colon follows; other text stays whole."""
    rows, start = [], 0
    for _, _, end in find_durations(text):
        if end > start and (m := NEXT_LABEL.match(text, end)):
            rows.append(text[start:end])
            start = m.end()
    return [*rows, text[start:]]


# A clause's own label before its words: "DRS-5.1 ", "7.4 ", "B10.6 ".
CLAUSE_LABEL = re.compile(r"^\W*([A-Z]+-)?[A-Z]?\d+(\.\d+)*\.?\s+")
CLAUSE_NUMBER = re.compile(r"\s*[A-Z]?\d+(?:\.\d+)+\.?\s")  # "7.5", "B10.5"
OVERWRITE_REACH = 200  # characters after a "not removed" in which the sentence saying when they go may start
# A paragraph that opens on a label of its own ("Software development: ...", "Bewaartermijnen: ..."):
# the next item of a list of measures, not more about the copies before it.
OWN_LABEL = re.compile(r"^\W*[A-Z][\w-]*(\s+[\w-]+){0,3}:\s")
# The same backups named again: "The deleted data disappears from the backups when ...".
SAME_BACKUPS = re.compile(
    r"\b(from|in|of|uit|van)\s+(the|de|die|deze|these|those)\s+back-?ups\b", re.IGNORECASE
)
# Data that identifies no one, which nobody need delete: "Anonymised Data ... is not deleted".
NO_ONES_DATA = re.compile(
    r"(?<!non-)(?<!not\s)\b(anonymi[sz]ed|geanonimiseerde?|aggregated|geaggregeerde?|de-identified)\b",
    re.IGNORECASE,
)
REFERS_BACK = re.compile(
    r"\W*(it|they|these|those|such|this|that|deze|die|dit|dat|zij|ze|het)\b", re.IGNORECASE
)
# The copies run out, as the subject: "Zij vervallen bij het verstrijken van de bewaartermijn", "They
# expire after ..." (not "Zij verlopen niet", "They lapse only when the Customer so instructs", "keys that
# expire", "no sooner than 7 years").
EXPIRE = re.compile(
    r"^\W*(they|these\s+\w+|zij|ze|deze\s+\S+)\s+(vervallen|verlopen|expire|lapse)\b"
    r"(?![^.;]*\b(niet|not|never|nooit|only|alleen|pas|sooner|eerder)\b)",
    re.IGNORECASE,
)


def _expire_next(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the sentence right after the hit points back to its copies and says they run out by a
    time ("Zij vervallen ..., uiterlijk twaalf maanden na het maken van de back-up")."""
    return any(EXPIRE.match(s.flat) and bool(find_durations(s.flat)) for s in just_after(hit, sentences))


def _copies_said_next(topic: Topic, sentences: Sentences, i: int) -> bool:
    """Whether sentence `i` says nothing of the copies while the sentence right after it does."""
    if i + 1 >= len(sentences) or has(topic, "backup", sentences[i][0].flat):
        return False
    following, this = sentences[i + 1][0], sentences[i][0]
    return following.start - this.end < 5 and has(topic, "backup", following.flat)


CADENCE = re.compile(
    r"\b(monthly|weekly|quarterly|yearly|annual|maandelijks\w*|wekelijks\w*|jaarlijks\w*|per\s+kwartaal)\b",
    re.IGNORECASE,
)


def _cadence_timed(hit: Hit, copies: Sentences) -> bool:
    """Whether a monthly (weekly, yearly) copy kept with no period in its own sentence has one in
    another sentence about copies of that same cadence that says how long they are kept ("Monthly
    backups - twelve months"; not "Monthly backups are tested within five days")."""
    own = CADENCE.search(hit.sentence.flat)
    if not own or find_durations(hit.sentence.flat) or FOR_GOOD.search(hit.sentence.flat):
        return False
    cadence = _cadence(own.group(0))
    return any(
        s is not hit.sentence
        and any(_cadence(m.group(0)) == cadence for m in CADENCE.finditer(s.flat))
        and find_durations(s.flat)
        and KEPT_FOR.search(s.flat)
        for s, _ in copies
    )


def _cadence(word: str) -> str:
    """monthly and maandelijks alike: the period a copy is made in."""
    word = word.lower()
    return next((name for name, stems in CADENCES.items() if word.startswith(stems)), word)


CADENCES = {
    "month": ("month", "maand"),
    "week": ("week",),
    "year": ("year", "annual", "jaar"),
    "quarter": ("quarter", "per kwartaal"),
}
# How long a copy is kept, said with a verb or as a row of a table ("Monthly backups: 6 months").
KEPT_FOR = re.compile(
    r"\b(kept|retain\w*|stored|held|delet\w*|destroy\w*|overwr\w*|bewaa?r\w*|verwijder\w*|vernietig\w*|overschr\w*)\b|"
    r"[:–-]\s*(\S+\s+){1,2}(\(\d+\)\s+)?(days?|weeks?|months?|years?|dagen|weken|maanden|jaar)\b",
    re.IGNORECASE,
)


# Kept for good, said of the copy itself (wider than the `kept_for_good` signal, which needs "retained
# permanently" and the like: here a bare "permanently" or "forever" already rules out a period elsewhere).
FOR_GOOD = re.compile(
    r"\b(indefinitely|permanently|forever|voor\s+onbepaalde\s+tijd|permanent)\b", re.IGNORECASE
)


def _backups_set_apart(topic: Topic, flat: str) -> bool:
    """Whether a deletion sets the backups apart without giving their own period: in a clause about
    them after the exception ("...; backups are overwritten within 90 days", "..., except for backup
    copies which are purged within 60 days"), not the deletion's own ("..., met uitzondering van de
    Back-ups als bedoeld in artikel 14, uiterlijk negentig (90) dagen na de Einddatum vernietigd")."""
    for m in topic.matches("backups_excepted", flat):
        rest = flat[m.end() :]
        relative = THEIR_OWN.match(rest)
        named = BACKUP_NAMED.search(rest)
        their_clause = relative.group(0) if relative else rest[named.end() :] if named else ""
        if not find_durations(their_clause):
            return True
    return False


MIGRATION = re.compile(
    r"\b(migrat\w*|migreren|verhuizing|change\s+of\s+(hosting\s+)?region)\b", re.IGNORECASE
)
# A relative clause on the backups just named ("..., except for backup copies which are purged within
# 60 days"), and the backups named again after an exception ("...; backups are overwritten ...").
THEIR_OWN = re.compile(
    r"\s*(copies\s+|kopie\w*\s+)?,?\s*(which|that|die|welke|waarvoor)\b[^;]*", re.IGNORECASE
)
BACKUP_NAMED = re.compile(r"\b(back-?ups?|backup\s+copies|reservekopie\w*)\b", re.IGNORECASE)


def _logs_as_subject(topic: Topic, clause: str) -> bool:
    """Whether the clause opens on logs, its label set aside: "De logbestanden worden ... bewaard"."""
    return has(topic, "logs", CLAUSE_LABEL.sub("", clause, count=1)[:LOG_SUBJECT])


def _logs_hold_the_data(topic: Topic, sentences: Sentences, hit: Hit) -> bool:
    """Whether the logs the hit keeps are said, in its sentence or the one just before, to hold
    the customer's data (messages' senders and subjects, content), not only who did what."""
    return any(has(topic, "logs_with_data", s.flat) for s in [hit.sentence, *just_before(hit, sentences)])


def decide(topic: Topic, sentences: Sentences) -> Decision:
    copies = []
    for i, (sentence, section) in enumerate(sentences):
        # (not an archive by name, records the vendor keeps: "may retain the Payroll Archive after
        # termination" is the deletion topic's)
        if has(topic, "backup", blank(topic, "named_archive", sentence.flat)) or has(
            topic, "logs", sentence.flat
        ):
            copies.append((sentence, section))
            # "Data in these environments is put beyond use": the next sentence often says it.
            # (Not the next item of a list: "- Account and billing records: retained seven years".)
            # (Only of copies the sentence is about: not logs among a list of what telemetry holds,
            # "service telemetry, such as connection quality metrics, ... error logs and feature usage")
            # (not copies named only in brackets: "... Frankfurt (primary) and Dublin (backup and
            # disaster recovery). Migration ... may take up to sixty days")
            unbracketed = BRACKETS.sub(" ", sentence.flat)
            if (
                i + 1 < len(sentences)
                and (has(topic, "backup", sentence.flat) or not LOGS_LISTED.search(sentence.flat))
                and (has(topic, "backup", unbracketed) or has(topic, "logs", unbracketed))
                and sentences[i + 1][0].start - sentence.end < 5
                and not LIST_MARKER.match(sentences[i + 1][0].text.strip())
                # (nor the next numbered clause after a title: "7.4 Backups." then "7.5 Telemetry ...")
                and not CLAUSE_NUMBER.match(sentences[i + 1][0].text)
                and not OWN_LABEL.match(sentences[i + 1][0].text)
                # (nor how long a move takes: "A change of Hosting Region ... may take up to ninety
                # (90) days")
                and not MIGRATION.search(sentences[i + 1][0].flat)
                # (nor the clause's first sentence after a title naming more than the copies, where
                # the copies get a sentence of their own: "Beëindiging en back-ups. Uiterlijk drie
                # maanden na beëindiging ... verwijderd. Back-ups worden ... bewaard")
                and not (is_heading(sentence.flat) and _copies_said_next(topic, sentences, i + 1))
            ):
                copies.append(sentences[i + 1])
    # "will not be removed individually from backup media, but erased as those backups are
    # overwritten" (or "but deleted when the backups expire"): not kept for good.
    retained = [
        h
        for h in find(topic, "retained", copies, allow_negated=True)
        # (said of the copies in its own item of a list, not of what another item names: "- data not
        # destroyed under a statutory duty; en - de datum waarop de laatste back-up ... vervalt")
        if _of_the_copies(topic, h)
        and not NO_ONES_DATA.search(h.sentence.flat)
        # (nor one that the next sentence says runs out: "Persoonsgegevens in back-ups worden niet
        # tussentijds verwijderd. Zij vervallen bij het verstrijken van de bewaartermijn, uiterlijk twaalf
        # maanden na het maken van de back-up")
        and not _expire_next(topic, sentences, h)
        # (nor a keeping the customer asks for: "If the Customer notifies ... a legal hold, Brackenmoor
        # shall not delete ...")
        and not has(topic, "customer_option", h.sentence.flat)
        and not has(topic, "until_overwritten", h.sentence.flat)
        and not (has(topic, "delayed", h.sentence.flat) and not has(topic, "kept_for_good", h.sentence.flat))
        and (
            not has(topic, "deleted_after_all", h.sentence.flat)
            or has(topic, "kept_for_good", h.sentence.flat)
        )
        # ("No copies ... are created without the knowledge of the Client. This does not apply to
        # backup copies": an exception to a rule on making copies, not on keeping them)
        and not (
            REFERS_BACK.match(h.sentence.flat)
            and has(topic, "exception", h.sentence.flat)
            and any(has(topic, "copies_made", s.flat) for s in just_before(h, sentences))
        )
    ]
    # ("bewaart Verwerker een maandelijkse back-up" with its period in the retention table:
    # "Maandelijkse back-ups - twaalf maanden, daarna vernietigd")
    retained = [h for h in retained if not _cadence_timed(h, copies)]
    retained += [
        h
        for h in find(topic, "archived_at_choice", copies, allow_negated=False)
        if not _retention_periods(topic, h.sentence.flat)[0]
        and not has(topic, "until_overwritten", h.sentence.flat)
    ]
    overwritten = find(topic, "until_overwritten", copies, allow_negated=True)
    # "Deleted data is not removed from existing backups. It disappears from them as older backups
    # are overwritten": the next sentence, speaking of the same copies, says when they go after all.
    # (not "... long-term archive backups. Daily operational backups are overwritten after 30 days")
    retained = [
        h
        for h in retained
        if has(topic, "kept_for_good", h.sentence.flat)
        or not any(
            shortly_after(o.sentence, o.section, h.sentence, h.section, OVERWRITE_REACH)
            and (REFERS_BACK.match(o.sentence.flat) or SAME_BACKUPS.search(o.sentence.flat))
            and not negated(o.sentence.flat, o.match.start(), topic)
            for o in overwritten
        )
    ]
    timed: list[Hit] = []
    days: list[int] = []
    # (each hit's periods as read from its own parts: a table run into one sentence gives only the
    # backups' row, "- Backups - thirty-five (35) days rolling - Proof Files - ten (10) years")
    periods_of: list[list[int]] = []
    for sentence, section in copies:
        # (not a period for a copy put back from a backup: "data restored from a backup is deleted
        # again within seven days"; read without that clause)
        # (nor a period the customer chooses, in its own clause: "The Service supports retention periods
        # from 7 to 365 days for message history; backups ... are retained for thirty-five (35) days")
        parts = [
            part
            for clause in CLAUSES.split(sentence.flat)
            for part in _label_rows(clause)
            if not has(topic, "restored_from", part) and not has(topic, "customer_option", part)
        ]
        # (nor the live systems' own period beside a clause on the backups: "shall complete such
        # deletion from production systems within thirty (30) days ..., and Article 11.3 shall apply
        # to backups"; a period counted from that deletion is the backups': "and in any event no later
        # than thirty-five (35) days after the data has been deleted from production systems")
        # (and, where the backups have a period of their own, a deletion in a clause that names no
        # backups: "na beëindiging worden de gegevens binnen drie maanden verwijderd; back-ups worden
        # na 30 dagen overschreven")
        if any(has(topic, "backup", part) for part in parts):
            timed_parts = [
                part for part in parts if has(topic, "backup", part) and _retention_periods(topic, part)[0]
            ]
            own_period = bool(timed_parts)
            # (nor the vendor's own records beside the backups' period: "Backups - 35 days, rolling;
            # Invoices and statutory archives - 7 years")
            records = [
                part
                for part in parts
                if has(topic, "own_records", part) and not has(topic, "names_backups", part)
            ]
            if any(part not in records for part in timed_parts):
                parts = [part for part in parts if part not in records]
            # (nor a row of logs of who looked at the data beside the backups' own row: "Daily backups:
            # 35 days Access logs (record of who viewed which record, per NEN 7513): 5 years")
            parts = [
                part
                for part in parts
                if has(topic, "backup", part)
                or not (
                    _live_period(topic, part)
                    or (own_period and has(topic, "deletion_verb", part))
                    or (own_period and has(topic, "activity_logs", part))
                )
            ]
        # (a retention table run into one sentence, "Toetsresultaten - tot twee jaar ... - Gebruikslog-
        # bestanden - drie maanden - Back-ups - zie Bijlage 2": only the rows about the copies)
        if len(DASH_ITEM.findall(sentence.flat)) >= TABLE_ROWS:
            parts = [part for part in parts if has(topic, "backup", part) or has(topic, "logs", part)]
        text = ";".join(parts)
        # (nor an archive tier the data itself sits in while the service runs, no copy of it: "Log Data
        # is retained on the Platform during the Term ... (Extended: twelve (12) months archive)"; not
        # "Throughout the Term, Customer Data is copied daily to an archive tier")
        if (
            DURING_THE_TERM.search(text)
            and not COPY_WORD.search(text)
            and not has(topic, "backup", ARCHIVED.sub(" ", text))
        ):
            continue
        # (nor the live data's period, where the copies are said to outlast it: "we delete your data
        # within 90 days, but backup copies may hang around a bit longer")
        if OUTLAST.search(text):
            continue
        periods, minimums = _retention_periods(topic, text)
        # (nor a copy kept only on the customer's instruction: its choice, not the vendor's keeping)
        if not has(topic, "retention_words", text):
            continue
        if periods:
            days += periods
            timed.append(whole("time_limited", sentence, section))
            periods_of.append(periods)
        elif minimums and has(topic, "backup", sentence.flat) and not has(topic, "logs", sentence.flat):
            # "Backups are stored for at least 90 days": a floor, no limit. (Logs kept "for at
            # least one year" say nothing of the backups.)
            retained.append(whole("retained", sentence, section))
    if retained:
        # The deciding clause is one about the backups themselves, where there is one.
        retained.sort(key=lambda h: not has(topic, "names_backups", h.sentence.flat))
        return "retained", {"backup_retention_days": max(days) if days else None}, retained + timed[:1]
    # The least protective binding clause decides: copies kept until overwritten, with no period
    # in that sentence, outweigh a period stated elsewhere (say, for one kind of log).
    # Only a period given for logs alone is outweighed; "retained for 35 days; backup media are
    # overwritten in a rotating cycle" states the period of the backups themselves.
    open_ended = [h for h in overwritten if not find_durations(h.sentence.flat)]
    logs_only = all(not has(topic, "backup", h.sentence.flat) for h in timed)
    if (open_ended and logs_only) or (overwritten and not timed):
        return "until_overwritten", {"backup_retention_days": None}, (open_ended or overwritten) + timed[:1]
    if timed:
        # A period given for the backups themselves outweighs one given for logs alone
        # ("Back-ups worden 14 dagen bewaard; logbestanden twaalf maanden").
        # Logs as the subject ("De logbestanden worden twaalf maanden bewaard"), not logs among the
        # places a deletion reaches ("purged from all of our systems and logs within 90 days").
        # Logs that record what staff do ("is recorded in tamper-evident audit logs which are
        # retained for one year") hold no copy of the customer's data at all; nor does the vendor's
        # own archive of invoices and billing records ("Invoices are archived for seven years as tax
        # law requires") beside a period for the backups themselves; nor the service's own storage
        # tiers ("ninety (90) days in hot storage followed by twelve (12) months in the cold archive").
        others = [
            h
            for h in timed
            if (
                # ("..., and the logs are retained for twelve months": a clause of its own)
                (
                    (
                        (
                            any(
                                _logs_as_subject(topic, part.strip())
                                # (a list item's own words: its lead-in is no subject of the item's)
                                for part in CLAUSES.split(h.sentence.item)
                            )
                            # (or what is kept: "we maintain logs of our systems, including API key
                            # identifiers ..., for a rolling period of one hundred and eighty days")
                            or has(topic, "logs_kept", h.sentence.flat)
                            # (or logs named just before, kept under a pronoun: "Security and audit logs
                            # record user identifiers .... They are retained for thirteen (13) months")
                            or (
                                has(topic, "pronoun_subject", h.sentence.item)
                                and any(_logs_as_subject(topic, p.flat) for p in just_before(h, sentences))
                            )
                        )
                        # (logs said to hold the customer's data are copies of it too: "logbestanden
                        # van het mailverkeer, met daarin onder meer afzender, ontvanger,
                        # onderwerpregel ... Deze logbestanden bewaren wij maximaal zes (6) maanden")
                        and not _logs_hold_the_data(topic, sentences, h)
                    )
                    or has(topic, "activity_logs", h.sentence.flat)
                )
                # (backups in the item's own words, not in the lead-in of a schedule of both:
                # "Bewaarschema back-ups en logbestanden: ... - logbestanden van raadplegingen ...
                # worden vijf jaar bewaard")
                and not has(topic, "backup", h.sentence.item)
            )
            or (
                (
                    has(topic, "own_records", h.sentence.flat)
                    or has(topic, "storage_tier", h.sentence.flat)
                    or has(topic, "no_content", h.sentence.flat)
                )
                and not _backups_timed(topic, h.sentence.flat)
            )
            # (nor a deletion that sets the backups apart for their own clause: "..., met uitzondering
            # van de Back-ups als bedoeld in artikel 14, uiterlijk negentig (90) dagen ... vernietigd";
            # not where it gives their period itself: "..., except for backup copies which are purged
            # within 60 days")
            or _backups_set_apart(topic, h.sentence.flat)
            # (nor a deletion of all the data that names the backups among its places: "verwijdert
            # alle Persoonsgegevens, waaronder ... in de back-ups" beside "Platformback-ups worden
            # ten hoogste veertien dagen bewaard")
            or has(topic, "backups_included", h.sentence.flat)
            # (nor copies said to hold no personal data: "Back-ups van configuratie en broncode - drie
            # (3) jaar - bevat geen Persoonsgegevens")
            or has(topic, "no_personal_data", h.sentence.flat)
        ]
        if others and len(others) < len(timed):
            rest = [(h, periods) for h, periods in zip(timed, periods_of, strict=True) if h not in others]
            days = [d for _, periods in rest for d in periods]
            timed = [h for h in timed if h not in others]
        # The backups' own period, not the total counted from the contract's end that adds the
        # deletion before it ("Each backup is kept for thirty-five (35) days ... no copy exists ...
        # later than seventy-nine (79) days after the Termination Date"), where both are given.
        from_end = {d for h in timed for d in _from_the_end(topic, h.sentence.flat)}
        own = [d for d in days if d not in from_end]
        return "time_limited", {"backup_retention_days": max(own or days)}, timed + overwritten[:1]
    # "Backups are kept for a limited period": a limit, though no number of days is given.
    # ("kept for a limited period and then overwritten" is read as overwritten, above: the writers
    # of fixtures/eval label it so)
    limited = find(topic, "limited_period", copies, allow_negated=False)
    if limited:
        return "time_limited", {"backup_retention_days": None}, limited
    # Copies are kept, and the deletion duty reaches "all locations where it is stored" / "existing
    # copies" within a period: the backup copies go within that period too.
    kept = find(topic, "copies_kept", sentences)
    covering = [
        h
        for h in find(topic, "all_copies_deleted", sentences, allow_negated=False)
        if find_durations(h.sentence.flat)
    ]
    if kept and covering:
        days = [d for h in covering for d, _, _ in find_durations(h.sentence.flat)]
        return "time_limited", {"backup_retention_days": max(days)}, covering[:1] + kept[:1]
    return "not_addressed", {"backup_retention_days": None}, []


def _backups_timed(topic: Topic, text: str) -> bool:
    """Whether a part of the sentence that gives a period names the backups: not where they are named
    only in words run on after a table's row ("- Billing and contract records - six (6) years ...
    Where ... has been deleted, residual copies in backups ... expire at the end of the periods")."""
    parts = PARTS_AND_GLUED.split(text)
    return any(has(topic, "names_backups", part) for part in parts if find_durations(part))


# A sentence's clauses, and a new sentence run into a table's last row where no full stop ends it
# ("... Taxes Consolidation Act 1997 Where Customer Personal Data has been deleted ...").
PARTS_AND_GLUED = re.compile(CLAUSES.pattern + r"|\s(?=(?:Where|If|When|Once|Wanneer|Indien|Als|Zodra)\s)")


def _retention_periods(topic: Topic, text: str) -> tuple[list[int], list[int]]:
    """The periods in `text` that limit how long copies are kept, and those that are only a
    minimum ("at least 90 days"). A time under a day ("restored within 4 hours") is a recovery
    time, not a retention period."""
    periods, minimums = [], []
    for days, start, end in find_durations(text):
        if topic.matches("under_a_day", text[start:end]):
            continue
        if is_floor(topic, text, start):
            minimums.append(days)
        else:
            periods.append(days)
    return periods, minimums


def _from_the_end(topic: Topic, text: str) -> list[int]:
    """The periods in `text` counted from the end of the contract for every system, the total that
    adds the deletion before the backups' own period ("no copy ... exists in any system ... later than
    seventy-nine (79) days after the Termination Date"); not one for the backups alone ("purged from
    all backups no later than 90 days after termination")."""
    if not ALL_SYSTEMS.search(text):
        return []
    return [
        days
        for days, _, end in find_durations(text)
        if has(topic, "contract_end", text[end : end + END_REACH])
    ]


ALL_SYSTEMS = re.compile(
    r"\b(all|any)\s+(of\s+)?(\w+\s+){0,2}systems?\b|\balle\s+(\w+\s+)?systemen\b|\b(no|geen)\s+(\w+\s+)?(copy|kopie)\b",
    re.IGNORECASE,
)


END_REACH = 60  # characters after a period in which the end it counts from is named


def _live_period(topic: Topic, part: str) -> bool:
    """Whether the clause gives the live systems' own period: they are named before its duration
    ("deletion from production systems within thirty (30) days")."""
    live = first(topic, "live_systems", part)
    durations = find_durations(part)
    return bool(live and durations and live.start() < durations[0][1] and has(topic, "deletion_verb", part))


def _of_the_copies(topic: Topic, hit: Hit) -> bool:
    """Whether the part of the sentence that holds the hit (between semicolons) speaks of the
    copies: it names backups or logs, or points back to them ("; they are not deleted")."""
    flat = hit.sentence.flat
    start, end = semicolon_part(flat, hit.match.start(), hit.match.end())
    part = flat[start:end]
    return (
        ";" not in flat
        or has(topic, "backup", part)
        or has(topic, "logs", part)
        or bool(REFERS_BACK.match(part))
        or has(topic, "copies", part)
    )


def summary_phrases(facts: dict[str, Any]) -> dict[str, str]:
    """The words the summary templates in prompts/backups.yaml fill in."""
    days = facts.get("backup_retention_days")
    return {"days_phrase": f"{days} days" if days else "a stated period"}
