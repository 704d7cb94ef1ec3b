"""The web app: library, document, page images, compare, exports and a JSON API.

`create_app(settings)` builds a Flask app on the same data folder as the CLI. Views hold no
analysis logic: each request gets its own `Clausecheck` (its SQLite connection belongs to one
thread; the index and the model load lazily, so this is cheap) and calls the core's methods.
Analyses run on Huey's workers (jobs.py), each of which owns its own `Clausecheck`.
This package is the only one that imports flask.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, g, request

from ..core import Clausecheck
from ..errors import ConfigError
from ..joblog import JobLog
from ..privacy import Egress, egress
from ..render import Vocabulary, load_vocabulary
from ..resources import bundled
from ..settings import Settings, load_settings
from ..store import Store
from . import i18n
from .jobs import Jobs, clear_stale_uploads
from .pages import PageImages

FILES_PER_REQUEST = 10  # a plain form may send several files at once; each is checked on its own
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def max_upload_mb(settings: Settings) -> int:
    """The largest PDF one may upload, in MB (CLAUSECHECK_MAX_UPLOAD_MB, default 50)."""
    if settings.max_upload_mb <= 0:
        raise ConfigError("CLAUSECHECK_MAX_UPLOAD_MB must be more than 0")
    return settings.max_upload_mb


@dataclass
class WebState:
    """What the app keeps between requests: no analysis data, only settings and helpers."""

    settings: Settings
    vocabularies: dict[str, Vocabulary]  # by language
    jobs: Jobs
    images: PageImages
    page_sizes: dict[str, dict[int, tuple[float, float]]] = field(default_factory=dict)
    # What leaves the machine under these settings: every page says it, so it is worked out once
    # per settings, not once per page.
    egress: Egress = field(init=False)

    def __post_init__(self) -> None:
        self.egress = egress(self.settings)

    @property
    def vocabulary(self) -> Vocabulary:
        """The words of this request's language (English outside a request)."""
        return self.vocabularies.get(i18n.language(), self.vocabularies["en"])

    def reload_settings(self) -> None:
        """Read the settings file again after the settings page changed it.

        What was given when the app was made (folders, playbook) stays; the engine and LLM keys
        come again from the environment, then the file. The worker picks them up for its next job.
        """
        old = self.settings
        self.settings = load_settings(
            data_dir=old.data_dir,
            model_dir=old.model_dir,
            prompts_dir=old.prompts_dir,
            playbook=old.playbook,
            settings_file=old.settings_file,
        )
        self.jobs.settings = self.settings
        self.egress = egress(self.settings)

    def forget(self, doc_id: str) -> None:
        """Drop everything cached about a deleted document."""
        self.page_sizes.pop(doc_id, None)
        self.images.forget(doc_id)


def create_app(settings: Settings | None = None, test_config: dict[str, Any] | None = None) -> Flask:
    """The Flask app on `settings` (default: from the environment, like the CLI).

    `test_config` overrides Flask config keys, e.g. MAX_FILE_SIZE, MAX_CONTENT_LENGTH, ALLOWED_HOSTS.
    """
    settings = settings or load_settings()
    folder = bundled("web")
    app = Flask(
        __name__,
        template_folder=str(folder / "templates"),
        static_folder=str(folder / "static"),
        static_url_path="/static",
    )
    file_limit = max_upload_mb(settings) * 1024 * 1024
    app.config.from_mapping(
        SECRET_KEY=secrets.token_bytes(32),  # sessions only carry the CSRF token; a restart renews it
        MAX_FILE_SIZE=file_limit,
        MAX_CONTENT_LENGTH=file_limit * FILES_PER_REQUEST,
        ALLOWED_HOSTS=list(LOCAL_HOSTS),  # None: any Host header (when bound to all interfaces)
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
    )
    if test_config:
        app.config.from_mapping(test_config)
    app.json.sort_keys = False  # type: ignore[attr-defined]

    state = WebState(
        settings=settings,
        vocabularies={code: load_vocabulary(settings.prompts_dir, code) for code in i18n.LANGUAGES},
        jobs=Jobs(settings),
        images=PageImages(),
    )
    app.extensions["clausecheck"] = state
    store = Store(settings.data_dir)
    try:
        unfinished = {record.id for record in JobLog(store).unfinished()}
    finally:
        store.close()
    clear_stale_uploads(state.jobs.upload_root, keep=unfinished)
    state.jobs.recover()

    @app.teardown_appcontext
    def _close(_exc: BaseException | None) -> None:
        cc = g.pop("cc", None)
        if cc is not None:
            cc.close()

    from . import api, compare, configure, documents, errors, library, security, settle, templating

    i18n.init_app(app, str(folder / "translations"))
    security.init_app(app)
    errors.init_app(app)
    templating.init_app(app)
    for module in (library, documents, settle, compare, configure, api):
        app.register_blueprint(module.bp)
    return app


def core() -> Clausecheck:
    """This request's Clausecheck (made on first use, closed when the request ends)."""
    if "cc" not in g:
        g.cc = Clausecheck(state().settings)
    cc: Clausecheck = g.cc
    return cc


def state() -> WebState:
    from flask import current_app

    web: WebState = current_app.extensions["clausecheck"]
    return web


def wants_json() -> bool:
    return request.path.startswith("/api/") or request.path.endswith(".json")


__all__ = ["core", "create_app", "state"]
