"""clausecheck export: each format from the CLI, with provenance, for one document or a comparison."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import Analysed
from openpyxl import load_workbook


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json", "md", "pdf"])
def test_export_of_two_documents(analysed: Analysed, run_cli, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    first, second = analysed.id("nordlicht-eu-dpa"), analysed.id("cloudpilot-us-saas-dpa")
    target = tmp_path / f"summary.{fmt}"
    result = run_cli("export", first, second, "--format", fmt, "-o", target, data=analysed.data_dir)
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    sha = analysed.analyses["nordlicht-eu-dpa"].document["sha256"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert len(rows) == 12 and {r["sha256"] for r in rows} >= {sha}
        assert all(r["tool_version"] and r["playbook"] for r in rows)
    elif fmt == "xlsx":
        book = load_workbook(io.BytesIO(data))
        assert book["Clauses"].max_row == 13  # header + 2 documents x 6 topics
    elif fmt == "json":
        exported = json.loads(data)
        assert exported["documents"][0]["document"]["sha256"] == sha
        assert exported["provenance"]["playbook"] == "default"
    elif fmt == "md":
        text = data.decode("utf-8")
        assert "## Comparison" in text and sha in text
    else:
        assert data.startswith(b"%PDF")


def test_export_text_to_stdout_and_binary_refused(analysed: Analysed, run_cli) -> None:  # type: ignore[no-untyped-def]
    ref = analysed.id("vaguecorp-terms")
    text = run_cli("export", ref, "--format", "md", "-o", "-", data=analysed.data_dir)
    assert text.exit_code == 0 and text.output.startswith("# Clause summary")
    binary = run_cli("export", ref, "--format", "pdf", "-o", "-", data=analysed.data_dir)
    assert binary.exit_code != 0 and "binary" in binary.output
