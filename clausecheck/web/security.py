"""Request checks and response headers: CSRF, Host, Content-Security-Policy.

- Every POST/PUT/PATCH/DELETE needs the session's CSRF token (form field `csrf_token` or header
  `X-CSRF-Token`). Another program may call the JSON API with the header `X-Clausecheck-Client`
  instead: a browser cannot send a custom header to another site without a CORS pre-flight, which
  this app never answers, so a hostile page cannot use it.
- A request whose Origin is another site, or that the browser marks as cross-site, is refused.
- The Host header must name this machine (a page that re-binds its DNS name to 127.0.0.1 gets
  its own name in Host, and is refused).
- Every response carries a CSP that allows only this server's own scripts, styles and images.
"""

from __future__ import annotations

import hmac
import secrets

from flask import Flask, Response, abort, current_app, request, session

TOKEN_KEY = "csrf"
TOKEN_FIELD = "csrf_token"
TOKEN_HEADER = "X-CSRF-Token"
CLIENT_HEADER = "X-Clausecheck-Client"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def csrf_token() -> str:
    token = session.get(TOKEN_KEY)
    if not token:
        token = session[TOKEN_KEY] = secrets.token_urlsafe(32)
    return str(token)


def _host_allowed() -> bool:
    allowed = current_app.config.get("ALLOWED_HOSTS")
    if allowed is None:
        return True
    host = request.host.rsplit(":", 1)[0] if not request.host.endswith("]") else request.host
    return host.strip("[]").lower() in {h.strip("[]").lower() for h in allowed}


def _same_origin() -> bool:
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        return False
    origin = request.headers.get("Origin")
    return origin is None or origin.rstrip("/") == request.host_url.rstrip("/")


def _token_ok() -> bool:
    expected = session.get(TOKEN_KEY)
    if not expected:
        return False
    sent = request.headers.get(TOKEN_HEADER)
    if sent is None and request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        sent = request.form.get(TOKEN_FIELD)
    return bool(sent) and hmac.compare_digest(str(sent), str(expected))


def check_request() -> None:
    if not _host_allowed():
        abort(400, description="This server only answers requests addressed to this computer.")
    if request.method in SAFE_METHODS:
        return
    if not _same_origin():
        abort(403, description="Refused: the request came from another site.")
    if request.path.startswith("/api/") and request.headers.get(CLIENT_HEADER):
        return
    if not _token_ok():
        abort(
            403,
            description="The form has expired or did not come from this app (missing or wrong CSRF "
            "token). Reload the page and try again.",
        )


def add_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    if "Cache-Control" not in response.headers and response.mimetype in ("text/html", "application/json"):
        response.headers["Cache-Control"] = "no-store"  # contract text stays out of shared caches
    return response


def init_app(app: Flask) -> None:
    app.before_request(check_request)
    app.after_request(add_headers)
