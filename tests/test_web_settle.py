"""The reviewer's workflow in the web app: settle a finding (accept or another position, with a note)
and see it on the card, the library badge, compare and the exports; rename a vendor; download the
original; no raw ids or CLI advice on the pages; page images and originals are never cached."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape

import pytest
from conftest import MODEL_DIR, NO_MODEL_REASON, fixture_pdf
from flask.testing import FlaskClient
from openpyxl import load_workbook

from clausecheck.core import Clausecheck
from clausecheck.export import COLUMNS
from clausecheck.playbook import DEFAULT_RISK
from clausecheck.render import load_vocabulary
from clausecheck.settings import load_settings
from clausecheck.web import create_app

pytestmark = pytest.mark.skipif(MODEL_DIR is None, reason=NO_MODEL_REASON)
STEMS = ("nordlicht-eu-dpa", "cloudpilot-us-saas-dpa")
STANCE_IDS = {s for stances in DEFAULT_RISK.values() for s in stances}


@dataclass
class Site:
    client: FlaskClient
    ids: list[str]

    def token(self) -> str:
        page = self.client.get("/settings").get_data(as_text=True)
        match = re.search(r'<meta name="csrf-token" content="([^"]+)"', page)
        assert match
        return match.group(1)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    data_dir = tmp_path_factory.mktemp("settle-data")
    settings = load_settings(data_dir=data_dir, model_dir=MODEL_DIR)
    cc = Clausecheck(settings)
    ids = [str(o.analysis.document["id"]) for o in cc.analyze([fixture_pdf(s) for s in STEMS]) if o.analysis]
    cc.close()
    app = create_app(settings, {"TESTING": True})
    client = app.test_client()
    yield Site(client, ids)
    app.extensions["clausecheck"].jobs.shutdown()


def visible_text(html: str) -> str:
    """What a reader sees: tags, scripts and attribute values gone."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def card(page: str, topic: str) -> str:
    part = page[page.index(f'id="{topic}"') :]
    return part[: part.index("</article>")]


def test_a_reviewer_accepts_one_finding_and_overrides_another(site: Site) -> None:
    client, doc = site.client, site.ids[0]
    saved = client.post("/settings", data={"csrf_token": site.token(), "reviewer": "Anna de Vries",
                                           "engine": "rules", "llm_timeout": "60"})  # fmt: skip
    assert saved.status_code == 302, saved.get_data(as_text=True)
    accept = {"csrf_token": site.token(), "action": "accept", "note": "checked §9"}
    response = client.post(f"/documents/{doc}/review/deletion", data=accept)
    assert response.status_code == 302 and response.headers["Location"].endswith("#deletion")
    override = {"csrf_token": site.token(), "action": "set", "stance": "allowed",
                "note": "annex 3 allows training"}  # fmt: skip
    response = client.post(f"/documents/{doc}/review/ai_training", data=override)
    assert response.status_code == 302

    page = client.get(f"/documents/{doc}").get_data(as_text=True)
    deletion = visible_text(card(page, "deletion"))
    assert "accepted the machine’s reading" in deletion and "Anna de Vries" in deletion
    assert "checked §9" in deletion
    ai = visible_text(card(page, "ai_training"))
    vocab = load_vocabulary()
    assert vocab.stance_label("ai_training", "allowed")[:1].upper() in ai
    assert "High risk" in ai and "annex 3 allows training" in ai and "the machine read" in ai
    # The library's badge follows the reviewer's position and says it was reviewed.
    library = client.get("/").get_data(as_text=True)
    assert f"AI training and own use: {vocab.stance_label('ai_training', 'allowed')}" in unescape(library)
    assert "Reviewed by Anna de Vries" in library

    # Compare: the decision in the cell, with facts and the deciding quote.
    compare = client.get(f"/compare?ids={site.ids[0]},{site.ids[1]}").get_data(as_text=True)
    text = visible_text(compare)
    assert "Set by Anna de Vries" in text and "Accepted by Anna de Vries" in text
    assert re.search(r'<dl class="facts facts-small">', compare)
    assert re.search(r"and \d+ more", text)

    # The spreadsheet: the reviewer's position and risk, who, when, the note, beside the machine's.
    book = load_workbook(io.BytesIO(client.get(f"/documents/{doc}/export/xlsx").data))
    rows = list(book["Clauses"].iter_rows(values_only=True))
    col = {name: i for i, name in enumerate(COLUMNS)}
    ai_row = next(r for r in rows[1:] if r[col["topic"]] == "AI training and own use")
    assert ai_row[col["decision"]] == "changed" and ai_row[col["risk"]] == "HIGH"
    assert ai_row[col["position"]] == vocab.stance_label("ai_training", "allowed")
    assert (
        ai_row[col["reviewed_by"]] == "Anna de Vries"
        and ai_row[col["review_note"]] == "annex 3 allows training"
    )
    assert ai_row[col["machine_position"]] != ai_row[col["position"]]
    # JSON: the vendor's name and the decisions.
    payload = json.loads(client.get(f"/documents/{doc}/export/json").data)
    review = payload["review"][0]
    assert review["vendor"] and review["filename"] == f"{STEMS[0]}.pdf"
    decided = {f["topic"]: f for f in review["findings"]}
    assert decided["ai_training"]["decision"]["reviewer"] == "Anna de Vries"
    assert decided["ai_training"]["decided_stance"] == "allowed"
    assert decided["deletion"]["decision"]["accepted"] is True

    # Withdrawn: the machine's reading counts again.
    client.post(f"/api/documents/{doc}/review/ai_training", json={"action": "clear"},
                headers={"X-CSRF-Token": site.token()})  # fmt: skip
    assert "annex 3" not in client.get(f"/documents/{doc}").get_data(as_text=True)


