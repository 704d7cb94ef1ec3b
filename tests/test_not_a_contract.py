"""A document that is no contract or privacy text (a book page, an invoice) gets a warning, not
six high-risk "not addressed" findings; a contract gets no such warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CliRun, fixture_pdf
from fpdf import FPDF

pytestmark = pytest.mark.needs_model

BOOK_PAGE = (
    "Chapter Three. The rain had not stopped for days, and the river rose over the old stone bridge. "
    "Marta carried the lantern down to the boats while her brother counted the nets twice, as their "
    "father had taught them. Nobody in the village spoke of the storm that had taken the mill."
)


def text_pdf(path: Path, text: str) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, text)
    pdf.output(str(path))
    return path


def test_a_book_page_gets_a_warning_and_no_red_flags(run_cli: CliRun, tmp_path: Path) -> None:
    book = text_pdf(tmp_path / "novel-page.pdf", BOOK_PAGE)
    result = run_cli("analyze", book, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["warnings"] and "does not read as a contract" in data["warnings"][0]
    assert {f["stance"] for f in data["findings"]} == {"not_addressed"}
    assert all(f["risk"] != "high" for f in data["findings"])
    table = run_cli("show", data["document"]["id"])
    assert "WARNING: This document does not read as a contract" in table.output


def test_a_contract_gets_no_such_warning(run_cli: CliRun) -> None:
    result = run_cli("analyze", fixture_pdf("nordlicht-eu-dpa"), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "warnings" not in json.loads(result.output)
