"""What the CLI prints: the spec JSON, a readable table, Markdown, and a vendor comparison."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from clausecheck.models import TOPIC_IDS, Analysis, Citation, Finding
from clausecheck.playbook import DEFAULT_RISK
from clausecheck.render import (
    compare_table,
    load_vocabulary,
    to_json,
    to_markdown,
    to_table,
)

LONG_QUOTE = (
    "Within thirty (30) days of termination, Processor shall, at Controller's choice, return or delete all "
    "Personal Data and all copies thereof, unless Union or Member State law requires storage of the Personal "
    "Data, and shall confirm the deletion in writing."
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def analysis(
    vendor: str | None = "Acme",
    filename: str = "acme-dpa.pdf",
    deletion: tuple[str, str] = ("return_or_delete", "low"),
    ai: tuple[str, str] = ("prohibited", "low"),
) -> Analysis:
    findings = {
        "data_location": Finding(
            "data_location",
            "eu_only",
            {"regions": ["EU", "DE"], "transfer_mechanisms": None},
            "Data stays in the EU.",
            [Citation(4, "Data is hosted in Frankfurt, Germany.", "5.1")],
            risk="low",
        ),
        "ai_training": Finding(
            "ai_training",
            ai[0],
            {"mentions_ai": False, "instructions_only": True},
            "Only on your instructions.",
            [Citation(2, "only on documented instructions from Controller", "3")],
            risk=ai[1],
        ),
        "staff_access": Finding(
            "staff_access", "not_addressed", {"need_to_know": None}, "Nothing on staff access.", [], "high"
        ),
        "deletion": Finding(
            "deletion",
            deletion[0],
            {"deletion_days": 30, "certificate": True, "legal_retention_exception": None},
            "Returned or deleted | within 30 days.",
            [Citation(6, LONG_QUOTE, "11.2", bbox=(72.0, 401.24, 523.9, 437.0))],
            risk=deletion[1],
        ),
        "backups": Finding(
            "backups", "not_addressed", {"backup_retention_days": None}, "Nothing.", [], "high"
        ),
        "subprocessors": Finding(
            "subprocessors",
            "notice_and_objection",
            {"notice_days": 30, "list_available": True},
            "30 days' notice, you may object.",
            [Citation(9, "at least thirty (30) days' notice", "Artikel 9")],
            risk="low",
        ),
    }
    # stored out of order on purpose: output must follow the spec's topic order
    ordered = [findings[t] for t in reversed(TOPIC_IDS)]
    document = {"id": "d1", "filename": filename, "sha256": "ab12" * 16, "pages": 14, "language": "en"}
    if vendor:
        document["vendor"] = vendor
    return Analysis(document=document, engine="rules", findings=ordered)


def test_json_single_object_with_spec_keys_in_topic_order() -> None:
    data = json.loads(to_json([analysis()]))
    assert isinstance(data, dict)
    assert list(data) == ["document", "engine", "findings"]
    assert [f["topic"] for f in data["findings"]] == list(TOPIC_IDS)
    deletion = next(f for f in data["findings"] if f["topic"] == "deletion")
    assert list(deletion) == ["topic", "stance", "risk", "summary", "facts", "citations"]
    assert list(deletion["citations"][0]) == ["page", "section", "quote", "bbox"]
    assert deletion["citations"][0]["bbox"] == [72.0, 401.2, 523.9, 437.0]
    spec_keys = ("id", "filename", "sha256", "pages", "language")
    assert data["document"] == {k: analysis().document[k] for k in spec_keys} and data["engine"] == "rules"


def test_json_several_is_an_array_and_keeps_unicode() -> None:
    second = analysis(vendor="Bakkerij Smeets", filename="verwerkersovereenkomst-ë.pdf")
    text = to_json([analysis(), second])
    assert isinstance(json.loads(text), list) and len(json.loads(text)) == 2
    assert "verwerkersovereenkomst-ë.pdf" in text
    assert json.loads(to_json([])) == []


def test_table_shows_risk_words_plain_stances_facts_and_citations() -> None:
    text = to_table(analysis())
    assert "Acme" in text and "acme-dpa.pdf" in text and "14 pages" in text and "ab12ab12ab12" in text
    assert "HIGH" in text and "LOW" in text
    assert "returned or deleted at the customer's choice" in text
    assert "not addressed in the document" in text
    flat = " ".join(text.split())
    assert "Deleted within: 30 days" in flat and "Deletion confirmed in writing: yes" in flat
    assert "legal_retention_exception" not in flat  # null facts are left out
    assert 'p.6 §11.2 "Within thirty (30) days' in flat
    assert 'p.9 Artikel 9 "at least thirty' in flat
    assert LONG_QUOTE not in flat and "…" in flat  # long quotes are shortened
    assert ANSI.search(text) is None


def test_table_topics_follow_spec_order() -> None:
    text = to_table(analysis())
    positions = [text.index(label) for label in ("Data location", "AI training", "Staff access", "Deletion")]
    assert positions == sorted(positions)


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_table_fits_the_width(width: int) -> None:
    for line in to_table(analysis(), width=width).splitlines():
        assert len(line) <= width, line


def test_colour_is_optional_and_never_replaces_the_word() -> None:
    text = to_table(analysis(), color=True)
    assert ANSI.search(text)
    assert "HIGH" in ANSI.sub("", text)


def test_markdown_summary_has_table_and_quotes_with_pages() -> None:
    text = to_markdown([analysis(), analysis(vendor=None, filename="beta.pdf")])
    assert "## Acme" in text and "## beta.pdf" in text
    assert "| Topic | Position | Risk | Summary |" in text
    assert "**HIGH**" in text
    assert "Returned or deleted \\| within 30 days." in text  # a pipe cannot break the table
    assert "p. 6, §11.2: “Within thirty (30) days of termination" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert all(line.count(" | ") == 3 for line in rows)


def test_compare_marks_differing_rows_and_names_the_best() -> None:
    acme = analysis(vendor="Acme", deletion=("retained", "high"))
    beta = analysis(vendor=None, filename="beta.pdf", deletion=("return_or_delete", "low"))
    text = compare_table([acme, beta])
    deletion_row = next(line for line in text.splitlines() if "Deletion" in line)
    assert deletion_row.startswith("*")
    assert "the vendor may keep our data (HIGH)" in deletion_row
    assert "returned or deleted at the customer's choice (LOW)" in deletion_row
    assert "retained" not in deletion_row.replace("may keep", "")  # words, never the raw id
    assert deletion_row.rstrip().endswith("beta.pdf")
    location_row = next(line for line in text.splitlines() if "Data location" in line)
    assert not location_row.startswith("*") and "all equal" in location_row


def test_compare_breaks_stance_ties_by_risk() -> None:
    cheap = analysis(vendor="Cheap", ai=("opt_out", "medium"))
    relaxed = analysis(vendor="Relaxed", ai=("opt_out", "low"))
    rows = json.loads(compare_table([cheap, relaxed], "json"))["topics"]
    ai = next(r for r in rows if r["topic"] == "ai_training")
    assert ai["differs"] is False and ai["best"] == ["Relaxed"]


def test_compare_markdown_and_json() -> None:
    acme = analysis(vendor="Acme", ai=("allowed", "high"))
    beta = analysis(vendor="Beta", ai=("opt_in", "low"))
    md = compare_table([acme, beta], "md")
    assert md.splitlines()[0] == "| Topic | Acme | Beta | Differs | Best |"
    ai_line = next(line for line in md.splitlines() if "AI training" in line)
    assert "**yes**" in ai_line and ai_line.endswith("| Beta |")
    data = json.loads(compare_table([acme, beta], "json"))
    assert [d["name"] for d in data["documents"]] == ["Acme", "Beta"]
    assert [r["topic"] for r in data["topics"]] == list(TOPIC_IDS)
    ai = data["topics"][1]
    assert ai["differs"] is True and ai["best"] == ["Beta"]
    assert ai["cells"]["Acme"] == {"stance": "allowed", "risk": "high", "machine_stance": "allowed",
                                   "decision": None}  # fmt: skip


def test_compare_keeps_two_documents_of_one_vendor_apart() -> None:
    data = json.loads(compare_table([analysis(filename="a.pdf"), analysis(filename="b.pdf")], "json"))
    assert [d["name"] for d in data["documents"]] == ["Acme (a.pdf)", "Acme (b.pdf)"]


def test_compare_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="csv"):
        compare_table([analysis()], "csv")


def test_vocabulary_covers_every_stance_in_protective_order() -> None:
    vocab = load_vocabulary()
    for topic in TOPIC_IDS:
        stances = list(vocab.topics[topic].stances)
        assert set(stances) == set(DEFAULT_RISK[topic])
        assert stances[-1] == "not_addressed"
        assert vocab.stance_label(topic, "not_addressed") == "not addressed in the document"
    assert list(vocab.topics["data_location"].stances)[:2] == ["eu_only", "eu_with_transfers"]
    assert vocab.stance_rank("deletion", "deleted") < vocab.stance_rank("deletion", "retained")
    assert (
        vocab.stance_label("deletion", "return_or_delete") == "returned or deleted at the customer's choice"
    )


def test_custom_prompts_dir_without_vocabulary_falls_back(tmp_path: Path) -> None:
    assert load_vocabulary(tmp_path).topic_label("backups") == "Backups"
