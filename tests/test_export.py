"""Exports a reviewer takes to a meeting: CSV, XLSX, JSON, Markdown and PDF, built from analyses made
here (no PDFs of ours, no model)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from clausecheck import export as export_module
from clausecheck.export import COLUMNS, CSV_NOTE, FORMATS, export, neutralise, to_latin1
from clausecheck.models import TOPIC_IDS, Analysis, Citation, Finding
from clausecheck.render import load_vocabulary

PROVENANCE = {
    "tool": "clausecheck",
    "version": "9.8.7",
    "engine": "rules",
    "model": "",
    "sent_to": "",
    "playbook": "strict-eu",
    "playbook_sha256": "cd34" * 16,
}
NOW = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)
CLAUSE = (
    "Within thirty (30) days of termination, Processor shall, at Controller's choice, return or delete "
    "all Personal Data and all copies thereof, unless Union or Member State law requires storage of the "
    "Personal Data, and shall confirm the deletion in writing. "
)
LONG_QUOTE = CLAUSE * 3 + "https://example.com/" + "x" * 300  # one unbreakable token must wrap too
INJECTION = '=HYPERLINK("http://evil.example","click")'
CURLY = "Fees of “€ 5” per month apply to Gebruiker’s data — naïve ë"


def analysis(
    vendor: str = "Acme Cloud",
    filename: str = "acme-dpa.pdf",
    sha: str = "ab12" * 16,
    ai: tuple[str, str] = ("prohibited", "low"),
    sub_quote: str = "at least thirty (30) days' notice",
) -> Analysis:
    findings = [
        Finding(
            "data_location",
            "eu_only",
            {"regions": ["EU", "DE"], "transfer_mechanisms": None},
            "Data stays in the EU.",
            [
                Citation(4, "Data is hosted in Frankfurt, Germany.", "5.1"),
                Citation(5, "No transfer outside the EEA.", "5.3"),
            ],
            risk="low",
        ),
        Finding(
            "ai_training",
            ai[0],
            {"mentions_ai": False, "instructions_only": True},
            "Only on your instructions.",
            [Citation(2, INJECTION, "3")],
            risk=ai[1],
        ),
        Finding(
            "staff_access", "not_addressed", {"need_to_know": None}, "Nothing on staff access.", [], "high"
        ),
        Finding(
            "deletion",
            "return_or_delete",
            {"deletion_days": 30, "certificate": True, "legal_retention_exception": None},
            "Returned or deleted within 30 days.",
            [Citation(6, LONG_QUOTE, "11.2", bbox=(72.0, 401.24, 523.9, 437.0))],
            risk="low",
        ),
        Finding("backups", "not_addressed", {"backup_retention_days": None}, "Nothing.", [], "high"),
        Finding(
            "subprocessors",
            "notice_and_objection",
            {"notice_days": 30, "list_available": True},
            "30 days' notice, you may object.",
            [Citation(9, sub_quote, "Artikel 9")],
            risk="low",
        ),
    ]
    document = {
        "id": filename,
        "filename": filename,
        "sha256": sha,
        "pages": 14,
        "language": "en",
        "vendor": vendor,
    }
    # stored out of order on purpose: exports follow the spec's topic order
    return Analysis(document=document, engine="rules", findings=list(reversed(findings)))


def two() -> list[Analysis]:
    return [
        analysis(),
        analysis("Bakkerij Smeets", "verwerkersovereenkomst.pdf", "ef56" * 16, ai=("allowed", "high")),
    ]


def test_unknown_format_is_refused() -> None:
    assert FORMATS == ("csv", "xlsx", "json", "md", "pdf")
    with pytest.raises(ValueError, match="unknown export format"):
        export([analysis()], "docx", PROVENANCE)


def test_neutralise_formula_starts_only() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(start + "1+1") == "'" + start + "1+1"
    assert neutralise("Data = safe") == "Data = safe"
    assert neutralise(7) == 7
    assert neutralise("a\x00b\x1fc") == "abc"


def test_csv_one_row_per_document_and_topic_with_provenance() -> None:
    data = export(two(), "csv", PROVENANCE, now=NOW)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    records = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(records) == 2 * len(TOPIC_IDS)
    assert tuple(records[0]) == (*COLUMNS, CSV_NOTE)  # the header's last cell says what the guard does
    vocab = load_vocabulary()
    assert [r["topic"] for r in records[:6]] == [vocab.topic_label(t) for t in TOPIC_IDS]
    assert {r["sha256"] for r in records} == {"ab12" * 16, "ef56" * 16}
    assert {r["tool_version"] for r in records} == {"clausecheck 9.8.7"}
    assert {r["playbook"] for r in records} == {"strict-eu"}
    assert {r["playbook_sha256"] for r in records} == {"cd34" * 16}
    assert {r["exported_at"] for r in records} == {"2025-03-14T09:26:53+00:00"}

    location = records[0]
    assert location["vendor"] == "Acme Cloud" and location["risk"] == "LOW"
    assert location["page"] == "4" and location["section"] == "5.1"
    assert location["quote"] == "Data is hosted in Frankfurt, Germany."
    assert location["more_citations"] == "p. 5, §5.3: “No transfer outside the EEA.”"
    assert location["facts"] == "Regions named: EU, DE"  # null transfer_mechanisms left out
    assert location["position"] == "stored and processed only in the EU/EEA"
    deletion = records[3]
    assert deletion["facts"] == "Deleted within: 30 days; Deletion confirmed in writing: yes"
    staff = records[2]
    assert staff["position"] == "not addressed in the document" and staff["risk"] == "HIGH"
    assert staff["page"] == staff["quote"] == "" and staff["facts"] == ""
    assert records[7]["position"] == vocab.stance_label("ai_training", "allowed")
    assert records[7]["vendor"] == "Bakkerij Smeets"
    # No raw ids: topics and positions are words, and no decision was made yet.
    assert not any(r["topic"] in TOPIC_IDS for r in records)
    assert {r["decision"] for r in records} == {""}


def test_csv_neutralises_formula_quote() -> None:
    records = list(csv.DictReader(io.StringIO(export([analysis()], "csv", PROVENANCE).decode("utf-8-sig"))))
    ai = next(r for r in records if r["topic"] == load_vocabulary().topic_label("ai_training"))
    assert ai["quote"] == "'" + INJECTION
    assert not any(v.startswith(("=", "+", "-", "@")) for r in records for v in r.values())


def test_xlsx_rows_styling_and_provenance() -> None:
    data = export(two(), "xlsx", PROVENANCE, now=NOW)
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Clauses", "About"]
    sheet = workbook["Clauses"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == COLUMNS and len(values) == 1 + 2 * len(TOPIC_IDS)
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    col = {name: i for i, name in enumerate(COLUMNS)}
    ai = values[2]
    # Verbatim: no apostrophe added; a text cell (not a formula), shown as text by its quote prefix.
    assert ai[col["topic"]] == "AI training and own use" and ai[col["quote"]] == INJECTION
    assert sheet.cell(row=3, column=col["quote"] + 1).data_type == "s"
    assert sheet.cell(row=3, column=col["quote"] + 1).quotePrefix
    assert sheet.cell(row=3, column=col["quote"] + 1).alignment.wrap_text
    assert sheet.cell(row=3, column=col["summary"] + 1).alignment.wrap_text
    letter = {name: get_column_letter(i + 1) for name, i in col.items()}
    assert sheet.column_dimensions[letter["quote"]].width > sheet.column_dimensions[letter["page"]].width
    assert values[1][col["page"]] == 4 and values[1][col["risk"]] == "LOW"
    assert {r[col["playbook"]] for r in values[1:]} == {"strict-eu"}

    about = [tuple(v for v in row if v is not None) for row in workbook["About"].iter_rows(values_only=True)]
    assert ("version", "9.8.7") in about and ("playbook", "strict-eu") in about
    assert ("playbook_sha256", "cd34" * 16) in about and ("exported_at", "2025-03-14T09:26:53+00:00") in about
    flat = [v for row in about for v in row]
    assert "ab12" * 16 in flat and "ef56" * 16 in flat


def test_json_round_trips_with_spec_documents_in_topic_order() -> None:
    data = json.loads(export(two(), "json", PROVENANCE, now=NOW))
    assert list(data) == ["provenance", "documents", "document_sha256", "review"]
    assert data["provenance"] == {
        **PROVENANCE,
        "exported_at": "2025-03-14T09:26:53+00:00",
        "text_sent": "analysed on this computer; no text was sent out",
    }
    assert data["document_sha256"] == ["ab12" * 16, "ef56" * 16]
    for doc, original in zip(data["documents"], two(), strict=True):
        assert list(doc) == ["document", "engine", "findings"]
        assert list(doc["document"]) == ["id", "filename", "sha256", "pages", "language"]
        assert [f["topic"] for f in doc["findings"]] == list(TOPIC_IDS)
        assert list(doc["findings"][0]) == ["topic", "stance", "risk", "summary", "facts", "citations"]
        assert doc["document"]["sha256"] == original.document["sha256"]
    deletion = data["documents"][0]["findings"][3]
    assert deletion["citations"][0] == {
        "page": 6,
        "section": "11.2",
        "quote": LONG_QUOTE,
        "bbox": [72.0, 401.2, 523.9, 437.0],
    }


def test_markdown_comparison_body_and_footer() -> None:
    text = export(two(), "md", PROVENANCE, now=NOW).decode("utf-8")
    assert text.startswith("# Clause summary\n") and text.count("# Clause summary") == 1
    comparison = text.index("## Comparison")
    assert comparison < text.index("## Acme Cloud") < text.index("## Bakkerij Smeets")
    ai_row = next(line for line in text.splitlines() if line.startswith("| AI training"))
    assert "**yes**" in ai_row and "Acme Cloud" in ai_row.split("|")[-2]  # differs, best named
    location_row = next(line for line in text.splitlines() if line.startswith("| Data location"))
    assert "**yes**" not in location_row and "all equal" in location_row
    footer = text[text.rindex("---") :]
    assert "clausecheck 9.8.7" in footer and "strict-eu" in footer and "cd34" * 16 in footer
    assert "ab12" * 16 in footer and "ef56" * 16 in footer


def test_markdown_single_document_has_no_comparison() -> None:
    text = export([analysis()], "md", PROVENANCE, now=NOW).decode("utf-8")
    assert "## Comparison" not in text and "## Acme Cloud" in text and "ab12" * 16 in text


def pdf_text(data: bytes) -> tuple[str, int]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
        for page in pdf.pages:  # nothing drawn past the right margin: long quotes wrap
            assert all(char["x1"] <= page.width - 40 for char in page.chars)
    return "\n".join(pages), len(pages)


def test_pdf_report_has_names_risk_quotes_pages_and_provenance() -> None:
    data = export(two(), "pdf", PROVENANCE, now=NOW)
    assert data.startswith(b"%PDF")
    text, pages = pdf_text(data)
    flat = " ".join(text.split())
    assert "Acme Cloud" in flat and "Bakkerij Smeets" in flat
    assert "Comparison" in flat and "(differs)" in flat
    assert "RISK: HIGH" in flat and "LOW" in flat
    assert "Data is hosted in Frankfurt, Germany." in flat
    assert "p. 6, §11.2" in flat and "p. 9, Artikel 9" in flat
    assert "stored and processed only in the EU/EEA" in flat
    assert "Deleted within: 30 days; Deletion confirmed in writing: yes" in flat
    assert "clausecheck 9.8.7" in flat and "strict-eu" in flat
    assert "ab12ab12ab12" in flat and "ef56ef56ef56" in flat and "2025-03-14" in flat
    assert f"Page 1 of {pages}" in flat and f"Page {pages} of {pages}" in flat
    assert "No clause found on this topic." in flat


def test_pdf_unicode_with_dejavu() -> None:
    if not (export_module.FONT_DIR / export_module.FONT_REGULAR).is_file():
        pytest.skip("DejaVu fonts not installed")
    data = export([analysis(sub_quote=CURLY)], "pdf", PROVENANCE, now=NOW)
    text, _ = pdf_text(data)
    assert CURLY in " ".join(text.split())


def test_pdf_helvetica_fallback_transliterates(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(export_module, "FONT_DIR", tmp_path / "no-fonts")
    data = export([analysis(vendor="Bakkerij “Smeets”", sub_quote=CURLY)], "pdf", PROVENANCE, now=NOW)
    assert data.startswith(b"%PDF") and b"DejaVu" not in data and b"Helvetica" in data
    text, _ = pdf_text(data)
    flat = " ".join(text.split())
    assert 'Fees of "EUR 5" per month apply to Gebruiker\'s data - naïve ë' in flat
    assert 'Bakkerij "Smeets"' in flat and "RISK: HIGH" in flat and "clausecheck 9.8.7" in flat


def test_to_latin1() -> None:
    assert to_latin1("“€” ‘x’ — … ő 中") == "\"EUR\" 'x' - ... o ?"
    assert to_latin1("ë § ·") == "ë § ·"


def test_every_format_records_sha_version_and_playbook() -> None:
    for fmt in ("csv", "json", "md"):
        data = export([analysis()], fmt, PROVENANCE, now=NOW)
        assert b"ab12" * 16 in data and b"9.8.7" in data and b"strict-eu" in data, fmt


def test_no_documents_still_exports() -> None:
    for fmt in FORMATS:
        assert export([], fmt, PROVENANCE, now=NOW)


def with_related() -> Analysis:
    """acme with a related clause on an answered topic and on a not-addressed one."""
    acme = analysis()
    for finding in acme.findings:
        if finding.topic == "data_location":
            finding.citations.append(
                Citation(7, "Support staff may work from Manila.", "8", role="related", why="staff")
            )
        if finding.topic == "staff_access":
            finding.citations.append(
                Citation(8, "Engineers hold production keys.", "9", role="related", why="keys")
            )
    return acme


def test_the_related_clause_is_exported_apart_and_never_as_the_answers_quote() -> None:
    doc = json.loads(export([with_related()], "json", PROVENANCE, now=NOW))["documents"][0]
    location = next(f for f in doc["findings"] if f["topic"] == "data_location")
    assert [c["page"] for c in location["citations"]] == [4, 5]
    assert location["related"] == [
        {
            "page": 7,
            "section": "8",
            "quote": "Support staff may work from Manila.",
            "bbox": None,
            "why": "staff",
        }
    ]
    records = list(
        csv.DictReader(io.StringIO(export([with_related()], "csv", PROVENANCE, now=NOW).decode("utf-8-sig")))
    )
    staff = next(r for r in records if r["topic"] == "Staff access")
    assert (
        staff["quote"] == ""
        and "(related clause): “Engineers hold production keys.”" in staff["more_citations"]
    )
    md = export([with_related()], "md", PROVENANCE, now=NOW).decode("utf-8")
    assert "- [related clause] p. 7, §8: “Support staff may work from Manila.” (Not used for the answer" in md
    staff_block = md[md.index("**Staff access**") :]
    staff_block = staff_block[: staff_block.index("**", len("**Staff access**"))]
    assert "No clause found on this topic." in staff_block and "[related clause] p. 8" in staff_block
    flat = " ".join(pdf_text(export([with_related()], "pdf", PROVENANCE, now=NOW))[0].split())
    assert "(related clause)" in flat and "the clause ranker puts it forward for the words staff" in flat
    assert "No clause found on this topic." in flat
