"""Per topic: rank a document's chunks by meaning (Chroma), by words (BM25) and by the topic's
own signal phrases, and fuse the three rankings.

The embedding model is English-only, so Dutch clauses and exact legal terms ("subverwerker",
"Standard Contractual Clauses") are found by the lexical rankers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .chunk import article
from .models import Chunk
from .prefilter import fold, required_words
from .reading import Phrase, words
from .sentences import flatten
from .topics import Matcher, Topic

RRF_K = 60  # the usual reciprocal-rank-fusion constant: flattens the tail of each ranking
# The ranking by meaning counts 0.7 of each ranking by words. Past its first few chunks its order is
# close to noise (an English-only model, clauses that all speak of data), and at full weight that
# noise decided which near-tied chunks made the first k: the int8 model's slightly different
# vectors then changed a decision on Dutch text. At 0.7 the int8 model scores as the float model
# did at full weight on our labelled sets; at 0.8 it lost a cited clause, at 0.5 a first quote on
# the fixtures (docs/measurements.md).
DENSE_WEIGHT = 0.7
DenseSearch = Callable[[list[str], int], list[list[tuple[str, float]]]]

_TOKEN = re.compile(r"[a-zà-ÿ0-9]+(?:[-'][a-zà-ÿ0-9]+)*", re.IGNORECASE)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


class BM25:
    """Okapi BM25 over a document's chunks. Small enough to rebuild per document."""

    def __init__(self, texts: list[str], k1: float = 1.4, b: float = 0.75) -> None:
        self.docs = [Counter(tokens(t)) for t in texts]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        df: Counter[str] = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self.k1, self.b = k1, b

    def scores(self, query: str) -> list[float]:
        # (in one fixed order: a float sum's last bits follow the order of its terms, and a set of
        # strings comes in a different order from run to run with Python's string hashing)
        terms = sorted(set(tokens(query)))
        out = []
        for doc, length in zip(self.docs, self.lengths, strict=True):
            score = 0.0
            for term in terms:
                tf = doc.get(term, 0)
                if tf:
                    norm = tf + self.k1 * (1 - self.b + self.b * length / (self.avg or 1))
                    score += self.idf.get(term, 0.0) * tf * (self.k1 + 1) / norm
            out.append(score)
        return out


@dataclass
class Retrieved:
    topic: str
    queries: list[str]
    chunks: list[Chunk]
    scores: dict[str, float] = field(default_factory=dict)  # chunk id -> fused score
    # Chunks past the first k in which a signal phrase of the topic stands: read before a topic is
    # called "not addressed", a claim that needs the whole document.
    further: list[Chunk] = field(default_factory=list)
    # The clauses right beside a chosen one in its article that hold a signal too: read with it. (And
    # those holding one of the topic's always-read signals, wherever they rank.)
    neighbours: list[Chunk] = field(default_factory=list)

    @property
    def read(self) -> list[Chunk]:
        """What an engine reads: the first k chunks and their neighbours in the same article."""
        return self.chunks + self.neighbours

    def record(self) -> dict[str, Any]:
        """What was searched, kept with a finding so a "not addressed" can be checked."""
        return {
            "queries": self.queries,
            "candidates": [
                {"chunk": c.id, "section": c.section, "pages": c.pages, "text": c.text[:300]}
                for c in self.chunks[:5]
            ],
            # Where in the document's text the engine read, so an evaluation can tell a clause
            # never read from one read and not cited.
            "read": [[c.start, c.end] for c in self.read],
        }


def chunk_texts(chunks: list[Chunk]) -> list[str]:
    """What the lexical ranker reads of each chunk: its heading too."""
    return [f"{c.title} {c.text}" for c in chunks]


