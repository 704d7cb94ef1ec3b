"""What every template may use: the privacy line, the CSRF token and the plain-language words."""

from __future__ import annotations

from flask import Flask
from flask_babel import gettext, lazy_gettext
from werkzeug.local import LocalProxy

from .. import __version__
from ..model import how_to_get, locate
from ..models import Citation
from ..privacy import Egress
from ..render import RISK_ORDER, Vocabulary, related_note, shorten
from .security import csrf_token

RISK_WORDS = {"low": lazy_gettext("Low risk"), "medium": lazy_gettext("Medium risk"),
              "high": lazy_gettext("High risk")}  # fmt: skip
# Badge captions where six must fit in a table row; the full label is in the badge's title.
SHORT_TOPICS = {
    "data_location": lazy_gettext("Location"),
    "ai_training": lazy_gettext("AI use"),
    "staff_access": lazy_gettext("Staff"),
    "deletion": lazy_gettext("Deletion"),
    "backups": lazy_gettext("Backups"),
    "subprocessors": lazy_gettext("Sub-proc."),
}


def risk_word(risk: str) -> str:
    return str(RISK_WORDS.get(risk) or gettext("Unrated"))


def risk_short(risk: str) -> str:
    """The risk's level alone, for a badge: "Low", "Medium", "High", "Unrated"."""
    words = {"low": gettext("Low"), "medium": gettext("Medium"), "high": gettext("High")}
    return words.get(risk) or gettext("Unrated")


def risk_class(risk: str) -> str:
    return f"risk-{risk}" if risk in RISK_ORDER else "risk-unrated"


def section_label(section: str) -> str:
    """11.2 -> §11.2; "Artikel 5" and "§ 4" stay as written (as in the CLI's output)."""
    section = (section or "").strip()
    return f"§{section}" if section[:1].isdigit() else section


def sent_words(sent_to: str) -> str:
    """Where a document's text went, in this request's language (render.sent_note's words)."""
    if sent_to:
        return gettext("clauses sent to %(host)s", host=sent_to)
    return gettext("analysed on this computer; no text was sent out")


def citation_ref(citation: Citation) -> str:
    parts = [f"p. {citation.page}"]
    if citation.section.strip():
        parts.append(section_label(citation.section))
    return ", ".join(parts)


def ucfirst(text: str) -> str:
    """Capital first letter, the rest untouched (Jinja's capitalize would write "eu/eea")."""
    return text[:1].upper() + text[1:]


def _vocabulary() -> Vocabulary:
    from . import state

    return state().vocabulary


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
        vocab=LocalProxy(_vocabulary),  # this request's language
        risk_word=risk_word,
        risk_class=risk_class,
        section_label=section_label,
        fact_items=lambda facts, sources=None: _vocabulary().fact_items(facts, sources),
        risk_short=risk_short,
        citation_ref=citation_ref,
        related_note=related_note,
        shorten=shorten,
        short_topic=lambda topic: str(SHORT_TOPICS.get(topic) or _vocabulary().topic_label(topic)),
    )
