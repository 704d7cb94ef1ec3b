"""parse: PDF -> pages of clean text in reading order, with every word's offsets and box."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from conftest import (
    FIXTURE_STEMS,
    ROBUSTNESS,
    contract_source,
    expected,
    fixture_pdf,
    footer_pattern,
    running_header,
)
from fpdf import FPDF

from clausecheck.evaluate import quote_on_page
from clausecheck.models import Document
from clausecheck.parse import RawPage, RawWord, _chars, clean_pages, page_texts, parse_pdf

Parsed = Callable[[str], Document]


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_page_count_matches_the_pdf_and_its_own_footer(stem: str, parsed: Parsed) -> None:
    doc = parsed(stem)
    with pdfplumber.open(fixture_pdf(stem)) as pdf:
        first_page_raw = pdf.pages[0].extract_text()
        plumber_pages = len(pdf.pages)
    # The fixture prints "Page 1 of N" (or its Dutch / "1 / N" form): an independent page count.
    footer = footer_pattern(stem).search(first_page_raw)
    assert footer is not None, "the raw PDF text should carry the running footer"
    assert len(doc.pages) == plumber_pages == int(footer.group("pages"))
    assert [p.number for p in doc.pages] == list(range(1, plumber_pages + 1))
    assert all(p.width > 0 and p.height > 0 for p in doc.pages)


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_running_header_and_page_footer_are_removed_from_every_page(stem: str, parsed: Parsed) -> None:
    doc = parsed(stem)
    header, footer = running_header(stem), footer_pattern(stem)
    with pdfplumber.open(fixture_pdf(stem)) as pdf:
        raw = [p.extract_text() for p in pdf.pages]
    # They are really in the PDF, on every page: the cleaning has something to do.
    assert all(header in text and footer.search(text) for text in raw)
    for page in doc.pages:
        lines = [line.strip() for line in page.text.splitlines()]
        assert header not in lines, f"page {page.number} kept the running header"
        assert not any(footer.fullmatch(line) for line in lines), f"page {page.number} kept the footer"
        assert lines, f"page {page.number} lost all its text"
    # The document title (same words as part of the header) is body text and must stay.
    _, blocks = contract_source(stem)
    title = next(text for kind, text in blocks if kind == "h1")
    assert doc.pages[0].text.splitlines()[0] == title


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_language_is_detected(stem: str, parsed: Parsed) -> None:
    assert parsed(stem).language == expected(stem)["language"]


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_every_token_sits_at_its_offsets_with_a_box_on_the_page(stem: str, parsed: Parsed) -> None:
    for page in parsed(stem).pages:
        assert page.tokens, f"page {page.number} has no tokens"
        # The tokens are exactly the words of the page text, in order.
        assert [t.text for t in page.tokens] == page.text.split()
        previous_end = 0
        for token in page.tokens:
            assert page.text[token.start : token.end] == token.text
            assert token.start >= previous_end
            previous_end = token.end
            x0, top, x1, bottom = token.bbox
            assert 0 <= x0 < x1 <= page.width + 0.5, token
            assert 0 <= top < bottom <= page.height + 0.5, token


def _layout_chars(page) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    """The glyphs as pdfminer's layout of the page has them (LTChar objects, figures included), in
    the keys and coordinates of parse._chars: what it computed before it read pages itself."""
    from pdfminer.layout import LTChar, LTContainer

    height, (mb_x0, mb_top), doctop = page.height, page.mediabox[:2], page.initial_doctop
    out: list[dict] = []  # type: ignore[type-arg]

    def walk(objs) -> None:  # type: ignore[no-untyped-def]
        for obj in objs:
            if isinstance(obj, LTChar):
                top = (height - obj.y1) + mb_top
                out.append({"text": obj._text, "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0, "top": top,
                            "bottom": (height - obj.y0) + mb_top, "doctop": doctop + top,
                            "upright": obj.upright, "size": obj.size})  # fmt: skip
            elif isinstance(obj, LTContainer):
                walk(obj._objs)

    walk(page.layout._objs)
    return out


GLYPH_FILES = [
    "pdfminer__issue-449-vertical.pdf",  # a vertical font
    "pdfminer__issue-1113-evil-xobjects.pdf",  # text in nested form XObjects
    "pdfminer__issue-625-identity-cmap.pdf",
    "pdfplumber__nics-background-checks-2015-11-rotated.pdf",  # /Rotate 90
    "pdfplumber__federal-register-2020-17221.pdf",
    "pdfplumber__scotus-transcript-p1.pdf",
]


GLYPH_PATHS = [fixture_pdf(s) for s in FIXTURE_STEMS] + [ROBUSTNESS / n for n in GLYPH_FILES]


@pytest.mark.parametrize("path", GLYPH_PATHS, ids=lambda p: p.name)
def test_glyphs_are_those_of_pdfminers_layout_to_the_last_digit(path) -> None:  # type: ignore[no-untyped-def]
    if not path.exists():
        pytest.skip(f"{path} is not here (shared/robustness)")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[:12]:
            try:
                expected_chars = _layout_chars(page)
            except Exception as exc:  # a page pdfminer cannot lay out fails our way too
                with pytest.raises(type(exc)):
                    _chars(page)
                continue
            assert _chars(page) == expected_chars, f"page {page.page_number}"


# --- cleaning, on hand-built pages -----------------------------------------------------------------


def _line(text: str, top: float, x: float = 72.0) -> list[RawWord]:
    words: list[RawWord] = []
    for word in text.split(" "):
        width = 5.0 * len(word)
        words.append((word, x, top, x + width, top + 10.0))
        x += width + 3.0
    return words


def _page(number: int, body: list[str], total: int = 3) -> RawPage:
    lines = [_line("ACME Cloud — Data Processing Agreement", 30.0)]
    lines += [_line(text, 80.0 + 14.0 * i) for i, text in enumerate(body)]
    lines.append(_line(f"Page {number} of {total}", 800.0, x=270.0))
    return (number, 595.0, 842.0, lines)


WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet")


def _filler(page: int) -> list[str]:
    # Lines that differ in words from page to page (lines differing only in digits count as repeats).
    return [
        f"Line {WORDS[(page + i) % len(WORDS)]} {WORDS[(page * 3 + i) % len(WORDS)]} of the body."
        for i in range(4)
    ]


def _raw_pages(body: list[str]) -> list[RawPage]:
    return [_page(1, _filler(1) + body + _filler(7)), _page(2, _filler(2)), _page(3, _filler(3))]


def test_clean_pages_mends_hyphenation_ligatures_and_soft_hyphens() -> None:
    body = [
        "The Processor shall stop process-",
        "ing the data and delete each \ufb01le within",
        "thirty days. The pro\u00adcessor confirms each deletion.",
        "Sub-processors are listed in Annex 3.",
    ]
    page = clean_pages(_raw_pages(body))[0]
    words = page.text.split()
    assert "processing" in words and "process-" not in words and "ing" not in words
    assert "file" in words and "\ufb01" not in page.text
    assert "processor" in words and "\u00ad" not in page.text
    assert "Sub-processors" in words  # a hyphen inside a line is part of the word
    assert "stop processing\nthe data" in page.text  # the rest of the lines keep their breaks
    for token in page.tokens:
        assert page.text[token.start : token.end] == token.text


def test_clean_pages_drops_repeated_header_and_page_number_footer_but_keeps_body() -> None:
    pages = clean_pages(_raw_pages(["Only this page says this."]))
    assert len(pages) == 3
    for page in pages:
        assert "ACME Cloud" not in page.text
        assert not re.search(r"Page \d+ of 3", page.text)
        # Body lines near the top and bottom margin that do not repeat are kept.
        filler = _filler(page.number)
        assert page.text.startswith(filler[0] + "\n")
        assert filler[3] in page.text
    assert "Only this page says this." in pages[0].text


def test_clean_pages_joins_a_word_broken_by_a_soft_hyphen_at_the_line_end() -> None:
    body = ["The Processor shall stop process\u00ad", "ing the data at once."]
    page = clean_pages(_raw_pages(body))[0]
    assert "processing" in page.text.split()


def test_a_word_joined_across_lines_gets_a_box_covering_both_halves() -> None:
    body = ["The Processor shall stop process-", "ing the data at once."]
    raw = _raw_pages(body)
    first_half = next(w for line in raw[0][3] for w in line if w[0] == "process-")
    second_half = next(w for line in raw[0][3] for w in line if w[0] == "ing")
    page = clean_pages(raw)[0]
    token = next(t for t in page.tokens if t.text == "processing")
    x0, top, x1, bottom = token.bbox
    assert x0 <= x1 and top <= bottom
    for _, wx0, wtop, wx1, wbottom in (first_half, second_half):
        assert x0 <= wx0 and wx1 <= x1 and top <= wtop and wbottom <= bottom


# --- tables and side headings: each cell read whole --------------------------------------------


def _pdf_with(tmp_path: Path, draw: Callable[[FPDF], None]) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    draw(pdf)
    path = tmp_path / "layout.pdf"
    pdf.output(str(path))
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


SCC_CHOICES = [
    ("Clause 7 - Docking clause", "The optional docking clause shall not apply."),
    (
        "Clause 9 - Use of sub-processors",
        "Option 2 (general written authorisation) applies. The data importer shall inform the data "
        "exporter of intended changes at least thirty (30) days in advance, and the data exporter may "
        "object to such changes.",
    ),
    ("Clause 17 - Governing law", "The laws of Ireland."),
]
NOTICE = (
    "The data importer shall inform the data exporter of intended changes at least thirty (30) days in "
    "advance, and the data exporter may object to such changes."
)


def test_a_table_cell_is_read_whole_not_run_into_the_cell_beside_it(tmp_path: Path) -> None:
    def draw(pdf: FPDF) -> None:
        pdf.multi_cell(0, 5, "Annex III - Selections under the Standard Contractual Clauses")
        with pdf.table(col_widths=(45, 125), text_align="LEFT", v_align="TOP", padding=2) as table:
            for label, text in SCC_CHOICES:
                row = table.row()
                row.cell(label)
                row.cell(text)

    path = _pdf_with(tmp_path, draw)
    with pdfplumber.open(path) as pdf:
        line_by_line = _flat(pdf.pages[0].extract_text())
    assert NOTICE not in line_by_line  # read line by line, the label's words run into the sentence
    text = _flat(parse_pdf(path).pages[0].text)
    assert "Clause 9 - Use of sub-processors Option 2 (general written authorisation) applies." in text
    assert NOTICE in text
    assert "Clause 17 - Governing law The laws of Ireland." in text
    # The independent check for citations finds the sentence on its page too.
    assert quote_on_page(NOTICE, page_texts(path)[1])


def _beside(
    pairs: list[tuple[str, str]], left: float, right: float, after: float = 0
) -> Callable[[FPDF], None]:
    """A drawing of each pair side by side: the first at x=10 in `left` mm, the second at x=`right`,
    both from the same top, `after` mm of space below each pair."""

    def draw(pdf: FPDF) -> None:
        for first, second in pairs:
            top = pdf.get_y()
            pdf.set_xy(10, top)
            pdf.multi_cell(left, 5, first)
            pdf.set_xy(right, top)
            pdf.multi_cell(200 - right - 10, 5, second)
            pdf.ln(after)

    return draw


def _assert_read_side_by_side(
    tmp_path: Path, pairs: list[tuple[str, str]], left: float, right: float, after: float = 0
) -> None:
    """Each pair drawn side by side is read as its first text, then its second, whole."""
    text = _flat(parse_pdf(_pdf_with(tmp_path, _beside(pairs, left, right, after))).pages[0].text)
    for first, second in pairs:
        assert f"{first} {second}" in text


def test_a_side_heading_is_read_before_its_paragraph(tmp_path: Path) -> None:
    sections = [
        ("Partners and service providers", "We work with service providers who host our systems. They may "
         "process personal data only on our instructions and under a written contract with us."),
        ("Authorities", "We disclose personal data to authorities only where a valid legal process requires "
         "it, and we tell the person concerned first where the law allows."),
    ]  # fmt: skip
    _assert_read_side_by_side(tmp_path, sections, 35, 55, after=4)


def test_a_hanging_indent_keeps_its_numbers_beside_their_text(tmp_path: Path) -> None:
    clauses = [
        ("7.1", "The Processor shall engage sub-processors only with the prior written consent of the "
         "Controller, given for each sub-processor separately and in writing."),
        ("7.2", "The Processor shall impose on each sub-processor the same data protection obligations as "
         "are set out in this Agreement, by a written contract."),
        ("7.3", "The Processor remains fully liable to the Controller for the performance of each "
         "sub-processor's obligations under that contract."),
    ]  # fmt: skip
    _assert_read_side_by_side(tmp_path, clauses, 12, 25)


def test_label_and_value_lines_stay_together(tmp_path: Path) -> None:
    pairs = [
        ("Processor:", "Acme Cloud B.V., Keizersgracht 1, Amsterdam"),
        ("Represented by:", "de heer J. van Dijk, director"),
        ("Retention of Personal Data:", "thirty (30) days after the end of the Agreement"),
        ("Backups:", "overwritten within fourteen (14) days"),
    ]
    _assert_read_side_by_side(tmp_path, pairs, 55, 70)
