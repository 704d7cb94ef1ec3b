"""verify: a quote is kept only when it is verbatim on the page it names, with a box around it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from conftest import FIXTURE_STEMS, expected, normalise_ws

from clausecheck.models import Citation, Document, Page
from clausecheck.verify import normalise, verify_all, verify_citation

Parsed = Callable[[str], Document]

EVIDENCE = [
    (stem, quote["quote"])
    for stem in FIXTURE_STEMS
    for finding in expected(stem)["topics"].values()
    for quote in finding["evidence"]
]


def page_with(doc: Document, quote: str) -> Page:
    pages = [p for p in doc.pages if normalise_ws(quote) in normalise_ws(p.text)]
    assert pages, f"quote not on any page: {quote[:60]!r}"
    return pages[0]


@pytest.mark.parametrize(("stem", "quote"), EVIDENCE, ids=[f"{s}-{i}" for i, (s, _) in enumerate(EVIDENCE)])
def test_a_quote_on_its_page_is_kept_with_a_box_inside_the_page(
    stem: str, quote: str, parsed: Parsed
) -> None:
    page = page_with(parsed(stem), quote)
    verified = verify_citation(page, Citation(page=page.number, quote=quote, section="x"))
    assert verified is not None
    assert verified.page == page.number and verified.section == "x"
    assert verified.quote == normalise_ws(quote)
    assert verified.bbox is not None
    x0, top, x1, bottom = verified.bbox
    assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height
    # The box is the union of the boxes of the quote's words where they sit on the page.
    where = re.search(r"\s+".join(map(re.escape, quote.split())), page.text)
    assert where is not None
    boxes = [t.bbox for t in page.tokens if where.start() <= t.start < where.end()]
    assert len(boxes) == len(quote.split())
    union = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    assert verified.bbox == pytest.approx(union, abs=0.05)


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_a_quote_spanning_lines_matches_with_any_white_space(stem: str, parsed: Parsed) -> None:
    doc = parsed(stem)
    page = max(doc.pages, key=lambda p: len(p.text))
    lines = [line for line in page.text.splitlines() if len(line.split()) >= 4]
    start = page.text.index(lines[2])
    end = page.text.index(lines[3]) + len(lines[3])
    exact = page.text[start:end]
    assert "\n" in exact
    reflowed = "  ".join(exact.split())  # the quote as a model or a user would type it
    kept = verify_citation(page, Citation(page=page.number, quote=reflowed))
    assert kept is not None and kept.quote == normalise(exact) and kept.match == "normalized"
    assert kept.bbox is not None
    # Two lines: the box is taller than one line.
    line_heights = [t.bbox[3] - t.bbox[1] for t in page.tokens]
    assert kept.bbox[3] - kept.bbox[1] > max(line_heights)
    same = verify_citation(page, Citation(page=page.number, quote=exact))
    assert same is not None and same.match == "exact"


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_a_paraphrase_is_dropped(stem: str, parsed: Parsed) -> None:
    doc = parsed(stem)
    pages = {p.number: p for p in doc.pages}
    quotes = [q for s, q in EVIDENCE if s == stem]
    assert quotes
    for quote in quotes:
        page = page_with(doc, quote)
        words = quote.split()
        without_a_word = " ".join(words[: len(words) // 2] + words[len(words) // 2 + 1 :])
        reworded = quote.replace(words[0], words[0] + "s", 1) if len(words) > 1 else quote + " indeed"
        for paraphrase in (
            without_a_word,
            reworded,
            quote.lower() if quote != quote.lower() else quote + "!",
        ):
            assert normalise_ws(paraphrase) not in normalise_ws(page.text)
            assert verify_all(pages, [Citation(page=page.number, quote=paraphrase)]) == []


def test_a_made_up_summary_of_a_clause_is_dropped(parsed: Parsed) -> None:
    doc = parsed(FIXTURE_STEMS[0])
    pages = {p.number: p for p in doc.pages}
    made_up = [Citation(page=n, quote="The vendor deletes all customer data within 30 days.") for n in pages]
    assert verify_all(pages, made_up) == []


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_a_real_quote_on_the_wrong_page_is_dropped(stem: str, parsed: Parsed) -> None:
    doc = parsed(stem)
    pages = {p.number: p for p in doc.pages}
    quote = next(q for s, q in EVIDENCE if s == stem) if any(s == stem for s, _ in EVIDENCE) else None
    if quote is None:  # a fixture without evidence: take a body line
        quote = max(doc.pages[0].text.splitlines(), key=len)
    right = page_with(doc, quote)
    wrong = [n for n in pages if normalise_ws(quote) not in normalise_ws(pages[n].text)]
    assert wrong
    citations = [Citation(page=n, quote=quote) for n in wrong] + [Citation(page=len(pages) + 1, quote=quote)]
    assert verify_all(pages, citations) == []
    # The same quote with its right page survives, once, however often it was cited.
    kept = verify_all(pages, [Citation(page=right.number, quote=quote)] * 2 + citations)
    assert [c.page for c in kept] == [right.number]
