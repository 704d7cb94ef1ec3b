"""The default offline engine: stance and facts from the retrieved clauses, by the topic's
signal phrases (prompts/*.yaml) and the topic's own decision (readers/<topic>.py).

Where clauses disagree, the least protective binding one decides (the spec's rule), and every
clause used is cited. A permissive phrase governed by a negation in its own clause ("will not
use ... to improve") does not count as permission.
"""

from __future__ import annotations

from typing import Any

from ..models import Citation, Document, Finding
from ..readers import READERS
from ..retrieve import Retrieved
from ..topics import Topic
from .evidence import cite, deciding_first, topic_sentences
from .facts import fact_sources

MAX_CITATIONS = 4


def extract(topic: Topic, retrieved: Retrieved, doc: Document) -> Finding:
    """One finding for the topic; `not_addressed` when nothing fits."""
    sentences = topic_sentences(retrieved.chunks)
    stance, facts, hits = READERS[topic.id].decide(topic, sentences)
    hits = deciding_first(topic, hits)
    if stance != "not_addressed" and topic.reading:
        # Qualifiers in the deciding clauses ("on request", "as far as possible") change what
        # the stance is worth; they come from the quotes cited first, never from elsewhere.
        deciding = " ".join(h.sentence.flat for h in hits[:2])
        facts["caveats"] = topic.reading.caveats_in(deciding) or None
    citations: list[Citation] = []
    for hit in hits:
        citation = cite(doc, hit)
        if citation.quote and all(c.quote != citation.quote for c in citations):
            citations.append(citation)
        if len(citations) >= MAX_CITATIONS:
            break
    return Finding(
        topic=topic.id,
        stance=stance,
        facts=facts,
        summary=summarise(topic, stance, facts),
        citations=citations,
        searched=retrieved.record(),
        sources=fact_sources(topic, facts, citations),
    )


def summarise(topic: Topic, stance: str, facts: dict[str, Any]) -> str:
    """The topic's one-sentence summary for this stance, with the facts' words filled in."""
    return topic.summaries[stance].format(**READERS[topic.id].summary_phrases(facts))
