"""Background analysis: one worker thread, fed by a queue, that owns its own Clausecheck.

One worker means the embedding model loads once and analyses never compete for the CPU or the
write lock. Job state lives in memory and is polled by the page (GET /api/jobs/<id>), so no
request waits for an analysis. An uploaded file sits in a temporary folder inside the data dir
only until its analysis ends (the core stores its own copy); the folder is removed either way.
"""

from __future__ import annotations

import logging
import queue
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core import STEPS, Clausecheck, Outcome
from ..errors import ClausecheckError
from ..settings import Settings

log = logging.getLogger(__name__)

# What the page shows while a file moves through the core's STEPS (parse, index, extract, store).
STATE_AFTER_STEP = {"parse": "indexing", "index": "extracting", "extract": "storing", "store": "storing"}
STATE_LABELS = {
    "queued": "Waiting for the files before it",
    "parsing": "Reading the PDF",
    "indexing": "Indexing its clauses",
    "extracting": "Answering the six topics",
    "storing": "Saving the result",
    "done": "Done",
    "error": "Could not be analysed",
}
FINISHED = ("done", "error")
KEEP_JOBS = 500  # finished jobs remembered for the page; the oldest are forgotten first


@dataclass
class Job:
    id: str
    filename: str
    vendor: str
    state: str = "queued"
    steps_done: int = 0
    error_state: str = ""  # the InputError's state (not_pdf, password_required, ...) or ours
    reason: str = ""
    doc_id: str | None = None
    reused: bool = False
    reread: bool = False  # analysed before by another engine: its clauses were read again
    warnings: list[str] = field(default_factory=list)
    # The settings when the job was made: a later change on the settings page (another model or
    # host) does not redirect a queued job's text to an endpoint the user did not see named.
    settings: Settings | None = field(default=None, repr=False)
    created: float = field(default_factory=time.time)

    @property
    def engine(self) -> str:
        return self.settings.engine if self.settings else "rules"

    @property
    def finished(self) -> bool:
        return self.state in FINISHED

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "filename": self.filename,
            "vendor": self.vendor,
            "state": self.state,
            "label": STATE_LABELS.get(self.state, self.state),
            "steps_done": self.steps_done,
            "steps": len(STEPS),
            "finished": self.finished,
            "error": {"state": self.error_state, "reason": self.reason} if self.state == "error" else None,
            "document": self.doc_id,
            "reused": self.reused,
            "reread": self.reread,
            "engine": self.engine,
            "warnings": self.warnings,
        }


