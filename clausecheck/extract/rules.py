"""The default offline engine: stance and facts from the retrieved clauses, by the topic's
signal phrases (prompts/*.yaml) and the topic's own decision (readers/<topic>.py).

Where clauses disagree, the least protective binding one decides (the spec's rule), and every
clause used is cited. A permissive phrase governed by a negation in its own clause ("will not
use ... to improve") does not count as permission.
"""

from __future__ import annotations

from typing import Any

from ..definitions import defined_periods, definition_of, with_definitions
from ..models import Chunk, Citation, Document, Finding
from ..readers import READERS
from ..retrieve import Retrieved
from ..sentences import Sentence
from ..topics import Topic
from .evidence import Hit, Sentences, cite, clause_of, deciding_first, topic_sentences, whole
from .facts import caveats, fact_sources
from .related import related_citation

MAX_CITATIONS = 4


def extract(topic: Topic, retrieved: Retrieved, doc: Document) -> Finding:
    """One finding for the topic; `not_addressed` when nothing fits."""
    reader = READERS[topic.id]
    definitions = defined_periods(doc.text)

    def read(chunks: list[Chunk]) -> Sentences:
        return with_definitions(topic_sentences(chunks), definitions)

    stance, facts, hits = reader.decide(topic, read(retrieved.read))
    if stance == "not_addressed" and retrieved.further:
        # Silence is a red flag, so it is claimed only of the whole document: read every clause in
        # which one of the topic's phrases stands, not only the best-ranked ones.
        stance, facts, hits = reader.decide(topic, read(retrieved.read + retrieved.further))
    elif stance in reader.completed_by and retrieved.further:
        whole = reader.decide(topic, read(retrieved.read + retrieved.further))
        if whole[0] == reader.completed_by[stance]:
            stance, facts, hits = whole
    hits = _with_their_definitions(deciding_first(topic, hits), definitions)
    facts["caveats"] = caveats(topic, [clause_of(h) for h in hits[:2]]) if stance != "not_addressed" else None
    if "legal_retention_exception" in (facts["caveats"] or []) and "legal_retention_exception" in facts:
        facts["legal_retention_exception"] = True  # one answer, whichever way it was found
    citations: list[Citation] = []
    quoted: set[int] = set()  # where the quoted sentences start
    for hit in hits:
        citation = cite(doc, hit)
        if citation.quote and all(c.quote != citation.quote for c in citations):
            citations.append(citation)
            quoted.add(hit.sentence.start)
        if len(citations) >= MAX_CITATIONS:
            break
    sources = fact_sources(topic, facts, citations)  # facts come from the evidence only
    related = related_citation(topic.ranker, topic.id, retrieved, doc, quoted) if topic.ranker else None
    return Finding(
        topic=topic.id,
        stance=stance,
        facts=facts,
        summary=summarise(topic, stance, facts),
        citations=[*citations, related] if related else citations,
        searched=retrieved.record(),
        sources=sources,
    )


def _with_their_definitions(hits: list[Hit], definitions: dict[str, Sentence]) -> list[Hit]:
    """Each hit read with a defined period followed by that definition, so the period it gave is
    quoted too."""
    out: list[Hit] = []
    for hit in hits:
        out.append(hit)
        definition = definition_of(hit.sentence, definitions)
        if definition is not None and all(h.sentence.start != definition.start for h in out):
            out.append(whole(hit.signal, definition, ""))
    return out


def summarise(topic: Topic, stance: str, facts: dict[str, Any]) -> str:
    """The topic's one-sentence summary for this stance, with the facts' words filled in."""
    return topic.summaries[stance].format(**READERS[topic.id].summary_phrases(facts))
