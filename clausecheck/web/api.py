"""The JSON API behind the pages, in the spec's shapes, for other tools too.

GET    /api/documents              every analysed document (the spec's document keys + vendor, date, risks)
POST   /api/documents              upload one or more PDFs (multipart field "files"): 202 and job ids
GET    /api/documents/<id>         one analysis, exactly the spec's JSON
DELETE /api/documents/<id>         delete it and everything derived from it
GET    /api/compare?ids=a,b        the comparison (as `clausecheck compare --format json`)
GET    /api/jobs/<id>              an analysis job's progress and outcome
GET    /api/vendor-guess?filename= the vendor name guessed from a file name
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify, request, url_for
from flask.typing import ResponseReturnValue

from ..core import document_json
from . import compare, core, state, uploads

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
    return jsonify({"jobs": [job.to_json() for job in jobs]}), 202


@bp.get("/jobs/<job_id>")
def job(job_id: str) -> ResponseReturnValue:
    snapshot = state().jobs.snapshot(job_id)
    if snapshot is None:
        abort(404, description="No such job (jobs are kept in memory until the server restarts).")
    if snapshot["document"]:
        snapshot["url"] = url_for("documents.show", ref=snapshot["document"])
    return jsonify(snapshot)


@bp.get("/compare")
def compare_documents() -> ResponseReturnValue:
    ids = compare.requested_ids()
    if len(ids) < 2:
        abort(400, description="Name at least two documents: /api/compare?ids=a,b")
    return jsonify(compare.compare_json(ids))


@bp.get("/vendor-guess")
def vendor_guess() -> ResponseReturnValue:
    return jsonify({"vendor": uploads.vendor_guess(request.args.get("filename", ""))})
