"""What every template may use: the privacy line, the CSRF token and the plain-language words."""

from __future__ import annotations

from typing import Any

from flask import Flask

from .. import __version__
from ..model import how_to_get, locate
from ..models import Citation
from ..privacy import Egress
from ..render import RISK_ORDER, shorten
from .security import csrf_token

RISK_WORDS = {"low": "Low risk", "medium": "Medium risk", "high": "High risk"}
# Badge captions where six must fit in a table row; the full label is in the badge's title.
SHORT_TOPICS = {
    "data_location": "Location",
    "ai_training": "AI use",
    "staff_access": "Staff",
    "deletion": "Deletion",
    "backups": "Backups",
    "subprocessors": "Sub-proc.",
}


def risk_word(risk: str) -> str:
    return RISK_WORDS.get(risk, "Unrated")


def risk_class(risk: str) -> str:
    return f"risk-{risk}" if risk in RISK_ORDER else "risk-unrated"


def section_label(section: str) -> str:
    """11.2 -> §11.2; "Artikel 5" and "§ 4" stay as written (as in the CLI's output)."""
    section = (section or "").strip()
    return f"§{section}" if section[:1].isdigit() else section


def fact_items(facts: dict[str, Any]) -> list[tuple[str, str]]:
    """Known facts as (label, value) pairs in words; unknown (null) facts are left out."""
    items = []
    for key, value in (facts or {}).items():
        if value is None:
            continue
        if isinstance(value, bool):
            text = "yes" if value else "no"
        elif isinstance(value, list | tuple):
            text = ", ".join(str(v) for v in value) or "none"
        elif key.endswith("_days"):
            text = f"{value} days"
        else:
            text = str(value)
        label = key.removesuffix("_days").replace("_", " ").capitalize()
        items.append((label, text))
    return items


def citation_ref(citation: Citation) -> str:
    parts = [f"p. {citation.page}"]
    if citation.section.strip():
        parts.append(section_label(citation.section))
    return ", ".join(parts)


def ucfirst(text: str) -> str:
    """Capital first letter, the rest untouched (Jinja's capitalize would write "eu/eea")."""
    return text[:1].upper() + text[1:]


def _egress() -> Egress:
    """What leaves this machine with the app's current settings (the privacy line says it)."""
    from . import state

    return state().egress


def _model_missing() -> str:
    """The commands that get the embedding model, or "" when it is in place (checked per page:
    a model downloaded while the server runs is seen at once)."""
    from . import state

    settings = state().settings
    return "" if locate(settings.model_dir, settings.data_dir) else how_to_get()


def init_app(app: Flask) -> None:
    """Jinja globals (not a context processor), so that imported macros see them too."""
    web = app.extensions["clausecheck"]
    app.jinja_env.filters["ucfirst"] = ucfirst
    app.jinja_env.globals.update(
        csrf_token=csrf_token,
        data_dir=str(web.settings.data_dir),
        egress=_egress,  # read per page: the settings page may change it
        model_missing=_model_missing,
        demo_of=app.config.get("DEMO_OF") or "",  # the user's library, when this is the demo's
        version=__version__,
        vocab=web.vocabulary,
        risk_word=risk_word,
        risk_class=risk_class,
        section_label=section_label,
        fact_items=fact_items,
        citation_ref=citation_ref,
        shorten=shorten,
        short_topic=lambda topic: SHORT_TOPICS.get(topic) or web.vocabulary.topic_label(topic),
    )
