"""Quotes -> exact spans and boxes on their page, or dropped. Never invents a span.

A quote is kept only when it is found on the page it names, after white space is normalised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .models import BBox, Citation, Page


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def flat_with_map(text: str, offset: int = 0) -> tuple[str, list[int]]:
    """Whitespace-collapsed text and, for each of its characters, its offset (plus `offset`) in
    the original, so a match in the collapsed text maps back to an exact span."""
    out: list[str] = []
    positions: list[int] = []
    for match in re.finditer(r"\S+", text):
        if out:
            out.append(" ")
            positions.append(offset + match.start() - 1)
        out.append(match.group(0))
        positions.extend(range(offset + match.start(), offset + match.end()))
    return "".join(out), positions


@lru_cache(maxsize=16)  # the pages of the document being read, not more
def _flat_page(text: str) -> tuple[str, tuple[int, ...]]:
    """flat_with_map of a page, made once for all the quotes on it (each topic quotes the same
    few pages: github-dpa's 21 quotes stand on 14)."""
    flat, positions = flat_with_map(text)
    return flat, tuple(positions)


def find_span(page: Page, quote: str) -> tuple[int, int] | None:
    """Offsets of the quote in the page text, comparing with white space normalised."""
    flat, positions = _flat_page(page.text)
    needle = normalise(quote)
    if not needle:
        return None
    index = flat.find(needle)
    if index < 0:
        return None
    return positions[index], positions[index + len(needle) - 1] + 1


def bbox_for_span(page: Page, start: int, end: int) -> BBox | None:
    boxes = [t.bbox for t in page.tokens if t.start < end and t.end > start]
    if not boxes:
        return None
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def verify_citation(page: Page, citation: Citation) -> Citation | None:
    """The citation with its exact quote and box, or None when the quote is not on its page."""
    span = find_span(page, citation.quote)
    if span is None:
        return None
    start, end = span
    exact = page.text[start:end]
    return Citation(
        page=page.number,
        quote=normalise(exact),
        section=citation.section,
        bbox=bbox_for_span(page, start, end),
        match="exact" if exact == citation.quote else "normalized",
        role=citation.role,
        why=citation.why,
    )


def verify_all(pages: dict[int, Page], citations: list[Citation]) -> list[Citation]:
    """Keep only citations found verbatim on their page; drop duplicates."""
    kept: list[Citation] = []
    seen: set[tuple[int, str]] = set()
    for citation in citations:
        page = pages.get(citation.page)
        verified = verify_citation(page, citation) if page else None
        if verified and (verified.page, verified.quote) not in seen:
            seen.add((verified.page, verified.quote))
            kept.append(verified)
    return kept
