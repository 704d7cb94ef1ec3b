"""The CLI end to end, as a user runs it: analyze, list, show, compare, delete, eval."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import pty
import shutil
import sqlite3
import subprocess
import sys
import threading
import tomllib
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from conftest import (
    FIXTURE_STEMS,
    PDF_DIR,
    REPO,
    SPEC_CITATION_KEYS,
    SPEC_DOCUMENT_KEYS,
    SPEC_FINDING_KEYS,
    Analysed,
    CliRun,
    expected,
    fixture_pdf,
)

from clausecheck.index import VectorIndex, collection_name
from clausecheck.models import TOPIC_IDS
from clausecheck.playbook import RISK_LEVELS
from clausecheck.render import load_vocabulary
from clausecheck.resources import default_prompts_dir


def ok(result: Any) -> Any:
    assert result.exit_code == 0, f"exit {result.exit_code}\n{result.output}\n{result.exception!r}"
    assert "Traceback" not in result.output
    return result


def no_model(tmp_path: Path) -> Path:
    """A model dir that does not exist: a command that would (re-)analyse fails instead."""
    return tmp_path / "no-model-here"


def check_spec_shape(data: dict[str, Any], pages: int) -> None:
    assert set(data) == {"document", "engine", "findings"}
    assert set(data["document"]) >= SPEC_DOCUMENT_KEYS
    assert isinstance(data["engine"], str) and data["engine"]
    assert [f["topic"] for f in data["findings"]] == list(TOPIC_IDS)
    for finding in data["findings"]:
        # Beyond the spec, and only where there is one: the related clause (ranker.py).
        assert set(finding) - {"related"} == SPEC_FINDING_KEYS
        assert isinstance(finding["stance"], str) and finding["risk"] in RISK_LEVELS
        assert isinstance(finding["summary"], str) and finding["summary"].strip()
        assert isinstance(finding["facts"], dict)
        assert len(finding.get("related", [])) <= 1
        for citation in finding["citations"] + finding.get("related", []):
            assert set(citation) - {"why"} == SPEC_CITATION_KEYS
            assert ("why" in citation) == (citation in finding.get("related", []))
            assert type(citation["page"]) is int and 1 <= citation["page"] <= pages
            assert isinstance(citation["section"], str)
            assert isinstance(citation["quote"], str) and citation["quote"].strip()
            bbox = citation["bbox"]
            assert isinstance(bbox, list) and len(bbox) == 4 and all(type(v) is float for v in bbox), bbox
            assert bbox[0] < bbox[2] and bbox[1] < bbox[3]


def page_count(stem: str) -> int:
    with pdfplumber.open(fixture_pdf(stem)) as pdf:
        return len(pdf.pages)


# --- analyze ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_analyze_json_prints_the_spec_object(analysed: Analysed, run_cli: CliRun, stem: str) -> None:
    result = ok(run_cli("analyze", fixture_pdf(stem), "--format", "json", data=analysed.data_dir))
    data = json.loads(result.stdout)
    check_spec_shape(data, page_count(stem))
    document = data["document"]
    assert document["id"] == analysed.id(stem)
    assert document["filename"] == f"{stem}.pdf"
    assert document["sha256"] == hashlib.sha256(fixture_pdf(stem).read_bytes()).hexdigest()
    assert document["pages"] == page_count(stem)
    assert document["language"] == expected(stem)["language"]


def test_analyze_json_document_has_exactly_the_spec_keys(analysed: Analysed, run_cli: CliRun) -> None:
    stem = FIXTURE_STEMS[0]
    result = ok(run_cli("analyze", fixture_pdf(stem), "--format", "json", data=analysed.data_dir))
    assert set(json.loads(result.stdout)["document"]) == SPEC_DOCUMENT_KEYS


def test_two_files_print_a_json_array_in_argument_order(analysed: Analysed, run_cli: CliRun) -> None:
    stems = [FIXTURE_STEMS[-1], FIXTURE_STEMS[0]]
    result = ok(run_cli("analyze", *map(fixture_pdf, stems), "--format", "json", data=analysed.data_dir))
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 2
    assert [d["document"]["filename"] for d in data] == [f"{s}.pdf" for s in stems]
    assert [d["document"]["id"] for d in data] == [analysed.id(s) for s in stems]
    for stem, item in zip(stems, data, strict=True):
        check_spec_shape(item, page_count(stem))


def test_the_same_file_again_is_not_stored_twice(analysed: Analysed, run_cli: CliRun, tmp_path: Path) -> None:
    stem = FIXTURE_STEMS[1]
    before = json.loads(ok(run_cli("list", "--format", "json", data=analysed.data_dir)).stdout)
    copy = tmp_path / "renamed copy.pdf"
    shutil.copyfile(fixture_pdf(stem), copy)
    # Without a model: a file already analysed is not analysed again, so it is not needed.
    for path in (fixture_pdf(stem), copy):
        result = ok(
            run_cli("analyze", path, "--format", "json", data=analysed.data_dir, model=no_model(tmp_path))
        )
        assert json.loads(result.stdout)["document"]["id"] == analysed.id(stem)
    after = json.loads(ok(run_cli("list", "--format", "json", data=analysed.data_dir)).stdout)
    assert after == before
    assert len({d["sha256"] for d in after}) == len(after)


# --- list, show, compare ---------------------------------------------------------------------------


def test_list_shows_every_analysed_document(analysed: Analysed, run_cli: CliRun) -> None:
    table = ok(run_cli("list", data=analysed.data_dir)).stdout
    for stem in FIXTURE_STEMS:
        line = next(line for line in table.splitlines() if line.startswith(analysed.id(stem)))
        assert f"{stem}.pdf"[:39] in line
    docs = json.loads(ok(run_cli("list", "--format", "json", data=analysed.data_dir)).stdout)
    assert {d["id"] for d in docs} == {analysed.id(s) for s in FIXTURE_STEMS}
    assert {d["filename"] for d in docs} == {f"{s}.pdf" for s in FIXTURE_STEMS}


def test_list_of_an_empty_data_dir_says_how_to_start(run_cli: CliRun) -> None:
    assert "clausecheck analyze" in ok(run_cli("list")).stdout
    assert json.loads(ok(run_cli("list", "--format", "json")).stdout) == []


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_show_prints_the_stored_analysis(
    analysed: Analysed, run_cli: CliRun, stem: str, tmp_path: Path
) -> None:
    doc_id = analysed.id(stem)
    shown = ok(run_cli("show", doc_id, "--format", "json", data=analysed.data_dir, model=no_model(tmp_path)))
    assert json.loads(shown.stdout) == json.loads(json.dumps(analysed.analyses[stem].to_json()))
    # A unique id prefix is enough; the table names the file.
    table = ok(run_cli("show", doc_id[:6], data=analysed.data_dir, model=no_model(tmp_path))).stdout
    assert f"{stem}.pdf" in table


def test_the_words_printed_come_from_the_prompts_folder_in_use(
    analysed: Analysed, run_cli: CliRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CLAUSECHECK_PROMPTS_DIR changes the labels of the table, compare and every export, not
    only the topics (a second copy of "where is prompts/" once ignored it)."""
    prompts = tmp_path / "prompts"
    shutil.copytree(default_prompts_dir(), prompts)
    vocabulary = prompts / "vocabulary.yaml"
    vocabulary.write_text(
        vocabulary.read_text(encoding="utf-8").replace("label: Data location", "label: Where-it-lives"),
        encoding="utf-8",
    )
    monkeypatch.setenv("CLAUSECHECK_PROMPTS_DIR", str(prompts))
    a, b = (analysed.id(stem) for stem in FIXTURE_STEMS[:2])
    outputs = [
        ok(run_cli("show", a, data=analysed.data_dir)).stdout,
        ok(run_cli("compare", a, b, data=analysed.data_dir)).stdout,
        ok(run_cli("export", a, "--format", "md", "-o", "-", data=analysed.data_dir)).stdout,
    ]
    for output in outputs:
        assert "Where-it-lives" in output and "Data location" not in output


