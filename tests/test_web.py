"""The web app through Flask's test client: a real Clausecheck on a temp data dir, the real model.

Two fixture contracts are uploaded once for the module (through the JSON API, as the page's script
does) and analysed by the app's background worker; the tests then read them back through every
page, image, export and API route, and push bad input at it.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from conftest import (
    MODEL_DIR,
    ROBUSTNESS,
    SPEC_CITATION_KEYS,
    SPEC_DOCUMENT_KEYS,
    SPEC_FINDING_KEYS,
    fixture_pdf,
)
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import escape
from werkzeug.datastructures import FileStorage, MultiDict

from clausecheck.core import Clausecheck
from clausecheck.models import TOPIC_IDS
from clausecheck.render import load_vocabulary
from clausecheck.settings import load_settings
from clausecheck.web import create_app

pytestmark = pytest.mark.needs_model

FILE_LIMIT = 1024 * 1024  # 1 MB per file here, so "too large" is cheap to build
REQUEST_LIMIT = 4 * FILE_LIMIT
FIRST, SECOND = "nordlicht-eu-dpa", "cloudpilot-us-saas-dpa"
EXPORT_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
    "md": "text/markdown",
    "pdf": "application/pdf",
}


@dataclass
class Web:
    app: Flask
    client: FlaskClient
    data_dir: Path
    ids: dict[str, str]  # fixture stem -> document id
    vendors: dict[str, str]

    @property
    def token(self) -> str:
        return csrf_token(self.client)


def csrf_token(client: FlaskClient) -> str:
    page = client.get("/").get_data(as_text=True)
    match = re.search(r'<meta name="csrf-token" content="([^"]+)"', page)
    assert match, "the page carries no CSRF token"
    return match.group(1)


def multipart(fields: dict[str, Any]) -> dict[str, Any]:
    """A multipart body built in memory: Werkzeug's test client spools big bodies to a temporary file
    that it leaves open when the app refuses the body early (413), a ResourceWarning under -W error."""
    from werkzeug.test import encode_multipart

    boundary, body = encode_multipart(fields)
    return {"data": body, "content_type": f"multipart/form-data; boundary={boundary}"}


def wait_for_jobs(client: FlaskClient, job_ids: list[str], timeout: float = 300) -> list[dict[str, Any]]:
    """Poll GET /api/jobs/<id> as the page does, until every job has finished."""
    deadline = time.monotonic() + timeout
    while True:
        states = [client.get(f"/api/jobs/{job_id}").get_json() for job_id in job_ids]
        if all(s["finished"] for s in states):
            return states
        assert time.monotonic() < deadline, f"jobs did not finish: {states}"
        time.sleep(0.2)


def upload(client: FlaskClient, files: list[tuple[str, bytes]], **form: str) -> list[dict[str, Any]]:
    """POST /api/documents with the session's CSRF token; the jobs' final states."""
    fields = MultiDict(
        [*(("files", FileStorage(io.BytesIO(body), name)) for name, body in files), *form.items()]
    )
    response = client.post(
        "/api/documents", **multipart(fields), headers={"X-CSRF-Token": csrf_token(client)}
    )
    assert response.status_code == 202, response.get_data(as_text=True)
    return wait_for_jobs(client, [job["id"] for job in response.get_json()["jobs"]])


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Web]:
    data_dir = tmp_path_factory.mktemp("web-data")
    settings = load_settings(data_dir=data_dir, model_dir=MODEL_DIR)
    app = create_app(
        settings,
        {"TESTING": True, "MAX_FILE_SIZE": FILE_LIMIT, "MAX_CONTENT_LENGTH": REQUEST_LIMIT},
    )
    client = app.test_client()
    jobs = upload(client, [(f"{stem}.pdf", fixture_pdf(stem).read_bytes()) for stem in (FIRST, SECOND)])
    assert [j["state"] for j in jobs] == ["done", "done"], jobs
    ids = {Path(j["filename"]).stem: j["document"] for j in jobs}
    vendors = {d["filename"][:-4]: d["vendor"] for d in client.get("/api/documents").get_json()}
    yield Web(app, client, data_dir, ids, vendors)
    app.extensions["clausecheck"].jobs.shutdown()


@pytest.fixture(scope="module")
def bad_batch(web: Web, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One upload through the plain HTML form: bad files of every kind and one good contract."""
    good = fixture_pdf("vaguecorp-terms")
    source = fixture_pdf(FIRST).read_bytes()
    files: dict[str, tuple[bytes, str]] = {
        "meeting-notes.pdf": (b"These are meeting notes, not a PDF at all.\n" * 20, r"not a PDF"),
        "huge-scan.pdf": (b"%PDF-1.7\n" + b"0" * (FILE_LIMIT + 10), r"larger than the 1 MB upload limit"),
        "truncated.pdf": (source[: int(len(source) * 0.4)], r"damaged|malformed|cannot be read"),
        good.name: (good.read_bytes(), ""),
    }
    if ROBUSTNESS.is_dir():
        files["pdfplumber__password-example.pdf"] = (
            (ROBUSTNESS / "pdfplumber__password-example.pdf").read_bytes(),
            r"encrypted.*password",
        )
        files["pypdf__imagemagick-CCITTFaxDecode.pdf"] = (
            (ROBUSTNESS / "pypdf__imagemagick-CCITTFaxDecode.pdf").read_bytes(),
            r"no text layer|scanned",
        )
    fields = MultiDict(
        [
            ("csrf_token", web.token),
            *(("files", FileStorage(io.BytesIO(body), name)) for name, (body, _) in files.items()),
        ]
    )
    response = web.client.post("/upload", **multipart(fields))
    assert response.status_code == 302, response.get_data(as_text=True)
    location = response.headers["Location"]
    job_ids = re.search(r"jobs=([\w,%]+)", location).group(1).replace("%2C", ",").split(",")  # type: ignore[union-attr]
    states = wait_for_jobs(web.client, job_ids)
    page = web.client.get(location).get_data(as_text=True)
    return {"files": files, "states": {s["filename"]: s for s in states}, "page": page, "good": good.name}


