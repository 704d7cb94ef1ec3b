"""Jobs on Huey with their records in the database: they survive a reload and a restart, report
real counts, can be cancelled, and a small file does not wait behind a big one."""

from __future__ import annotations

import io
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MODEL_DIR, NO_MODEL_REASON, fixture_pdf
from flask import Flask
from flask.testing import FlaskClient
from werkzeug.datastructures import FileStorage, MultiDict

from clausecheck.core import Clausecheck
from clausecheck.joblog import JobLog, JobRecord
from clausecheck.settings import load_settings
from clausecheck.store import Store
from clausecheck.web import create_app

pytestmark = pytest.mark.skipif(MODEL_DIR is None, reason=NO_MODEL_REASON)
SMALL = "nordlicht-eu-dpa"


def make_app(data_dir: Path, **settings: Any) -> Flask:
    return create_app(load_settings(data_dir=data_dir, model_dir=MODEL_DIR, **settings), {"TESTING": True})


@pytest.fixture
def app(data_dir: Path) -> Iterator[Flask]:
    app = make_app(data_dir)
    yield app
    app.extensions["clausecheck"].jobs.shutdown()


def token(client: FlaskClient) -> str:
    match = re.search(r'<meta name="csrf-token" content="([^"]+)"', client.get("/").get_data(as_text=True))
    assert match
    return match.group(1)


def post_files(client: FlaskClient, *paths: Path) -> list[dict[str, Any]]:
    """One request per file, in order, as the page's script sends them."""
    out = []
    for path in paths:
        fields = MultiDict([("files", FileStorage(io.BytesIO(path.read_bytes()), path.name))])
        response = client.post("/api/documents", data=fields, headers={"X-CSRF-Token": token(client)})
        assert response.status_code == 202, response.get_data(as_text=True)
        out += response.get_json()["jobs"]
    return out


def wait(
    client: FlaskClient, job_ids: list[str], until: Any = None, timeout: float = 300
) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while True:
        states = [client.get(f"/api/jobs/{j}").get_json() for j in job_ids]
        if (until or (lambda s: all(x["finished"] for x in s)))(states):
            return states
        assert time.monotonic() < deadline, states
        time.sleep(0.1)


def test_a_job_reports_real_counts_and_is_listed_after_a_restart(data_dir: Path, app: Flask) -> None:
    client = app.test_client()
    (job,) = post_files(client, fixture_pdf(SMALL))
    assert job["state"] == "queued" and job["cancellable"]
    seen: list[dict[str, Any]] = []

    def done(states: list[dict[str, Any]]) -> bool:
        seen.append(states[0])
        return bool(states[0]["finished"])

    (final,) = wait(client, [job["id"]], done)
    assert final["state"] == "done", final
    assert final["fraction"] == 1.0
    pages, pages_total = final["counts"]["pages"]
    assert (
        pages
        == pages_total
        == client.get(f"/api/documents/{final['document']}").get_json()["document"]["pages"]
    )
    assert final["counts"]["topics"] == [6, 6]
    assert final["counts"]["chunks"][0] == final["counts"]["chunks"][1] > 0
    fractions = [s["fraction"] for s in seen]
    assert fractions == sorted(fractions)
    app.extensions["clausecheck"].jobs.shutdown()

    # A new server on the same data folder still lists it, done, on the page and in the API.
    again = make_app(data_dir)
    try:
        other = again.test_client()
        listed = other.get("/api/jobs").get_json()
        assert [j["id"] for j in listed] == [job["id"]]
        assert listed[0]["state"] == "done" and listed[0]["document"] == final["document"]
        page = other.get("/").get_data(as_text=True)
        assert f'data-job="{job["id"]}"' in page and "nordlicht-eu-dpa.pdf" in page
    finally:
        again.extensions["clausecheck"].jobs.shutdown()


def dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_a_job_a_restart_interrupted_is_run_again_or_failed_with_the_reason(data_dir: Path) -> None:
    """Rows as a killed server leaves them: running in a process that is gone, the upload still there
    (run again), or the upload of an encrypted PDF whose password was never stored (failed)."""
    store = Store(data_dir)
    joblog = JobLog(store)
    for job_id, needs_password in (("resumable0000001", False), ("needspassword001", True)):
        folder = data_dir / "uploads" / job_id
        folder.mkdir(parents=True)
        (folder / f"{SMALL}.pdf").write_bytes(fixture_pdf(SMALL).read_bytes())
        joblog.add(
            JobRecord(id=job_id, kind="analyse", filename=f"{SMALL}.pdf", needs_password=needs_password)
        )
        joblog.update(
            job_id,
            state="running",
            stage="parse",
            worker_pid=dead_pid(),
            started_at="2026-01-01T00:00:00+00:00",
        )
    store.close()
    app = make_app(data_dir)
    try:
        client = app.test_client()
        resumed, failed = wait(client, ["resumable0000001", "needspassword001"])
        assert resumed["state"] == "done" and resumed["document"], resumed
        assert failed["state"] == "error"
        assert "password is never stored" in failed["error"]["reason"]
        assert not (data_dir / "uploads" / "needspassword001").exists()
    finally:
        app.extensions["clausecheck"].jobs.shutdown()