def test_show_of_an_unknown_id_is_one_clear_error(analysed: Analysed, run_cli: CliRun) -> None:
    result = run_cli("show", "ffffffffffff", data=analysed.data_dir)
    assert result.exit_code != 0
    assert "ffffffffffff" in result.stderr and "clausecheck list" in result.stderr
    assert "Traceback" not in result.output


def pair_that_differs(analysed: Analysed) -> tuple[str, str]:
    for a, b in itertools.combinations(FIXTURE_STEMS, 2):
        stances_a = [f.stance for f in analysed.analyses[a].findings]
        stances_b = [f.stance for f in analysed.analyses[b].findings]
        if stances_a != stances_b:
            return a, b
    raise AssertionError("the fixtures should not all agree")


def test_compare_has_one_row_per_topic_and_marks_differences(analysed: Analysed, run_cli: CliRun) -> None:
    a, b = pair_that_differs(analysed)
    findings = {s: {f.topic: f for f in analysed.analyses[s].findings} for s in (a, b)}
    differs = [findings[a][t].stance != findings[b][t].stance for t in TOPIC_IDS]
    assert any(differs)

    table = ok(run_cli("compare", analysed.id(a), analysed.id(b), data=analysed.data_dir)).stdout
    lines = table.splitlines()
    separator = next(i for i, line in enumerate(lines) if set(line) <= set("-+ ") and "+" in line)
    rows = list(itertools.takewhile(str.strip, lines[separator + 1 :]))
    assert len(rows) == len(TOPIC_IDS)
    for row, topic, differ in zip(rows, TOPIC_IDS, differs, strict=True):
        assert row.startswith("* ") == differ, row
        vocab = load_vocabulary()
        assert vocab.stance_label(topic, findings[a][topic].stance) in row
        assert vocab.stance_label(topic, findings[b][topic].stance) in row

    data = json.loads(
        ok(
            run_cli("compare", analysed.id(a), analysed.id(b), "--format", "json", data=analysed.data_dir)
        ).stdout
    )
    assert [t["topic"] for t in data["topics"]] == list(TOPIC_IDS)
    assert [t["differs"] for t in data["topics"]] == differs
    assert [d["id"] for d in data["documents"]] == [analysed.id(a), analysed.id(b)]


