"""Background analyses on Huey, a real task queue: SQLite in the data folder by default, Redis when
CLAUSECHECK_QUEUE_URL names one.

The web process runs Huey's consumer with `workers` threads (two by default), so a small file does
not wait behind a big one; when every worker is busy, smaller files are taken first (Huey's task
priority). Each worker thread owns a Clausecheck (its SQLite connection is the thread's; the model
loads once per thread). The data folder's write lock (lock.py) is a flock per open file, so two
workers of one process still take turns on Chroma and the database, as two processes would.

Job records live in the database (joblog.py), so the library shows every job after a reload or a
restart. A job a restart interrupted is queued again when its upload is still there, or marked
failed with the reason. Passwords are never written anywhere: a job that needs one and outlived
its process is failed with a message saying so. An upload sits in `<data>/uploads/<job>/` only
until its analysis ends (the core stores its own copy).
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from huey import Huey, RedisHuey, SqliteHuey
from huey.consumer import Consumer

from ..core import Clausecheck, Outcome
from ..errors import ClausecheckError, ConfigError
from ..joblog import CANCELLED, DONE, ERROR, QUEUED, RUNNING, JobLog, JobRecord
from ..progress import Progress
from ..settings import Settings
from ..store import Store

log = logging.getLogger(__name__)

# The engine and endpoint a job keeps from the moment it was queued: a later change on the settings
# page does not send a queued job's text to an endpoint the user did not see named.
JOB_SETTINGS = ("engine", "llm_provider", "llm_model", "llm_base_url", "llm_timeout", "llm_max_retries",
                "llm_allow_insecure")  # fmt: skip
WRITE_EVERY = 0.3  # seconds between progress writes of one job (and so between its cancel checks)
POLL_MAX = 0.5  # an idle worker looks at the queue at least this often


class Cancelled(Exception):
    """Raised inside the core by a cancelled job's progress listener: the core cleans up and stops."""


def make_huey(settings: Settings) -> Huey:
    """The queue: SQLite in the data folder, or Redis at `queue_url` (redis://host:port/db)."""
    url = settings.queue_url.strip()
    if not url:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return SqliteHuey("clausecheck", filename=str(settings.data_dir / "queue.db"), results=False)
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey("clausecheck", url=url, results=False)
    raise ConfigError(f"CLAUSECHECK_QUEUE_URL must be empty (SQLite) or a redis:// URL, not {url!r}")


class EmbeddedConsumer(Consumer):  # type: ignore[misc]
    """Huey's consumer inside the web server's process: the server owns the signals (Ctrl+C)."""

    def _set_signal_handlers(self) -> None:
        pass