# --- pages ------------------------------------------------------------------------------------


def test_library_lists_the_uploaded_documents_with_six_risk_words(web: Web) -> None:
    response = web.client.get("/")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for stem in (FIRST, SECOND):
        assert f"{stem}.pdf" in page
        assert web.vendors[stem] in page
        assert f'href="/documents/{web.ids[stem]}"' in page
    rows = re.findall(r'<tr>\s*<td><input type="checkbox" name="ids".*?</tr>', page, re.S)
    assert len(rows) >= 2
    for row in rows:
        badges = re.findall(r'class="badge risk-(low|medium|high|unrated)"', row)
        assert len(badges) == 6
        # risk as a word, never colour only
        words = re.findall(r'<span class="badge-risk">.*?</span>(Low|Medium|High|Unrated)<', row, re.S)
        assert len(words) == 6, row
    assert 'type="file"' in page and "multiple" in page and 'id="dropzone"' in page
    assert '<label class="button" for="files">' in page


def test_every_page_says_where_the_data_lives_and_that_nothing_is_sent(web: Web) -> None:
    doc = web.ids[FIRST]
    for url in ("/", f"/documents/{doc}", "/compare", f"/documents/{doc}/pages/1", "/no-such-page"):
        page = web.client.get(url).get_data(as_text=True)
        assert str(web.data_dir) in page, url
        assert "nothing is sent out" in page, url


