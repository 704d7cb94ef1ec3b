"""A job record as the library page and the API show it: state, stage in words, real counts,
the share done and the time left."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext, ngettext

from ..joblog import CANCELLED, DONE, ERROR, QUEUED, JobRecord


def stage_label(record: JobRecord) -> str:
    """What the job is doing, in words with its real count ("Reading the PDF: 12 of 48 pages")."""
    if record.state == QUEUED:
        return gettext("Waiting for a free worker")
    if record.state == DONE:
        return gettext("Done")
    if record.state == ERROR:
        return gettext("Could not be analysed")
    if record.state == CANCELLED:
        return gettext("Cancelled")
    if record.stage == "parse" and record.pages_total:
        return ngettext("Reading the PDF: %(done)s of %(num)s page",
                        "Reading the PDF: %(done)s of %(num)s pages",
                        record.pages_total, done=record.pages_done)  # fmt: skip
    if record.stage == "embed" and record.chunks_total:
        return ngettext("Indexing its clauses: %(done)s of %(num)s passage",
                        "Indexing its clauses: %(done)s of %(num)s passages",
                        record.chunks_total, done=record.chunks_done)  # fmt: skip
    if record.stage == "index":
        return gettext("Indexing its clauses")
    if record.stage == "extract" and record.topics_total:
        return gettext("Answering the six topics: %(done)s of %(total)s", done=record.topics_done,
                       total=record.topics_total)  # fmt: skip
    if record.stage == "store":
        return gettext("Saving the result")
    return gettext("Starting")


def time_left(seconds: float | None) -> str:
    """ "about 40 s left", "about 3 min left"; "" while there is no basis for an estimate."""
    if seconds is None:
        return ""
    if seconds < 60:
        return gettext("about %(n)s s left", n=max(5, round(seconds / 5) * 5))
    return ngettext("about %(num)s minute left", "about %(num)s minutes left", round(seconds / 60))


def job_json(record: JobRecord) -> dict[str, Any]:
    seconds = record.seconds_left()
    return {
        "id": record.id,
        "kind": record.kind,
        "filename": record.filename,
        "vendor": record.vendor,
        "state": record.state,
        "stage": record.stage,
        "label": stage_label(record),
        "fraction": round(record.fraction, 3),
        "counts": {
            "pages": [record.pages_done, record.pages_total],
            "chunks": [record.chunks_done, record.chunks_total],
            "topics": [record.topics_done, record.topics_total],
        },
        "seconds_left": None if seconds is None else round(seconds, 1),
        "time_left": time_left(seconds),
        "finished": record.finished,
        "cancellable": not record.finished,
        "error": {"state": record.error_state, "reason": record.reason} if record.state == ERROR else None,
        "reason": record.reason,
        "document": record.doc_id,
        "reused": record.reused,
        "reread": record.reread,
        "engine": record.engine,
        "warnings": record.warnings,
        "created_at": record.created_at,
        "started_at": record.started_at,
        "finished_at": record.finished_at,
    }
