"""How an answer came about, wherever findings are shown or exported: a model's answer that could not
be checked is marked UNVERIFIED, a rules answer given because the model failed says so, a hybrid
reading shows the rules engine's stance with any disagreement flagged, and every output names the
host contract text was sent to, or says plainly that nothing was sent.

Analyses are built here with the `searched` values the engines write (engines.py, llm.py); no model.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, datetime

from openpyxl import load_workbook
from test_export import PROVENANCE, pdf_text

from clausecheck.export import COLUMNS, CSV_NOTE, export
from clausecheck.models import TOPIC_IDS, Analysis, Citation, Finding
from clausecheck.render import compare_rows, compare_table, review_notes, review_tags, to_markdown, to_table

NOW = datetime(2025, 3, 14, 9, 26, 53, tzinfo=UTC)
HOST = "llm.example.com"
MODEL = f"openai:gpt-4o-mini at {HOST}"
REASON = f"the model {MODEL} did not return valid JSON (Expecting value)"

UNVERIFIED = "UNVERIFIED: the model's answer could not be checked against the document"
FALLBACK = f"Answered by the rules engine: {REASON}"
DISAGREES = "Rules engine reads: the vendor may keep our data — DISAGREES"
AGREES = "Rules engine reads: we are told of new sub-processors in advance and may object — agrees"
NOTHING_SENT = "analysed on this computer; no text was sent out"
MARKERS = ("UNVERIFIED", "Answered by the rules engine", "Rules engine reads", "DISAGREES")


def llm(extra: dict[str, object]) -> dict[str, object]:
    return {"queries": ["where is data stored"], "engine": "hybrid", "model": MODEL, **extra}


def reviewed(reason: str = REASON, vendor: str = "Acme Cloud") -> Analysis:
    """A hybrid analysis with one finding of each kind a reviewer must be told about:
    data_location unverified, ai_training answered by the rules engine after the model failed,
    deletion read differently by the rules engine, subprocessors read alike, the rest plain rules."""
    findings = [
        Finding(
            "data_location",
            "outside_eu",
            {"regions": ["US"]},
            "Data may be processed in the US.",
            [],
            risk="medium",
            searched=llm({"verified": False, "rules_stance": "eu_only", "disagreement": True}),
        ),
        Finding(
            "ai_training",
            "prohibited",
            {"instructions_only": True},
            "Only on your instructions.",
            [Citation(2, "only on documented instructions from Controller", "3")],
            risk="low",
            searched={"engine": "rules", "llm_error": reason, "model": MODEL},
        ),
        Finding(
            "staff_access", "not_addressed", {}, "Nothing on staff access.", [], "high", {"engine": "rules"}
        ),
        Finding(
            "deletion",
            "deleted",
            {"deletion_days": 30},
            "Deleted within 30 days.",
            [Citation(6, "Processor shall delete all Personal Data within thirty days.", "11.2")],
            risk="low",
            searched=llm({"verified": True, "rules_stance": "retained", "disagreement": True}),
        ),
        Finding("backups", "not_addressed", {}, "Nothing.", [], "high", {"engine": "rules"}),
        Finding(
            "subprocessors",
            "notice_and_objection",
            {"notice_days": 30},
            "30 days' notice, you may object.",
            [Citation(9, "at least thirty (30) days' notice", "9")],
            risk="low",
            searched=llm({"verified": True, "rules_stance": "notice_and_objection", "disagreement": False}),
        ),
    ]
    document = {
        "id": "d-hybrid",
        "filename": "acme-dpa.pdf",
        "sha256": "ab12" * 16,
        "pages": 14,
        "language": "en",
        "vendor": vendor,
    }
    return Analysis(document, "hybrid", findings, model=MODEL, sent_to=HOST)


def plain(vendor: str = "Bakkerij Smeets") -> Analysis:
    """Another document read by the rules engine alone: nothing left the machine."""
    findings = [replace(f, searched={"engine": "rules", "queries": []}) for f in reviewed().findings]
    frankfurt = [Citation(4, "Data is hosted in Frankfurt.", "5.1")]
    findings[0] = replace(findings[0], stance="eu_only", risk="low", citations=frankfurt)
    document = {**reviewed().document, "id": "d-rules", "sha256": "ef56" * 16, "vendor": vendor}
    return Analysis(document, "rules", findings)


def block(text: str, label: str, labels: list[str]) -> str:
    """The part of `text` from a topic's label to the next topic's label."""
    start = text.index(label)
    ends = [text.index(other, start + 1) for other in labels if other in text[start + 1 :]]
    return text[start : min(ends, default=len(text))]


LABELS = ["Data location", "AI training", "Staff access", "Deletion", "Backups", "Sub-processors"]


# --- the sentences ------------------------------------------------------------------------------


def test_review_notes_say_what_a_reviewer_must_know_and_nothing_for_plain_rules() -> None:
    by_topic = {f.topic: f for f in reviewed().findings}
    assert review_notes(by_topic["data_location"]) == [
        UNVERIFIED,
        "Rules engine reads: stored and processed only in the EU/EEA — DISAGREES",
    ]
    assert review_notes(by_topic["ai_training"]) == [FALLBACK]
    assert review_notes(by_topic["deletion"]) == [DISAGREES]
    assert review_notes(by_topic["subprocessors"]) == [AGREES]
    assert review_tags(by_topic["data_location"]) == ["UNVERIFIED", "DISAGREES"]
    assert review_tags(by_topic["subprocessors"]) == []
    for finding in plain().findings:
        assert review_notes(finding) == [] and review_tags(finding) == []


# --- the CLI's table, Markdown and comparison ----------------------------------------------------


def test_table_marks_each_finding_and_says_where_text_went() -> None:
    text = " ".join(to_table(reviewed(), width=200).split())
    header = text[: text.index("TOPIC")]
    assert f"engine hybrid · model {MODEL} · clauses sent to {HOST}" in header
    assert UNVERIFIED in block(text, "Data location", LABELS)
    # the UNVERIFIED line already says why there is no quote; it is not said twice
    assert "No verified quote" not in block(text, "Data location", LABELS)
    assert FALLBACK in block(text, "AI training", LABELS)
    assert DISAGREES in block(text, "Deletion", LABELS)
    assert AGREES in block(text, "Sub-processors", LABELS)
    assert not any(marker in block(text, "Staff access", LABELS) for marker in MARKERS)


def test_table_of_a_plain_rules_analysis_says_nothing_was_sent_and_has_no_markers() -> None:
    text = " ".join(to_table(plain(), width=200).split())
    assert f"engine rules · {NOTHING_SENT}" in text
    assert not any(marker in text for marker in MARKERS)


def test_markdown_flags_rows_and_lists_the_notes_with_the_quotes() -> None:
    text = to_markdown([reviewed(), plain()])
    hybrid, rules = text.split("## Bakkerij Smeets")
    rows = {line.split(" | ")[0]: line for line in hybrid.splitlines() if line.startswith("| ")}
    assert "**UNVERIFIED** **DISAGREES**" in rows["| Data location"]
    assert "**DISAGREES**" in rows["| Deletion"] and "**" not in rows["| Backups"].split(" | ")[1]
    quotes = hybrid[hybrid.index("### Quotes") :]
    assert f"- {UNVERIFIED}" in block(quotes, "**Data location**", [f"**{label}**" for label in LABELS])
    assert f"- {FALLBACK}" in quotes and f"- {DISAGREES}" in quotes and f"- {AGREES}" in quotes
    assert f"clauses sent to {HOST}" in hybrid
    assert NOTHING_SENT in rules and not any(marker in rules for marker in MARKERS)


def test_compare_cells_carry_unverified_and_disagrees_tags() -> None:
    table = compare_table([reviewed(), plain()])
    location = next(line for line in table.splitlines() if "Data location" in line).split(" | ")
    assert location[1].strip() == "stored or processed outside the EU/EEA (MEDIUM) UNVERIFIED DISAGREES"
    assert (
        location[2].strip() == "stored and processed only in the EU/EEA (LOW)"
    )  # the plain rules cell has no tag
    deletion = next(line for line in table.splitlines() if "Deletion" in line)
    assert "deleted at the end of the contract or on request (LOW) DISAGREES" in deletion
    md = compare_table([reviewed(), plain()], "md")
    assert "stored or processed outside the EU/EEA (MEDIUM) UNVERIFIED DISAGREES" in md
    assert "outside\\_eu" not in md  # the raw id is not shown
    staff = next(line for line in md.splitlines() if "Staff access" in line)
    assert not any(marker in staff for marker in MARKERS)


# --- exports ------------------------------------------------------------------------------------

HYBRID_PROVENANCE = {**PROVENANCE, "engine": "hybrid, rules", "model": MODEL, "sent_to": HOST}


def csv_records(analyses: list[Analysis], prov: dict[str, object]) -> list[dict[str, str]]:
    data = export(analyses, "csv", prov, now=NOW).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(data)))


def test_csv_has_review_columns_and_names_the_host_per_row() -> None:
    records = csv_records([reviewed(), plain()], HYBRID_PROVENANCE)
    assert tuple(records[0]) == (*COLUMNS, CSV_NOTE)
    # the columns that were there before keep their order; the new ones come before the provenance
    assert COLUMNS.index("more_citations") < COLUMNS.index("answered_by") < COLUMNS.index("engine")
    hybrid = dict(zip(TOPIC_IDS, records[:6], strict=True))
    assert hybrid["data_location"]["verified"] == "no"
    assert hybrid["data_location"]["answered_by"] == "hybrid"
    assert hybrid["data_location"]["rules_stance"] == "stored and processed only in the EU/EEA"
    assert hybrid["data_location"]["disagreement"] == "yes"
    assert hybrid["ai_training"]["answered_by"] == "rules" and hybrid["ai_training"]["llm_error"] == REASON
    assert hybrid["deletion"]["verified"] == "yes" and hybrid["deletion"]["disagreement"] == "yes"
    assert hybrid["subprocessors"]["disagreement"] == "no"
    assert {r["sent_to"] for r in records[:6]} == {HOST} and {r["model"] for r in records[:6]} == {MODEL}
    for row in records[6:]:  # the rules-only document
        assert row["sent_to"] == NOTHING_SENT and row["model"] == ""
        assert (row["answered_by"], row["rules_stance"], row["disagreement"], row["llm_error"]) == (
            "rules",
            "",
            "",
            "",
        )
        assert row["verified"] == "yes"


def test_csv_neutralises_a_formula_in_the_model_error() -> None:
    # A model's failure message can echo what the model said: it is untrusted text too.
    formula = '=HYPERLINK("http://evil.example","x")'
    records = csv_records([reviewed(reason=formula)], HYBRID_PROVENANCE)
    ai = next(r for r in records if r["topic"] == "AI training and own use")
    assert ai["llm_error"] == "'" + formula


def test_xlsx_has_review_columns_and_the_about_sheet_names_the_host() -> None:
    book = load_workbook(io.BytesIO(export([reviewed(), plain()], "xlsx", HYBRID_PROVENANCE, now=NOW)))
    sheet = book["Clauses"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == COLUMNS
    col = {name: i for i, name in enumerate(COLUMNS)}
    location = values[1]
    assert location[col["verified"]] == "no" and location[col["sent_to"]] == HOST
    assert sheet.cell(row=2, column=col["verified"] + 1).font.b  # "no" stands out besides its word
    assert not sheet.cell(row=8, column=col["verified"] + 1).font.b  # a plain "yes" does not
    assert sheet.cell(row=3, column=col["llm_error"] + 1).value == REASON
    assert sheet.cell(row=3, column=col["llm_error"] + 1).alignment.wrap_text  # a long reason stays readable
    about = [tuple(v for v in row if v is not None) for row in book["About"].iter_rows(values_only=True)]
    assert ("model", MODEL) in about and ("sent_to", f"clauses sent to {HOST}") in about
    flat = [v for row in about for v in row]
    assert NOTHING_SENT in flat  # the rules-only document's row


def test_xlsx_about_sheet_says_nothing_was_sent() -> None:
    book = load_workbook(io.BytesIO(export([plain()], "xlsx", PROVENANCE, now=NOW)))
    about = [tuple(v for v in row if v is not None) for row in book["About"].iter_rows(values_only=True)]
    assert ("sent_to", NOTHING_SENT) in about


def test_json_keeps_the_spec_documents_and_adds_a_review_beside_them() -> None:
    data = json.loads(export([reviewed(), plain()], "json", HYBRID_PROVENANCE, now=NOW))
    for doc in data["documents"]:
        assert list(doc) == ["document", "engine", "findings"]
        assert all(
            list(f) == ["topic", "stance", "risk", "summary", "facts", "citations"] for f in doc["findings"]
        )
    assert data["provenance"]["sent_to"] == HOST and data["provenance"]["model"] == MODEL
    assert data["provenance"]["text_sent"] == f"clauses sent to {HOST}"
    hybrid, rules = data["review"]
    assert (hybrid["sha256"], hybrid["engine"], hybrid["model"], hybrid["sent_to"]) == (
        "ab12" * 16,
        "hybrid",
        MODEL,
        HOST,
    )
    assert [f["topic"] for f in hybrid["findings"]] == list(TOPIC_IDS)
    location, ai, staff, deletion = hybrid["findings"][:4]
    assert location["verified"] is False and location["disagreement"] is True
    assert location["rules_stance"] == "eu_only" and location["model"] == MODEL
    assert ai == {"topic": "ai_training", "answered_by": "rules", "model": MODEL, "verified": True,
                  "llm_error": REASON, "decided_stance": "prohibited", "decided_risk": "low",
                  "decision": None}  # fmt: skip
    assert staff["answered_by"] == "rules" and staff["decision"] is None
    assert deletion["verified"] is True and deletion["disagreement"] is True
    assert (rules["engine"], rules["model"], rules["sent_to"]) == ("rules", "", "")
    assert all(f["answered_by"] == "rules" and "verified" not in f for f in rules["findings"])


def test_json_says_plainly_that_nothing_was_sent() -> None:
    data = json.loads(export([plain()], "json", PROVENANCE, now=NOW))
    assert data["provenance"]["sent_to"] == "" and data["provenance"]["text_sent"] == NOTHING_SENT


def test_an_export_names_the_host_even_when_the_provenance_leaves_it_out() -> None:
    # The analyses record where their text went; a caller's provenance cannot hide it.
    bare = {k: v for k, v in PROVENANCE.items() if k not in ("model", "sent_to")}
    text = export([reviewed()], "md", bare, now=NOW).decode("utf-8")
    footer = text[text.rindex("---") :]
    assert f"clauses sent to {HOST}" in footer and NOTHING_SENT not in footer


def test_markdown_export_marks_findings_and_names_the_host_in_the_footer() -> None:
    text = export([reviewed(), plain()], "md", HYBRID_PROVENANCE, now=NOW).decode("utf-8")
    body, footer = text[: text.rindex("---")], text[text.rindex("---") :]
    assert f"- {UNVERIFIED}" in body and f"- {FALLBACK}" in body and f"- {DISAGREES}" in body
    rows = [line for line in body.splitlines() if line.startswith("| Data location")]
    assert len(rows) == 3  # the comparison's row, then each document's own table
    assert "UNVERIFIED DISAGREES" in rows[0] and "**UNVERIFIED**" in rows[1]
    assert "UNVERIFIED" not in rows[2]
    assert f"model {MODEL}" in footer and f"clauses sent to {HOST}" in footer
    acme = next(line for line in footer.splitlines() if line.startswith("- Acme Cloud"))
    bakkerij = next(line for line in footer.splitlines() if line.startswith("- Bakkerij Smeets"))
    assert acme.endswith(f"clauses sent to {HOST}") and bakkerij.endswith(NOTHING_SENT)


def test_markdown_export_of_plain_rules_says_nothing_was_sent_and_has_no_markers() -> None:
    text = export([plain()], "md", PROVENANCE, now=NOW).decode("utf-8")
    assert not any(marker in text for marker in MARKERS)
    footer = text[text.rindex("---") :]
    assert f"engine rules · {NOTHING_SENT}" in footer


def test_pdf_marks_findings_and_says_where_text_went() -> None:
    text, _ = pdf_text(export([reviewed(), plain()], "pdf", HYBRID_PROVENANCE, now=NOW))
    flat = " ".join(text.split())
    hybrid, rules = flat.split("Bakkerij Smeets — acme-dpa.pdf")[-2:]
    for note in (UNVERIFIED, FALLBACK, DISAGREES, AGREES):
        assert note in hybrid, note
    assert f"engine hybrid · model {MODEL} · clauses sent to {HOST}" in hybrid
    assert f"engine rules · {NOTHING_SENT}" in rules
    assert not any(marker in rules for marker in MARKERS)
    # the comparison's cells carry the tags, and every page's footer names the host
    comparison = flat[flat.index("Comparison") : flat.index("Acme Cloud — acme-dpa.pdf")]
    assert "UNVERIFIED DISAGREES" in comparison  # the data location cell's tags
    assert "DISAGREES: the rules engine reads the same clauses differently" in comparison
    assert flat.count(f"clauses sent to {HOST} · playbook strict-eu") >= 2


def test_pdf_of_plain_rules_says_nothing_was_sent_and_has_no_markers() -> None:
    text, _ = pdf_text(export([plain()], "pdf", PROVENANCE, now=NOW))
    flat = " ".join(text.split())
    assert NOTHING_SENT in flat and not any(marker in flat for marker in MARKERS)


def test_an_unverified_answer_is_never_named_best() -> None:
    """Even when the model's unchecked answer would be the most protective position."""
    unchecked = reviewed()
    unchecked.findings[0] = replace(unchecked.findings[0], stance="eu_only", risk="low")
    checked = plain()
    checked.findings[0] = replace(checked.findings[0], stance="outside_eu", risk="medium")
    row = next(r for r in compare_rows([unchecked, checked]) if r.topic == "data_location")
    assert row.best == ["Bakkerij Smeets"]
    alone = next(r for r in compare_rows([unchecked]) if r.topic == "data_location")
    assert alone.best == []
