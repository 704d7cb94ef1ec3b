"""The settings page: which engine reads new contracts, and which model endpoint (if any).

What is saved goes to the settings file (settings.py), never the API key: that is read from the
server's environment only and shown here as "set" or "not set". A key the environment sets wins
over the file, so its field is shown read-only with the variable's name.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from ..errors import ConfigError
from ..extract.llm import LLMConfig, LLMError
from ..privacy import egress
from ..settings import API_KEY_ENV, DOCS, ENGINES, PROVIDERS, Settings, convert, write_settings_file
from ..settings import check as check_settings
from . import state, wants_json

bp = Blueprint("configure", __name__)

# The keys this page edits, in the order shown.
EDITABLE = ("reviewer", "engine", "llm_provider", "llm_base_url", "llm_model", "llm_timeout",
            "llm_allow_insecure")  # fmt: skip


def fields(settings: Settings) -> list[dict[str, Any]]:
    """Each editable key with its value, help text and whether the environment fixes it."""
    out = []
    for name in EDITABLE:
        variable, _default, help_text = DOCS[name]
        out.append(
            {
                "name": name,
                "value": getattr(settings, name),
                "help": help_text,
                "variable": variable,
                "from_env": bool(os.environ.get(variable)),
            }
        )
    return out


def _page(settings: Settings, errors: list[str], status: int = 200) -> ResponseReturnValue:
    out = egress(settings)
    shown = fields(settings)
    key_set = bool(os.environ.get(API_KEY_ENV))
    if wants_json():
        body = {
            "settings_file": str(settings.settings_file),
            "settings": {f["name"]: f["value"] for f in shown},
            "fixed_by_environment": [f["variable"] for f in shown if f["from_env"]],
            "api_key_set": key_set,
            "sends": out.sends,
            "sent_to": out.host if out.sends else "",
            "model": out.model,
            "problem": out.problem,
            "privacy": out.line(),
            "errors": errors,
        }
        return jsonify(body), status
    return (
        render_template(
            "settings.html",
            active="settings",
            fields=shown,
            engines=ENGINES,
            providers=PROVIDERS,
            settings_file=settings.settings_file,
            api_key_env=API_KEY_ENV,
            api_key_set=key_set,
            errors=errors,
        ),
        status,
    )


# Decorators register bottom-up and url_for() takes the first rule: the HTML page goes last.
@bp.get("/api/settings")
@bp.get("/settings.json")
@bp.get("/settings")
def show() -> ResponseReturnValue:
    return _page(state().settings, [])


def changes_from(
    submitted: Mapping[str, Any], settings: Settings, is_form: bool
) -> tuple[dict[str, Any], list[str]]:
    """The submitted values the environment does not fix, converted; and what is wrong with them.

    An HTML checkbox is absent when off and "1" when on; a JSON body says true or false.
    """
    changes: dict[str, Any] = {}
    errors: list[str] = []
    for name in EDITABLE:
        if os.environ.get(DOCS[name][0]):
            continue  # shown read-only: the environment wins over the file anyway
        if not is_form and name not in submitted:
            continue  # the API changes only what it names
        raw = submitted.get(name, "")
        if name == "llm_allow_insecure" and is_form:
            raw = bool(raw)
        if name == "llm_timeout" and not str(raw).strip():
            raw = DOCS[name][1]
        try:
            changes[name] = convert(name, raw, DOCS[name][0])
        except ConfigError as exc:
            errors.append(str(exc))
    return changes, errors


def validate(candidate: Settings) -> list[str]:
    """Why these settings cannot be used, in words; [] when they can."""
    try:
        check_settings(candidate)
        config = LLMConfig.from_settings(candidate)
    except (ConfigError, LLMError) as exc:
        return [str(exc)]
    if candidate.engine != "rules" and config is None:
        return [f"engine {candidate.engine} needs a model: choose a provider and name the model"]
    if candidate.llm_timeout <= 0:
        return ["the timeout must be more than 0 seconds"]
    return []


@bp.post("/api/settings")
@bp.post("/settings")
def save() -> ResponseReturnValue:
    web = state()
    if request.is_json:
        body = request.get_json(silent=True)
        submitted: Mapping[str, Any] = body if isinstance(body, dict) else {}
    else:
        submitted = request.form
    changes, errors = changes_from(submitted, web.settings, is_form=not request.is_json)
    candidate = replace(web.settings, **changes) if not errors else web.settings
    errors = errors or validate(candidate)
    if errors:
        # Nothing is saved: the form comes back with the message and what was typed.
        return _page(candidate, errors, 400)
    assert web.settings.settings_file is not None
    try:
        write_settings_file(web.settings.settings_file, changes)
    except (OSError, ConfigError) as exc:
        return _page(candidate, [f"cannot save the settings file: {exc}"], 500)
    web.reload_settings()
    if wants_json():
        return _page(web.settings, [])
    flash(gettext("Settings saved.") + f" {web.egress.line()}")
    return redirect(url_for("configure.show"))
