"""The default offline engine: stance and facts from the retrieved clauses, by the topic's
signal phrases (prompts/*.yaml) and the topic's own decision (readers/<topic>.py).

Where clauses disagree, the least protective binding one decides (the spec's rule), and every
clause used is cited. A permissive phrase governed by a negation in its own clause ("will not
use ... to improve") does not count as permission.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from ..definitions import defined_periods, definition_of, with_definitions
from ..models import Chunk, Citation, Document, Finding
from ..readers import READERS
from ..reading import Reading
from ..retrieve import Retrieved
from ..sentences import Sentence
from ..topics import Topic
from .evidence import LIST_ROWS, Hit, Sentences, cite, clause_of, deciding_first, topic_sentences, whole
from .facts import caveats, fact_sources
from .related import related_citation

MAX_CITATIONS = 4

# A clause switched off by another, at the start of its sentence: "Artikel 7.1 is niet van toepassing.",
# "Clause 7.1 shall not apply." Only whole (a clause disapplied "to backups" still binds the rest),
# only unconditionally (not "If Customer hosts ..., clause 7.2 does not apply") and only a numbered
# sub-clause ("7.1"): the SCCs' "Clause 7 shall not apply" (the docking clause) is another document's.
_DISAPPLIED = re.compile(
    r"(?:^|[.;:]\s+|\d\s+)(?:artikel|article|clause|section|sectie|clausule)\s+(\d+(?:\.\d+)+)\s+"
    r"(?:is\s+niet\s+van\s+toepassing|(?:does|shall|will)\s+not\s+apply|is\s+not\s+applicable)\s*(?:[.;]|$)",
    re.IGNORECASE | re.MULTILINE,
)
# Where a numbered clause ends: at the next numbered line or article heading.
_NEXT_CLAUSE = re.compile(
    r"^[ \t]*(?:\d+(?:\.\d+)*\.?\s|(?:article|artikel|clause|section)\s+\d)", re.IGNORECASE | re.MULTILINE
)


def extract(topic: Topic, retrieved: Retrieved, doc: Document) -> Finding:
    """One finding for the topic; `not_addressed` when nothing fits."""
    reader = READERS[topic.id]
    definitions = defined_periods(doc.text)
    disapplied = _disapplied(doc.text)
    # (in a document about business plans, another plan's rules are set aside)
    plans = topic.reading if topic.reading and topic.reading.about_business_plans(doc.text) else None

    def read(chunks: list[Chunk]) -> Sentences:
        sentences = _in_force(topic_sentences(_from_sentence_start(chunks, doc.text), doc.text), disapplied)
        return with_definitions(_for_this_plan(plans, sentences) if plans else sentences, definitions)

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
    clauses = [clause_of(h) for h in hits if h.signal != LIST_ROWS][:2]
    facts["caveats"] = caveats(topic, clauses) if stance != "not_addressed" else None
    if "legal_retention_exception" in (facts["caveats"] or []) and "legal_retention_exception" in facts:
        facts["legal_retention_exception"] = True  # one answer, whichever way it was found
    citations: list[Citation] = []
    # What the quotes hold: every offset of a quoted sentence (a list's title quoted with its rows
    # holds the rows, which are then not put forward again as the related clause).
    quoted: set[int] = set()
    for hit in hits:
        citation = cite(doc, hit)
        if citation.quote and all(c.quote != citation.quote for c in citations):
            citations.append(citation)
            quoted.update(range(hit.sentence.start, hit.sentence.end))
        # (a topic with more facts than that quotes one clause per fact: staff access has five)
        if len(citations) >= max(MAX_CITATIONS, len(reader.facts)):
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


# Where a sentence ends (with the white space after it) before a chunk that starts in the middle of one.
_SENTENCE_BEFORE = re.compile(r"[.!?;:]\s+|\n\s*\n\s*")
SENTENCE_BACK = 400  # characters: how far back a chunk's first sentence may have started


def _from_sentence_start(chunks: list[Chunk], text: str) -> list[Chunk]:
    """The chunks, each that starts in the middle of a sentence (on a lower-case word, where a
    long clause was split at a line break) read from that sentence's start: "geen" at the end of
    the line before turns "gebruik van invoer ... voor training" into a ban."""
    out = []
    for chunk in chunks:
        if chunk.text[:1].islower() and chunk.start > 0:
            window = text[max(0, chunk.start - SENTENCE_BACK) : chunk.start]
            ends = list(_SENTENCE_BEFORE.finditer(window))
            if ends:
                start = chunk.start - len(window) + ends[-1].end()
                # (its text and start only: sentences are read from it, and pages and citations
                # come from the document's own text)
                chunk = replace(chunk, text=text[start : chunk.end], start=start)
        out.append(chunk)
    return out


@lru_cache(maxsize=2)
def _disapplied(text: str) -> tuple[tuple[int, int], ...]:
    """Where the clauses that another clause switches off stand: from their number to the next.
    Each topic's reading asks; the document's text is scanned once, as for its defined periods."""
    spans: list[tuple[int, int]] = []
    for number in sorted({m.group(1) for m in _DISAPPLIED.finditer(text)}):
        for start in re.finditer(rf"^[ \t]*{re.escape(number)}\.?\s", text, re.M):
            end = _NEXT_CLAUSE.search(text, start.end())
            spans.append((start.start(), end.start() if end else len(text)))
    return tuple(spans)


def _in_force(sentences: Sentences, disapplied: tuple[tuple[int, int], ...]) -> Sentences:
    """The sentences, without those of a clause that another clause switches off."""
    if not disapplied:
        return sentences
    return [(s, sec) for s, sec in sentences if not any(a <= s.start < b for a, b in disapplied)]


def _for_this_plan(reading: Reading, sentences: Sentences) -> Sentences:
    """The sentences of a document about business plans, without those that state another plan's
    rule (prompts/reading.yaml: other_plans)."""
    return [(s, sec) for s, sec in sentences if not reading.for_another_plan(s.flat)]


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
