"""English and Dutch: the language comes from the browser, the switch in the header overrides it
and is remembered; the library, a card, compare and the exports speak Dutch; quotes stay verbatim."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from conftest import MODEL_DIR, NO_MODEL_REASON, REPO, fixture_pdf
from flask.testing import FlaskClient
from openpyxl import load_workbook

from clausecheck.core import Clausecheck
from clausecheck.export import COLUMNS
from clausecheck.render import catalog as load_catalog
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

    finally:
        switch(client, "en")


# Words each export must carry in its language, and never in the other (quotes aside).
EXPORT_WORDS = {
    "en": {"title": "Clause summary", "sheets": ["Clauses", "About"], "risk": "RISK: ",
           "position": "Position: ", "page": "Page 1 of", "compare": "Comparison", "facts": "Facts:"},
    "nl": {"title": "Overzicht van bepalingen", "sheets": ["Bepalingen", "Over dit bestand"],
           "risk": "RISICO: ", "position": "Standpunt: ", "page": "Pagina 1 van", "compare": "Vergelijking",
           "facts": "Feiten:"},
}  # fmt: skip
RISK_WORDS = {"en": {"LOW", "MEDIUM", "HIGH", "UNRATED"}, "nl": {"LAAG", "MIDDEL", "HOOG", "ONBEOORDEELD"}}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_export_follows_the_interface_language_and_keeps_quotes_verbatim(
    site: tuple[FlaskClient, list[str]], lang: str
) -> None:
    client, ids = site
    switch(client, lang)
    try:
        vocab = load_vocabulary(language=lang)
        words, other_words = EXPORT_WORDS[lang], EXPORT_WORDS["en" if lang == "nl" else "nl"]
        analyses = [client.get(f"/api/documents/{i}").get_json() for i in ids]
        findings = [f for a in analyses for f in a["findings"]]
        summaries = [vocab.summaries[f["topic"]][f["stance"]] if lang == "nl" else f["summary"]
                     for f in findings]  # fmt: skip
        quotes = {flat(f["citations"][0]["quote"]) for f in findings if f["citations"]}
        assert quotes, "the fixtures have quotes to keep verbatim"

        def download(fmt: str) -> bytes:
            response = client.get(f"/compare/export/{fmt}?ids={ids[0]},{ids[1]}")
            assert response.status_code == 200, fmt
            return response.data

        col = {name: i for i, name in enumerate(COLUMNS)}
        table = list(csv.reader(io.StringIO(download("csv").decode("utf-8-sig"))))
        expected = [load_catalog(lang).gettext(c) for c in COLUMNS] if lang == "nl" else list(COLUMNS)
        assert table[0][: len(COLUMNS)] == expected
        assert ("leverancier" in table[0]) == (lang == "nl") and ("vendor" in table[0]) == (lang == "en")
        assert table[0][-1].startswith("let op:" if lang == "nl" else "note:")
        body = table[1:]
        assert [r[col["topic"]] for r in body] == [vocab.topic_label(f["topic"]) for f in findings]
        stances = [vocab.stance_label(f["topic"], f["stance"]) for f in findings]
        assert [r[col["position"]] for r in body] == stances
        assert [r[col["summary"]] for r in body] == [flat(s) for s in summaries]
        assert {r[col["risk"]] for r in body} <= RISK_WORDS[lang]
        assert {r[col["verified"]] for r in body} <= {vocab.word("yes"), vocab.word("no")}
        # CSV keeps its formula guard (said in the note); none of these quotes starts like a formula
        assert {r[col["quote"]] for r in body} - {""} == quotes

        book = load_workbook(io.BytesIO(download("xlsx")))
        assert book.sheetnames == words["sheets"]
        rows = list(book.worksheets[0].iter_rows(values_only=True))
        assert list(rows[0]) == expected
        assert [r[col["topic"]] for r in rows[1:]] == [vocab.topic_label(f["topic"]) for f in findings]
        assert {r[col["quote"]] for r in rows[1:]} - {None, ""} == quotes
        about = [c for r in book.worksheets[1].iter_rows(values_only=True) for c in r if isinstance(c, str)]
        assert any(cell.startswith(words["title"]) for cell in about)

        markdown = download("md").decode("utf-8")
        assert markdown.startswith(f"# {words['title']}\n") and f"## {words['compare']}" in markdown
        assert words["facts"] in markdown and other_words["facts"] not in markdown
        assert f"| {vocab.topic_label('deletion')} |" in markdown
        for summary in summaries:
            assert flat(summary).replace("*", "\\*") in markdown
        unescaped = re.sub(r"\\(.)", r"\1", markdown)
        for quote in quotes:
            assert f"“{quote}”" in unescaped  # never translated
        for stance_id in ("eu_with_transfers", "return_or_delete", "not_addressed"):
            assert stance_id not in markdown  # plain words, no ids

        with pdfplumber.open(io.BytesIO(download("pdf"))) as pdf:
            report = flat("\n".join(page.extract_text() or "" for page in pdf.pages))
        for key in ("title", "risk", "position", "page", "compare"):
            assert words[key] in report, key
            assert other_words[key] not in report, key
        for finding in findings:  # (the other language's labels may stand in a quote: not checked)
            assert vocab.stance_label(finding["topic"], finding["stance"]) in report
            assert vocab.topic_label(finding["topic"]) in report
        assert flat(summaries[0]) in report
        assert next(iter(sorted(quotes)))[:40] in report
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
