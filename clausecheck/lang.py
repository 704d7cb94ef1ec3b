"""English or Dutch? Counted from function words, which every contract is full of."""

from __future__ import annotations

import re

_EN = set(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "be",
        "by",
        "this",
        "shall",
        "will",
        "are",
        "or",
        "not",
        "any",
        "as",
        "on",
    ]
)
_NL = set(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "is",
        "dat",
        "voor",
        "met",
        "te",
        "door",
        "deze",
        "zal",
        "zijn",
        "of",
        "niet",
        "op",
        "als",
        "bij",
    ]
)


def detect_language(text: str) -> str:
    """Return "nl" when Dutch function words outnumber English ones, else "en"."""
    words = re.findall(r"[a-z]+", text.lower()[:200_000])
    en = sum(w in _EN for w in words)
    nl = sum(w in _NL for w in words)
    return "nl" if nl > en else "en"
