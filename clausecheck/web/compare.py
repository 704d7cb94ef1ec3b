"""Compare: topics as rows, vendors as columns; differing rows marked, the best position named."""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, abort, render_template, request
from flask.typing import ResponseReturnValue

from ..models import Analysis
from ..render import (
    column_names,  # the names compare_rows' `best` refers to
    compare_rows,
    compare_table,
)
from . import core, downloads, state
from .templating import sent_words

bp = Blueprint("compare", __name__)
MAX_DOCUMENTS = 50


def requested_ids() -> list[str]:
    """ids=a,b or ids=a&ids=b, in order, without repeats."""
    ids: list[str] = []
    for value in request.args.getlist("ids"):
        for ref in value.split(","):
            ref = ref.strip()
            if ref and ref not in ids:
                ids.append(ref)
    if len(ids) > MAX_DOCUMENTS:
        abort(400, description=f"Compare at most {MAX_DOCUMENTS} documents at once.")
    return ids


def analyses_for(ids: list[str]) -> list[Analysis]:
    cc = core()
    return [cc.analysis(ref) for ref in ids]


def table(analyses: list[Analysis]) -> dict[str, Any]:
    """What the template needs: column names, where each document's text went and, per topic, the
    cells with best/differs flags; whether any cell is unverified or disagrees, so the legend
    explains those tags when they show."""
    names = column_names(analyses)
    rows = []
    for row in compare_rows(analyses, state().vocabulary):
        all_equal = len(analyses) > 1 and len(row.best) == len(analyses)
        cells = [
            {"finding": f, "best": name in row.best and not all_equal, "name": name}
            for name, f in zip(names, row.cells, strict=True)
        ]
        rows.append({"topic": row.topic, "cells": cells, "differs": row.differs, "best": row.best,
                     "all_equal": all_equal})  # fmt: skip
    findings = [f for a in analyses for f in a.findings]
    return {
        "names": names,
        "sent": [sent_words(a.sent_to) for a in analyses],
        "rows": rows,
        "unverified": any(f.unverified for f in findings),
        "disagrees": any(f.disagrees for f in findings),
    }


@bp.get("/compare")
def show() -> ResponseReturnValue:
    ids = requested_ids()
    documents = core().documents()
    analyses = analyses_for(ids) if len(ids) >= 2 else []
    return render_template(
        "compare.html",
        ids=[a.document["id"] for a in analyses] or ids,
        documents=documents,
        analyses=analyses,
        table=table(analyses) if analyses else None,
        formats=downloads.formats(),
        labels=downloads.LABELS,
        too_few=bool(request.args) and len(ids) < 2,
    )


@bp.get("/compare.json")
def show_json() -> ResponseReturnValue:
    ids = requested_ids()
    if len(ids) < 2:
        abort(400, description="Name at least two documents: ids=a,b")
    body = compare_table(analyses_for(ids), fmt="json", vocabulary=state().vocabulary)
    return Response(body, mimetype="application/json")


@bp.get("/compare/export/<fmt>")
def export(fmt: str) -> ResponseReturnValue:
    ids = requested_ids()
    if len(ids) < 2:
        abort(400, description="Name at least two documents to export a comparison.")
    return downloads.download(analyses_for(ids), fmt, "comparison")


def compare_json(ids: list[str]) -> Any:
    return json.loads(compare_table(analyses_for(ids), fmt="json", vocabulary=state().vocabulary))
