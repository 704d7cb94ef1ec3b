"""One document: a card per topic, page images with the quote highlighted, exports."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from ..models import Citation, Finding
from . import core, downloads, state
from .library import ordered
from .templating import sent_words

bp = Blueprint("documents", __name__)


def page_sizes(doc_id: str) -> dict[int, tuple[float, float]]:
    """Page number -> (width, height) in PDF points; they never change for a document id."""
    cache = state().page_sizes
    if doc_id not in cache:
        cache[doc_id] = {p.number: (p.width, p.height) for p in core().store.pages(doc_id)}
    return cache[doc_id]


def find_citation(
    findings: list[Finding], topic: str | None, index: int | None
) -> tuple[Finding, Citation] | None:
    finding = next((f for f in findings if f.topic == topic), None)
    if finding is None or index is None or not 0 <= index < len(finding.citations):
        return None
    return finding, finding.citations[index]


@bp.get("/documents/<ref>")
def show(ref: str) -> ResponseReturnValue:
    cc = core()
    meta = cc.store.document(ref)
    analysis = cc.analysis(meta["id"])
    return render_template(
        "document.html",
        meta=meta,
        analysis=analysis,
        findings=[f for f in ordered(analysis) if f is not None],
        sizes=page_sizes(meta["id"]),
        formats=downloads.formats(),
        labels=downloads.LABELS,
        sent=sent_words(analysis.sent_to),
        # Offer a new reading when the settings' engine or model would read it differently.
        reread_with=state().settings.engine if cc.reading_differs(analysis) else "",
        reviewer=state().settings.reviewer,
    )


@bp.get("/documents/<ref>.json")
def show_json(ref: str) -> ResponseReturnValue:
    return jsonify(core().analysis(ref).to_json())


@bp.get("/documents/<ref>/pages/<int:number>")
def page(ref: str, number: int) -> ResponseReturnValue:
    """A page as an image, with the cited quote's box highlighted when topic= and cite= name one."""
    cc = core()
    meta = cc.store.document(ref)
    sizes = page_sizes(meta["id"])
    if number not in sizes:
        abort(404, description=f"{meta['filename']} has no page {number} (it has {meta['pages']}).")
    cc.stored_file(meta["id"])  # a changed or missing original: a clear message, not a broken image
    found = find_citation(
        cc.analysis(meta["id"]).findings, request.args.get("topic"), request.args.get("cite", type=int)
    )
    if found and found[1].page != number:
        found = None
    return render_template(
        "page.html",
        meta=meta,
        number=number,
        size=sizes[number],
        finding=found[0] if found else None,
        citation=found[1] if found else None,
    )


@bp.get("/documents/<ref>/pages/<int:number>.png")
def page_image(ref: str, number: int) -> ResponseReturnValue:
    cc = core()
    meta = cc.store.document(ref)
    if not 1 <= number <= int(meta["pages"]):
        abort(404, description=f"{meta['filename']} has no page {number}.")
    etag = f"{meta['sha256'][:20]}-{number}-{state().images.target_width}"
    if etag in request.if_none_match:
        return _cached(Response(status=304), etag)
    pdf = cc.stored_file(meta["id"])
    try:
        data = state().images.png(meta["id"], meta["sha256"], pdf, number)
    except IndexError:
        abort(404, description=f"{meta['filename']} has no page {number}.")
    return _cached(Response(data, mimetype="image/png"), etag)


def _cached(response: Response, etag: str) -> Response:
    """An ETag for a revalidation, but never a copy in the browser's cache: a deleted contract's
    pages must not stay readable there."""
    response.set_etag(etag)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/documents/<ref>/export/<fmt>")
def export(ref: str, fmt: str) -> ResponseReturnValue:
    analysis = core().analysis(ref)
    doc: dict[str, Any] = analysis.document
    return downloads.download([analysis], fmt, str(doc.get("vendor") or doc.get("filename") or doc["id"]))


@bp.post("/documents/<ref>/reread")
def reread(ref: str) -> ResponseReturnValue:
    """Read a stored document again with the engine the settings name now; progress on the library."""
    meta = core().store.document(ref)
    job = state().jobs.reread(meta["id"], meta["filename"], meta["vendor"])  # a JobRecord
    return redirect(url_for("library.index", jobs=job.id) + "#uploads")