def test_a_stance_outside_the_topic_is_refused_with_a_message(site: Site) -> None:
    response = site.client.post(f"/api/documents/{site.ids[0]}/review/deletion",
                                json={"action": "set", "stance": "eu_only"},
                                headers={"X-CSRF-Token": site.token()})  # fmt: skip
    assert response.status_code == 400
    assert "not a stance of deletion" in response.get_json()["error"]


def test_rename_a_vendor_and_download_the_original(site: Site) -> None:
    client, doc = site.client, site.ids[1]
    response = client.post(
        f"/documents/{doc}/rename", data={"csrf_token": site.token(), "vendor": "CloudPilot Inc."}
    )
    assert response.status_code == 302
    assert "CloudPilot Inc." in client.get("/").get_data(as_text=True)
    original = client.get(f"/documents/{doc}/original")
    assert original.status_code == 200 and original.mimetype == "application/pdf"
    assert original.data == fixture_pdf(STEMS[1]).read_bytes()
    assert original.headers["Cache-Control"] == "no-store"
    assert "cloudpilot-us-saas-dpa.pdf" in original.headers["Content-Disposition"]
    original.close()
    image = client.get(f"/documents/{doc}/pages/1.png")
    assert image.status_code == 200 and image.headers["Cache-Control"] == "no-store"


def test_pages_show_words_not_ids_and_a_missing_document_speaks_of_the_browser(site: Site) -> None:
    a, b = site.ids
    for url in ("/", f"/documents/{a}", f"/compare?ids={a},{b}"):
        text = visible_text(site.client.get(url).get_data(as_text=True))
        shown = STANCE_IDS & set(re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", text))
        assert not shown, (url, shown)
        assert not re.search(r"\b(mentions_ai|instructions_only|deletion_days)\b", text), url
        assert not re.search(r"\b1 pages\b", text)
    missing = site.client.get("/documents/ffffffffffff")
    assert missing.status_code == 404
    text = visible_text(missing.get_data(as_text=True))
    assert "clausecheck list" not in text and "library" in text