class SignalIndex:
    """Each chunk's text on one line, and what rules out a signal search in it, made once per
    document and shared by the topics.

    Most signal searches find nothing, and they took most of retrieval's time, so each runs only
    in the chunks where it can match: a regular expression where one of the words it needs
    (prefilter.required_words) stands, a phrase where every one of its stems does (in one of
    the languages). Which chunks hold a word or a stem is found once per document, so a signal
    costs a few set operations rather than a test per chunk. The hits are the same as searching
    every signal in every chunk.
    """

    def __init__(self, chunks: list[Chunk]) -> None:
        # (typographic hyphens read as the plain one, as the readers read them)
        self.flat = {c.id: flatten(c.text) for c in chunks}
        self._folded: dict[str, str] | None = None
        self._holding: dict[str, frozenset[str]] = {}  # word -> the chunks whose text holds it
        self._with_stem: dict[str, dict[str, set[str]]] | None = None  # language -> stem -> chunks

    def hits(self, topic: Topic) -> dict[str, int]:
        """For each chunk (by id, in the chunks' order), how many of the topic's signal patterns
        and phrases it holds."""
        counts = dict.fromkeys(self.flat, 0)
        for name in topic.ranking_signal_names():
            for matcher in topic.matchers(name):
                for chunk_id in self._candidates(matcher):
                    if matcher.search(self.flat[chunk_id]):
                        counts[chunk_id] += 1
        return counts

    def _candidates(self, matcher: Matcher) -> Iterable[str]:
        """The chunks the matcher may match (a superset of those it does)."""
        if isinstance(matcher, Phrase):
            return self._phrase_candidates(matcher)
        found: Iterable[str] = self.flat
        for needed in required_words(matcher):  # the most telling first: often no chunk is left
            found = self._chunks_holding_any(needed).intersection(found)
            if not found:
                break
        return found

    def _chunks_holding_any(self, needed: frozenset[str]) -> frozenset[str]:
        return frozenset().union(*(self._chunks_holding(word) for word in needed))

    def _chunks_holding(self, word: str) -> frozenset[str]:
        held = self._holding.get(word)
        if held is None:
            if self._folded is None:
                self._folded = {chunk_id: fold(text) for chunk_id, text in self.flat.items()}
            held = self._holding[word] = frozenset(c for c, text in self._folded.items() if word in text)
        return held

    def _phrase_candidates(self, phrase: Phrase) -> set[str]:
        with_stem = self._stem_postings()
        found: set[str] = set()
        for lang, needed in phrase.stem_sets.items():
            postings = with_stem.get(lang, {})
            if all(stem in postings for stem in needed):
                found |= set(self.flat).intersection(*(postings[stem] for stem in needed))
        return found

    def _stem_postings(self) -> dict[str, dict[str, set[str]]]:
        if self._with_stem is None:
            self._with_stem = {}
            for chunk_id, text in self.flat.items():
                for lang, stems in words(text).stem_sets.items():
                    postings = self._with_stem.setdefault(lang, {})
                    for stem in stems:
                        postings.setdefault(stem, set()).add(chunk_id)
        return self._with_stem


def word_rankings(
    topic: Topic,
    chunks: list[Chunk],
    language: str,
    bm25: BM25 | None = None,
    signals: SignalIndex | None = None,
) -> list[list[str]]:
    """The topic's two rankings by words (BM25 over its queries and keywords, then its signal
    hits), as chunk ids. They need no vectors, so they can be made while the chunks are embedded."""
    bm25 = bm25 or BM25(chunk_texts(chunks))
    lexical = bm25.scores(" ".join(topic.queries_for(language) + topic.keywords))
    signals = signals or SignalIndex(chunks)
    signal_hits = signals.hits(topic)
    return [
        [c.id for c, s in sorted(zip(chunks, lexical, strict=True), key=lambda p: -p[1]) if s > 0],
        [cid for cid in sorted(signal_hits, key=lambda i: -signal_hits[i]) if signal_hits[cid] > 0],
    ]


