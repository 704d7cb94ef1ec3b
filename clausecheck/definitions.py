"""Defined periods: "'Notice Period' means a period of no less than fourteen (14) days",
"Verwijdertermijn: een termijn van zestig (60) dagen".

A contract may give a period once, in its definitions, and use its name elsewhere ("before the
Notice Period has elapsed", "binnen de Verwijdertermijn"). Such a sentence is read with the
definition after it, so its period counts, and the definition is cited beside it, so the period
shown is a period quoted.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .durations import find_durations
from .sentences import Sentence, split_sentences

# characters after "bedraagt" / "is", or after a name alone on its line, in which the period stands
AMOUNT_REACH = 40
# A term that names a period: "Notice Period", "Deletion Period", "Verwijdertermijn", "Bewaartermijn".
_PERIOD_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
_BULLET = "[-•▪●◦–·*]"  # the marks that open a list entry
# A phrase of timing in lower case that a contract may define: "tijdig vooraf", "in good time",
# "reasonable advance notice".
_TIMING = (
    r"(?:[a-z][a-z-]*\s+){0,4}(?:tijdig(?:\s+vooraf)?|vooraf|in\s+advance|advance\s+notice|prior\s+notice|"
    r"in\s+good\s+time|timely(?:\s+notice)?)"
)
_TIMING_PHRASE = re.compile(_TIMING, re.IGNORECASE)  # (the same phrase, however it is capitalised)
_IN_CLAUSE = r"(?:in\s+(?:artikel|article|clause|section|lid)\s+(?P<{}>[\d.]*\d)\s+)?"
_OPEN_QUOTE, _CLOSE_QUOTE = "[“\"‘']", "[”\"’']"
_DEFINITION = re.compile(
    # "Notice Period" means ..., Deletion Period shall mean ..., "Termijn" betekent ...
    rf"[“\"‘']?(?P<term>{_PERIOD_NAME})[”\"’']?\s+(?:shall\s+mean|means|betekent)\b"
    # a definitions list: "1.4 Verwijdertermijn: een termijn van ...", "(d) Notice Period: ..."
    # (the name may be quoted: '"Notice Period": thirty (30) days')
    # (after a part's own label too: "Part B: Sub-processor Notice: 14 days")
    rf"|(?m:^)[ \t]*(?:\d+(?:\.\d+)*\.?\s+|\(?[a-z]\)\s+|{_BULLET}\s+)?"
    r"(?:(?:Part|Deel|Section|Onderdeel)\s+\w{1,3}:\s+)?"
    rf"{_OPEN_QUOTE}?(?P<listed>{_PERIOD_NAME}){_CLOSE_QUOTE}?:\s"
    # ... or a table of two columns read line by line, the name alone on its line and the period on
    # the next: "Notice Period\nTwenty (20) Business Days."
    rf"|(?m:^)[ \t]*{_OPEN_QUOTE}?(?P<own_line>{_PERIOD_NAME}){_CLOSE_QUOTE}?[ \t]*\n"
    # ... run on in one paragraph: "wordt verstaan onder: (a) Dienst: ...; (b) Kennisgevingstermijn: ..."
    rf"|(?<=[;:]\s)\(?[a-z]\)\s+(?P<inline>{_PERIOD_NAME}):\s"
    # ... or stated as what it amounts to: "De Nazorgperiode bedraagt één (1) jaar"
    # (the name may be quoted: 'For the purposes of Clause 7.7(a), the "Notice Period" is four (4) weeks')
    rf"|\b(?:[Tt]he|[Dd]e)\s+{_OPEN_QUOTE}?(?P<amounts>{_PERIOD_NAME}){_CLOSE_QUOTE}?\s+"
    r"(?:bedraagt|is\s+gelijk\s+aan|shall\s+be|will\s+be|is)\s"
    # ... or in Dutch word order: "wordt onder 'Aankondigingstermijn' verstaan: een termijn van ..."
    rf"|\b(?:[Ww]ordt|[Ww]orden)\s+onder\s+[“\"‘']?(?P<under>{_PERIOD_NAME})[”\"’']?\s+verstaan\s*:?\s"
    rf"|\b[Oo]nder\s+[“\"‘']?(?P<under_first>{_PERIOD_NAME})[”\"’']?\s+(?:wordt|worden)\s+verstaan\s*:?\s"
    # ... or a quoted phrase of timing the clause uses, defined for it: 'Onder "tijdig vooraf" in artikel
    # 8.3 wordt verstaan: ten minste een kalendermaand ...', '"in good time" in clause 8.3 means ...'
    rf"|\b[Oo]nder\s+{_OPEN_QUOTE}(?P<timing>{_TIMING}){_CLOSE_QUOTE}\s+{_IN_CLAUSE.format('clause')}"
    r"(?:wordt|worden)\s+verstaan\s*:?\s"
    rf"|{_OPEN_QUOTE}(?P<timing_en>{_TIMING}){_CLOSE_QUOTE}\s+{_IN_CLAUSE.format('clause_en')}(?:shall\s+mean|means)\b"
    # ... or as an entry of a definitions list, capitalised there: '"In good time": no later than thirty (30)
    # days before ...', "1.7 Tijdig vooraf: niet later dan zes (6) weken voor ...", "Reasonable advance notice
    # means notice given at least four (4) weeks before ..."
    rf"|(?m:^)[ \t]*(?:\d+(?:\.\d+)*\.?\s+)?{_OPEN_QUOTE}?(?P<timing_listed>(?i:{_TIMING})){_CLOSE_QUOTE}?"
    r"(?::\s|\s+(?:shall\s+mean|means)\b)"
)
TERM_GROUPS = (
    "term",
    "listed",
    "own_line",
    "inline",
    "amounts",
    "under",
    "under_first",
    "timing",
    "timing_en",
    "timing_listed",
)
# Only names of a period, and none of the contract's own duration: after "the Term" or "the
# Subscription Period" a contract ends; they say nothing of how long notice or deletion takes.
# (or of a notice: "Sub-processor Notice: 14 days", "Minimum Notice: two (2) weeks")
_A_PERIOD = re.compile(
    r"(period|periode|termijn|window|notice|vooraf|tijdig|in\s+advance|in\s+good\s+time|timely)$",
    re.IGNORECASE,
)
_THE_CONTRACT = re.compile(
    r"\b(subscription|contract|agreement|initial|renewal|licen[cs]e|looptijd|abonnement\w*|overeenkomst\w*|contract\w*)",
    re.IGNORECASE,
)
_EXCEPTION = re.compile(
    r"\b(except|save|other\s+than|excluding|unless|behalve|behoudens|uitgezonderd|tenzij|met\s+uitzondering\s+van)\b",
    re.IGNORECASE,
)
_NEXT_DEFINITION = re.compile(
    r";\s*(?:and\s+|or\s+|en\s+)?[“\"‘'][^”\"’'\n]{1,60}[”\"’']\s+(?:shall\s+mean|means|betekent|has\s+the\s+meaning)\b"
)
DEFINITION_REACH = 500  # characters: how long a definition may run
SENTENCE_BACK = 120  # characters before "wordt onder" in which its sentence may open
_SENTENCE_BREAK = re.compile(r"[.;:]\s+|\n")
# (a PDF's line breaks run inside a sentence: one opens where a line starts with a capital or number)
_OPENING_BREAK = re.compile(r"[.;:!?]\s+|\n(?=[A-Z\d(])")
_FLOOR = re.compile(
    r"\b(at\s+least|not\s+(shorter|less)\s+than|no\s+(shorter|less)\s+than|a\s+minimum\s+of|minimaal|ten\s+minste|"
    r"minstens|niet\s+korter\s+dan)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=2)
def defined_periods(text: str) -> dict[str, Sentence]:
    """Each defined period name with the sentence that defines it, where that sentence gives a period.

    Each topic's reading asks for them; the document's text is scanned once (about 10 ms for 48
    pages) and the answer shared, so callers must not change it."""
    found: dict[str, Sentence] = {}
    for match in _DEFINITION.finditer(text):
        term = next(match.group(name) for name in TERM_GROUPS if match.group(name))
        if not _A_PERIOD.search(term) or _THE_CONTRACT.search(term) or term in found:
            continue
        # (a phrase defined for one clause is that clause's: 'Onder "tijdig" in artikel 14.2 wordt
        # verstaan: binnen 48 uur' says nothing of "tijdig" in artikel 11.1)
        if clause := match.group("clause") or match.group("clause_en"):
            term = f"{term}{SCOPED}{clause}"
        # ("The Retention Period is extended ..." is no definition: the amount must follow shortly,
        # and as the period itself, not a floor: "is not shorter than 30 days")
        amount = text[match.end() : match.end() + AMOUNT_REACH]
        if match.group("amounts") and (not find_durations(amount) or _FLOOR.search(amount)):
            continue
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        if match.group("under") or match.group("amounts"):
            # (Dutch word order opens the sentence before the term: "In deze Overeenkomst wordt onder ...";
            # so may a phrase before the name: 'For the purposes of Clause 7.7(a), the "Notice Period" is')
            opening = max(start - SENTENCE_BACK, 0)
            breaks = _SENTENCE_BREAK if match.group("under") else _OPENING_BREAK
            start = max([opening, *(m.end() for m in breaks.finditer(text, opening, start))])
        # (definitions run on in one sentence end where the next begins: '"Notice Period" means six
        # (6) weeks; and "Business Day" means a day on which ...')
        end = start + DEFINITION_REACH
        if following := _NEXT_DEFINITION.search(text, match.end(), end):
            end = following.start()
        if match.group("own_line"):
            # (the period, soon on the next line, cited with the name above it)
            sentences = split_sentences(text[match.end() : end], match.end())
            if sentences and find_durations(sentences[0].flat[:AMOUNT_REACH]):
                found[term] = Sentence(text[start : sentences[0].end], start, sentences[0].end)
            continue
        sentences = split_sentences(text[start:end], start)
        if sentences and find_durations(sentences[0].flat):
            found[term] = sentences[0]
    found.update(_quoted_entries(text, found))
    found.update(_entries_for_their_clause(text))
    return found


# A period the clause leaves to an annex or order form: "binnen de in de Specificatie genoemde
# termijn", "the notice period set out in the Order Form".
_SET_ELSEWHERE = re.compile(
    r"\bin\s+(?:de|het)\s+(?:Specificatie|Bijlage\s*\w*|Orderformulier|Offerte|Opdrachtbevestiging)\s+"
    r"(?:genoemde|vermelde|opgenomen|bepaalde|aangegeven|vastgelegde)\s+[\w-]*(?:termijn|periode)\b"
    r"|\b(?:period|window)\s+(?:set\s+out|specified|stated|listed|referred\s+to)\s+in\s+(?:the\s+)?"
    r"(?:Order\s+Form|Schedule\s*\w*|Annex\s*\w*|Appendix\s*\w*|Specification)\b",
    re.IGNORECASE,
)
_CLAUSE_NUMBER = re.compile(
    r"(?m:^)[ \t]*(?:Artikel\s+|Article\s+|Clause\s+|Section\s+)?(\d+(?:\.\d+)+)\.?\s"
)
# ... and the annex entry that says which clause it serves: "- Termijn vooraankondiging nieuwe
# subverwerker (onderdeel 4.2): vier weken", "- exporttermijn (artikel 9.2): twee maanden".
_FOR_CLAUSE = re.compile(
    r"\((?:artikel|art\.|onderdeel|lid|clause|section|article)\s+(\d+(?:\.\d+)+)[^)]*\)", re.IGNORECASE
)


# A list entry that gives a period under a name of any shape: "- Termijn vooraankondiging nieuwe of
# vervangende Subverwerker: één maand."
_ENTRY = re.compile(rf"(?m:^)[ \t]*(?:{_BULLET}|\(?[a-z0-9]{{1,2}}[.)])\s+(?P<name>[^:\n]{{3,120}}):\s")
# Where an entry ends: the next entry, or a blank line (or a list run together into one line:
# "- Termijn ...: vier weken - Termijn voor bezwaar ...").
_NEXT_ENTRY = re.compile(rf"\n[ \t]*(?:\n|{_BULLET}\s|\(?[a-z0-9]{{1,2}}[.)]\s)|\s[-•–]\s+(?=[A-Z])")


def _entry_period(text: str, start: int) -> Sentence | None:
    """The list entry that starts at `start`, where it gives a period. An entry ends with its line,
    however it is punctuated (an annex's list often has no full stops), or where it wraps onto the
    next line, at the next entry."""
    found = _NEXT_ENTRY.search(text, start)
    end = min(found.start() if found else len(text), start + DEFINITION_REACH)
    sentences = split_sentences(text[start:end], start)
    return sentences[0] if sentences and find_durations(sentences[0].flat) else None


PLACED = "@"  # the key of a period found for one place in the text: "@" and that place's offset
SCOPED = "§"  # the key of a phrase defined for one clause: the phrase, "§" and the clause's number


def _entries_for_their_clause(text: str) -> dict[str, Sentence]:
    """For each place where a clause leaves its period to an annex, the annex entry that names
    that clause by number, keyed by the place ("@1234"). Only a list entry that gives a period counts."""
    entries: dict[str, Sentence] = {}
    for match in _ENTRY.finditer(text):
        clause = _FOR_CLAUSE.search(match.group("name"))
        if clause is None or clause.group(1) in entries:
            continue
        if (entry := _entry_period(text, match.start("name"))) is not None:
            entries[clause.group(1)] = entry
    if not entries:
        return {}
    out: dict[str, Sentence] = {}
    for match in _SET_ELSEWHERE.finditer(text):
        numbers = list(_CLAUSE_NUMBER.finditer(text, 0, match.start()))
        if numbers and (entry := entries.get(numbers[-1].group(1))) is not None:
            out[f"{PLACED}{match.start()}"] = entry
    return out


# ... and the name quoted where the period is used: 'binnen de termijn die in de Specificatie onder
# "Termijn vooraankondiging" is vermeld', 'the period stated under "Notice period" in the Order Form'.
_QUOTED = re.compile(r"[“\"‘](?P<name>[^“”\"‘’\n]{3,60})[”\"’]")
_PERIOD_WORD = re.compile(r"\b(period|periode|termijn|window|notice)\b|(termijn|periode)\b", re.IGNORECASE)


def _quoted_entries(text: str, found: dict[str, Sentence]) -> dict[str, Sentence]:
    """Each quoted name of a period that opens a list entry giving that period."""
    entries: dict[str, int] = {}
    for match in _ENTRY.finditer(text):
        entries.setdefault(match.group("name").strip().lower(), match.start("name"))
    out: dict[str, Sentence] = {}
    for match in _QUOTED.finditer(text):
        name = match.group("name").strip()
        if name in found or name in out or not _PERIOD_WORD.search(name):
            continue
        for entry_name, start in entries.items():
            if entry_name.startswith(name.lower()) and (period := _entry_period(text, start)) is not None:
                out[name] = period
                break
    return out


def with_definitions(
    sentences: list[tuple[Sentence, str]], definitions: dict[str, Sentence]
) -> list[tuple[Sentence, str]]:
    """The sentences, each that names a defined period and gives none of its own read with that
    period's definition."""
    if not definitions:
        return sentences
    # (a phrase may be defined for several clauses, each its own: "tijdig" in 8.3 and in 14.2)
    keys: dict[str, list[str]] = {}
    for t in definitions:
        if not t.startswith(PLACED):
            keys.setdefault(t.split(SCOPED)[0], []).append(t)
    terms = list(keys)
    names = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    # (a phrase of timing is the same phrase however it is capitalised: the definitions list's "Tijdig
    # vooraf:" and the clause's "tijdig vooraf")
    timing = {t.lower(): t for t in terms if _TIMING_PHRASE.fullmatch(t)}
    timing_names = (
        re.compile(
            r"\b(" + "|".join(re.escape(t) for t in sorted(timing, key=len, reverse=True)) + r")\b", re.I
        )
        if timing
        else None
    )
    placed = {int(t[len(PLACED) :]): d for t, d in definitions.items() if t.startswith(PLACED)}
    starts = {d.start for d in definitions.values()}
    out = []
    for sentence, section in sentences:
        named = names.search(sentence.flat) if terms else None
        name, at = (named.group(1), named.start()) if named else (None, 0)
        if name is None and timing_names and (found := timing_names.search(sentence.flat)):
            name, at = timing[found.group(1).lower()], found.start()
        # (a period named inside an exception - "except invoices, which Vendor keeps for the
        # Retention Period" - is the exception's, not the clause's)
        excepted = name is not None and _EXCEPTION.search(sentence.flat, 0, at)
        if sentence.start in starts or find_durations(sentence.flat):
            pass
        elif name and not excepted and (key := _its_key(keys[name], sentence, section)):
            sentence = replace(sentence, defined=definitions[key].flat)
        elif here := [d for at, d in placed.items() if sentence.start <= at < sentence.end]:
            sentence = replace(sentence, defined=here[0].flat)
        out.append((sentence, section))
    return out


def _its_key(keys: list[str], sentence: Sentence, section: str) -> str | None:
    """Of the definitions of one name, the one for the clause the sentence stands in (a phrase defined
    for a clause is that clause's only), else the one for the whole contract."""
    for key in keys:
        clause = key.split(SCOPED)[1] if SCOPED in key else None
        if clause and (
            section == clause or section.startswith(clause + ".") or sentence.flat.startswith(clause + " ")
        ):
            return key
    return next((key for key in keys if SCOPED not in key), None)


def definition_of(sentence: Sentence, definitions: dict[str, Sentence]) -> Sentence | None:
    """The definition a sentence was read with, if any."""
    if not sentence.defined:
        return None
    return next((d for d in definitions.values() if d.flat == sentence.defined), None)
