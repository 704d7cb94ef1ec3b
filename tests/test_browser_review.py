"""The reviewer's workflow in Debian's chromium (Playwright): jobs that survive a reload, a small file
finishing before a big one queued first, settling findings and seeing them in compare and the XLSX,
the Dutch interface, and six vendors compared at 1366 px without clipping.

Screenshots go to /tmp/clausecheck-shots/ or $CLAUSECHECK_SHOTS (library-mid-job, reviewed-card,
compare-six, compare-nl).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import make_fixtures
import pytest
from browser_kit import SHOTS, launched, needs_chromium, served, shot, tab_in
from conftest import FIXTURES, MODEL_DIR, NO_MODEL_REASON, fixture_pdf
from openpyxl import load_workbook

from clausecheck.export import COLUMNS
from clausecheck.render import load_vocabulary
from clausecheck.settings import load_settings
from clausecheck.web import create_app

SMALL = "vaguecorp-terms"
LONG_WAIT = 240_000

pytestmark = [
    pytest.mark.skipif(MODEL_DIR is None, reason=NO_MODEL_REASON),
    needs_chromium,
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The real app, served on 127.0.0.1 and a free port, in a thread."""
    data_dir = tmp_path_factory.mktemp("review-browser-data")
    with served(
        create_app(load_settings(data_dir=data_dir, model_dir=MODEL_DIR, reviewer="Anna de Vries"))
    ) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as chromium:
        yield chromium


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    with tab_in(browser, timeout_ms=30_000) as tab:
        yield tab