def _same_article_neighbours(chunks: list[Chunk], chosen: list[str], with_signals: set[str]) -> list[str]:
    """The chunks right before and after a chosen one, in the same numbered article, that hold a
    signal of the topic: an article says one thing over several clauses ("7.2 ... informs ... 7.3
    Customer may object within two weeks"), and the clause that completes it may share too few
    words with the queries to be ranked among the first k. A clause between two chosen ones of its
    article is read whether or not it holds a signal."""
    position = {c.id: i for i, c in enumerate(chunks)}
    picked = set(chosen)
    chosen_ids = set(chosen)  # (the ranked ones only; `picked` grows with the neighbours added)
    extra: list[str] = []
    for chunk_id in chosen:
        i = position.get(chunk_id)
        if i is None or not article(chunks[i].section):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(chunks):
                other = chunks[j]
                # (one between two chosen clauses of its article is read, signal or not: "2.1 ...
                # stored in the hosting region selected. 2.2 ... in Frankfurt. 2.3 ... remote access")
                far = j + (j - i)
                between = (
                    0 <= far < len(chunks)
                    and chunks[far].id in chosen_ids
                    and article(chunks[far].section) == article(chunks[i].section)
                )
                if (
                    other.id not in picked
                    and (other.id in with_signals or between)
                    and article(other.section) == article(chunks[i].section)
                ):
                    picked.add(other.id)
                    extra.append(other.id)
    return extra


ALWAYS_READ = 12  # at most this many passages read for holding an always-read signal


def _always_read(topic: Topic, chunks: list[Chunk], picked: set[str]) -> list[str]:
    """The chunks that hold one of the topic's always-read signals, wherever they rank: a row of an
    annex that names where a party processes ("place of processing: India") decides where the data
    goes, yet the ranking by meaning sees each row alone and may put it far down."""
    names = topic.always_read()
    extra: list[str] = []
    for chunk in chunks if names else []:
        if len(extra) >= ALWAYS_READ:
            break
        if chunk.id not in picked and any(topic.matches(n, flatten(chunk.text)) for n in names):
            picked.add(chunk.id)
            extra.append(chunk.id)
    return extra


def retrieve(
    topic: Topic,
    chunks: list[Chunk],
    language: str,
    dense: DenseSearch | None,
    k: int,
    bm25: BM25 | None = None,
    signals: SignalIndex | None = None,
    by_words: list[list[str]] | None = None,
) -> Retrieved:
    """The k best chunks for the topic, by reciprocal-rank fusion of three rankings.

    `bm25` (BM25(chunk_texts(chunks))) and `signals` (SignalIndex(chunks)) may be built once per
    document and shared by the topics; `by_words` is word_rankings() made beforehand.
    """
    queries = topic.queries_for(language)
    if not chunks:
        return Retrieved(topic.id, queries, [])
    by_id = {c.id: c for c in chunks}
    rankings: list[list[str]] = []

    if dense is not None:
        best: dict[str, float] = {}
        for hits in dense(queries, min(len(chunks), 3 * k)):
            for chunk_id, distance in hits:
                best[chunk_id] = min(distance, best.get(chunk_id, math.inf))
        rankings.append(sorted(best, key=best.__getitem__))

    by_words = by_words if by_words is not None else word_rankings(topic, chunks, language, bm25, signals)
    rankings += by_words
    with_signals = set(by_words[1])  # the signal ranking holds exactly the chunks with a hit

    weights = ([DENSE_WEIGHT] if dense is not None else []) + [1.0] * len(by_words)
    fused: dict[str, float] = {}
    for weight, ranking in zip(weights, rankings, strict=True):
        for rank, chunk_id in enumerate(ranking):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (RRF_K + rank + 1)
    ranked = sorted(fused, key=lambda cid: -fused[cid])
    order = ranked[:k]
    beside = _same_article_neighbours(chunks, order, with_signals)
    picked = set(order) | set(beside)
    beside += _always_read(topic, chunks, picked)
    further = [by_id[c] for c in ranked[k:] if c in by_id and c in with_signals and c not in beside]
    return Retrieved(
        topic.id,
        queries,
        [by_id[c] for c in order if c in by_id],
        {c: fused[c] for c in order},
        further,
        [by_id[c] for c in beside],
    )