def test_compare_needs_two_documents(analysed: Analysed, run_cli: CliRun) -> None:
    result = run_cli("compare", analysed.id(FIXTURE_STEMS[0]), data=analysed.data_dir)
    assert result.exit_code != 0 and "two" in result.stderr
    assert "Traceback" not in result.output


# --- playbook --------------------------------------------------------------------------------------


def test_show_with_a_playbook_rerates_without_reanalysis(
    analysed: Analysed, run_cli: CliRun, tmp_path: Path
) -> None:
    candidates = [
        stem
        for stem, analysis in analysed.analyses.items()
        for f in analysis.findings
        if f.topic == "deletion" and f.risk == "low" and (f.facts.get("deletion_days") or 0) > 1
    ]
    assert candidates, "a fixture should state a deletion period within the default limit"
    stem = candidates[0]
    doc_id = analysed.id(stem)
    playbook = tmp_path / "custom.yaml"
    playbook.write_text("max_deletion_days: 1\n", encoding="utf-8")

    before = json.loads(ok(run_cli("show", doc_id, "--format", "json", data=analysed.data_dir)).stdout)
    # No model: re-rating must not read the document again.
    strict = json.loads(
        ok(
            run_cli(
                "show",
                doc_id,
                "--format",
                "json",
                "--playbook",
                playbook,
                data=analysed.data_dir,
                model=no_model(tmp_path),
            )
        ).stdout
    )
    risk = {f["topic"]: f["risk"] for f in strict["findings"]}
    assert risk["deletion"] == "medium"
    assert {f["topic"]: f["risk"] for f in before["findings"]}["deletion"] == "low"
    for old, new in zip(before["findings"], strict["findings"], strict=True):
        assert old["stance"] == new["stance"] and old["citations"] == new["citations"]
        if old["topic"] != "deletion":
            assert old["risk"] == new["risk"]
    # The playbook does not stick: the stored analysis is rated with the default again.
    again = json.loads(ok(run_cli("show", doc_id, "--format", "json", data=analysed.data_dir)).stdout)
    assert again == before


# --- delete ----------------------------------------------------------------------------------------


