"""Durations in contract wording -> days, in English and Dutch.

"thirty (30) days", "within one month", "binnen vier weken", "90 dagen", "six months" (= 180).
Months count 30 days, weeks 7, years 365, as the spec says.
"""

from __future__ import annotations

import re

NUMBER_WORDS = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "nineteen": 19,
    "eighteen": 18, "twenty": 20, "twenty-one": 21, "twenty-four": 24, "twenty-eight": 28,
    "thirty": 30, "thirty-one": 31, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
    "ninety": 90, "one hundred and eighty": 180, "one hundred eighty": 180, "a": 1, "an": 1,
    # Dutch
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "negentien": 19,
    "achttien": 18, "twintig": 20, "eenentwintig": 21, "achtentwintig": 28, "dertig": 30,
    "veertig": 40, "vijftig": 50, "zestig": 60, "negentig": 90, "honderdtachtig": 180,
}  # fmt: skip
UNIT_DAYS = {
    "hour": 1 / 24, "hours": 1 / 24, "uur": 1 / 24, "uren": 1 / 24,
    "day": 1, "days": 1, "dag": 1, "dagen": 1, "business day": 1, "business days": 1,
    "working day": 1, "working days": 1, "calendar day": 1, "calendar days": 1,
    "werkdag": 1, "werkdagen": 1, "kalenderdag": 1, "kalenderdagen": 1,
    "week": 7, "weeks": 7, "weken": 7,
    "month": 30, "months": 30, "maand": 30, "maanden": 30,
    "year": 365, "years": 365, "jaar": 365, "jaren": 365,
}  # fmt: skip
_WORD = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_UNIT = "|".join(sorted((re.escape(u) for u in UNIT_DAYS), key=len, reverse=True))
DURATION = re.compile(
    rf"(?<![\w.,])(?P<qualifier>every|each|iedere|elke|per\s+)?\s*"
    rf"(?:(?P<word>{_WORD})\s*(?:\((?P<paren>\d{{1,4}})\)\s*)?|(?P<digits>\d{{1,4}})\s*)-?\s*"
    rf"(?P<unit>{_UNIT})(?:['’]s?)?\b",
    re.IGNORECASE,
)


def find_durations(text: str) -> list[tuple[int, int, int]]:
    """Every duration in the text as (days, start, end). Frequencies ("every 24 hours") are skipped."""
    found = []
    for match in DURATION.finditer(text):
        if match.group("qualifier"):
            continue
        raw = match.group("paren") or match.group("digits")
        if raw:
            count = int(raw)
        else:
            word = match.group("word").lower()
            if word in {"a", "an", "een"} and match.group("unit").lower() in {"hour", "uur"}:
                continue
            count = NUMBER_WORDS[word]
        days = count * UNIT_DAYS[match.group("unit").lower()]
        found.append((max(1, round(days)), match.start(), match.end()))
    return found


def max_days(text: str) -> int | None:
    durations = find_durations(text)
    return max(d for d, _, _ in durations) if durations else None
