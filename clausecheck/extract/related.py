"""The related clause: of the sentences read for a topic and not quoted, the one the ranker
(ranker.py) rates most likely to be the clause a reviewer needs, quoted after the evidence."""

from __future__ import annotations

from ..models import Citation, Document
from ..ranker import Candidate, ClauseRanker
from ..retrieve import Retrieved
from ..sentences import Sentence
from .evidence import cite, is_heading, topic_sentences, whole

MIN_WORDS = 6  # words: fewer is a fragment or a title, not a clause to read


def candidates(retrieved: Retrieved) -> list[tuple[Sentence, str, Candidate]]:
    """Each sentence read (as the rules read them), with its section and what the ranker sees:
    its words, its clause's heading and the retrieval rank of its chunk."""
    rank = {c.id: i for i, c in enumerate(retrieved.chunks)}
    out: list[tuple[Sentence, str, Candidate]] = []
    seen: set[int] = set()
    for chunk in sorted(retrieved.read, key=lambda c: c.start):
        for sentence, section in topic_sentences([chunk]):
            # A heading names a topic and promises nothing, and a fragment ("Section 6.") says
            # nothing alone: neither is put forward.
            if sentence.start in seen or is_heading(sentence.flat) or len(sentence.flat.split()) < MIN_WORDS:
                continue
            seen.add(sentence.start)
            seen_as = Candidate(sentence.flat, chunk.title, rank.get(chunk.id, 99))
            out.append((sentence, section, seen_as))
    return out


def related_citation(
    ranker: ClauseRanker, topic: str, retrieved: Retrieved, doc: Document, quoted: set[int]
) -> Citation | None:
    """The ranker's pick among the sentences read that no quote already holds (`quoted`: the
    offsets the quoted sentences cover), as a citation."""
    open_ = [
        (sentence, section, candidate)
        for sentence, section, candidate in candidates(retrieved)
        if sentence.start not in quoted
    ]
    pick = ranker.pick(topic, [c for _, _, c in open_], doc.language)
    if pick is None:
        return None
    sentence, section, _ = next(o for o in open_ if o[2] is pick.candidate)
    citation = cite(doc, whole("related", sentence, section))
    if not citation.quote:
        return None
    citation.role = "related"
    citation.why = ", ".join(pick.words)
    return citation
