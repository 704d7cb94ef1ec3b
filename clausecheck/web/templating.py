"""What every template may use: the privacy line, the CSRF token and the plain-language words."""

from __future__ import annotations

from flask import Flask

from .. import __version__
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


def init_app(app: Flask) -> None:
    """Jinja globals (not a context processor), so that imported macros see them too."""
    web = app.extensions["clausecheck"]
    app.jinja_env.filters["ucfirst"] = ucfirst
    app.jinja_env.globals.update(
        csrf_token=csrf_token,
        data_dir=str(web.settings.data_dir),
        egress=_egress,  # read per page: the settings page may change it
        version=__version__,
        vocab=web.vocabulary,
        risk_word=risk_word,
        risk_class=risk_class,
        section_label=section_label,
        fact_items=web.vocabulary.fact_items,
        citation_ref=citation_ref,
        shorten=shorten,
        short_topic=lambda topic: SHORT_TOPICS.get(topic) or web.vocabulary.topic_label(topic),
    )
