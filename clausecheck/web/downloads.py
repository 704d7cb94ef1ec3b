"""Export downloads: the core's export() (clausecheck/export.py) in, a file attachment out."""

from __future__ import annotations

import io
import re
import unicodedata

from flask import abort, send_file
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext

from ..models import Analysis
from . import core, state

MEDIA_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "md": "text/markdown",
    "pdf": "application/pdf",
}
LABELS = {"csv": "CSV", "xlsx": "Excel", "json": "JSON", "md": "Markdown", "pdf": lazy_gettext("PDF report")}


def formats() -> tuple[str, ...]:
    """The export formats, or none while export.py is missing (the page then offers no links)."""
    try:
        from ..export import FORMATS
    except ImportError:
        return ()
    return tuple(f for f in FORMATS if f in MEDIA_TYPES)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "document"


def download(analyses: list[Analysis], fmt: str, stem: str) -> ResponseReturnValue:
    if fmt not in formats():
        abort(404, description=f"There is no export format {fmt!r}; use one of {', '.join(formats())}.")
    from ..export import export

    data = export(analyses, fmt, core().provenance(analyses), vocabulary=state().vocabulary)
    response = send_file(
        io.BytesIO(data),
        mimetype=MEDIA_TYPES[fmt],
        as_attachment=True,
        download_name=f"clausecheck-{slug(stem)}.{fmt}",
        max_age=0,
    )
    response.headers["Cache-Control"] = "no-store"
    return response
