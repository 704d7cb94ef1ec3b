"""Settling findings on the document page: accept the machine's reading or set another stance with
a note; rename the vendor; download the original PDF. Each route calls one core method."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, jsonify, redirect, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from ..models import Finding
from . import core

bp = Blueprint("settle", __name__)


def decide(ref: str, topic: str, action: str, stance: str, note: str) -> Finding | None:
    """accept | set | clear, as the form and the API name them; the finding after, None when cleared."""
    cc = core()
    if action == "clear":
        cc.unreview(ref, topic)
        return None
    if action == "accept":
        return cc.review(ref, topic, None, note)
    if action == "set":
        return cc.review(ref, topic, stance or None, note)
    abort(400, description="Say accept, set or clear.")


@bp.post("/documents/<ref>/review/<topic>")
def review(ref: str, topic: str) -> ResponseReturnValue:
    form = request.form
    decide(ref, topic, form.get("action", ""), form.get("stance", ""), form.get("note", ""))
    flash(gettext("Your decision is saved."))
    return redirect(url_for("documents.show", ref=ref) + f"#{topic}")


@bp.post("/api/documents/<ref>/review/<topic>")
def review_json(ref: str, topic: str) -> ResponseReturnValue:
    """JSON body {"action": "accept"|"set"|"clear", "stance": ..., "note": ...}."""
    body: dict[str, Any] = request.get_json(silent=True) or {}
    finding = decide(ref, topic, str(body.get("action", "")), str(body.get("stance") or ""),
                     str(body.get("note") or ""))  # fmt: skip
    decision = finding.decision.to_json() if finding and finding.decision else None
    return jsonify({"topic": topic, "decision": decision})


@bp.post("/documents/<ref>/rename")
def rename(ref: str) -> ResponseReturnValue:
    meta = core().rename(ref, request.form.get("vendor", ""))
    flash(gettext("The vendor is now called %(name)s.", name=meta["vendor"]))
    return redirect(url_for("documents.show", ref=meta["id"]))


@bp.post("/api/documents/<ref>/rename")
def rename_json(ref: str) -> ResponseReturnValue:
    body: dict[str, Any] = request.get_json(silent=True) or {}
    meta = core().rename(ref, str(body.get("vendor") or ""))
    return jsonify({"id": meta["id"], "vendor": meta["vendor"]})


@bp.get("/documents/<ref>/original")
def original(ref: str) -> ResponseReturnValue:
    """The PDF as uploaded (checked against its sha256), never kept in the browser's cache."""
    cc = core()
    meta = cc.store.document(ref)
    response = send_file(cc.stored_file(meta["id"]), mimetype="application/pdf", as_attachment=True,
                         download_name=meta["filename"], max_age=0)  # fmt: skip
    response.headers["Cache-Control"] = "no-store"
    return response
