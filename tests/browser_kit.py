"""What the browser tests share: Debian's chromium driven by Playwright (never its own browser
download), the real app served by werkzeug in a thread on a free port, a tab that fails the test on
any console or page error, and screenshots for the session notes."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
# Where the screenshots for the session notes go; CLAUSECHECK_SHOTS names another folder.
SHOTS = Path(os.environ.get("CLAUSECHECK_SHOTS") or "/tmp/clausecheck-shots")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
needs_chromium = pytest.mark.skipif(
    not CHROMIUM.is_file(), reason="Debian's chromium is not installed (/usr/bin/chromium)"
)


@contextmanager
def served(app: Any) -> Iterator[str]:
    """The app on 127.0.0.1 and a free port, in a thread; its base URL."""
    from werkzeug.serving import make_server

    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)
        app.extensions["clausecheck"].jobs.shutdown()


@contextmanager
def launched() -> Iterator[Any]:
    """Headless Debian chromium."""
    from playwright import sync_api

    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


@contextmanager
def tab_in(browser: Any, width: int = 1366, timeout_ms: int = 30_000) -> Iterator[Any]:
    """A fresh tab; a blocked inline script or style (CSP) or a broken script fails the test."""
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(timeout_ms)
    errors: list[str] = []
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        yield tab
    finally:
        context.close()
    assert not errors, errors


def shot(tab: Any, name: str, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)
