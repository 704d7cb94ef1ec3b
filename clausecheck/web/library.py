"""The library: every analysed document with its six risks, uploads with progress, delete."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from ..joblog import JobLog
from ..models import TOPIC_IDS, Analysis, Finding
from . import core, state, uploads
from .jobview import job_json

bp = Blueprint("library", __name__)


def ordered(analysis: Analysis) -> list[Finding | None]:
    """The six findings in the spec's order (None for a topic the analysis lacks)."""
    by_topic = {f.topic: f for f in analysis.findings}
    return [by_topic.get(topic) for topic in TOPIC_IDS]


def library_rows() -> list[dict[str, Any]]:
    cc = core()
    rows = []
    for meta in cc.documents():
        analysis = cc.analysis(meta["id"])
        rows.append({"meta": meta, "findings": ordered(analysis)})
    return rows


@bp.get("/")
def index() -> ResponseReturnValue:
    jobs = [job_json(record) for record in JobLog(core().store).recent()]
    return render_template(
        "library.html",
        rows=library_rows(),
        jobs=jobs,
        pending=any(not j["finished"] for j in jobs),
        topics=TOPIC_IDS,
    )


@bp.post("/upload")
def upload() -> ResponseReturnValue:
    """The plain form (no JavaScript): queue the files, then show their progress on the library."""
    jobs = uploads.accept(
        request.files.getlist("files"), request.form.getlist("vendor"), request.form.get("password")
    )
    if not jobs:
        flash(gettext("Choose one or more PDF files first."), "error")
        return redirect(url_for("library.index"))
    return redirect(url_for("library.index", jobs=",".join(j.id for j in jobs)) + "#uploads")


@bp.post("/jobs/<job_id>/cancel")
def cancel(job_id: str) -> ResponseReturnValue:
    """The plain form's Cancel: a queued job goes at once, a running one stops at its next count."""
    record = state().jobs.cancel(job_id)
    if record is None:
        abort(404, description="No such job.")
    flash(gettext("Cancelling %(name)s.", name=record.filename))
    return redirect(url_for("library.index") + "#uploads")


@bp.post("/jobs/clear")
def clear_finished() -> ResponseReturnValue:
    """Forget the finished jobs in the list (the documents stay)."""
    JobLog(core().store).clear_finished()
    return redirect(url_for("library.index") + "#uploads")


@bp.get("/documents/<ref>/delete")
def confirm_delete(ref: str) -> ResponseReturnValue:
    meta = core().store.document(ref)
    return render_template("confirm_delete.html", meta=meta)


@bp.post("/documents/<ref>/delete")
def delete(ref: str) -> ResponseReturnValue:
    meta = core().delete(ref)
    state().forget(meta["id"])
    name = meta["vendor"] or meta["filename"]
    flash(
        gettext(
            "Deleted %(name)s (%(file)s) and everything derived from it.", name=name, file=meta["filename"]
        )
    )
    return redirect(url_for("library.index"))