def test_a_running_job_can_be_cancelled_and_leaves_nothing(app: Flask, long_pdf: Path) -> None:
    client = app.test_client()
    (job,) = post_files(client, long_pdf)
    wait(client, [job["id"]], lambda s: s[0]["state"] == "running" and s[0]["counts"]["pages"][0] > 0)
    response = client.post(f"/api/jobs/{job['id']}/cancel", headers={"X-CSRF-Token": token(client)})
    assert response.status_code == 200
    (final,) = wait(client, [job["id"]])
    assert final["state"] == "cancelled", final
    assert final["reason"] == "cancelled while it ran; nothing of it was kept"
    dutch = client.get(f"/api/jobs/{job['id']}", headers={"Accept-Language": "nl"}).get_json()
    assert dutch["reason"] == "afgebroken tijdens de analyse; er is niets van bewaard"
    assert final["document"] is None
    assert client.get("/api/documents").get_json() == []
    assert (
        client.post("/api/jobs/nosuchjob/cancel", headers={"X-CSRF-Token": token(client)}).status_code == 404
    )


def test_a_queued_job_is_cancelled_at_once(data_dir: Path, long_pdf: Path) -> None:
    app = make_app(data_dir, workers=1)  # one worker: the second file waits
    try:
        client = app.test_client()
        (big,) = post_files(client, long_pdf)
        # The one worker must hold the big file before the small one arrives: a small file is
        # otherwise taken first (smaller files go first), and it would not be waiting any more.
        wait(client, [big["id"]], until=lambda s: s[0]["state"] == "running")
        (small,) = post_files(client, fixture_pdf(SMALL))
        response = client.post(f"/jobs/{small['id']}/cancel", data={"csrf_token": token(client)})
        assert response.status_code == 302
        cancelled = client.get(f"/api/jobs/{small['id']}").get_json()
        assert cancelled["state"] == "cancelled" and not cancelled["cancellable"]
        client.post(f"/api/jobs/{big['id']}/cancel", headers={"X-CSRF-Token": token(client)})
        final = wait(client, [big["id"], small["id"]])
        assert [j["state"] for j in final] == ["cancelled", "cancelled"]
        assert not any((data_dir / "uploads").iterdir())
    finally:
        app.extensions["clausecheck"].jobs.shutdown()


def test_a_small_file_finishes_before_a_big_one_queued_first(app: Flask, long_pdf: Path) -> None:
    client = app.test_client()
    big, small = post_files(client, long_pdf, fixture_pdf(SMALL))
    final = wait(client, [big["id"], small["id"]])
    assert [j["state"] for j in final] == ["done", "done"], final
    big_done, small_done = (j["finished_at"] for j in final)
    assert small_done < big_done


def test_purge_forgets_the_jobs_that_name_files(app: Flask, data_dir: Path) -> None:
    client = app.test_client()
    fields = MultiDict([("files", FileStorage(io.BytesIO(b"not a pdf at all"), "secret-merger-notes.pdf"))])
    response = client.post("/api/documents", data=fields, headers={"X-CSRF-Token": token(client)})
    (job,) = response.get_json()["jobs"]
    assert job["state"] == "error" and job["error"]["state"] == "not_pdf"
    assert [j["filename"] for j in client.get("/api/jobs").get_json()] == ["secret-merger-notes.pdf"]
    cc = Clausecheck(load_settings(data_dir=data_dir, model_dir=MODEL_DIR))
    try:
        cc.purge()
    finally:
        cc.close()
    assert client.get("/api/jobs").get_json() == []
    assert b"secret-merger-notes" not in (data_dir / "clausecheck.db").read_bytes()


def test_the_queue_database_holds_no_name_or_text_of_a_contract(app: Flask, data_dir: Path) -> None:
    """Huey's queue.db is not erased by purge, so it must never hold what purge erases: a task
    carries the job id alone (the file name, vendor and text stay in clausecheck.db and the index)."""
    client = app.test_client()
    (job,) = post_files(client, fixture_pdf(SMALL))
    (done,) = wait(client, [job["id"]])
    assert done["state"] == "done", done
    analysis = client.get(f"/api/documents/{done['document']}").get_json()
    quotes = [c["quote"] for f in analysis["findings"] for c in f["citations"]]
    queue = b"".join(p.read_bytes() for p in data_dir.glob("queue.db*"))
    assert queue, "the SQLite queue is in the data folder"
    listed = next(d for d in client.get("/api/documents").get_json() if d["id"] == done["document"])
    secrets = [done["filename"], listed["vendor"], analysis["document"]["sha256"], *quotes]
    assert all(secrets) and quotes
    for secret in secrets:
        assert secret.encode()[:40] not in queue, secret
    assert secrets[0].encode() in (data_dir / "clausecheck.db").read_bytes()  # where it does live
