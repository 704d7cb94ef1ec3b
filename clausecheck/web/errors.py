"""Errors as pages (or JSON under /api/): a plain message, never a stack trace."""

from __future__ import annotations

import logging

from flask import Flask, current_app, jsonify, render_template
from flask.typing import ResponseReturnValue
from flask_babel import gettext, lazy_gettext
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from ..errors import ClausecheckError, IntegrityError, ModelMissingError, NotFoundError, ReviewError

log = logging.getLogger(__name__)

TITLES = {
    400: lazy_gettext("Bad request"),
    403: lazy_gettext("Refused"),
    404: lazy_gettext("Not found"),
    405: lazy_gettext("Not allowed"),
    409: lazy_gettext("The stored file does not match"),
    413: lazy_gettext("Upload too large"),
    500: lazy_gettext("Something went wrong"),
    503: lazy_gettext("The embedding model is missing"),
}


def error_page(status: int, message: str) -> ResponseReturnValue:
    from . import wants_json

    if wants_json():
        return jsonify({"error": message, "status": status}), status
    title = str(TITLES.get(status) or gettext("Error"))
    return render_template("error.html", status=status, title=title, message=message), status


def too_large_message() -> str:
    mb = current_app.config["MAX_FILE_SIZE"] / (1024 * 1024)
    total = (current_app.config.get("MAX_CONTENT_LENGTH") or 0) / (1024 * 1024)
    return gettext(
        "The upload is larger than this server accepts at once (%(total)s MB). "
        "Each PDF may be up to %(mb)s MB; upload fewer files at a time.",
        total=format(total, "g"),
        mb=format(mb, "g"),
    )


def init_app(app: Flask) -> None:
    @app.errorhandler(NotFoundError)
    def _not_found(exc: NotFoundError) -> ResponseReturnValue:
        # The core's message points at `clausecheck list`; a browser user gets the library instead.
        return error_page(
            404,
            gettext(
                "No analysed document matches this address: it may have been deleted. "
                "Open the library to see the documents there are."
            ),
        )

    @app.errorhandler(ReviewError)
    def _bad_decision(exc: ReviewError) -> ResponseReturnValue:
        return error_page(400, str(exc))

    @app.errorhandler(IntegrityError)
    def _integrity(exc: IntegrityError) -> ResponseReturnValue:
        return error_page(409, str(exc))

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(_exc: RequestEntityTooLarge) -> ResponseReturnValue:
        return error_page(413, too_large_message())

    @app.errorhandler(ModelMissingError)
    def _no_model(exc: ModelMissingError) -> ResponseReturnValue:
        return error_page(503, f"Nothing was uploaded: {exc}")

    @app.errorhandler(ClausecheckError)
    def _user_error(exc: ClausecheckError) -> ResponseReturnValue:
        return error_page(500, str(exc))

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> ResponseReturnValue:
        status = exc.code or 500
        if status == 404 and exc.description and "requested URL was not found" in exc.description:
            return error_page(404, gettext("There is no page at this address."))
        return error_page(status, exc.description or str(TITLES.get(status) or gettext("Error")))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> ResponseReturnValue:
        if isinstance(exc, HTTPException):
            return _http(exc)
        log.exception("unhandled error")
        return error_page(
            500, gettext("Something went wrong on the server. The details are in the server log.")
        )
