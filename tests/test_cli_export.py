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


def test_export_language_from_the_setting_and_lang_overrides_it(  # type: ignore[no-untyped-def]
    analysed: Analysed, run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = analysed.id("nordlicht-eu-dpa")
    quotes = [c.quote for f in analysed.analyses["nordlicht-eu-dpa"].findings for c in f.citations]
    english = run_cli("export", ref, "--format", "md", "-o", "-", data=analysed.data_dir)
    assert english.exit_code == 0 and english.output.startswith("# Clause summary")
    dutch = run_cli("export", ref, "--format", "md", "--lang", "nl", "-o", "-", data=analysed.data_dir)
    assert dutch.exit_code == 0 and dutch.output.startswith("# Overzicht van bepalingen")
    assert "| Onderwerp | Standpunt | Risico | Samenvatting |" in dutch.output
    assert "Clause summary" not in dutch.output and "| Topic |" not in dutch.output
    first = " ".join(quotes[0].split())[:60].replace("*", "\\*")
    assert first in english.output and first in dutch.output  # quotes are never translated

    monkeypatch.setenv("CLAUSECHECK_LANGUAGE", "nl")  # the setting: every export in Dutch ...
    target = tmp_path / "samenvatting.csv"
    assert run_cli("export", ref, "--format", "csv", "-o", target, data=analysed.data_dir).exit_code == 0
    header = next(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert header[:4] == ["leverancier", "bestand", "sha256", "onderwerp"]
    again = run_cli("export", ref, "--format", "md", "--lang", "en", "-o", "-", data=analysed.data_dir)
    assert again.output.startswith("# Clause summary")  # ... unless --lang says otherwise
    monkeypatch.setenv("CLAUSECHECK_LANGUAGE", "fr")
    refused = run_cli("export", ref, "--format", "md", "-o", "-", data=analysed.data_dir)
    assert refused.exit_code != 0 and "choose one of en, nl" in refused.output
