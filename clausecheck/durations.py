"""Durations in contract wording -> days, in English and Dutch.

"thirty (30) days", "30 (dertig) dagen", "within one month", "binnen vier weken", "90 dagen",
"one hundred and twenty days", "vijfendertig dagen", "a fortnight", "een half jaar".
Months count 30 days, weeks 7, years 365, as the spec says; a quarter is three months (90).
Half a year is six months (180 days), so "een half jaar" and "six months" give the same answer;
"anderhalf jaar" is a year and that half (545). Twelve months are 360 days, as months × 30 gives;
a year written as a year is 365.
Working and business days are turned into calendar days, since every limit a reader compares them
with (the playbook's minimum notice, maximum deletion days) counts calendar days: each five working
days are a week of seven ("ten business days" is 14, "15 werkdagen" is 21, "3 werkdagen" is 3).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Number words are built from parts, so every compound ("thirty-five", "one hundred and twenty",
# "vijfendertig", "honderdtwintig") is read whole, never as its last word.
EN_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
EN_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NL_UNITS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9,
}  # fmt: skip
NL_TEENS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
NL_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip
# "a month", "an hour": the article is the number one.
ARTICLES = {"a": 1, "an": 1}
SIMPLE_WORDS = EN_UNITS | EN_TEENS | EN_TENS | NL_UNITS | NL_TEENS | NL_TENS | ARTICLES


def _dutch_compounds() -> dict[str, int]:
    """Every Dutch number word below a thousand. Dutch writes them as one word, units before
    tens (vijf-en-dertig, twee-ën-twintig), hundreds in front (honderd-twintig, twee-honderd)."""
    below_100 = NL_UNITS | NL_TEENS | NL_TENS
    for unit, unit_value in NL_UNITS.items():
        for tens, tens_value in NL_TENS.items():
            for joint in ("en", "ën"):  # 'ën' after an e; 'tweeentwintig' is a common misspelling
                below_100[unit + joint + tens] = unit_value + tens_value
    words = dict(below_100)
    for hundreds, hundreds_value in ({"": 1} | NL_UNITS).items():
        words[hundreds + "honderd"] = hundreds_value * 100
        for rest, rest_value in below_100.items():
            for joint in ("", "en"):  # 'honderdenvijf' is an older spelling of 'honderdvijf'
                words[hundreds + "honderd" + joint + rest] = hundreds_value * 100 + rest_value
    return words


# Single words only: sentences.py also asks it whether "(30)" repeats the word before it.
NUMBER_WORDS = SIMPLE_WORDS | {"hundred": 100} | _dutch_compounds()

UNIT_DAYS = {
    "hour": 1 / 24, "hours": 1 / 24, "uur": 1 / 24, "uren": 1 / 24,
    "day": 1, "days": 1, "dag": 1, "dagen": 1, "business day": 1, "business days": 1,
    "working day": 1, "working days": 1, "calendar day": 1, "calendar days": 1,
    "natural day": 1, "natural days": 1,  # a Spanish drafter's calendar days ("días naturales")
    "werkdag": 1, "werkdagen": 1, "kalenderdag": 1, "kalenderdagen": 1,
    "week": 7, "weeks": 7, "weken": 7, "calendar week": 7, "calendar weeks": 7,
    "kalenderweek": 7, "kalenderweken": 7, "fortnight": 14, "fortnights": 14,
    "month": 30, "months": 30, "maand": 30, "maanden": 30,
    "quarter": 90, "quarters": 90, "calendar quarter": 90, "calendar quarters": 90,
    "kwartaal": 90, "kwartalen": 90, "kalenderkwartaal": 90, "kalenderkwartalen": 90,
    "calendar month": 30, "calendar months": 30, "kalendermaand": 30, "kalendermaanden": 30,
    "year": 365, "years": 365, "jaar": 365, "jaren": 365,
    "calendar year": 365, "calendar years": 365, "kalenderjaar": 365, "kalenderjaren": 365,
}  # fmt: skip
BUSINESS_UNITS = {"business day", "business days", "working day", "working days", "werkdag", "werkdagen"}
YEAR_DAYS = 365
QUARTER_UNITS = {unit for unit, days in UNIT_DAYS.items() if days == 90}
QUARTER_REACH = 25  # characters before a quarter in which the word that makes it a period stands
_TIME_WORD_BEFORE = re.compile(
    r"\b(within|after|for|up\s+to|than|before|during|binnen|na|gedurende|uiterlijk|maximaal)\s+\S*\s*$",
    re.IGNORECASE,
)
_PART_OF_A_UNIT = re.compile(
    r"\s+(of|van)\s+(an?\s+|een\s+)?(hour|day|minute|uur|dag|minuut)\b", re.IGNORECASE
)
HALF_YEAR_DAYS = 6 * 30  # half a year is six months, as "six months" reads, not 182.5 days


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation, longest first, so 'sixteen' is tried before 'six'."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_EN_BELOW_100 = (
    rf"(?:(?:{_alternatives(EN_TENS)})(?:[-\s](?:{_alternatives(EN_UNITS)}))?"
    rf"|{_alternatives(EN_TEENS)}|{_alternatives(EN_UNITS)})"
)
_EN_NUMBER = (
    rf"(?:(?:(?:{_alternatives(EN_UNITS)}|a)\s+)?hundred(?:\s+(?:and\s+)?{_EN_BELOW_100})?"
    rf"|{_EN_BELOW_100}|an?)"
)
# Dutch writes its compounds as one word, units before tens: vijf-en-dertig, twee-ën-twintig.
_NL_BELOW_100 = (
    rf"(?:(?:{_alternatives(NL_UNITS)})(?:en|ën)(?:{_alternatives(NL_TENS)})"
    rf"|{_alternatives(NL_TENS)}|{_alternatives(NL_TEENS)}|{_alternatives(NL_UNITS)})"
)
_NL_NUMBER = rf"(?:(?:{_alternatives(NL_UNITS)})?honderd(?:en)?(?:{_NL_BELOW_100})?|{_NL_BELOW_100})"
_NUMBER = rf"(?:{_EN_NUMBER}|{_NL_NUMBER})"
# "half a year", "a half-year", "een half jaar", "een halve maand"; "anderhalf" is one and a half.
_HALF = r"(?:(?:a|een)\s+)?(?:half(?:\s+an?)?|halve)|anderhal(?:f|ve)"
_PLUS_HALF = r"and\s+a\s+half|en\s+een\s+half"
_EXTRA = r"(?:additional|further|extra|more|consecutive|aanvullende|extra|verdere)"

DURATION = re.compile(
    rf"(?<![\w.,])(?P<qualifier>every|each|iedere?|elke?|per\s+|(?:once|twice|times)\s+)?\s*"
    rf"(?:(?P<digits>\d{{1,4}})(?P<decimal_half>[.,]5)?\s*(?:\((?:{_NUMBER})\)\s*)?"  # 30 (dertig)
    rf"|(?P<word>{_NUMBER})\s*(?:\((?P<paren>\d{{1,4}})\)\s*)?"  # thirty (30)
    rf"|(?P<half>{_HALF})\s*)"
    rf"(?:(?P<plus_half>{_PLUS_HALF})\s+)?-?\s*(?:{_EXTRA}\s+)?"  # "60 additional days"
    rf"(?P<unit>{_alternatives(UNIT_DAYS)})(?:['’]s?)?(?P<unit_and_half>\s+(?:{_PLUS_HALF})(?![-\w]))?\b"
    r"(?![-\s]to[-\s]date\b)",  # "a year-to-date payroll export" is a report, not a period
    re.IGNORECASE,
)


def _ordinals() -> dict[str, int]:
    """Ordinal words below a hundred in English and Dutch: "fifteenth", "twenty-first", "veertiende",
    "eenentwintigste"."""
    en_irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                    "nine": "ninth", "twelve": "twelfth"}  # fmt: skip

    def english(word: str) -> str:
        if word in en_irregular:
            return en_irregular[word]
        return word[:-1] + "ieth" if word.endswith("y") else word + "th"

    words = {english(w): v for w, v in (EN_UNITS | EN_TEENS | EN_TENS).items()}
    for tens, tens_value in EN_TENS.items():
        for unit, unit_value in EN_UNITS.items():
            for joint in ("-", " "):
                words[tens + joint + english(unit)] = tens_value + unit_value
    nl_irregular = {"een": "eerste", "één": "eerste", "drie": "derde", "acht": "achtste"}
    for word, value in _dutch_compounds().items():
        if value < 100:
            # (2-19 take -de, 20 and above -ste: "veertiende", "twintigste", "eenentwintigste")
            words[nl_irregular.get(word) or word + ("ste" if value >= 20 else "de")] = value
    return words


ORDINAL_WORDS = _ordinals()
# "no later than the 15th day before the change", "uiterlijk de veertiende dag voorafgaand aan":
# the day counted from an event is a period of that many days. (Not "the 15th day of each month".)
ORDINAL_DAY = re.compile(
    r"\b(?:the|de|het)\s+(?:(?P<digits>\d{1,3})\s*(?:st|nd|rd|th|e|ste|de)\b\.?"
    rf"|(?P<word>{_alternatives(ORDINAL_WORDS)})(?:\s*\(\d{{1,3}}\s*(?:st|nd|rd|th|e|ste|de)\))?)"
    r"\s+(?P<unit>(?:(?:calendar|business|working)\s+)?day|(?:kalender|werk)?dag)"
    r"\s+(?=(?:before|prior\s+to|preceding|after|following|from|voordat|voor|vóór|voorafgaand|voorafgaande|na|volgend|volgende|nadat)\b)",
    re.IGNORECASE,
)


def _calendar_days(business_days: int) -> int:
    """Working days as calendar days: five make a calendar week; the days over whole weeks count as days."""
    return business_days // 5 * 7 + business_days % 5


def _english_value(words: str) -> int:
    """'one hundred and twenty' -> 120, 'thirty-five' -> 35, 'a hundred' -> 100."""
    total = 0
    for token in re.split(r"[-\s]+", words):
        if token == "hundred":
            total = (total or 1) * 100
        elif token != "and":
            total += SIMPLE_WORDS[token]
    return total


def number_value(words: str) -> int:
    """The value of a number written in English or Dutch words."""
    words = words.lower()
    return NUMBER_WORDS[words] if words in NUMBER_WORDS else _english_value(words)


def _half_of(unit_days: float) -> float:
    return HALF_YEAR_DAYS if unit_days == YEAR_DAYS else unit_days / 2


def _days(match: re.Match[str]) -> float | None:
    """The days a matched duration stands for, or None where it is not a period to report."""
    unit = match.group("unit").lower()
    unit_days = UNIT_DAYS[unit]
    halves = sum(1 for g in ("decimal_half", "plus_half", "unit_and_half") if match.group(g))
    raw = match.group("paren") or match.group("digits")
    if raw:
        whole = int(raw)
    elif half := match.group("half"):
        # 'anderhalf' is one and a half; 'half a year', 'een half jaar' are a half alone.
        whole = 1 if half.lower().startswith("anderhal") else 0
        halves += 1
        # 'half an hour', 'een half uur' are under a day, like 'an hour' below.
        if not whole and unit_days < 1:
            return None
    else:
        word = match.group("word").lower()
        # 'an hour', 'een uur' are under a day and 'om een uur' is a time of day: no period.
        if word in {"a", "an", "een"} and unit_days < 1 and not halves:
            return None
        whole = number_value(word)
    if unit in QUARTER_UNITS and (
        _PART_OF_A_UNIT.match(match.string, match.end())
        or not _TIME_WORD_BEFORE.search(match.string[max(0, match.start() - QUARTER_REACH) : match.start()])
    ):
        # "reduced by one quarter" is a share and "a quarter of an hour" a quarter of something else;
        # "within one quarter of its deletion", "binnen een kwartaal" are periods
        return None
    if unit in BUSINESS_UNITS:
        # (five working days make a calendar week; the days over a whole week are counted as days)
        whole = _calendar_days(whole)
    return whole * unit_days + halves * _half_of(unit_days)


def find_durations(text: str) -> list[tuple[int, int, int]]:
    """Every duration in the text as (days, start, end). Frequencies are skipped: "every 24 hours",
    "twice a year", "elk half jaar" say how often, not how long."""
    found = []
    for match in DURATION.finditer(text):
        if match.group("qualifier"):
            continue
        days = _days(match)
        if days is not None:
            found.append((max(1, round(days)), match.start(), match.end()))
    for match in ORDINAL_DAY.finditer(text):
        digits = match.group("digits")
        whole = int(digits) if digits else ORDINAL_WORDS[match.group("word").lower()]
        if whole < 2:
            continue  # ("from the first day after termination" marks where a period starts)
        if match.group("unit").lower().split()[0] in {"business", "working", "werkdag"}:
            whole = _calendar_days(whole)
        found.append((whole, match.start(), match.end()))
    return sorted(found, key=lambda d: d[1])


def max_days(text: str) -> int | None:
    durations = find_durations(text)
    return max(d for d, _, _ in durations) if durations else None