def test_document_page_has_a_card_per_topic_with_stance_risk_summary_and_citations(web: Web) -> None:
    doc = web.ids[FIRST]
    analysis = web.client.get(f"/api/documents/{doc}").get_json()
    response = web.client.get(f"/documents/{doc}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    vocab = load_vocabulary()
    cards = re.findall(r'<article class="card [^"]*" id="(\w+)"', page)
    assert cards == list(TOPIC_IDS)
    for finding in analysis["findings"]:
        topic = finding["topic"]
        card = page[page.index(f'id="{topic}"') :]
        card = card[: card.index("</article>")]
        assert vocab.topic_label(topic) in card
        stance = vocab.stance_label(topic, finding["stance"])
        assert escape(stance[:1].upper() + stance[1:]) in card
        assert {"low": "Low risk", "medium": "Medium risk", "high": "High risk"}[finding["risk"]] in card
        if finding["summary"]:
            assert escape(finding["summary"]) in card
        for i, citation in enumerate(finding["citations"]):
            assert f"/documents/{doc}/pages/{citation['page']}?topic={topic}&amp;cite={i}" in card
            assert f'data-image="/documents/{doc}/pages/{citation["page"]}.png"' in card
            if citation["bbox"]:
                assert 'data-bbox="' in card and 'data-width="' in card
    # The facts in words, e.g. the deletion period, each naming the quote that says it.
    deletion = next(f for f in analysis["findings"] if f["topic"] == "deletion")
    if deletion["facts"].get("deletion_days"):
        assert re.search(rf"<dd>{deletion['facts']['deletion_days']} days \[quote [1-4]\]</dd>", page)


def test_a_citation_opens_its_page_with_the_quote_highlighted_and_its_section(web: Web) -> None:
    doc = web.ids[FIRST]
    analysis = web.client.get(f"/api/documents/{doc}").get_json()
    finding = next(f for f in analysis["findings"] if any(c["bbox"] for c in f["citations"]))
    index, citation = next((i, c) for i, c in enumerate(finding["citations"]) if c["bbox"])
    url = f"/documents/{doc}/pages/{citation['page']}?topic={finding['topic']}&cite={index}"
    page = web.client.get(url).get_data(as_text=True)
    assert f'<img src="/documents/{doc}/pages/{citation["page"]}.png"' in page
    rect = re.search(
        r'<rect class="highlight" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', page
    )
    assert rect, "no highlight box"
    x, y, w, h = map(float, rect.groups())
    x0, top, x1, bottom = citation["bbox"]
    assert x <= x0 and y <= top and x + w >= x1 and y + h >= bottom
    assert re.search(r'viewBox="0 0 [\d.]+ [\d.]+"', page)
    if citation["section"]:
        assert citation["section"] in page
    assert escape(" ".join(citation["quote"].split())[:60]) in " ".join(page.split())


def test_the_page_image_is_a_png_sent_no_store_with_an_etag(web: Web) -> None:
    doc = web.ids[FIRST]
    response = web.client.get(f"/documents/{doc}/pages/2.png")
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    assert response.headers["Cache-Control"] == "no-store"  # a deleted contract's pages stay nowhere
    assert response.data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(response.data[16:20], "big")
    assert 800 <= width <= 1400  # fits a laptop screen
    etag = response.headers["ETag"]
    again = web.client.get(f"/documents/{doc}/pages/2.png", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert web.client.get(f"/documents/{doc}/pages/99.png").status_code == 404
    assert web.client.get(f"/documents/{doc}/pages/0").status_code == 404


def test_compare_page_shows_topics_as_rows_vendors_as_columns_with_differences_and_best(web: Web) -> None:
    a, b = web.ids[FIRST], web.ids[SECOND]
    response = web.client.get(f"/compare?ids={a},{b}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    table = page[page.index('<table class="compare">') :]
    header = table[: table.index("</thead>")]
    assert header.index(web.vendors[FIRST]) < header.index(web.vendors[SECOND])
    rows = re.findall(r"<tr class=\"(differs)?\">(.*?)</tr>", table, re.S)
    assert len(rows) == 6
    expected = web.client.get(f"/api/compare?ids={a},{b}").get_json()
    for (differs, row), topic in zip(rows, expected["topics"], strict=True):
        assert bool(differs) == topic["differs"]
        assert ("Differs" in row) == topic["differs"]
        assert len(re.findall(r"<td", row)) == 2
        if len(topic["best"]) == 1:
            assert f"Best: {topic['best'][0]}" in row and "★ Best" in row
        assert re.search(
            rf'href="/documents/({a}|{b})/pages/\d+\?topic={topic["topic"]}&amp;cite=0"', row
        ) or ("No clause found" in row)
    assert any(t["differs"] for t in expected["topics"])  # an EU-only and a US vendor differ somewhere
    # Picking fewer than two documents says so instead of failing.
    assert "Pick at least two documents" in web.client.get(f"/compare?ids={a}").get_data(as_text=True)


def test_compare_picker_lists_every_document(web: Web) -> None:
    page = web.client.get("/compare").get_data(as_text=True)
    for doc in web.ids.values():
        assert f'name="ids" value="{doc}"' in page


# --- exports ------------------------------------------------------------------------------------


def check_export(web: Web, response: Any, fmt: str, stems: tuple[str, ...]) -> None:
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    assert response.mimetype == EXPORT_TYPES[fmt]
    assert "attachment" in response.headers["Content-Disposition"]
    assert (
        response.headers["Content-Disposition"].endswith(f'.{fmt}"')
        or f".{fmt}" in response.headers["Content-Disposition"]
    )
    body: bytes = response.data
    vendors = [web.vendors[s] for s in stems]
    if fmt == "csv":
        text = body.decode("utf-8-sig")
        for vendor in vendors:
            assert vendor in text
        assert "sha256" in text.splitlines()[0]
    elif fmt == "json":
        payload = json.loads(body)
        assert [d["document"]["id"] for d in payload["documents"]] == [web.ids[s] for s in stems]
        for document in payload["documents"]:
            assert set(document) == {"document", "engine", "findings"}
            assert set(document["document"]) == SPEC_DOCUMENT_KEYS
            assert [f["topic"] for f in document["findings"]] == list(TOPIC_IDS)
            for finding in document["findings"]:
                # (beyond the spec, only where there is one: the related clause, with its words)
                assert set(finding) - {"related"} == SPEC_FINDING_KEYS
                for citation in finding["citations"]:
                    assert set(citation) == SPEC_CITATION_KEYS
                for citation in finding.get("related", []):
                    assert set(citation) == SPEC_CITATION_KEYS | {"why"} and citation["why"]
        assert payload["provenance"]["tool"] == "clausecheck"
    elif fmt == "md":
        text = body.decode("utf-8")
        for vendor in vendors:
            assert vendor in text
    elif fmt == "pdf":
        assert body.startswith(b"%PDF")
    elif fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(io.BytesIO(body)).active
        cells = {str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}
        for vendor in vendors:
            assert vendor in cells


@pytest.mark.parametrize("fmt", list(EXPORT_TYPES))
def test_one_document_exports_in_each_format(web: Web, fmt: str) -> None:
    page = web.client.get(f"/documents/{web.ids[FIRST]}").get_data(as_text=True)
    assert f'href="/documents/{web.ids[FIRST]}/export/{fmt}"' in page
    check_export(web, web.client.get(f"/documents/{web.ids[FIRST]}/export/{fmt}"), fmt, (FIRST,))


@pytest.mark.parametrize("fmt", list(EXPORT_TYPES))
def test_a_comparison_exports_in_each_format(web: Web, fmt: str) -> None:
    ids = f"{web.ids[FIRST]},{web.ids[SECOND]}"
    page = web.client.get(f"/compare?ids={ids}").get_data(as_text=True)
    assert f'href="/compare/export/{fmt}?ids={ids}"' in page
    check_export(web, web.client.get(f"/compare/export/{fmt}?ids={ids}"), fmt, (FIRST, SECOND))


def test_an_unknown_export_format_is_a_404(web: Web) -> None:
    response = web.client.get(f"/documents/{web.ids[FIRST]}/export/docx")
    assert response.status_code == 404
    assert "no export format" in response.get_data(as_text=True)


# --- the JSON API -------------------------------------------------------------------------------


def test_api_has_the_spec_shapes(web: Web) -> None:
    listing = web.client.get("/api/documents").get_json()
    assert {d["id"] for d in listing} >= set(web.ids.values())
    for document in listing:
        assert set(document) >= SPEC_DOCUMENT_KEYS
        assert set(document["risks"]) == set(TOPIC_IDS)
    one = web.client.get(f"/api/documents/{web.ids[FIRST]}").get_json()
    assert set(one) == {"document", "engine", "findings"}
    assert set(one["document"]) == SPEC_DOCUMENT_KEYS
    assert [f["topic"] for f in one["findings"]] == list(TOPIC_IDS)
    assert one == web.client.get(f"/documents/{web.ids[FIRST]}.json").get_json()  # the page's JSON twin
    compare = web.client.get(f"/api/compare?ids={web.ids[FIRST]},{web.ids[SECOND]}").get_json()
    assert [d["id"] for d in compare["documents"]] == [web.ids[FIRST], web.ids[SECOND]]
    assert [t["topic"] for t in compare["topics"]] == list(TOPIC_IDS)
    assert web.client.get(f"/api/compare?ids={web.ids[FIRST]}").status_code == 400
    assert web.client.get("/api/jobs/nope").status_code == 404
    assert web.client.get("/api/vendor-guess?filename=acme-cloud-dpa.pdf").get_json() == {
        "vendor": "Acme Cloud"
    }


# --- bad input ----------------------------------------------------------------------------------


def test_each_bad_upload_gets_its_own_message_and_the_good_file_goes_through(
    bad_batch: dict[str, Any],
) -> None:
    states, page = bad_batch["states"], bad_batch["page"]
    assert set(states) == set(bad_batch["files"])
    for name, (_, reason) in bad_batch["files"].items():
        state = states[name]
        row = re.search(rf'<li class="job job-\w+" data-job="{state["id"]}">(.*?)</li>', page, re.S)
        assert row, f"no row for {name}"
        if name == bad_batch["good"]:
            assert state["state"] == "done", state
            assert "Done" in row.group(1) and f'href="/documents/{state["document"]}"' in row.group(1)
        else:
            assert state["state"] == "error", state
            assert re.search(reason, state["error"]["reason"], re.I), state
            assert name in row.group(1) and "Not analysed:" in row.group(1)
            assert re.search(reason, row.group(1).replace("&#39;", "'"), re.I), row.group(1)
    assert "Traceback" not in page


# Each bad file's reason on a Dutch page: said from the job's state code, not the core's English.
DUTCH_REASONS = {
    "meeting-notes.pdf": "Dit bestand is geen pdf.",
    "huge-scan.pdf": "Het bestand is groter dan de uploadlimiet.",
    "truncated.pdf": "De pdf is beschadigd of onjuist opgebouwd",
    "pdfplumber__password-example.pdf": "De pdf is versleuteld en het wachtwoord ontbrak of klopte niet",
    "pypdf__imagemagick-CCITTFaxDecode.pdf": "De pdf heeft geen tekst om te lezen",
}


def test_each_bad_uploads_reason_is_said_in_dutch_on_a_dutch_page(
    web: Web, bad_batch: dict[str, Any]
) -> None:
    dutch = {"Accept-Language": "nl-NL,nl;q=0.9"}
    page = web.client.get("/", headers=dutch).get_data(as_text=True)
    for name, state in bad_batch["states"].items():
        if name == bad_batch["good"]:
            continue
        job = web.client.get(f"/api/jobs/{state['id']}", headers=dutch).get_json()
        assert job["error"]["state"] == state["error"]["state"]
        assert job["error"]["reason"].startswith(DUTCH_REASONS[name]), job
        assert job["reason"] == job["error"]["reason"]
        row = re.search(rf'<li class="job job-\w+" data-job="{state["id"]}">(.*?)</li>', page, re.S)
        assert row and "Niet geanalyseerd:" in row.group(1), name
        assert escape(job["error"]["reason"]) in row.group(1)
        assert state["error"]["reason"] not in row.group(1).replace("&#39;", "'")  # not the core's English
    # English keeps the core's own, more precise words (the number of MB included).
    english = web.client.get(f"/api/jobs/{bad_batch['states']['huge-scan.pdf']['id']}").get_json()
    assert "larger than the 1 MB upload limit" in english["error"]["reason"]


def test_failed_uploads_leave_nothing_behind(web: Web, bad_batch: dict[str, Any]) -> None:
    stored = {d["filename"] for d in web.client.get("/api/documents").get_json()}
    for name in bad_batch["files"]:
        assert (name in stored) == (name == bad_batch["good"])
    uploads = web.data_dir / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir())


def test_a_not_addressed_topic_shows_what_was_searched(web: Web, bad_batch: dict[str, Any]) -> None:
    doc = bad_batch["states"][bad_batch["good"]]["document"]
    analysis = web.client.get(f"/api/documents/{doc}").get_json()
    silent = [f["topic"] for f in analysis["findings"] if f["stance"] == "not_addressed"]
    assert silent, "the vague fixture should leave a topic unaddressed"
    page = web.client.get(f"/documents/{doc}").get_data(as_text=True)
    for topic in silent:
        card = page[page.index(f'id="{topic}"') :]
        card = card[: card.index("</article>")]
        assert "What was searched" in card
        assert '<ul class="queries"><li>' in card
        assert '<blockquote class="candidate">' in card
        assert re.search(rf'href="/documents/{doc}/pages/\d+"', card)


def test_an_upload_over_the_request_limit_gets_a_clear_413(web: Web) -> None:
    big = b"%PDF-1.7\n" + b"0" * (REQUEST_LIMIT + 10)
    token = web.token
    fields = MultiDict([("files", FileStorage(io.BytesIO(big), "enormous.pdf"))])
    api = web.client.post("/api/documents", **multipart(fields), headers={"X-CSRF-Token": token})
    assert api.status_code == 413
    assert "larger than this server accepts" in api.get_json()["error"]
    fields = MultiDict([("csrf_token", token), ("files", FileStorage(io.BytesIO(big), "enormous.pdf"))])
    form = web.client.post("/upload", **multipart(fields))
    assert form.status_code == 413
    text = form.get_data(as_text=True)
    assert "Upload too large" in text and "1 MB" in text and "Traceback" not in text


def test_an_upload_without_files_says_so(web: Web) -> None:
    response = web.client.post("/upload", data={"csrf_token": web.token}, follow_redirects=True)
    assert "Choose one or more PDF files first" in response.get_data(as_text=True)
    api = web.client.post("/api/documents", data={}, headers={"X-CSRF-Token": web.token})
    assert api.status_code == 400 and "No file received" in api.get_json()["error"]


@pytest.mark.parametrize(
    "url",
    [
        "/documents/000000000000",
        "/documents/nope/pages/1",
        "/documents/nope/pages/1.png",
        "/documents/nope/export/csv",
        "/documents/nope/delete",
        "/compare?ids=nope,nada",
        "/compare/export/csv?ids=nope,nada",
        "/no/such/page",
    ],
)
def test_unknown_ids_give_a_404_page(web: Web, url: str) -> None:
    response = web.client.get(url)
    assert response.status_code == 404
    text = response.get_data(as_text=True)
    assert "Not found" in text and "Traceback" not in text
    assert response.mimetype == "text/html"


def test_unknown_ids_in_the_api_give_a_json_404(web: Web) -> None:
    for response in (
        web.client.get("/api/documents/nope"),
        web.client.get("/api/compare?ids=nope,nada"),
        web.client.delete("/api/documents/nope", headers={"X-CSRF-Token": web.token}),
    ):
        assert response.status_code == 404
        assert "error" in response.get_json()


DIJKSTRA = "dijkstra-verwerkersovereenkomst-nl"


def upload_dijkstra(web: Web, **form: str) -> str:
    jobs = upload(web.client, [(f"{DIJKSTRA}.pdf", fixture_pdf(DIJKSTRA).read_bytes())], **form)
    assert jobs[0]["state"] == "done", jobs
    return str(jobs[0]["document"])


def test_names_are_escaped_and_the_api_deletes_a_document(web: Web) -> None:
    """A vendor name typed by the user shows as text, never as HTML; then the API deletes it."""
    doc = upload_dijkstra(web, vendor="<script>alert('clausecheck-xss')</script>")
    for url in ("/", f"/documents/{doc}", f"/compare?ids={doc},{web.ids[FIRST]}", f"/documents/{doc}/delete"):
        page = web.client.get(url).get_data(as_text=True)
        assert "<script>alert" not in page, url
        assert "&lt;script&gt;alert(&#39;clausecheck-xss&#39;)&lt;/script&gt;" in page, url

    response = web.client.delete(f"/api/documents/{doc}", headers={"X-CSRF-Token": web.token})
    assert response.status_code == 200 and response.get_json()["deleted"]["id"] == doc
    assert web.client.get(f"/api/documents/{doc}").status_code == 404
    assert not (web.data_dir / "files" / f"{doc}.pdf").exists()


@pytest.mark.needs_shared
def test_a_contract_containing_script_tags_is_shown_as_text(web: Web) -> None:
    pdf = ROBUSTNESS / "gen__xss-and-injection-text.pdf"
    jobs = upload(web.client, [(pdf.name, pdf.read_bytes())])
    assert jobs[0]["state"] == "done", jobs
    doc = jobs[0]["document"]
    page = web.client.get(f"/documents/{doc}").get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in page or "&lt;img src=x" in page  # the text is there, escaped
    csp = web.client.get(f"/documents/{doc}").headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "default-src 'self'" in csp


def test_an_unexpected_error_is_a_plain_500_page(web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    from clausecheck.web import library

    def broken() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    monkeypatch.setattr(library, "library_rows", broken)
    response = web.client.get("/")
    assert response.status_code == 500
    text = response.get_data(as_text=True)
    assert "Something went wrong on the server" in text
    assert "secret internals" not in text and "Traceback" not in text


# --- cross-site requests ------------------------------------------------------------------------


def test_state_changing_requests_need_the_csrf_token(web: Web) -> None:
    doc = web.ids[FIRST]
    pdf = fixture_pdf(SECOND).read_bytes()
    refused = [
        web.client.post("/upload", data={"files": [(io.BytesIO(pdf), "x.pdf")]}),
        web.client.post("/upload", data={"files": [(io.BytesIO(pdf), "x.pdf")], "csrf_token": "wrong"}),
        web.client.post(f"/documents/{doc}/delete"),
        web.client.post(f"/documents/{doc}/delete", data={"csrf_token": "wrong"}),
        web.client.delete(f"/api/documents/{doc}"),
        web.client.post("/api/documents", data={"files": [(io.BytesIO(pdf), "x.pdf")]}),
        # The right token from a page of another site is still refused.
        web.client.post(
            f"/documents/{doc}/delete",
            data={"csrf_token": web.token},
            headers={"Origin": "https://evil.example"},
        ),
        web.client.delete(
            f"/api/documents/{doc}",
            headers={"X-Clausecheck-Client": "x", "Origin": "https://evil.example"},
        ),
    ]
    for response in refused:
        assert response.status_code == 403
        assert "Traceback" not in response.get_data(as_text=True)
    assert "CSRF" in refused[0].get_data(as_text=True)
    # Nothing was deleted or queued.
    assert web.client.get(f"/api/documents/{doc}").status_code == 200
    # A program may use the API with its own header instead of a browser session.
    api = web.client.post("/api/documents", data={}, headers={"X-Clausecheck-Client": "script"})
    assert api.status_code == 400  # past the CSRF check: it only lacks a file


def test_requests_for_another_host_name_are_refused(web: Web) -> None:
    """A page that re-binds its DNS name to 127.0.0.1 cannot read the library."""
    response = web.client.get("/api/documents", headers={"Host": "evil.example"})
    assert response.status_code == 400


def test_responses_carry_a_self_only_content_security_policy(web: Web) -> None:
    response = web.client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "http" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    page = response.get_data(as_text=True)
    assert not re.search(r'(src|href)="(https?:)?//', page), "no external asset"
    assert " style=" not in page and "<style" not in page and "onclick" not in page


# --- delete -------------------------------------------------------------------------------------


def test_a_changed_stored_copy_is_reported_and_delete_removes_everything(web: Web) -> None:
    doc = upload_dijkstra(web)
    stored = web.data_dir / "files" / f"{doc}.pdf"
    assert stored.is_file()
    # Someone edits the stored original: the page image says so clearly instead of showing it.
    stored.write_bytes(stored.read_bytes() + b"\n% changed\n")
    response = web.client.get(f"/documents/{doc}/pages/1")
    assert response.status_code == 409
    assert "no longer matches its sha256" in response.get_data(as_text=True)
    assert web.client.get(f"/documents/{doc}/pages/1.png").status_code == 409

    confirm = web.client.get(f"/documents/{doc}/delete").get_data(as_text=True)
    assert "cannot be undone" in confirm and f'action="/documents/{doc}/delete"' in confirm
    response = web.client.post(
        f"/documents/{doc}/delete", data={"csrf_token": web.token}, follow_redirects=True
    )
    assert response.status_code == 200
    assert "Deleted" in response.get_data(as_text=True)
    assert web.client.get(f"/documents/{doc}").status_code == 404
    assert doc not in {d["id"] for d in web.client.get("/api/documents").get_json()}
    assert not stored.exists()


# --- how an answer came about --------------------------------------------------------------------

HOST = "llm.example.com"
MODEL = f"openai:stub-model at {HOST}"
REASON = f"the model {MODEL} answered with HTTP 500"
UNVERIFIED = "the model's answer could not be checked against the document"
MARKERS = ("UNVERIFIED", "DISAGREES", "Rules engine reads", "Answered by the rules engine", "badge-flag")


def another_stance(topic: str, stance: str) -> str:
    return next(s for s in load_vocabulary().topics[topic].stances if s not in (stance, "not_addressed"))


@pytest.fixture(scope="module")
def model_read(web: Web) -> str:
    """A copy of the first contract (other bytes, so another document) whose stored findings are
    rewritten as a hybrid run with a model leaves them, through the store's public API: data
    location unverified and read otherwise by the rules engine, AI training answered by the rules
    engine after the model failed, deletion read otherwise, sub-processors read alike."""
    body = fixture_pdf(FIRST).read_bytes() + b"\n% a copy read by a model\n"
    [job] = upload(web.client, [("reviewco-dpa.pdf", body)], vendor="ReviewCo")
    assert job["state"] == "done", job
    doc = str(job["document"])
    cc = Clausecheck(web.app.extensions["clausecheck"].settings)
    try:
        findings = {f.topic: f for f in cc.store.findings(doc)}
        hybrid = {"engine": "hybrid", "model": MODEL, "verified": True}
        location = findings["data_location"]
        unchecked = {"verified": False, "rules_stance": location.stance, "disagreement": True}
        location.searched |= {**hybrid, **unchecked}
        location.stance = another_stance("data_location", location.stance)
        location.citations = []
        findings["ai_training"].searched |= {"llm_error": REASON, "model": MODEL}
        deletion = findings["deletion"]
        rules_reading = another_stance("deletion", deletion.stance)
        deletion.searched |= {**hybrid, "rules_stance": rules_reading, "disagreement": True}
        subprocessors = findings["subprocessors"]
        subprocessors.searched |= {**hybrid, "rules_stance": subprocessors.stance, "disagreement": False}
        cc.store.replace_findings(doc, list(findings.values()), "hybrid", MODEL, HOST)
    finally:
        cc.close()
    return doc


def card(page: str, topic: str) -> str:
    start = page.index(f'id="{topic}"')
    return page[start : page.index("</article>", start)]


def doc_meta(page: str) -> str:
    start = page.index('<p class="doc-meta">')
    return " ".join(page[start : page.index("</p>", start)].split())


def test_a_document_page_shows_how_each_answer_came_about_and_where_the_text_went(
    web: Web, model_read: str
) -> None:
    page = web.client.get(f"/documents/{model_read}").get_data(as_text=True)
    meta = doc_meta(page)
    assert f"engine hybrid, model {MODEL}" in meta and f"Clauses sent to {HOST}" in meta
    vocab = load_vocabulary()
    stored = {f["topic"]: f for f in web.client.get(f"/api/documents/{model_read}").get_json()["findings"]}

    location = card(page, "data_location")
    assert '<span class="tag tag-unverified"' in location and ">UNVERIFIED</span>" in location
    assert UNVERIFIED in location and "No verified quote" not in location  # said once, in words
    assert stored["data_location"]["risk"] != "low" and "Low risk" not in location
    assert "DISAGREES" in location
    ai = card(page, "ai_training")
    assert f"Answered by the rules engine: {escape(REASON)}" in ai and "UNVERIFIED" not in ai
    deletion = card(page, "deletion")
    label = vocab.stance_label("deletion", another_stance("deletion", stored["deletion"]["stance"]))
    assert f"Rules engine reads: <strong>{escape(label)}</strong>" in deletion
    assert ">DISAGREES</span>" in deletion and "<strong>DISAGREES</strong> with the model" in deletion
    subprocessors = card(page, "subprocessors")
    assert "agrees with the model" in subprocessors and "DISAGREES" not in subprocessors
    assert not any(marker in card(page, "staff_access") for marker in MARKERS)
    # the summary badges at the top say it too, so a risk word is never read without it
    summary = page[page.index('<ul class="badges badges-summary"') :]
    summary = summary[: summary.index("</ul>")]
    assert summary.count('<span class="badge-flag">') == 2
    assert '<span class="badge-flag">unverified</span>' in summary


def test_a_rules_reading_says_nothing_was_sent_and_shows_no_review_markers(web: Web) -> None:
    page = web.client.get(f"/documents/{web.ids[FIRST]}").get_data(as_text=True)
    assert "Analysed on this computer; no text was sent out" in doc_meta(page)
    assert "engine rules, playbook" in doc_meta(page)
    cards = page[page.index('<div class="cards">') :]
    assert not any(marker in cards for marker in MARKERS)
    assert "badge-flag" not in page


def test_compare_cells_tag_unverified_and_disagreeing_answers(web: Web, model_read: str) -> None:
    page = web.client.get(f"/compare?ids={model_read},{web.ids[FIRST]}").get_data(as_text=True)
    table = page[page.index('<table class="compare">') :]
    header = " ".join(table[: table.index("</thead>")].split())
    assert f"engine hybrid · clauses sent to {HOST}" in header
    assert "engine rules · analysed on this computer; no text was sent out" in header
    rows = dict(zip(TOPIC_IDS, re.findall(r'<tr class="(?:differs)?">(.*?)</tr>', table, re.S), strict=True))
    cells = {topic: re.findall(r"<td.*?</td>", row, re.S) for topic, row in rows.items()}
    location = cells["data_location"][0]
    assert ">UNVERIFIED</span>" in location and ">DISAGREES</span>" in location
    assert ">DISAGREES</span>" in cells["deletion"][0] and "UNVERIFIED" not in cells["deletion"][0]
    for topic in TOPIC_IDS:
        assert "UNVERIFIED" not in cells[topic][1] and "DISAGREES" not in cells[topic][1]
    assert "UNVERIFIED" not in cells["subprocessors"][0] and "DISAGREES" not in cells["subprocessors"][0]
    legend = page[page.index('<p class="legend">') :]
    legend = " ".join(legend[: legend.index("</p>")].split())
    assert "UNVERIFIED</span> the model's answer could not be checked" in legend
    assert "DISAGREES</span> the rules engine reads the same clauses differently" in legend
    # Two rules readings: no tags, and no legend for tags that are not there.
    plain = web.client.get(f"/compare?ids={web.ids[FIRST]},{web.ids[SECOND]}").get_data(as_text=True)
    assert "tag-unverified" not in plain and "tag-disagrees" not in plain


def export_text(body: bytes, fmt: str) -> str:
    """An export's words, whatever its format."""
    if fmt == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(body))
        rows = (row for sheet in book for row in sheet.iter_rows(values_only=True))
        return "\n".join(str(cell) for row in rows for cell in row if cell is not None)
    if fmt == "pdf":
        with pdfplumber.open(io.BytesIO(body)) as pdf:
            return " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())
    return body.decode("utf-8-sig")


@pytest.mark.parametrize("fmt", list(EXPORT_TYPES))
def test_every_export_says_where_the_text_went(web: Web, model_read: str, fmt: str) -> None:
    sent = export_text(web.client.get(f"/documents/{model_read}/export/{fmt}").data, fmt)
    assert HOST in sent and "no text was sent out" not in sent
    if fmt != "csv":  # the CSV's sent_to column holds the bare host
        assert f"clauses sent to {HOST}" in sent
    kept = export_text(web.client.get(f"/documents/{web.ids[FIRST]}/export/{fmt}").data, fmt)
    assert "analysed on this computer; no text was sent out" in kept and HOST not in kept


def test_exports_mark_the_unverified_answer_and_the_disagreement(web: Web, model_read: str) -> None:
    def get(fmt: str) -> bytes:
        return bytes(web.client.get(f"/documents/{model_read}/export/{fmt}").data)

    records = csv.DictReader(io.StringIO(get("csv").decode("utf-8-sig")))
    rows = dict(zip(TOPIC_IDS, records, strict=True))
    assert (rows["data_location"]["verified"], rows["data_location"]["disagreement"]) == ("no", "yes")
    assert rows["ai_training"]["llm_error"] == REASON and rows["staff_access"]["verified"] == "yes"
    review = json.loads(get("json"))["review"][0]
    assert review["sent_to"] == HOST and review["findings"][0]["verified"] is False
    for fmt in ("md", "pdf"):
        text = export_text(get(fmt), fmt)
        assert f"UNVERIFIED: {UNVERIFIED}" in text, fmt
        assert f"Answered by the rules engine: {REASON}" in text, fmt
        assert "DISAGREES" in text and "— agrees" in text, fmt


# --- app and CLI --------------------------------------------------------------------------------


def test_the_upload_limit_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUSECHECK_MAX_UPLOAD_MB", "7")
    app = create_app(load_settings(data_dir=tmp_path / "d"))
    assert app.config["MAX_FILE_SIZE"] == 7 * 1024 * 1024
    assert app.config["MAX_CONTENT_LENGTH"] >= app.config["MAX_FILE_SIZE"]
    monkeypatch.delenv("CLAUSECHECK_MAX_UPLOAD_MB")
    assert create_app(load_settings(data_dir=tmp_path / "d")).config["MAX_FILE_SIZE"] == 50 * 1024 * 1024


def test_serve_is_a_cli_command_bound_to_this_computer_by_default(run_cli: Any) -> None:
    result = run_cli("serve", "--help")
    assert result.exit_code == 0
    assert "--host" in result.output and "127.0.0.1" in result.output
    assert "--port" in result.output and "5000" in result.output and "--demo" in result.output
