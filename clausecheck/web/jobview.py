"""A job record as the library page and the API show it: state, stage in words, real counts,
the share done and the time left."""

from __future__ import annotations

from typing import Any

from flask_babel import gettext, lazy_gettext, ngettext

from ..joblog import CANCELLED, DONE, ERROR, QUEUED, JobRecord
from . import i18n

# Why a job did not finish, by its error state. The core and the job runner word the reason in
# English (the CLI's words, which the English page shows as they are, numbers and all); another
# language says this sentence for the state instead, a code that stays put where the core's
# wording may change. Each sentence is true of every reason its state is given for.
REASONS = {
    "not_pdf": lazy_gettext("This file is not a PDF."),
    "password_required": lazy_gettext(
        "The PDF is encrypted and its password was missing or wrong: upload it again with its "
        "password in the Password field."
    ),
    "no_text": lazy_gettext(
        "The PDF has no text to read (it is empty, or its pages are scans without a text layer): "
        "run OCR on it first."
    ),
    "unreadable": lazy_gettext(
        "The PDF is damaged or malformed, or changed while it was read, and cannot be read."
    ),
    "too_complex": lazy_gettext("The PDF has too many pages or is too complex to read safely."),
    "missing": lazy_gettext("The uploaded file was not found."),
    "too_large": lazy_gettext("The file is larger than the upload limit."),
    "interrupted": lazy_gettext(
        "The server stopped before this analysis was done, and it cannot be resumed: upload the file again."
    ),
    "internal": lazy_gettext("An unexpected error stopped the analysis (the details are in the server log)."),
}


def reason_text(record: JobRecord) -> str:
    """Why the job failed or was cancelled, in this request's language (see REASONS)."""
    if not record.reason or i18n.language() == "en":
        return record.reason
    if record.state == CANCELLED:
        return gettext("cancelled while it ran; nothing of it was kept")  # after "Cancelled:"
    if record.error_state == "failed":  # a ClausecheckError's own words, too varied for a sentence
        return gettext("The analysis stopped on an error: %(reason)s", reason=record.reason)
    words = REASONS.get(record.error_state or "")
    return str(words) if words is not None else record.reason


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
    reason = reason_text(record)
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
        "error": {"state": record.error_state, "reason": reason} if record.state == ERROR else None,
        "reason": reason,
        "document": record.doc_id,
        "reused": record.reused,
        "reread": record.reread,
        "engine": record.engine,
        "warnings": record.warnings,
        "created_at": record.created_at,
        "started_at": record.started_at,
        "finished_at": record.finished_at,
    }