class Jobs:
    """Queue analyses, run them on Huey's workers, and keep each job's record true."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.upload_root = settings.data_dir / "uploads"
        self.huey = make_huey(settings)
        self._task = self.huey.task(name="clausecheck.analyse")(self._run)
        self.huey.on_shutdown("clausecheck.close")(self._close_worker_core)
        self._passwords: dict[str, str] = {}  # job id -> password, in memory only
        self._local = threading.local()
        self._lock = threading.Lock()
        self._consumer: EmbeddedConsumer | None = None

    # --- the request side ----------------------------------------------------------------

    def new(self) -> tuple[str, Path]:
        """A job id and the empty temporary folder its upload goes into."""
        job_id = uuid.uuid4().hex[:16]
        folder = self.upload_root / job_id
        folder.mkdir(parents=True, exist_ok=False)
        return job_id, folder

    def submit(self, job_id: str, path: Path, vendor: str, password: str | None = None) -> JobRecord:
        """Record and queue the analysis of an uploaded file; smaller files are taken first."""
        size = path.stat().st_size
        record = self._record(job_id, "analyse", path.name, vendor, size=size, needs_password=bool(password))
        if password:
            self._passwords[job_id] = password
        self._enqueue(record)
        return record

    def refuse(self, job_id: str, filename: str, vendor: str, error_state: str, reason: str) -> JobRecord:
        """Record a file refused before it reached the queue (too large, not a PDF); its upload goes."""
        record = self._record(job_id, "analyse", filename, vendor, state=ERROR, error_state=error_state,
                              reason=reason)  # fmt: skip
        shutil.rmtree(self.upload_root / job_id, ignore_errors=True)
        return record

    def reread(self, doc_id: str, filename: str, vendor: str) -> JobRecord:
        """Queue reading a stored document again with the settings' engine (no upload needed)."""
        record = self._record(uuid.uuid4().hex[:16], "reread", filename, vendor, doc_id=doc_id)
        self._enqueue(record)
        return record

    def cancel(self, job_id: str) -> JobRecord | None:
        """Cancel a queued job at once, a running one at its next count; None when there is no such job."""
        store = Store(self.settings.data_dir)
        try:
            record = JobLog(store).request_cancel(job_id)
        finally:
            store.close()
        if record is not None and record.state == CANCELLED:
            self._passwords.pop(job_id, None)
            shutil.rmtree(self.upload_root / job_id, ignore_errors=True)
        return record

    def _record(self, job_id: str, kind: str, filename: str, vendor: str, **fields: Any) -> JobRecord:
        snapshot = {name: getattr(self.settings, name) for name in JOB_SETTINGS}
        record = JobRecord(id=job_id, kind=kind, filename=filename, vendor=vendor,
                           engine=self.settings.engine, settings=snapshot, **fields)  # fmt: skip
        store = Store(self.settings.data_dir)
        try:
            JobLog(store).add(record)
        finally:
            store.close()
        return record

    def _enqueue(self, record: JobRecord) -> None:
        self.start()
        # Huey takes higher priorities first: a 200 KB file goes before a 5 MB one.
        self._task(record.id, priority=-(record.size // 1024))

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the consumer's worker threads (once)."""
        with self._lock:
            if self._consumer is None:
                workers = max(1, int(self.settings.workers))
                self._consumer = EmbeddedConsumer(self.huey, workers=workers, worker_type="thread",
                                                  max_delay=POLL_MAX, periodic=False,
                                                  check_worker_health=False)  # fmt: skip
                self._consumer.start()

    def recover(self) -> None:
        """After a restart: a job another run left running is queued again when its upload is still
        here (and needs no password, which was never stored), else marked failed with the reason;
        a queued job the queue lost is queued again. Jobs of a live process are left alone."""
        queued = {task.args[0] for task in self.huey.pending() if task.args}
        store = Store(self.settings.data_dir)
        try:
            joblog = JobLog(store)
            again = []
            for record in joblog.unfinished():
                if record.state == RUNNING and _alive(record.worker_pid):
                    continue
                upload = self.upload_root / record.id / record.filename
                if record.needs_password or (record.kind == "analyse" and not upload.is_file()):
                    shutil.rmtree(upload.parent, ignore_errors=True)  # a contract's copy, of no use now
                if record.needs_password:
                    joblog.finish(record.id, ERROR, error_state="interrupted",
                                  reason="the server restarted before this encrypted PDF was analysed, "
                                  "and its password is never stored: upload it again")  # fmt: skip
                elif record.kind == "analyse" and not upload.is_file():
                    joblog.finish(record.id, ERROR, error_state="interrupted",
                                  reason="the server stopped during the analysis and the upload is gone: "
                                  "upload the file again")  # fmt: skip
                elif record.state == RUNNING or record.id not in queued:
                    joblog.update(record.id, state=QUEUED, stage="", fraction=0.0, started_at=None,
                                  worker_pid=None)  # fmt: skip
                    again.append(record)
                elif record.state == QUEUED:
                    self.start()  # Huey still holds it
        finally:
            store.close()
        for record in again:
            self._enqueue(record)

    def shutdown(self, timeout: float = 60) -> None:
        """Let the running analyses finish, stop the workers and close their Clausechecks."""
        with self._lock:
            consumer, self._consumer = self._consumer, None
        if consumer is not None:
            consumer.shutdown_timeout = timeout
            consumer.stop(graceful=True)

    def wait(self, job_ids: list[str], timeout: float = 300) -> list[JobRecord]:
        """Block until the jobs finish (for tests and the CLI); their final records."""
        deadline = time.monotonic() + timeout
        store = Store(self.settings.data_dir)
        try:
            joblog = JobLog(store)
            while True:
                records = [r for r in (joblog.get(j) for j in job_ids) if r is not None]
                if all(r.finished for r in records) or time.monotonic() > deadline:
                    return records
                time.sleep(0.1)
        finally:
            store.close()

    # --- the worker side -----------------------------------------------------------------

    def _core(self, record: JobRecord) -> Clausecheck:
        """This worker thread's Clausecheck on the job's settings (made again when they differ)."""
        settings = replace(self.settings, **record.settings) if record.settings else self.settings
        cc: Clausecheck | None = getattr(self._local, "cc", None)
        if cc is not None and cc.settings != settings:
            cc.close()  # the settings page changed the engine or the model
            cc = None
        if cc is None:
            cc = self._local.cc = Clausecheck(settings)
        return cc

    def _close_worker_core(self) -> None:
        cc: Clausecheck | None = getattr(self._local, "cc", None)
        if cc is not None:
            cc.close()
            self._local.cc = None

    def _run(self, job_id: str) -> None:
        """One job, from its record: analyse an upload or read a stored document again."""
        store = Store(self.settings.data_dir)
        joblog = JobLog(store)
        try:
            record = joblog.get(job_id)
            if record is None or not joblog.start(job_id):
                return  # cancelled while it waited, or deleted
            try:
                cc = self._core(record)
                listener = self._listener(joblog, job_id)
                if record.kind == "reread" and record.doc_id:
                    outcome = cc.reread(record.doc_id, record.engine, on_progress=listener)
                    joblog.finish(job_id, DONE, reread=True, warnings=list(outcome.warnings))
                else:
                    path = self.upload_root / job_id / record.filename
                    password = self._passwords.pop(job_id, None)
                    outcome = cc.analyze([path], vendor=record.vendor or None, password=password,
                                         engine=record.engine, on_progress=listener)[0]  # fmt: skip
                    self._finish(joblog, job_id, outcome, password)
            except Cancelled:
                joblog.finish(job_id, CANCELLED, reason="cancelled while it ran; nothing of it was kept")
            except ClausecheckError as exc:  # e.g. the model is missing: a message for the user
                joblog.finish(job_id, ERROR, error_state="failed", reason=str(exc))
            except Exception:
                log.exception("analysis job %s failed", job_id)
                reason = "an unexpected error stopped the analysis (details are in the server log)"
                joblog.finish(job_id, ERROR, error_state="internal", reason=reason)
        finally:
            shutil.rmtree(self.upload_root / job_id, ignore_errors=True)
            store.close()

    @staticmethod
    def _listener(joblog: JobLog, job_id: str) -> Any:
        """Write the job's counts at most every WRITE_EVERY seconds (and at each new stage); raise
        Cancelled into the core when the user cancelled it."""
        written: dict[str, float] = {}  # stage -> when its count was last written

        def listen(progress: Progress) -> None:
            moment = time.monotonic()
            finished_stage = progress.done >= progress.total
            if not finished_stage and moment - written.get(progress.stage, -WRITE_EVERY) < WRITE_EVERY:
                return
            written[progress.stage] = moment
            if joblog.progress(job_id, progress):
                raise Cancelled(job_id)

        return listen

    @staticmethod
    def _finish(joblog: JobLog, job_id: str, outcome: Outcome, password: str | None) -> None:
        if outcome.error is not None:
            reason = outcome.error.reason
            if outcome.error.state == "password_required":
                # The core's wording names the CLI's --password; here the form has the field.
                reason = (
                    "the password given does not open this PDF"
                    if password
                    else "the PDF is encrypted: upload it again with its password in the Password field"
                )
            joblog.finish(job_id, ERROR, error_state=outcome.error.state, reason=reason)
        elif outcome.analysis is not None:
            joblog.finish(job_id, DONE, doc_id=str(outcome.analysis.document["id"]), reused=outcome.reused,
                          reread=outcome.reread, warnings=list(outcome.warnings))  # fmt: skip


def _alive(pid: int | None) -> bool:
    """A job's worker process still runs (another server on this data folder); never this one, whose
    jobs from before a restart in the same process cannot be running."""
    if not pid or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clear_stale_uploads(upload_root: Path, keep: set[str], older_than: float = 3600) -> None:
    """Remove uploads a killed server left behind (they are copies of contracts), except those of
    jobs still queued or running; recent ones may belong to another server, so they stay."""
    if not upload_root.is_dir():
        return
    cutoff = time.time() - older_than
    for folder in upload_root.iterdir():
        if folder.name not in keep and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
