"""Split clause text into sentences that keep their offsets, so a quote maps back to its page."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? ; followed by space and a capital, bracket, quote or list marker;
# a new line that starts a list item or numbered clause also starts a sentence.
_BOUNDARY = re.compile(
    r"(?<=[.!?])\s+(?=[“\"'(\[A-Z0-9•\-–])"
    r"|(?<=[;:])\s*\n(?=\s*(?:\(?[a-z0-9ivx]{1,4}[.)]|[•\-–]))"
    r"|\n(?=\s*(?:\(?[a-z0-9ivx]{1,4}\)|[•▪●◦\-–]\s|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]))"
)
_ABBREVIATIONS = re.compile(
    r"\b(e\.g|i\.e|etc|no|art|nr|vs|inc|ltd|co|b\.v|n\.v|u\.s|resp|incl|bijv|o\.a|d\.w\.z|z\.g\.a)\.$",
    re.IGNORECASE,
)
MAX_SENTENCE = 700


@dataclass(frozen=True)
class Sentence:
    text: str  # as in the document, line breaks included
    start: int  # offset in Document.text
    end: int

    @property
    def flat(self) -> str:
        """Single-spaced text with straight apostrophes, for pattern matching."""
        return re.sub(r"\s+", " ", self.text).replace("’", "'")


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _ABBREVIATIONS.search(text[max(0, match.start() - 6) : match.start()]):
            continue
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(text)))
    out: list[Sentence] = []
    for s, e in pieces:
        for ps, pe in _cap(text, s, e):
            chunk = text[ps:pe]
            lead = len(chunk) - len(chunk.lstrip())
            body = chunk.strip()
            if len(body) > 2:
                out.append(Sentence(body, offset + ps + lead, offset + ps + lead + len(body)))
    return out


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Over-long 'sentences' (lists run together) are cut at semicolons."""
    if end - start <= MAX_SENTENCE:
        return [(start, end)]
    parts, s = [], start
    for match in re.finditer(r";\s+", text[start:end]):
        cut = start + match.end()
        if cut - s >= 80:
            parts.append((s, start + match.start() + 1))
            s = cut
    parts.append((s, end))
    return parts
