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

# A term that names a period: "Notice Period", "Deletion Period", "Verwijdertermijn", "Bewaartermijn".
_PERIOD_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
_DEFINITION = re.compile(
    # "Notice Period" means ..., Deletion Period shall mean ..., "Termijn" betekent ...
    rf"[“\"‘']?(?P<term>{_PERIOD_NAME})[”\"’']?\s+(?:shall\s+mean|means|betekent)\b"
    # a definitions list: "1.4 Verwijdertermijn: een termijn van ...", "(d) Notice Period: ..."
    rf"|(?m:^)[ \t]*(?:\d+(?:\.\d+)*\.?\s+|\(?[a-z]\)\s+)?(?P<listed>{_PERIOD_NAME}):\s"
    # ... run on in one paragraph: "wordt verstaan onder: (a) Dienst: ...; (b) Kennisgevingstermijn: ..."
    rf"|(?<=[;:]\s)\(?[a-z]\)\s+(?P<inline>{_PERIOD_NAME}):\s"
    # ... or stated as what it amounts to: "De Nazorgperiode bedraagt één (1) jaar"
    rf"|\b(?:[Tt]he|[Dd]e)\s+(?P<amounts>{_PERIOD_NAME})\s+(?:bedraagt|is\s+gelijk\s+aan|shall\s+be|will\s+be|is)\s"
)
# Only names of a period, and none of the contract's own duration: after "the Term" or "the
# Subscription Period" a contract ends; they say nothing of how long notice or deletion takes.
_A_PERIOD = re.compile(r"(period|periode|termijn|window)$", re.IGNORECASE)
_THE_CONTRACT = re.compile(
    r"\b(subscription|contract|agreement|initial|renewal|licen[cs]e|looptijd|abonnement\w*|overeenkomst\w*|contract\w*)",
    re.IGNORECASE,
)
_EXCEPTION = re.compile(
    r"\b(except|save|other\s+than|excluding|unless|behalve|behoudens|uitgezonderd|tenzij|met\s+uitzondering\s+van)\b",
    re.IGNORECASE,
)
DEFINITION_REACH = 500  # characters: how long a definition may run
AMOUNT_REACH = 40  # characters after "bedraagt" / "is" in which the period stands


@lru_cache(maxsize=2)
def defined_periods(text: str) -> dict[str, Sentence]:
    """Each defined period name with the sentence that defines it, where that sentence gives a period.

    Each topic's reading asks for them; the document's text is scanned once (about 10 ms for 48
    pages) and the answer shared, so callers must not change it."""
    found: dict[str, Sentence] = {}
    for match in _DEFINITION.finditer(text):
        term = match.group("term") or match.group("listed") or match.group("inline") or match.group("amounts")
        if not _A_PERIOD.search(term) or _THE_CONTRACT.search(term) or term in found:
            continue
        # ("The Retention Period is extended ..." is no definition: the amount must follow at once)
        if match.group("amounts") and not find_durations(text[match.end() : match.end() + AMOUNT_REACH]):
            continue
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        sentences = split_sentences(text[start : start + DEFINITION_REACH], start)
        if sentences and find_durations(sentences[0].flat):
            found[term] = sentences[0]
    return found


def with_definitions(
    sentences: list[tuple[Sentence, str]], definitions: dict[str, Sentence]
) -> list[tuple[Sentence, str]]:
    """The sentences, each that names a defined period and gives none of its own read with that
    period's definition."""
    if not definitions:
        return sentences
    names = re.compile(
        r"\b(" + "|".join(re.escape(t) for t in sorted(definitions, key=len, reverse=True)) + r")\b"
    )
    starts = {d.start for d in definitions.values()}
    out = []
    for sentence, section in sentences:
        named = names.search(sentence.flat)
        # (a period named inside an exception - "except invoices, which Vendor keeps for the
        # Retention Period" - is the exception's, not the clause's)
        excepted = named and _EXCEPTION.search(sentence.flat, 0, named.start())
        if named and not excepted and sentence.start not in starts and not find_durations(sentence.flat):
            sentence = replace(sentence, defined=definitions[named.group(1)].flat)
        out.append((sentence, section))
    return out


def definition_of(sentence: Sentence, definitions: dict[str, Sentence]) -> Sentence | None:
    """The definition a sentence was read with, if any."""
    if not sentence.defined:
        return None
    return next((d for d in definitions.values() if d.flat == sentence.defined), None)
