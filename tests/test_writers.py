"""Several writers on one data folder, a run killed half-way, a stored file altered on disk."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import MODEL_DIR, REPO, SHARED, fixture_pdf

from clausecheck.core import Clausecheck
from clausecheck.settings import load_settings

TOPICS = 6


def cli_process(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, CLAUSECHECK_DATA_DIR=str(data_dir), CLAUSECHECK_MODEL_DIR=str(MODEL_DIR))
    return subprocess.Popen(
        [sys.executable, "-c", "from clausecheck.cli import run; run()", *args],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def assert_consistent(data_dir: Path) -> list[dict]:
    """Every stored document is whole; nothing is stored that the database does not know."""
    app = Clausecheck(load_settings(data_dir=data_dir))
    try:
        documents = app.documents()
        for meta in documents:
            assert len(app.store.findings(meta["id"])) == TOPICS
            assert app.store.chunks(meta["id"])
            assert len(app.store.pages(meta["id"])) == meta["pages"]
        assert app.check_files() == []
        return documents
    finally:
        app.close()


def test_two_analyses_at_once_are_both_stored_whole(data_dir: Path, model_dir: Path) -> None:
    runs = [
        cli_process(data_dir, "analyze", str(fixture_pdf(stem)), "--format", "json")
        for stem in ("nordlicht-eu-dpa", "cloudpilot-us-saas-dpa")
    ]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    documents = assert_consistent(data_dir)
    assert sorted(d["filename"] for d in documents) == ["cloudpilot-us-saas-dpa.pdf", "nordlicht-eu-dpa.pdf"]
    app = Clausecheck(load_settings(data_dir=data_dir))
    assert app.index.doc_ids() == {d["id"] for d in documents}
    app.close()


def test_same_file_twice_at_once_is_stored_once(data_dir: Path, model_dir: Path) -> None:
    runs = [cli_process(data_dir, "analyze", str(fixture_pdf("vaguecorp-terms"))) for _ in range(2)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
    assert len(assert_consistent(data_dir)) == 1


def test_a_run_killed_half_way_leaves_nothing_half_analysed(data_dir: Path, model_dir: Path) -> None:
    big = SHARED / "corpus" / "dev" / "github-dpa.pdf"
    target = big if big.is_file() else fixture_pdf("cloudpilot-us-saas-dpa")
    # Kill at several moments, from parsing into indexing and storing; each time the folder
    # must hold either nothing of the file or all of it.
    for delay in (0.5, 1.5, 3.0, 4.5):
        run = cli_process(data_dir, "analyze", str(target))
        time.sleep(delay)
        if run.poll() is None:
            os.kill(run.pid, signal.SIGKILL)
        run.communicate(timeout=60)
        documents = assert_consistent(data_dir)
        assert len(documents) <= 1
        if documents:  # it finished before the kill: start again from nothing
            app = Clausecheck(load_settings(data_dir=data_dir))
            app.delete(documents[0]["id"])
            app.close()
    # The next run cleans up what the killed ones left and analyses the file again.
    final = cli_process(data_dir, "analyze", str(target))
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, err
    (document,) = assert_consistent(data_dir)
    app = Clausecheck(load_settings(data_dir=data_dir))
    assert app.index.doc_ids() == {document["id"]}
    assert app.index.stray_segment_dirs() == []
    assert sorted(p.stem for p in app.files_dir.iterdir()) == [document["id"]]
    app.close()


def test_an_altered_stored_copy_is_reported_not_used(data_dir: Path, model_dir: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    analysis = app.analyze([fixture_pdf("vaguecorp-terms")])[0].analysis
    assert analysis is not None
    stored = app.files_dir / f"{analysis.document['id']}.pdf"
    assert stored.read_bytes() == fixture_pdf("vaguecorp-terms").read_bytes()
    assert run_cli("doctor").exit_code == 0
    with open(stored, "ab") as handle:
        handle.write(b"%% tampered\n")
    result = run_cli("doctor")
    assert result.exit_code == 1
    assert "no longer matches its sha256" in result.output
    app.close()


def test_a_pending_marker_survives_a_scan_that_races_its_creation(tmp_path: Path) -> None:
    """A writer's clean-up scan that finds a new marker before its owner locked it must not leave
    the owner with a lock on a file nobody can see (its vectors would be taken for litter)."""
    import fcntl
    import os

    from clausecheck.lock import analyses_in_progress, in_progress

    real_flock = fcntl.flock
    raced = []

    def flock_after_a_scan(fd: int, operation: int) -> None:
        if not raced and operation == fcntl.LOCK_EX:
            raced.append(True)
            assert analyses_in_progress(tmp_path) == set()  # the scan runs in the window
        real_flock(fd, operation)

    fcntl.flock = flock_after_a_scan  # type: ignore[assignment]
    try:
        with in_progress(tmp_path, "doc1"):
            fcntl.flock = real_flock  # type: ignore[assignment]
            assert raced
            assert analyses_in_progress(tmp_path) == {"doc1"}
            assert os.path.exists(tmp_path / "pending" / "doc1.lock")
    finally:
        fcntl.flock = real_flock  # type: ignore[assignment]
    assert analyses_in_progress(tmp_path) == set()


def test_ctrl_c_after_the_commit_keeps_the_document_whole(data_dir: Path, model_dir: Path) -> None:
    """The last progress step comes after the database commit: an interrupt there must not take
    the vectors and the stored copy of a document that is already listed."""
    import pytest

    def interrupt_at_store(stage: str) -> None:
        if stage == "store":
            raise KeyboardInterrupt

    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    try:
        with pytest.raises(KeyboardInterrupt):
            app.analyze([fixture_pdf("nordlicht-eu-dpa")], on_step=interrupt_at_store)
        [meta] = app.documents()
        assert app.stored_file(meta["id"]).is_file()
        assert meta["id"] in app.index.doc_ids()
    finally:
        app.close()
    assert_consistent(data_dir)
