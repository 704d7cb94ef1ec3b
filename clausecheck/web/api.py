"""The JSON API behind the pages, in the spec's shapes, for other tools too.

GET    /api/documents              every analysed document (the spec's document keys + vendor, date, risks)
POST   /api/documents              upload one or more PDFs (multipart field "files"): 202 and job ids
GET    /api/documents/<id>         one analysis, exactly the spec's JSON
DELETE /api/documents/<id>         delete it and everything derived from it
GET    /api/compare?ids=a,b        the comparison (as `clausecheck compare --format json`)
GET    /api/jobs                   every queued and running job and the newest finished ones
GET    /api/jobs/<id>              an analysis job's progress (real counts, share done, time left) and outcome
POST   /api/jobs/<id>/cancel       cancel a queued job at once, a running one at its next count
GET    /api/vendor-guess?filename= the vendor name guessed from a file name
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify, request, url_for
from flask.typing import ResponseReturnValue

from ..core import document_json
from ..joblog import JobLog
from . import compare, core, state, uploads
from .jobview import job_json

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/documents")
def documents() -> ResponseReturnValue:
    cc = core()
    out: list[dict[str, Any]] = []
    for meta in cc.documents():
        analysis = cc.analysis(meta["id"])
        out.append({
            **document_json(meta),
            "created_at": meta["created_at"],
            "risks": {f.topic: f.risk for f in analysis.findings},
            "url": url_for("documents.show", ref=meta["id"]),
        })  # fmt: skip
    return jsonify(out)


@bp.get("/documents/<ref>")
def document(ref: str) -> ResponseReturnValue:
    return jsonify(core().analysis(ref).to_json())


@bp.delete("/documents/<ref>")
def delete(ref: str) -> ResponseReturnValue:
    meta = core().delete(ref)
    state().forget(meta["id"])
    return jsonify({"deleted": document_json(meta)})


@bp.post("/documents")
def upload() -> ResponseReturnValue:
    files = request.files.getlist("files") + request.files.getlist("file")
    jobs = uploads.accept(files, request.form.getlist("vendor"), request.form.get("password"))
    if not jobs:
        abort(400, description="No file received: send PDFs in the multipart field 'files'.")
    return jsonify({"jobs": [job_json(job) for job in jobs]}), 202


@bp.get("/jobs")
def jobs() -> ResponseReturnValue:
    return jsonify([job_json(record) for record in JobLog(core().store).recent()])


@bp.get("/jobs/<job_id>")
def job(job_id: str) -> ResponseReturnValue:
    record = JobLog(core().store).get(job_id)
    if record is None:
        abort(404, description="No such job.")
    snapshot = job_json(record)
    if snapshot["document"]:
        snapshot["url"] = url_for("documents.show", ref=snapshot["document"])
    return jsonify(snapshot)


@bp.post("/jobs/<job_id>/cancel")
def cancel(job_id: str) -> ResponseReturnValue:
    record = state().jobs.cancel(job_id)
    if record is None:
        abort(404, description="No such job.")
    return jsonify(job_json(record))


@bp.get("/compare")
def compare_documents() -> ResponseReturnValue:
    ids = compare.requested_ids()
    if len(ids) < 2:
        abort(400, description="Name at least two documents: /api/compare?ids=a,b")
    return jsonify(compare.compare_json(ids))


@bp.get("/vendor-guess")
def vendor_guess() -> ResponseReturnValue:
    return jsonify({"vendor": uploads.vendor_guess(request.args.get("filename", ""))})
