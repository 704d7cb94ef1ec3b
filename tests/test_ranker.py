# ruff: noqa: E501 - one clause per line reads best
"""The related clause: learned word weights (prompts/ranker.json) put forward, of the sentences read
for a topic and not quoted, the one a reviewer most likely needs. It never decides: stances, facts
and the quotes the answer rests on are the same without it, and its quote is verified like any."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import Analysed, fixture_pdf, normalise_ws, plumber_pages
from markupsafe import escape

from clausecheck.core import Clausecheck
from clausecheck.errors import ConfigError
from clausecheck.evaluate import quote_on_page
from clausecheck.extract.evidence import is_heading
from clausecheck.ranker import Candidate, ClauseRanker, fit
from clausecheck.resources import default_prompts_dir
from clausecheck.settings import load_settings
from clausecheck.topics import load_topics

# (topic, language, the topic's clause, a clause about something else) - our own wording.
PAIRS = [
    ("deletion", "en",
     "Within thirty days after the end of the Agreement, the Supplier erases all Customer Data and confirms this in writing.",
     "This Agreement is governed by the laws of the Netherlands and disputes go to the court of Amsterdam."),
    ("deletion", "nl",
     "Binnen dertig dagen na het einde van de Overeenkomst verwijdert Leverancier alle Klantgegevens en bevestigt dit schriftelijk.",
     "Op deze Overeenkomst is Nederlands recht van toepassing en geschillen gaan naar de rechtbank Amsterdam."),
    ("subprocessors", "en",
     "The Supplier tells the Customer about any new subprocessor thirty days before it starts, and the Customer may object.",
     "Invoices are payable within thirty days of their date."),
    ("subprocessors", "nl",
     "Leverancier informeert Klant dertig dagen vooraf over een nieuwe subverwerker, en Klant kan daartegen bezwaar maken.",
     "Facturen worden binnen dertig dagen na factuurdatum betaald."),
    ("backups", "en",
     "Backup copies of Customer Data are overwritten on a rolling ninety-day cycle.",
     "The Supplier maintains liability insurance with a reputable insurer."),
    ("backups", "nl",
     "Back-ups van Klantgegevens worden na negentig dagen overschreven.",
     "Leverancier houdt een aansprakelijkheidsverzekering aan bij een gerenommeerde verzekeraar."),
    ("staff_access", "en",
     "Only employees who need access to perform the Services can access Customer Data, and every access is logged.",
     "The Customer pays the fees set out in the Order Form."),
    ("staff_access", "nl",
     "Alleen medewerkers die toegang nodig hebben voor de Dienst hebben toegang tot Klantgegevens, en elke toegang wordt gelogd.",
     "Klant betaalt de vergoedingen die in de Offerte staan."),
    ("data_location", "en",
     "Customer Data is stored in data centres in Germany and is not transferred outside the European Economic Area.",
     "Either party may terminate this Agreement with three months' notice."),
    ("data_location", "nl",
     "Klantgegevens worden opgeslagen in datacenters in Nederland en worden niet doorgegeven buiten de Europese Economische Ruimte.",
     "Elke partij kan deze Overeenkomst opzeggen met een termijn van drie maanden."),
    ("ai_training", "en",
     "The Supplier may use Customer Data to improve its services and to train its machine learning models.",
     "The Supplier provides support on working days between 9:00 and 17:00."),
    ("ai_training", "nl",
     "Leverancier mag Klantgegevens gebruiken om haar diensten te verbeteren en haar AI-modellen te trainen.",
     "Leverancier biedt ondersteuning op werkdagen tussen 9:00 en 17:00 uur."),
]  # fmt: skip


def shipped() -> ClauseRanker:
    ranker = ClauseRanker.load(default_prompts_dir())
    assert ranker is not None, "prompts/ranker.json ships with clausecheck"
    return ranker


@pytest.mark.parametrize(("topic", "language", "clause", "other"), PAIRS, ids=lambda v: str(v)[:14])
def test_the_shipped_ranker_puts_the_topics_own_clause_forward_and_names_its_words(
    topic: str, language: str, clause: str, other: str
) -> None:
    ranker = shipped()
    for order in ([other, clause], [clause, other]):
        pick = ranker.pick(topic, [Candidate(text, "", 2) for text in order], language)
        assert pick is not None and pick.candidate.text == clause
    assert pick.words and all(word in clause.lower() for word in pick.words)


def test_nothing_is_put_forward_below_the_threshold_or_without_candidates() -> None:
    ranker = ClauseRanker({"deletion": {"bias": -3.0, "weights": {"delet": 1.0}}}, threshold=0.5)
    weak = Candidate("We delete data.", "", 0)
    assert ranker.pick("deletion", [weak], "en") is None  # p = 1 / (1 + e^2) < 0.5
    assert ranker.pick("deletion", [], "en") is None
    assert ranker.pick("backups", [weak], "en") is None  # a topic the file has no model for


def rows(word: str, documents: int) -> list[tuple[set[str], bool, str]]:
    """Sentences in `documents` documents: those holding `word` are the labelled ones."""
    out = []
    for d in range(documents):
        out.append(({word, "common"}, True, f"doc{d}"))
        out += [({"common", f"filler{i}"}, False, f"doc{d}") for i in range(3)]
    return out


def test_fit_weighs_a_word_of_the_labelled_clauses_and_is_deterministic() -> None:
    data = rows("delet", 6)
    model = fit(data)
    assert model == fit(data)
    assert max(model["weights"], key=model["weights"].get) == "delet"
    ranker = ClauseRanker({"deletion": model}, threshold=0.0)
    plain, telling = Candidate("We keep the records.", "", 0), Candidate("We delete the records.", "", 0)
    assert ranker.probability("deletion", telling, "en") > ranker.probability("deletion", plain, "en")


def test_fit_gives_no_weight_to_a_word_only_a_few_documents_use() -> None:
    # A vendor's name seen in two contracts fits those contracts, not the next one.
    data = rows("acmecorp", 2) + rows("delet", 6)
    assert "acmecorp" not in fit(data)["weights"] and "delet" in fit(data)["weights"]


def test_a_prompts_folder_without_the_ranker_reads_as_before_and_a_broken_one_says_which_file(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "prompts"
    shutil.copytree(default_prompts_dir(), folder)
    (folder / "ranker.json").unlink()
    assert all(t.ranker is None for t in load_topics(folder))
    broken = tmp_path / "broken"
    shutil.copytree(default_prompts_dir(), broken)
    (broken / "ranker.json").write_text(json.dumps({"topics": {"deletion": {"weights": []}}}))
    with pytest.raises(ConfigError, match=r"ranker\.json"):
        load_topics(broken)


@pytest.mark.needs_model
def test_related_clauses_are_verified_last_never_headings_and_not_already_quoted(analysed: Analysed) -> None:
    seen = 0
    for stem, analysis in analysed.analyses.items():
        pages = plumber_pages(fixture_pdf(stem))
        for finding in analysis.findings:
            assert len(finding.related) <= 1
            assert finding.citations[len(finding.evidence) :] == finding.related  # after the evidence
            for citation in finding.related:
                seen += 1
                assert citation.bbox is not None and quote_on_page(citation.quote, pages[citation.page])
                assert not is_heading(citation.quote) and citation.why
                assert all(normalise_ws(e.quote)[:60] not in citation.quote for e in finding.evidence)
    assert seen, "the fixtures' findings put no related clause forward"


@pytest.mark.needs_model
def test_the_related_clause_decides_nothing(analysed: Analysed, model_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    shutil.copytree(default_prompts_dir(), folder)
    (folder / "ranker.json").unlink()
    app = Clausecheck(load_settings(data_dir=tmp_path / "data", model_dir=model_dir, prompts_dir=folder))
    stems = sorted(analysed.analyses)
    without = {o.path.stem: o.analysis for o in app.analyze([fixture_pdf(s) for s in stems])}
    app.close()
    for stem in stems:
        assert without[stem] is not None
        for ours, plain in zip(analysed.analyses[stem].findings, without[stem].findings, strict=True):
            assert not plain.related
            assert (ours.stance, ours.facts, ours.risk, ours.sources) == (
                plain.stance, plain.facts, plain.risk, plain.sources
            )  # fmt: skip
            assert ours.evidence == plain.evidence


@pytest.mark.needs_model
def test_the_card_shows_the_related_clause_apart_with_its_words(analysed: Analysed) -> None:
    from clausecheck.web import create_app

    app = create_app(
        load_settings(data_dir=analysed.data_dir, model_dir=analysed.model_dir), {"TESTING": True}
    )
    stem, finding = next(
        (s, f) for s, a in sorted(analysed.analyses.items()) for f in a.findings if f.related and f.evidence
    )
    doc = analysed.id(stem)
    page = " ".join(app.test_client().get(f"/documents/{doc}").get_data(as_text=True).split())
    card = page[page.index(f'id="{finding.topic}"') :]
    card = card[: card.index("</article>")]
    related = finding.related[0]
    quoted, apart = card.index("Where the contract says so"), card.index("A related clause to read")
    assert quoted < apart < card.index(str(escape(related.quote[:50])))
    assert f"cite={len(finding.evidence)}" in card[apart:]  # opens its page, highlighted
    assert str(escape(related.why)) in card[apart:] and "Not used for the answer" in card[apart:]
    app.extensions["clausecheck"].jobs.shutdown()


def test_a_hand_edited_ranker_is_refused_with_the_file_named_or_read_without_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "prompts"
    shutil.copytree(default_prompts_dir(), folder)
    for bad in (
        {"topics": [], "threshold": 0.1},
        {"topics": {"deletion": {"bias": 0, "weights": {"x": "a"}}}},
    ):
        (folder / "ranker.json").write_text(json.dumps({"threshold": 0.1, **bad}))
        load_topics.cache_clear()
        with pytest.raises(ConfigError, match=r"ranker\.json"):
            load_topics(folder)
    extreme = ClauseRanker({"deletion": {"bias": -900.0, "weights": {}}}, threshold=0.0)
    clause = Candidate("We delete the records within thirty days.", "", 0)
    assert extreme.probability("deletion", clause, "en") >= 0.0  # no overflow
    assert extreme.pick("backups", [clause], "en") is None  # a topic the file has no model for
