"""The record of each analysis job, in the database beside the documents (migration m003_jobs).

The queue that runs jobs is Huey's (web/jobs.py); these rows say what each job is, where it has got
(real counts: pages parsed, chunks embedded, topics read) and how it ended, so a reload or a server
restart shows the same truth. Any thread may write: each goes through its own Store connection.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .progress import Progress
from .store import Store

QUEUED, RUNNING, DONE, ERROR, CANCELLED = "queued", "running", "done", "error", "cancelled"
FINISHED = (DONE, ERROR, CANCELLED)
COUNTED = {"parse": "pages", "embed": "chunks", "extract": "topics"}  # stage -> what it counts
SHOWN_FINISHED = 30  # finished jobs the library lists (the newest); running ones are always shown


@dataclass
class JobRecord:
    id: str
    kind: str  # analyse | reread
    filename: str
    vendor: str = ""
    size: int = 0
    engine: str = "rules"
    settings: dict[str, Any] = field(default_factory=dict)  # the engine and endpoint of its moment
    needs_password: bool = False
    state: str = QUEUED
    stage: str = ""
    pages_done: int = 0
    pages_total: int = 0
    chunks_done: int = 0
    chunks_total: int = 0
    topics_done: int = 0
    topics_total: int = 0
    fraction: float = 0.0
    error_state: str = ""
    reason: str = ""
    doc_id: str | None = None
    reused: bool = False
    reread: bool = False
    warnings: list[str] = field(default_factory=list)
    cancel: bool = False
    worker_pid: int | None = None
    created_at: str = ""
    started_at: str | None = None
    finished_at: str | None = None

    @property
    def finished(self) -> bool:
        return self.state in FINISHED

    def seconds_left(self, now: datetime | None = None) -> float | None:
        """Time left, from the time taken so far and the share done; None until there is a basis."""
        if self.state != RUNNING or not self.started_at or self.fraction < 0.05:
            return None
        elapsed = ((now or datetime.now(UTC)) - datetime.fromisoformat(self.started_at)).total_seconds()
        return max(0.0, elapsed * (1 - self.fraction) / self.fraction)


_COLUMNS = tuple(JobRecord.__dataclass_fields__)
_JSON = {"settings", "warnings"}
_BOOL = {"needs_password", "reused", "reread", "cancel"}


def _value(name: str, value: Any) -> Any:
    """A field as its column holds it: lists and mappings as JSON, flags as 0/1."""
    return json.dumps(value) if name in _JSON else int(value) if name in _BOOL else value


def _row(record: JobRecord) -> dict[str, Any]:
    return {name: _value(name, getattr(record, name)) for name in _COLUMNS}


def _record(row: Any) -> JobRecord:
    values = dict(row)
    for name in _JSON:
        values[name] = json.loads(values[name])
    for name in _BOOL:
        values[name] = bool(values[name])
    return JobRecord(**values)


class JobLog:
    """Job rows through one Store's connection (so use one JobLog per thread)."""

    def __init__(self, store: Store) -> None:
        self.conn = store.conn

    def add(self, record: JobRecord) -> JobRecord:
        record.created_at = record.created_at or now()
        row = _row(record)
        marks = ", ".join("?" for _ in row)
        self.conn.execute(f"INSERT INTO jobs ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))
        return record

    def get(self, job_id: str) -> JobRecord | None:
        row = self.conn.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _record(row) if row else None

    def update(self, job_id: str, **changes: Any) -> None:
        unknown = set(changes) - set(_COLUMNS)
        if unknown:
            raise ValueError(f"no such job field: {', '.join(sorted(unknown))}")
        row = {name: _value(name, value) for name, value in changes.items()}
        sets = ", ".join(f"{k} = ?" for k in row)
        self.conn.execute(f"UPDATE jobs SET {sets} WHERE id = ?", (*row.values(), job_id))

    def start(self, job_id: str) -> bool:
        """Mark a queued job running in this process; False when it was cancelled (or is gone)."""
        cursor = self.conn.execute(
            "UPDATE jobs SET state = ?, started_at = ?, worker_pid = ? WHERE id = ? AND state = ?",
            (RUNNING, now(), os.getpid(), job_id, QUEUED),
        )
        return cursor.rowcount == 1

    def progress(self, job_id: str, progress: Progress) -> bool:
        """Record where a running job has got; True when the user asked to cancel it."""
        counted = COUNTED.get(progress.stage)
        changes: dict[str, Any] = {"stage": progress.stage, "fraction": round(progress.fraction, 4)}
        if counted:
            changes[f"{counted}_done"], changes[f"{counted}_total"] = progress.done, progress.total
        self.update(job_id, **changes)
        row = self.conn.execute("SELECT cancel FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return row is None or bool(row["cancel"])

    def finish(self, job_id: str, state: str, **changes: Any) -> None:
        if state == DONE:
            changes.setdefault("fraction", 1.0)
        self.update(job_id, state=state, finished_at=now(), **changes)

    def request_cancel(self, job_id: str) -> JobRecord | None:
        """Cancel a queued job at once; ask a running one to stop at its next count. None: no such job."""
        with_state = self.get(job_id)
        if with_state is None or with_state.finished:
            return with_state
        self.conn.execute(
            "UPDATE jobs SET state = ?, finished_at = ?, reason = ? WHERE id = ? AND state = ?",
            (CANCELLED, now(), "cancelled before it started", job_id, QUEUED),
        )
        self.conn.execute("UPDATE jobs SET cancel = 1 WHERE id = ? AND state = ?", (job_id, RUNNING))
        return self.get(job_id)

    def recent(self, finished: int = SHOWN_FINISHED) -> list[JobRecord]:
        """Every unfinished job and the newest finished ones, newest first."""
        rows = self.conn.execute(
            "SELECT * FROM jobs WHERE state NOT IN (?, ?, ?) UNION ALL "
            "SELECT * FROM (SELECT * FROM jobs WHERE state IN (?, ?, ?) ORDER BY created_at DESC LIMIT ?) "
            "ORDER BY created_at DESC",
            (*FINISHED, *FINISHED, finished),
        )
        return [_record(r) for r in rows]

    def unfinished(self) -> list[JobRecord]:
        rows = self.conn.execute(
            "SELECT * FROM jobs WHERE state IN (?, ?) ORDER BY created_at", (QUEUED, RUNNING)
        )
        return [_record(r) for r in rows]

    def clear_finished(self) -> int:
        return self.conn.execute("DELETE FROM jobs WHERE state IN (?, ?, ?)", FINISHED).rowcount


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
