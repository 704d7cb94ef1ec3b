"""Facts a reader can check: a number of days or a region is kept only when a cited quote says it.

The rules engine takes its facts from the sentences it cites. A model may answer with a fact that
none of its verified quotes carries (a 90-day notice from nowhere); such a fact is dropped, and the
finding records which facts were, so the reviewer sees why a value is missing.
"""

from __future__ import annotations

import re
from typing import Any

from ..durations import find_durations
from ..models import Citation
from ..topics import Topic


def trace_facts(
    topic: Topic, facts: dict[str, Any], citations: list[Citation]
) -> tuple[dict[str, Any], list[str]]:
    """(facts with untraceable day counts and regions set to None or left out, their keys)."""
    quotes = [c.quote for c in citations]
    out = dict(facts)
    untraced: list[str] = []
    for key, value in facts.items():
        if key.endswith("_days") and value is not None and not _days_quoted(value, quotes):
            out[key] = None
            untraced.append(key)
        elif key == "regions" and isinstance(value, list):
            named = [code for code in value if _region_quoted(topic, str(code), quotes)]
            if len(named) != len(value):
                out[key] = named or None
                untraced.append(key)
    return out, untraced


def _days_quoted(value: Any, quotes: list[str]) -> bool:
    try:
        days = int(value)
    except (TypeError, ValueError):
        return False
    return any(days == d for q in quotes for d, _, _ in find_durations(q))


def _region_quoted(topic: Topic, code: str, quotes: list[str]) -> bool:
    if code == "WORLDWIDE":
        return any(
            re.search(r"\b(worldwide|any (country|jurisdiction)|wereldwijd)\b", q, re.I) for q in quotes
        )
    names = [code, *topic.extra.get("regions", {}).get(code, [])]
    return any(re.search(rf"(?<![\w.]){re.escape(n)}(?!\w)", q, re.I) for n in names for q in quotes)


def fact_sources(topic: Topic, facts: dict[str, Any], citations: list[Citation]) -> dict[str, int]:
    """For each known fact, the number (1-based) of the first citation that says it, so a card can
    show which quote a fact comes from. A fact no quote carries has no entry."""
    sources: dict[str, int] = {}
    for key, value in facts.items():
        if value is None or value is False or value == []:
            continue
        for number, citation in enumerate(citations, start=1):
            if _says(topic, key, value, citation.quote):
                sources[key] = number
                break
    return sources


def _says(topic: Topic, key: str, value: Any, quote: str) -> bool:
    if key.endswith("_days"):
        return _days_quoted(value, [quote]) or (value == 0 and bool(topic.matches("at_once", quote)))
    if key == "regions":
        return any(_region_quoted(topic, str(code), [quote]) for code in value)
    if key == "transfer_mechanisms":
        patterns = topic.extra.get("mechanisms", {})
        return any(re.search(patterns[m], quote, re.I) for m in value if m in patterns)
    if key == "caveats" and topic.reading:
        return bool(set(topic.reading.caveats_in(quote)) & set(value))
    if key == "legal_retention_exception" and topic.reading:
        return "legal_retention_exception" in topic.reading.caveats_in(quote) or bool(
            topic.matches("legal_exception", quote)
        )
    return bool(topic.matches(key, quote))
