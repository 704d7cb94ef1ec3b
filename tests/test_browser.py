"""A reviewer's path through the real app in a real browser: Playwright driving Debian's chromium.

The app runs in a thread on 127.0.0.1 and a free port, on a temp data dir, with the real model.
Screenshots of the library, document and compare pages go to /tmp/clausecheck-shots/.
Skipped when /usr/bin/chromium or the playwright package is missing (CI installs both; the
browser is Debian's, never one that `playwright install` downloads).
"""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from browser_kit import launched, needs_chromium, served, shot, tab_in
from conftest import MODEL_DIR, SPEC_DOCUMENT_KEYS, fixture_pdf

from clausecheck.models import TOPIC_IDS
from clausecheck.settings import load_settings
from clausecheck.web import create_app

STEMS = ("nordlicht-eu-dpa", "cloudpilot-us-saas-dpa")
ANALYSIS_TIMEOUT_MS = 240_000

pytestmark = [
    pytest.mark.needs_model,
    needs_chromium,
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app, served on 127.0.0.1 and a free port, in a thread."""
    data_dir = tmp_path_factory.mktemp("browser-data")
    with served(create_app(load_settings(data_dir=data_dir, model_dir=MODEL_DIR))) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as chromium:
        yield chromium


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with tab_in(browser, timeout_ms=20_000) as tab:
        yield tab


def check_download(tab: Any, link: Any, fmt: str, vendors: list[str]) -> None:
    with tab.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.endswith(f".{fmt}")
    body = Path(download.path()).read_bytes()
    if fmt == "csv":
        text = body.decode("utf-8-sig")
        assert all(v in text for v in vendors), text[:500]
    elif fmt == "md":
        text = body.decode("utf-8")
        assert all(v in text for v in vendors)
    elif fmt == "json":
        payload = json.loads(body)
        assert len(payload["documents"]) == len(vendors)
        for document in payload["documents"]:
            assert set(document["document"]) == SPEC_DOCUMENT_KEYS
            assert [f["topic"] for f in document["findings"]] == list(TOPIC_IDS)
    elif fmt == "pdf":
        assert body.startswith(b"%PDF")
    elif fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(io.BytesIO(body)).active
        cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
        assert all(v in cells for v in vendors)
    else:
        raise AssertionError(f"unexpected format {fmt}")


def test_a_reviewer_uploads_two_contracts_reads_a_citation_compares_and_exports(
    server: str, page: Any
) -> None:
    expect = sync_api.expect
    page.goto(server + "/")
    expect(page.locator("#privacy")).to_contain_text("nothing is sent out")

    # Upload two contracts through the file input; each gets a vendor field with the guessed name.
    page.set_input_files("#files", [str(fixture_pdf(stem)) for stem in STEMS])
    vendor_fields = page.locator("#chosen input[type=text]")
    expect(vendor_fields).to_have_count(2)
    expect(vendor_fields.nth(0)).to_have_value("Nordlicht")
    expect(vendor_fields.nth(1)).to_have_value("Cloudpilot")
    vendor_fields.nth(1).fill("CloudPilot Inc.")
    page.get_by_role("button", name="Analyse").click()

    # Progress on the page, then both done; the table refreshes without reloading the page.
    expect(page.locator("#jobs li.job")).to_have_count(2)
    expect(page.locator("#jobs li.job-done")).to_have_count(2, timeout=ANALYSIS_TIMEOUT_MS)
    rows = page.locator("#library table.documents tbody tr")
    expect(rows).to_have_count(2)
    expect(page.locator("#library")).to_contain_text("CloudPilot Inc.")
    expect(page.locator("#library")).to_contain_text("nordlicht-eu-dpa.pdf")
    expect(rows.nth(0).locator(".badge")).to_have_count(6)
    shot(page, "library")

    # The document: six cards; a citation opens its page with the quote's box highlighted.
    page.get_by_role("link", name="Nordlicht", exact=True).click()
    expect(page.locator("article.card")).to_have_count(6)
    expect(page.locator("h1")).to_have_text("Nordlicht")
    shot(page, "document")
    citation = page.locator("a.cite[data-bbox]").first
    section = citation.get_attribute("data-section")
    citation.click()
    viewer = page.locator("#viewer")
    expect(viewer).to_be_visible()
    page.wait_for_function(
        "() => { const i = document.querySelector('#viewer img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    box = page.locator("#viewer rect.highlight")
    expect(box).to_be_visible()
    image = page.locator("#viewer img").bounding_box()
    highlight = box.bounding_box()
    assert highlight["width"] > 20 and highlight["height"] > 5
    assert (
        image["x"] <= highlight["x"]
        and highlight["x"] + highlight["width"] <= image["x"] + image["width"] + 1
    )
    assert image["y"] <= highlight["y"] <= image["y"] + image["height"]
    expect(page.locator("#viewer-where")).to_contain_text("Page")
    if section:
        expect(page.locator("#viewer-where")).to_contain_text(section)
    expect(page.locator("#viewer-quote")).not_to_be_empty()
    shot(page, "citation", full_page=False)
    page.keyboard.press("Escape")
    expect(viewer).to_be_hidden()

    # Each export of the one document.
    for fmt in ("csv", "xlsx", "json", "md", "pdf"):
        link = page.locator(f'.exports a[href$="/export/{fmt}"]')
        check_download(page, link, fmt, ["Nordlicht"])

    # Compare the two: topics as rows, vendors as columns.
    page.goto(server + "/")
    for checkbox in page.locator('#library input[name="ids"]').all():
        checkbox.check()
    page.get_by_role("button", name="Compare selected").click()
    table = page.locator("table.compare")
    expect(table.locator("tbody tr")).to_have_count(6)
    expect(table.locator("thead")).to_contain_text("Nordlicht")
    expect(table.locator("thead")).to_contain_text("CloudPilot Inc.")
    expect(table.locator("tbody tr.differs").first).to_contain_text("Differs")
    expect(table.locator("td.best").first).to_contain_text("Best")
    shot(page, "compare")
    for fmt in ("csv", "xlsx", "json", "md", "pdf"):
        link = page.locator(f'.exports a[href*="/compare/export/{fmt}?"]')
        check_download(page, link, fmt, ["Nordlicht", "CloudPilot Inc."])

    # A quote's page link in the comparison opens the page view with the highlight.
    table.locator("a.cite-small").first.click()
    expect(page.locator(".page-frame rect.highlight")).to_be_visible()
    page.wait_for_function(
        "() => { const i = document.querySelector('.page-frame img'); return i && i.naturalWidth > 0; }"
    )


@pytest.mark.parametrize("answered", ["in order", "newest first"])
def test_two_analyses_ending_close_together_both_stay_in_the_library(
    tmp_path: Path, browser: Any, answered: str
) -> None:
    """Each finished analysis fetches the library again. The first fetch's answer (one document) is
    held until the second analysis has ended and asked too, then both answers arrive in the given
    order: the table must end with both documents, as a user whose two jobs end at once sees it."""
    expect = sync_api.expect
    settings = load_settings(data_dir=tmp_path / "data", model_dir=MODEL_DIR)
    with served(create_app(settings)) as url, tab_in(browser, timeout_ms=20_000) as tab:
        tab.goto(url + "/")
        held: list[tuple[Any, Any]] = []
        # Only the script's fetches of "/" are held; the page was loaded before this.
        tab.route(
            lambda address: urlsplit(address).path == "/", lambda route: held.append((route, route.fetch()))
        )
        for done, stem in enumerate(STEMS, start=1):
            tab.set_input_files("#files", [str(fixture_pdf(stem))])
            tab.get_by_role("button", name="Analyse").click()
            expect(tab.locator("#jobs li.job-done")).to_have_count(done, timeout=ANALYSIS_TIMEOUT_MS)
            for _ in range(100):
                if len(held) == done:
                    break
                tab.wait_for_timeout(100)
            assert len(held) == done, "each finished analysis asks for the library again"
        assert held[0][1].text().count('name="ids"') == 1, "the first answer lists one document"
        order = held if answered == "in order" else held[::-1]
        for route, answer in order:
            route.fulfill(response=answer)
        rows = tab.locator("#library table.documents tbody tr")
        expect(rows).to_have_count(2)
        tab.wait_for_timeout(500)  # a late, older answer would arrive within this
        expect(rows).to_have_count(2)
        tab.unroute_all()


def test_a_dropped_file_that_is_not_a_pdf_gets_its_message_on_the_page(server: str, page: Any) -> None:
    expect = sync_api.expect
    page.goto(server + "/")
    notes = base64.b64encode(b"Meeting notes, not a PDF.\n").decode()
    # Drop a file on the drop zone, as a user dragging it from their file manager would.
    page.evaluate(
        """(data) => {
            const bytes = Uint8Array.from(atob(data), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], "notes.pdf", {type: "application/pdf"}));
            const zone = document.getElementById("dropzone");
            for (const type of ["dragenter", "dragover", "drop"]) {
                const init = {dataTransfer: transfer, bubbles: true, cancelable: true};
                zone.dispatchEvent(new DragEvent(type, init));
            }
        }""",
        notes,
    )
    expect(page.locator("#chosen li")).to_have_count(1)
    expect(page.locator("#chosen")).to_contain_text("notes.pdf")
    page.get_by_role("button", name="Analyse").click()
    row = page.locator("#jobs li.job-error")
    expect(row).to_contain_text("notes.pdf")
    expect(row).to_contain_text("Not analysed")
    expect(row).to_contain_text("not a PDF")


def test_the_library_works_from_the_keyboard_and_in_a_narrow_window(server: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 420, "height": 800})
    tab = context.new_page()
    try:
        tab.goto(server + "/")
        # No sideways scrolling of the whole page in a narrow window.
        assert tab.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
        # Tab reaches the skip link first, then the navigation, and focus is visible.
        tab.keyboard.press("Tab")
        assert tab.evaluate("() => document.activeElement.className") == "skip-link"
        outline = tab.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"
        # The file input is reachable by keyboard and labelled.
        label = tab.evaluate("() => document.querySelector('label[for=files]').textContent")
        assert "Choose PDF files" in label
        for _ in range(12):
            tab.keyboard.press("Tab")
            if tab.evaluate("() => document.activeElement.id") == "files":
                break
        else:
            raise AssertionError("the file input is not in the keyboard order")
        shot(tab, "library-narrow")
    finally:
        context.close()


def test_a_user_switches_to_a_model_in_settings_and_sees_where_text_goes(
    browser: Any, tmp_path: Path, stub: tuple[str, Any]
) -> None:
    """Settings page -> privacy line -> upload read by the (stub) model -> the document says so."""
    expect = sync_api.expect
    base, script = stub
    app = create_app(load_settings(data_dir=tmp_path / "data", model_dir=MODEL_DIR))
    with served(app) as url, tab_in(browser, width=1100, timeout_ms=20_000) as tab:
        tab.goto(f"{url}/settings")
        expect(tab.locator("#privacy")).to_contain_text("nothing is sent out")
        expect(tab.locator("input[name=engine][value=rules]")).to_be_checked()
        tab.get_by_label("Hybrid", exact=False).check()
        tab.select_option("#llm_provider", "openai")
        tab.fill("#llm_base_url", f"{base}/v1")
        tab.fill("#llm_model", "stub-model")
        tab.get_by_role("button", name="Save").click()
        expect(tab.locator(".flash")).to_contain_text("Settings saved")
        expect(tab.locator("#privacy")).to_contain_text("sent to 127.0.0.1")
        shot(tab, "settings")
        tab.goto(url)
        expect(tab.locator("#engine-note")).to_contain_text("hybrid")
        tab.set_input_files("#files", [str(fixture_pdf(STEMS[0]))])
        tab.get_by_role("button", name="Analyse").click()
        expect(tab.locator("#jobs li.job-done")).to_have_count(1, timeout=ANALYSIS_TIMEOUT_MS)
        tab.locator("#jobs li.job-done a").first.click()
        expect(tab.locator(".doc-meta")).to_contain_text("127.0.0.1")
        expect(tab.locator(".doc-meta")).to_contain_text("engine hybrid")
        assert script.requests, "the model was never asked"
