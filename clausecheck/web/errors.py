"""Errors as pages (or JSON under /api/): a plain message, never a stack trace."""

from __future__ import annotations

import logging

from flask import Flask, current_app, jsonify, render_template
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from ..errors import ClausecheckError, IntegrityError, ModelMissingError, NotFoundError

log = logging.getLogger(__name__)

TITLES = {
    400: "Bad request",
    403: "Refused",
    404: "Not found",
    405: "Not allowed",
    409: "The stored file does not match",
    413: "Upload too large",
    500: "Something went wrong",
    503: "The embedding model is missing",
}


def error_page(status: int, message: str) -> ResponseReturnValue:
    from . import wants_json

    if wants_json():
        return jsonify({"error": message, "status": status}), status
    title = TITLES.get(status, "Error")
    return render_template("error.html", status=status, title=title, message=message), status


def too_large_message() -> str:
    mb = current_app.config["MAX_FILE_SIZE"] / (1024 * 1024)
    total = (current_app.config.get("MAX_CONTENT_LENGTH") or 0) / (1024 * 1024)
    return (
        f"The upload is larger than this server accepts at once ({total:g} MB). "
        f"Each PDF may be up to {mb:g} MB; upload fewer files at a time."
    )


def init_app(app: Flask) -> None:
    @app.errorhandler(NotFoundError)
    def _not_found(exc: NotFoundError) -> ResponseReturnValue:
        return error_page(404, f"No analysed document matches that id. {exc}")

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
            return error_page(404, "There is no page at this address.")
        return error_page(status, exc.description or TITLES.get(status, "Error"))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> ResponseReturnValue:
        if isinstance(exc, HTTPException):
            return _http(exc)
        log.exception("unhandled error")
        return error_page(500, "Something went wrong on the server. The details are in the server log.")