class Jobs:
    """The queue, the worker and the state of every recent job."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.upload_root = settings.data_dir / "uploads"
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        # (job, uploaded file, password); a "read again" job has no file: its doc_id is set.
        self._queue: queue.Queue[tuple[Job, Path | None, str | None] | None] = queue.Queue()
        self._worker: threading.Thread | None = None

    # --- the request side ----------------------------------------------------------------

    def new(self, filename: str, vendor: str) -> tuple[Job, Path]:
        """A job and the empty temporary folder its upload goes into."""
        job = self._job(filename, vendor)
        folder = self.upload_root / job.id
        folder.mkdir(parents=True, exist_ok=False)
        return job, folder

    def submit(self, job: Job, path: Path, password: str | None = None) -> None:
        self._start()
        self._queue.put((job, path, password or None))

    def reread(self, doc_id: str, filename: str, vendor: str) -> Job:
        """Queue reading a stored document again with the settings' engine (no upload needed)."""
        job = self._job(filename, vendor, doc_id=doc_id)
        self._start()
        self._queue.put((job, None, None))
        return job

    def _job(self, filename: str, vendor: str, **fields: Any) -> Job:
        """A new job, remembered, on the settings of this moment: a change on the settings page
        later does not alter a queued job (its engine, its endpoint)."""
        job = Job(
            id=uuid.uuid4().hex[:16],
            filename=filename,
            vendor=vendor,
            settings=self.settings,
            **fields,
        )
        with self._lock:
            self._jobs[job.id] = job
            self._prune()
        return job

    def fail(self, job: Job, error_state: str, reason: str) -> None:
        """Refuse a job before it reaches the worker (too large, not a PDF); its upload goes."""
        with self._lock:
            job.state, job.error_state, job.reason = "error", error_state, reason
        shutil.rmtree(self.upload_root / job.id, ignore_errors=True)

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def snapshot(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return job.to_json() if job else None

    def wait(self, job_ids: list[str], timeout: float = 300) -> list[dict[str, Any]]:
        """Block until the jobs finish (for tests and the CLI); their final states."""
        deadline = time.monotonic() + timeout
        while True:
            states = [self.snapshot(j) for j in job_ids]
            if all(s is None or s["finished"] for s in states) or time.monotonic() > deadline:
                return [s for s in states if s is not None]
            time.sleep(0.1)

    def shutdown(self, timeout: float = 60) -> None:
        """Finish the queued work, stop the worker and close its Clausecheck."""
        if self._worker is not None:
            self._queue.put(None)
            self._worker.join(timeout)
            self._worker = None

    def _prune(self) -> None:
        finished = [j.id for j in self._jobs.values() if j.finished]
        for job_id in finished[: max(0, len(self._jobs) - KEEP_JOBS)]:
            del self._jobs[job_id]

    def _start(self) -> None:
        with self._lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="clausecheck-analysis", daemon=True)
                self._worker.start()

    # --- the worker side -----------------------------------------------------------------

    def _run(self) -> None:
        cc: Clausecheck | None = None
        try:
            while (item := self._queue.get()) is not None:
                job, path, password = item
                try:
                    settings = job.settings or self.settings
                    if cc is not None and cc.settings is not settings:
                        cc.close()  # the settings page changed the engine or the model
                        cc = None
                    if cc is None:
                        cc = Clausecheck(settings)  # made here: its SQLite connection is this thread's
                    if path is None:
                        self._reread(cc, job)
                    else:
                        self._analyse(cc, job, path, password)
                except ClausecheckError as exc:  # e.g. the model is missing: a message for the user
                    self._set(job, state="error", error_state="failed", reason=str(exc))
                except Exception:
                    log.exception("analysis of %s failed", job.filename)
                    self._set(
                        job,
                        state="error",
                        error_state="internal",
                        reason="an unexpected error stopped the analysis (details are in the server log)",
                    )
                finally:
                    if path is not None:
                        shutil.rmtree(path.parent, ignore_errors=True)
        finally:
            if cc is not None:
                cc.close()

    def _analyse(self, cc: Clausecheck, job: Job, path: Path, password: str | None) -> None:
        self._set(job, state="parsing")

        def step(stage: str) -> None:
            self._set(job, state=STATE_AFTER_STEP.get(stage, job.state), steps_done=job.steps_done + 1)

        # The engine is named, so a file analysed before by another engine is read again by this one.
        outcome: Outcome = cc.analyze(
            [path], vendor=job.vendor or None, password=password, on_step=step, engine=job.engine
        )[0]
        if outcome.error is not None:
            reason = outcome.error.reason
            if outcome.error.state == "password_required":
                # The core's wording names the CLI's --password; here the form has the field.
                reason = (
                    "the password given does not open this PDF"
                    if password
                    else "the PDF is encrypted: upload it again with its password in the Password field"
                )
            self._set(job, state="error", error_state=outcome.error.state, reason=reason)
        elif outcome.analysis is not None:
            self._set(
                job,
                state="done",
                doc_id=str(outcome.analysis.document["id"]),
                reused=outcome.reused,
                reread=outcome.reread,
                warnings=list(outcome.warnings),  # e.g. the model failed and the rules answered
            )

    def _reread(self, cc: Clausecheck, job: Job) -> None:
        assert job.doc_id is not None
        self._set(job, state="parsing")

        def step(stage: str) -> None:
            self._set(job, state=STATE_AFTER_STEP.get(stage, job.state), steps_done=job.steps_done + 1)

        outcome = cc.reread(job.doc_id, job.engine, on_step=step)
        self._set(job, state="done", reread=True, warnings=list(outcome.warnings))

    def _set(self, job: Job, **changes: Any) -> None:
        with self._lock:
            for name, value in changes.items():
                setattr(job, name, value)


def clear_stale_uploads(upload_root: Path, older_than: float = 3600) -> None:
    """Remove uploads a killed server left behind (they are copies of contracts); recent ones may
    belong to another server on the same data folder, so they stay."""
    if not upload_root.is_dir():
        return
    cutoff = time.time() - older_than
    for folder in upload_root.iterdir():
        if folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