@pytest.fixture(scope="module")
def more_pdfs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two more contracts (other vendors, other bytes), so six vendors can be compared."""
    folder = tmp_path_factory.mktemp("more")
    out = []
    for stem, vendor in (
        ("nordlicht-eu-dpa", "Zuiderzee Hosting"),
        ("cloudpilot-us-saas-dpa", "Atlas Analytics"),
    ):
        source = (FIXTURES / "contracts" / f"{stem}.md").read_text(encoding="utf-8")
        head, _, body = source.partition("\n# ")
        first = next(line for line in head.splitlines() if line.startswith("vendor:"))
        md = folder / f"{vendor.lower().replace(' ', '-')}-dpa.md"
        md.write_text(
            head.replace(first, f"vendor: {vendor}") + "\n# " + body + "\n\nAppendix.", encoding="utf-8"
        )
        out.append(make_fixtures.render(md, folder)[0])
    return out


def job_row(tab: Any, name: str) -> Any:
    return tab.locator("#jobs li.job").filter(has_text=name).first


def test_a_reload_mid_job_keeps_the_job_and_a_small_file_finishes_first(
    server: str, page: Any, long_pdf: Path
) -> None:
    page.goto(server + "/")
    # The big file is queued first, the small one after it, in one go.
    page.set_input_files("#files", [str(long_pdf), str(fixture_pdf(SMALL))])
    page.get_by_role("button", name="Analyse", exact=True).click()
    big, small = job_row(page, long_pdf.name), job_row(page, f"{SMALL}.pdf")
    # The button is free again as soon as the files are uploaded: more can be queued meanwhile.
    expect(page.locator("#analyse-button")).to_be_enabled()
    page.wait_for_function(
        "(name) => [...document.querySelectorAll('#jobs li.job-running')].some("
        "li => li.textContent.includes(name) && li.querySelector('progress').value > 0)",
        arg=long_pdf.name,
        timeout=LONG_WAIT,
    )
    shot(page, "library-mid-job")
    # Reload: the running job is still listed, with its progress and stage in words.
    page.reload()
    expect(big).to_be_visible()
    status = big.locator(".job-status").inner_text()
    assert any(w in status for w in ("Reading the PDF", "Indexing", "Answering", "Saving", "Done")), status
    assert "of" in status or "Done" in status
    # The small file is done while the big one, queued before it, is still at work.
    expect(small).to_have_class("job job-done", timeout=LONG_WAIT)
    assert "job-done" not in (big.get_attribute("class") or "")
    expect(big).to_have_class("job job-done", timeout=LONG_WAIT)
    expect(page.locator("#library table.documents tbody tr")).to_have_count(2)


def test_settle_findings_and_see_them_in_compare_and_the_xlsx(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.set_input_files("#files", [str(fixture_pdf("nordlicht-eu-dpa"))])
    page.get_by_role("button", name="Analyse", exact=True).click()
    expect(job_row(page, "nordlicht-eu-dpa.pdf")).to_have_class("job job-done", timeout=LONG_WAIT)
    job_row(page, "nordlicht-eu-dpa.pdf").get_by_role("link", name="open").click()
    expect(page.locator("article.card")).to_have_count(6)

    # Accept the deletion finding; set another position on AI training, with a note.
    deletion = page.locator("article#deletion")
    deletion.locator("textarea").fill("Checked against the clause on return and deletion.")
    deletion.get_by_role("button", name="Accept the machine’s reading").click()
    expect(page.locator("article#deletion .decision")).to_contain_text("accepted the machine’s reading")
    vocab = load_vocabulary()
    allowed = vocab.stance_label("ai_training", "allowed")
    ai = page.locator("article#ai_training")
    ai.locator("select").select_option("allowed")
    ai.locator("textarea").fill("Annex 3 lets them improve their models.")
    ai.get_by_role("button", name="Save this position").click()
    ai = page.locator("article#ai_training")
    expect(ai.locator(".stance")).to_contain_text(allowed[:1].upper() + allowed[1:])
    expect(ai.locator(".decision")).to_contain_text("Anna de Vries")
    expect(ai.locator(".risk-big")).to_contain_text("High risk")
    ai.scroll_into_view_if_needed()
    ai.screenshot(path=str(SHOTS / "reviewed-card.png"))

    # Compare with the small file from before: the decisions show in the cells.
    page.goto(server + "/")
    for checkbox in page.locator('#library input[name="ids"]').all():
        checkbox.check()
    page.get_by_role("button", name="Compare selected").click()
    table = page.locator("table.compare")
    expect(table.locator("tbody tr")).to_have_count(6)
    expect(table).to_contain_text("Set by Anna de Vries")
    expect(table).to_contain_text("Accepted by Anna de Vries")

    # The spreadsheet of this comparison carries the decisions beside the machine's reading.
    with page.expect_download() as info:
        page.locator('.exports a[href*="/compare/export/xlsx?"]').click()
    rows = list(
        load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))["Clauses"].iter_rows(values_only=True)
    )
    col = {name: i for i, name in enumerate(COLUMNS)}
    decided = {r[col["topic"]]: r for r in rows[1:] if r[col["decision"]]}
    ai_row = decided["AI training and own use"]
    assert (ai_row[col["decision"]], ai_row[col["position"]], ai_row[col["risk"]]) == (
        "changed",
        allowed,
        "HIGH",
    )
    assert ai_row[col["reviewed_by"]] == "Anna de Vries" and "Annex 3" in ai_row[col["review_note"]]
    assert decided["Deletion"][col["decision"]] == "accepted"


def test_switch_to_dutch_and_see_the_library_a_card_and_compare_in_dutch(server: str, page: Any) -> None:
    page.goto(server + "/")
    page.locator(".lang-switch button.lang-nl").click()
    expect(page.locator("html")).to_have_attribute("lang", "nl")
    expect(page.locator("h1")).to_have_text("Bibliotheek")
    expect(page.locator("#docs-title")).to_contain_text("Geanalyseerde documenten")
    nl = load_vocabulary(language="nl")
    page.locator("#library table.documents tbody th a").first.click()
    expect(page.locator("article#deletion h2")).to_have_text(nl.topic_label("deletion"))
    expect(page.locator("article#deletion")).to_contain_text("Uw beslissing")
    page.goto(server + "/")  # remembered: still Dutch
    expect(page.locator("h1")).to_have_text("Bibliotheek")
    for checkbox in page.locator('#library input[name="ids"]').all():
        checkbox.check()
    page.get_by_role("button", name="Selectie vergelijken").click()
    expect(page.locator("h1")).to_have_text("Leveranciers vergelijken")
    expect(page.locator("table.compare thead")).to_contain_text("Onderwerp")
    expect(page.locator("table.compare")).to_contain_text(nl.topic_label("subprocessors"))
    expect(page.locator("table.compare")).to_contain_text("Vastgesteld door Anna de Vries")
    shot(page, "compare-nl")
    # The spreadsheet taken from the Dutch page is in Dutch, the decisions included; quotes verbatim.
    with page.expect_download() as info:
        page.locator('.exports a[href*="/compare/export/xlsx?"]').click()
    book = load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))
    assert book.sheetnames == ["Bepalingen", "Over dit bestand"]
    rows = list(book["Bepalingen"].iter_rows(values_only=True))
    assert rows[0][:4] == ("leverancier", "bestand", "sha256", "onderwerp")
    col = {name: i for i, name in enumerate(COLUMNS)}
    decided = {r[col["topic"]]: r for r in rows[1:] if r[col["decision"]]}
    ai_row = decided[nl.topic_label("ai_training")]
    assert (ai_row[col["decision"]], ai_row[col["position"]], ai_row[col["risk"]]) == (
        "gewijzigd",
        nl.stance_label("ai_training", "allowed"),
        "HOOG",
    )
    assert decided[nl.topic_label("deletion")][col["decision"]] == "geaccepteerd"
    assert "Annex 3 lets them improve their models." in ai_row[col["review_note"]]  # the note as written
    page.locator(".lang-switch button.lang-en").click()
    expect(page.locator("h1")).to_have_text("Compare vendors")


def test_six_vendors_compare_without_clipping_at_1366(server: str, page: Any, more_pdfs: list[Path]) -> None:
    page.goto(server + "/")
    others = [
        fixture_pdf("cloudpilot-us-saas-dpa"),
        fixture_pdf("dijkstra-verwerkersovereenkomst-nl"),
        *more_pdfs,
    ]
    page.set_input_files("#files", [str(p) for p in others])
    fields = page.locator("#chosen input[type=text]")
    expect(fields).to_have_count(4)
    fields.nth(1).fill("Dijkstra Informatiediensten en Archiefbeheer B.V. (Nederland)")
    page.get_by_role("button", name="Analyse", exact=True).click()
    for path in others:
        expect(job_row(page, path.name)).to_have_class("job job-done", timeout=LONG_WAIT)
    page.reload()
    rows = page.locator("#library table.documents tbody tr")
    expect(rows).to_have_count(7)
    # The library table wraps: nothing sideways, every Delete button on screen.
    region = page.locator("#library .table-scroll")
    assert region.evaluate("el => el.scrollWidth <= el.clientWidth + 1")
    for button in page.locator("#library table.documents a.button-danger").all():
        box = button.bounding_box()
        assert box is not None and box["x"] + box["width"] <= 1366
    boxes = page.locator("#library table.documents tbody tr").first.locator(".badge")
    expect(boxes).to_have_count(6)

    names = page.locator('#library input[name="ids"]')
    for i in range(6):
        names.nth(i).check()
    page.get_by_role("button", name="Compare selected").click()
    table = page.locator("table.compare")
    expect(table.locator("thead th")).to_have_count(7)
    scroller = page.locator("section .table-scroll")
    topic = table.locator("tbody th.topic-col").first
    left = topic.bounding_box()
    shot(page, "compare-six")
    # Scrolled to the far right, the sixth vendor is on screen and the topic column has stayed.
    scroller.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
    last = table.locator("thead th").last
    box = last.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 1366 + 1
    after = topic.bounding_box()
    assert left is not None and after is not None and abs(after["x"] - left["x"]) < 1
    shot(page, "compare-six-scrolled", full_page=False)
