"""retrieve: per topic, the document's most relevant clauses, found for Dutch too."""

from __future__ import annotations

import re

import pytest
from conftest import FIXTURE_STEMS, Analysed, expected, text_document

from clausecheck.retrieve import SignalIndex, retrieve
from clausecheck.topics import Topic

DUTCH = [stem for stem in FIXTURE_STEMS if expected(stem)["language"] == "nl"]


def topic(analysed: Analysed, topic_id: str) -> Topic:
    return next(t for t in analysed.app.topics if t.id == topic_id)


def is_return_or_destroy_clause(text: str) -> bool:
    lowered = text.lower()
    return "vernietigen" in lowered and "retourneren" in lowered


@pytest.mark.parametrize("stem", DUTCH)
def test_dutch_deletion_clause_ranks_high_by_words_alone(analysed: Analysed, stem: str) -> None:
    doc_id = analysed.id(stem)
    chunks = analysed.app.store.chunks(doc_id)
    assert any(is_return_or_destroy_clause(c.text) for c in chunks), "fixture should have the clause"
    found = retrieve(topic(analysed, "deletion"), chunks, "nl", dense=None, k=3)
    assert len(found.chunks) <= 3
    assert any(is_return_or_destroy_clause(c.text) for c in found.chunks), [c.section for c in found.chunks]
    # Dutch queries are used for a Dutch document, besides the English ones.
    assert found.queries != topic(analysed, "deletion").queries_for("en")


@pytest.mark.parametrize("stem", DUTCH)
def test_dutch_deletion_clause_is_retrieved_with_the_vector_index_too(analysed: Analysed, stem: str) -> None:
    app = analysed.app
    doc_id = analysed.id(stem)
    chunks = app.store.chunks(doc_id)

    def dense(texts: list[str], k: int) -> list[list[tuple[str, float]]]:
        return app.index.query(doc_id, app.embedder(texts), k)

    k = app.settings.top_k
    found = retrieve(topic(analysed, "deletion"), chunks, "nl", dense=dense, k=k)
    assert 0 < len(found.chunks) <= k
    assert len({c.id for c in found.chunks}) == len(found.chunks)
    assert any(is_return_or_destroy_clause(c.text) for c in found.chunks[:3]), [
        c.section for c in found.chunks
    ]


@pytest.mark.parametrize("stem", FIXTURE_STEMS)
def test_signal_index_counts_what_searching_every_matcher_finds(analysed: Analysed, stem: str) -> None:
    # The word and stem checks only skip searches that cannot succeed: the counts are those of a
    # full search.
    chunks = analysed.app.store.chunks(analysed.id(stem))
    index = SignalIndex(chunks)
    for t in analysed.app.topics:
        hits = index.hits(t)
        assert list(hits) == [c.id for c in chunks]
        for chunk in chunks:
            flat = re.sub(r"\s+", " ", chunk.text)
            full = sum(1 for name in t.ranking_signal_names() for m in t.matchers(name) if m.search(flat))
            assert hits[chunk.id] == full, (t.id, chunk.section)


def test_qualifier_signals_do_not_rank_passages() -> None:
    # A qualifier only refines another hit ("for the customer's own chatbot"); adding one must not
    # change which passages a topic reads.
    from test_rules import TOPICS

    for topic in TOPICS.values():
        qualifiers = set(topic.extra.get("qualifiers", []))
        assert qualifiers <= set(topic.signal_names()), topic.id
        assert not qualifiers & set(topic.ranking_signal_names()), topic.id
    assert TOPICS["ai_training"].extra["qualifiers"], "the shipped prompts mark their qualifiers"


def test_the_clause_beside_a_chosen_one_in_its_article_is_read_with_it() -> None:
    from test_rules import TOPICS  # the shipped prompts, as the rules tests read them

    from clausecheck.chunk import chunk_document

    text = (
        "Article 7 Sub-processors\n"
        "7.1 Vendor may engage Sub-processors and shall inform Customer of any new Sub-processor by email.\n"
        "7.2 Customer may object within fourteen days.\n"
        "Article 8 Audits\n"
        "8.1 Customer may object to the auditor chosen by Vendor.\n"
    )
    doc = text_document(text)
    chunks = chunk_document(doc)
    found = retrieve(TOPICS["subprocessors"], chunks, "en", dense=None, k=1)
    assert [c.section for c in found.chunks] == ["Article 7"]  # the heading joins clause 7.1
    # 7.2 completes the article; 8.1 objects to something else, in another article.
    assert [c.section for c in found.neighbours] == ["7.2"]
    assert [c.section for c in found.read] == ["Article 7", "7.2"]


def test_the_clause_between_two_chosen_ones_of_its_article_is_read() -> None:
    # 2.1 and 2.3 say where the data is; 2.2 between them names no place or transfer itself, but
    # says which data centres 2.1's region has: a reader of the article reads it too.
    from test_rules import TOPICS

    from clausecheck.chunk import chunk_document

    text = (
        "Article 2 Place of processing\n"
        "2.1 Customer Data is stored in the hosting region that the Customer selects; Vendor offers an EU "
        "Hosting Region and a US Hosting Region.\n"
        "2.2 For the first of these, the two facilities are run by Alpha GmbH and Beta Ltd, each of them "
        "certified under ISO 27001.\n"
        "2.3 Support personnel may access Customer Data remotely from the United States under the Standard "
        "Contractual Clauses.\n"
        "Article 3 Security\n"
        "3.1 Vendor encrypts all data at rest and in transit.\n"
    )
    doc = text_document(text)
    found = retrieve(TOPICS["data_location"], chunk_document(doc), "en", dense=None, k=2)
    assert sorted(c.section for c in found.chunks) == ["2.3", "Article 2"]
    assert [c.section for c in found.neighbours] == ["2.2"]


def test_a_row_naming_where_a_party_processes_is_read_whatever_its_rank() -> None:
    # An annex lists sub-processors one per row; the one far down sits outside the EU. Its row shares
    # few words with the queries, but where the data goes depends on it (prompts: always_read).
    from test_rules import TOPICS

    from clausecheck.chunk import chunk_document

    rows = "\n".join(
        f"{i}. {name} - {task} - place of processing: {place}."
        for i, (name, task, place) in enumerate(
            [
                ("Nordwerk Cloud GmbH, Frankfurt", "hosting of the production systems", "Germany"),
                ("Brevisto Mail SAS, Lyon", "dispatch of e-mails", "France"),
                ("Tindrel Support Ltd, Dublin", "ticketing", "Ireland"),
                ("Quillmark Support Pvt. Ltd., Pune", "second-level support outside business hours", "India"),
            ],
            start=1,
        )
    )
    text = (
        "Article 4 Place of processing\n4.1 Customer Data is stored and processed in data centres in the "
        "European Union only, save as set out in Annex 3.\n"
        "Article 5 Security\n5.1 Vendor encrypts all data at rest and in transit.\n"
        f"Annex 3 - Approved Subcontractors\n{rows}\n"
    )
    chunks = chunk_document(text_document(text))
    found = retrieve(TOPICS["data_location"], chunks, "en", dense=None, k=1)
    assert [c.section for c in found.chunks] == ["Article 4"]
    assert any("India" in c.text for c in found.read)
