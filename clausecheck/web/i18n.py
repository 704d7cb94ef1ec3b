"""English and Dutch: Flask-Babel with gettext catalogs in web/translations.

The language is the one the user chose with the switch in the header (a cookie, remembered for a
year), else the browser's preference, else English. Contract quotes are never translated: only our
own words go through gettext.
"""

from __future__ import annotations

from flask import Blueprint, Flask, has_request_context, redirect, request
from flask.typing import ResponseReturnValue
from flask_babel import Babel, get_locale

LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands"}
COOKIE = "clausecheck_lang"
YEAR = 365 * 24 * 3600

bp = Blueprint("i18n", __name__)


def select_language() -> str:
    chosen = request.cookies.get(COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    return request.accept_languages.best_match(list(LANGUAGES)) or "en"


def language() -> str:
    """The language of this request ("en" or "nl"); English outside a request."""
    if not has_request_context():
        return "en"
    locale = get_locale()
    return str(locale.language) if locale else "en"


@bp.post("/language")
def switch() -> ResponseReturnValue:
    """Remember the chosen language and go back to the page the switch was on (same site only)."""
    chosen = request.form.get("lang", "")
    back = request.form.get("next", "/")
    if not back.startswith("/") or back.startswith("//"):
        back = "/"
    response = redirect(back)
    if chosen in LANGUAGES:
        response.set_cookie(COOKIE, chosen, max_age=YEAR, httponly=True, samesite="Strict")
    return response


def init_app(app: Flask, translations: str) -> None:
    Babel(app, locale_selector=select_language, default_translation_directories=translations)
    app.jinja_env.globals.update(languages=LANGUAGES, language=language)
    app.register_blueprint(bp)