@pytest.mark.needs_model
def test_delete_removes_the_document_its_copy_and_its_vectors(run_cli: CliRun, data_dir: Path) -> None:
    pdf = fixture_pdf(FIXTURE_STEMS[-1])
    doc_id = json.loads(ok(run_cli("analyze", pdf, "--format", "json")).stdout)["document"]["id"]
    stored = data_dir / "files" / f"{doc_id}.pdf"
    assert stored.is_file()
    assert collection_name(doc_id) in VectorIndex(data_dir / "chroma").names()

    result = ok(run_cli("delete", doc_id, "--yes"))
    assert doc_id in result.stdout

    assert json.loads(ok(run_cli("list", "--format", "json")).stdout) == []
    assert not stored.exists()
    assert collection_name(doc_id) not in VectorIndex(data_dir / "chroma").names()
    with sqlite3.connect(data_dir / "clausecheck.db") as db:
        for table in ("documents", "pages", "chunks", "findings"):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert run_cli("show", doc_id).exit_code != 0

    # Nothing left over blocks analysing the same file again.
    again = json.loads(ok(run_cli("analyze", pdf, "--format", "json")).stdout)["document"]["id"]
    assert again != doc_id
    assert VectorIndex(data_dir / "chroma").names() == {collection_name(again)}


def test_delete_of_an_unknown_id_is_an_error(run_cli: CliRun) -> None:
    result = run_cli("delete", "nosuchdocument", "--yes")
    assert result.exit_code != 0 and "nosuchdocument" in result.stderr
    assert "Traceback" not in result.output


# --- eval ------------------------------------------------------------------------------------------


def test_eval_prints_a_per_topic_report(analysed: Analysed, run_cli: CliRun, tmp_path: Path) -> None:
    stem = FIXTURE_STEMS[0]
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({stem: expected(stem)}), encoding="utf-8")

    report = ok(run_cli("eval", labels, PDF_DIR, data=analysed.data_dir)).stdout
    lines = report.splitlines()
    assert "decisions" in lines[0]
    for topic in TOPIC_IDS:
        row = next(line for line in lines if line.split()[:1] == [topic])
        assert row.split()[1] == "1"
    assert any(line.startswith("overall") for line in lines)
    assert "citations verbatim on their page" in report

    data = json.loads(ok(run_cli("eval", labels, PDF_DIR, "--format", "json", data=analysed.data_dir)).stdout)
    assert set(data["topics"]) == set(TOPIC_IDS)
    assert all(t["decisions"] == 1 for t in data["topics"].values())
    assert data["overall"]["decisions"] == len(TOPIC_IDS)
    assert data["citations"]["total"] > 0
    assert data["citations"]["valid"] == data["citations"]["total"], data["citations"]["invalid"]
    # eval reused the stored analysis: still one document per fixture.
    docs = json.loads(ok(run_cli("list", "--format", "json", data=analysed.data_dir)).stdout)
    assert sorted(d["filename"] for d in docs) == sorted(f"{s}.pdf" for s in FIXTURE_STEMS)


# --- progress ------------------------------------------------------------------------------------


def test_progress_goes_to_a_terminal_on_stderr_and_never_into_stdout(analysed: Analysed) -> None:
    """With stderr on a terminal a progress bar shows there; stdout stays pure JSON for `> out.json`."""
    master, slave = pty.openpty()
    env = dict(
        os.environ, CLAUSECHECK_DATA_DIR=str(analysed.data_dir), CLAUSECHECK_MODEL_DIR=str(analysed.model_dir)
    )
    command = [
        sys.executable,
        "-c",
        "from clausecheck.cli import main; main()",
        "analyze",
        str(fixture_pdf(FIXTURE_STEMS[0])),
        str(fixture_pdf(FIXTURE_STEMS[1])),
        "--format",
        "json",
    ]
    terminal: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            terminal.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        proc = subprocess.run(
            command,
            stdout=subprocess.PIPE,
            stderr=slave,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=REPO,
            timeout=300,
            check=False,
        )
    finally:
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert [d["document"]["id"] for d in data] == [
        analysed.id(FIXTURE_STEMS[0]),
        analysed.id(FIXTURE_STEMS[1]),
    ]
    shown = b"".join(terminal).decode("utf-8", "replace")
    assert "Analysing" in shown
    assert "Traceback" not in shown


# --- the console script ----------------------------------------------------------------------------


def test_the_console_script_leaves_its_objects_to_the_exit() -> None:
    # `clausecheck` is cli.run: once the command is done the collector is frozen (atexit handlers
    # run after it), so the interpreter makes no last pass over every object before it ends.
    scripts = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["clausecheck"] == "clausecheck.cli:run"
    code = (
        "import atexit, gc, sys; atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0)); "
        "from clausecheck.cli import run; sys.argv = ['clausecheck', '--version']; run()"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "clausecheck" in result.stdout and "frozen True" in result.stdout
