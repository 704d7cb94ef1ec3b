"""Bad files: each gets one line saying what is wrong, the good ones still go through, nothing half-stored."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from conftest import FIXTURE_STEMS, CliRun, fixture_pdf

from clausecheck.index import VectorIndex, collection_name

pytestmark = pytest.mark.needs_model


def stored_state(data_dir: Path) -> tuple[list[str], set[str], set[str]]:
    """(document ids in the database, files under <data_dir>/files, Chroma collections)."""
    with sqlite3.connect(data_dir / "clausecheck.db") as db:
        ids = [row[0] for row in db.execute("SELECT id FROM documents")]
    files = {p.name for p in (data_dir / "files").iterdir()} if (data_dir / "files").is_dir() else set()
    return ids, files, VectorIndex(data_dir / "chroma").names()


def test_bad_files_are_reported_one_line_each_and_the_good_one_is_stored(
    run_cli_process, run_cli: CliRun, data_dir: Path, tmp_path: Path
) -> None:
    good = fixture_pdf(FIXTURE_STEMS[-1])
    text = tmp_path / "notes.pdf"
    text.write_text("These are meeting notes, not a PDF at all.\n", encoding="utf-8")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.pdf"
    source = fixture_pdf(FIXTURE_STEMS[0]).read_bytes()
    truncated.write_bytes(source[: int(len(source) * 0.4)])
    missing = tmp_path / "missing.pdf"
    reasons = {
        text.name: r"not a PDF",
        empty.name: r"empty",
        truncated.name: r"damaged|malformed|cannot be read",
        missing.name: r"not found|does not exist",
    }

    proc = run_cli_process("analyze", text, empty, good, truncated, missing, "--format", "json")

    assert proc.returncode != 0
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == len(reasons), proc.stderr
    for name, reason in reasons.items():
        line = next((line for line in lines if name in line), None)
        assert line is not None, f"no message for {name}: {proc.stderr}"
        assert re.search(reason, line, re.IGNORECASE), line
    # The good file was analysed and printed.
    printed = json.loads(proc.stdout)
    assert printed["document"]["filename"] == good.name
    doc_id = printed["document"]["id"]

    # Nothing of the bad files is stored: the good one is all there is.
    listing = json.loads(run_cli("list", "--format", "json").stdout)
    assert [d["filename"] for d in listing] == [good.name]
    ids, files, collections = stored_state(data_dir)
    assert ids == [doc_id]
    assert files == {f"{doc_id}.pdf"}
    assert collections == {collection_name(doc_id)}


def test_an_encrypted_pdf_asks_for_its_password(
    shared_robustness: Path, run_cli: CliRun, data_dir: Path
) -> None:
    pdf = shared_robustness / "pdfplumber__password-example.pdf"
    locked = run_cli("analyze", pdf, "--format", "json")
    assert locked.exit_code != 0
    assert pdf.name in locked.stderr and "password" in locked.stderr.lower()
    assert "Traceback" not in locked.output

    wrong = run_cli("analyze", pdf, "--password", "not-the-password", "--format", "json")
    assert wrong.exit_code != 0 and "password" in wrong.stderr.lower()
    assert stored_state(data_dir)[0] == []

    opened = run_cli("analyze", pdf, "--password", "test", "--format", "json")
    assert opened.exit_code == 0, opened.output
    data = json.loads(opened.stdout)
    assert data["document"]["filename"] == pdf.name and data["document"]["pages"] > 0
    ids, files, collections = stored_state(data_dir)
    assert ids == [data["document"]["id"]] and len(files) == 1 and len(collections) == 1


def test_a_scanned_pdf_without_text_says_so(shared_robustness: Path, run_cli: CliRun, data_dir: Path) -> None:
    pdf = shared_robustness / "pypdf__imagemagick-CCITTFaxDecode.pdf"
    result = run_cli("analyze", pdf)
    assert result.exit_code != 0
    assert pdf.name in result.stderr and "no text" in result.stderr.lower()
    assert "Traceback" not in result.output
    ids, files, collections = stored_state(data_dir)
    assert ids == [] and files == set() and collections == set()
