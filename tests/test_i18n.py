"""English and Dutch: the language comes from the browser, the switch in the header overrides it
and is remembered; the library, a card, compare and the exports speak Dutch; quotes stay verbatim."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from conftest import MODEL_DIR, NO_MODEL_REASON, REPO, fixture_pdf
from flask.testing import FlaskClient
from openpyxl import load_workbook

from clausecheck.core import Clausecheck
from clausecheck.export import COLUMNS
from clausecheck.render import load_vocabulary
from clausecheck.settings import load_settings
from clausecheck.web import create_app

pytestmark = pytest.mark.skipif(MODEL_DIR is None, reason=NO_MODEL_REASON)
CATALOG = REPO / "web" / "translations" / "nl" / "LC_MESSAGES"
STEMS = ("nordlicht-eu-dpa", "cloudpilot-us-saas-dpa")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FlaskClient, list[str]]]:
    settings = load_settings(data_dir=tmp_path_factory.mktemp("i18n-data"), model_dir=MODEL_DIR)
    cc = Clausecheck(settings)
    ids = [str(o.analysis.document["id"]) for o in cc.analyze([fixture_pdf(s) for s in STEMS]) if o.analysis]
    cc.close()
    app = create_app(settings, {"TESTING": True})
    yield app.test_client(), ids
    app.extensions["clausecheck"].jobs.shutdown()


def text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def token(client: FlaskClient) -> str:
    match = re.search(r'<meta name="csrf-token" content="([^"]+)"', client.get("/").get_data(as_text=True))
    assert match
    return match.group(1)


def switch(client: FlaskClient, lang: str, back: str = "/") -> None:
    response = client.post("/language", data={"csrf_token": token(client), "lang": lang, "next": back})
    assert response.status_code == 302 and response.headers["Location"] == back


def test_the_browser_language_is_used_and_the_switch_is_remembered(
    site: tuple[FlaskClient, list[str]],
) -> None:
    client, _ids = site
    client.delete_cookie("clausecheck_lang")
    dutch = client.get("/", headers={"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.5"}).get_data(as_text=True)
    assert '<html lang="nl">' in dutch and "Contracten analyseren" in dutch and "Bibliotheek" in dutch
    english = client.get("/", headers={"Accept-Language": "en-GB"}).get_data(as_text=True)
    assert '<html lang="en">' in english and "Analyse contracts" in english
    switch(client, "nl")
    again = client.get("/", headers={"Accept-Language": "en-GB"}).get_data(as_text=True)
    assert "Contracten analyseren" in again  # the choice wins over the browser, on every page after
    assert "Alles wordt op deze computer geanalyseerd" in again
    switch(client, "en")
    assert "Analyse contracts" in client.get("/").get_data(as_text=True)
    # Only a path on this site is a place to go back to.
    response = client.post(
        "/language", data={"csrf_token": token(client), "lang": "nl", "next": "//evil.example/"}
    )
    assert response.headers["Location"] == "/"
    switch(client, "en")


def test_a_card_compare_and_exports_in_dutch_with_quotes_verbatim(
    site: tuple[FlaskClient, list[str]],
) -> None:
    client, ids = site
    switch(client, "nl")
    try:
        nl, en = load_vocabulary(language="nl"), load_vocabulary()
        analysis = client.get(f"/api/documents/{ids[0]}").get_json()
        page = client.get(f"/documents/{ids[0]}").get_data(as_text=True)
        shown = text(page)
        for finding in analysis["findings"]:
            assert nl.topic_label(finding["topic"]) in shown
            assert nl.stance_label(finding["topic"], finding["stance"])[1:] in shown
            assert nl.summaries[finding["topic"]][finding["stance"]] in shown
            for citation in finding["citations"]:
                assert " ".join(citation["quote"].split())[:80] in shown  # never translated
        deletion = next(f for f in analysis["findings"] if f["topic"] == "deletion")
        if deletion["facts"].get("deletion_days"):
            assert f"Verwijderd binnen {deletion['facts']['deletion_days']} dagen" in shown
        assert "Waar het contract dat zegt" in shown and "Uw beslissing" in shown
        assert en.topic_label("deletion") not in shown.replace("Verwijdering", "")

        compare = text(client.get(f"/compare?ids={ids[0]},{ids[1]}").get_data(as_text=True))
        assert "Leveranciers vergelijken" in compare and "Onderwerp" in compare
        assert nl.topic_label("subprocessors") in compare and "Verschilt" in compare

        book = load_workbook(io.BytesIO(client.get(f"/documents/{ids[0]}/export/xlsx").data))
        rows = list(book["Clauses"].iter_rows(values_only=True))
        col = {name: i for i, name in enumerate(COLUMNS)}
        assert [r[col["topic"]] for r in rows[1:]] == [
            nl.topic_label(f["topic"]) for f in analysis["findings"]
        ]
        quotes = {r[col["quote"]] for r in rows[1:]} - {None, ""}
        originals = {
            " ".join(f["citations"][0]["quote"].split()) for f in analysis["findings"] if f["citations"]
        }
        assert quotes == originals
    finally:
        switch(client, "en")


def read(path: Path, reader: Any) -> dict[Any, Any]:
    """msgid -> msgstr of a catalog (plural forms as tuples)."""
    with path.open("rb") as handle:
        catalog = reader(handle)

    def tupled(value: Any) -> Any:
        return tuple(value) if isinstance(value, list | tuple) else value

    return {tupled(m.id): tupled(m.string) for m in catalog if m.id}


def test_every_word_of_the_interface_has_its_dutch_and_the_compiled_catalog_matches() -> None:
    po = read(CATALOG / "messages.po", read_po)
    assert not [k for k, v in po.items() if not (all(v) if isinstance(v, tuple) else v)]
    assert po == read(CATALOG / "messages.mo", read_mo)
    template = read(REPO / "web" / "translations" / "messages.pot", read_po)
    assert set(template) == set(po)
    # Every word the templates and views use was extracted (a new string without Dutch fails here).
    used: set[str] = set()
    for path in [*(REPO / "web" / "templates").glob("*.html"), *(REPO / "clausecheck" / "web").glob("*.py")]:
        found = re.findall(r"""(?:\b_|gettext)\(\s*(['"])(.+?)\1""", path.read_text(encoding="utf-8"))
        used |= {words for _quote, words in found}
    # (a plural's singular, and the first part of a string split over lines, count as found)
    ids = [k if isinstance(k, str) else k[0] for k in template]
    assert not {s for s in used if not any(i.startswith(s) for i in ids)}


def test_dutch_vocabulary_covers_every_topic_stance_and_fact(tmp_path: Path) -> None:
    nl, en = load_vocabulary(language="nl"), load_vocabulary()
    for topic, words in en.topics.items():
        assert list(nl.topics[topic].stances) == list(words.stances)  # the same protectiveness order
        assert set(nl.summaries[topic]) == set(words.stances)
    assert set(nl.facts) == set(en.facts)
    assert nl.fact_value("deletion_days", 1) == "1 dag" and nl.fact_value("certificate", True) == "ja"
