"""A watermark ("DRAFT" across every page, upright and rotated) is not contract text."""

from pathlib import Path

import pdfplumber

from clausecheck.parse import parse_pdf

PDF = Path(__file__).resolve().parent.parent / "fixtures" / "pdf" / "vaguecorp-terms.pdf"


def test_watermark_is_in_the_pdf_but_not_in_the_parsed_text() -> None:
    with pdfplumber.open(PDF) as pdf:
        raw = pdf.pages[1].extract_text()
    assert "DRAFT" in raw  # the fixture really carries one
    doc = parse_pdf(PDF)
    assert all("DRAFT" not in page.text for page in doc.pages)
    assert "ACCEPTABLE USE" in doc.text  # body text next to it stays
