"""analyze(): parse -> chunk -> index -> retrieve -> extract -> verify, and nothing else.

Storing and rating are the caller's (core.py); this module composes the stages and times them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .chunk import chunk_document
from .embed import Embedder
from .extract.facts import fact_sources
from .extract.rules import extract
from .index import VectorIndex, Vectors
from .models import Chunk, Document, Finding
from .parse import parse_pdf
from .progress import OnProgress, Progress, ignore
from .retrieve import BM25, Retrieved, SignalIndex, chunk_texts, retrieve, word_rankings
from .sandbox import Limits
from .topics import Topic
from .verify import verify_all

Extractor = Callable[[Topic, Retrieved, Document], Finding]  # rules.extract or an engines.Engine


@dataclass
class Timings:
    stages: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, started: float) -> None:
        self.stages[stage] = self.stages.get(stage, 0.0) + time.perf_counter() - started


@dataclass
class Extracted:
    document: Document
    chunks: list[Chunk]
    findings: list[Finding]
    timings: Timings


class QueryCache:
    """Topic queries are fixed: embed each once per process, not once per document."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.vectors: dict[str, list[float]] = {}

    def __call__(self, queries: list[str]) -> list[list[float]]:
        missing = [q for q in queries if q not in self.vectors]
        if missing:
            self.vectors.update(zip(missing, self.embedder(missing), strict=True))
        return [self.vectors[q] for q in queries]


def read_document(
    path: Path,
    doc_id: str,
    password: str | None,
    limits: Limits,
    chunk_size: int,
    timings: Timings,
    on_progress: OnProgress = ignore,
    sha256: str | None = None,
) -> tuple[Document, list[Chunk]]:
    started = time.perf_counter()

    def page(done: int, total: int) -> None:
        on_progress(Progress("parse", done, total))

    doc = parse_pdf(path, password=password, limits=limits, on_page=page, sha256=sha256)
    doc.id = doc_id
    timings.add("parse", started)
    started = time.perf_counter()
    chunks = chunk_document(doc, chunk_size)
    timings.add("chunk", started)
    return doc, chunks


def judge_kind(doc: Document, topics: tuple[Topic, ...]) -> str:
    """ "contract" when the text reads as a contract or privacy text, else "other"."""
    reading = topics[0].reading if topics else None
    if reading is None:
        return ""
    return "contract" if reading.reads_as_contract(doc.text) else "other"


def embed_chunks(
    chunks: list[Chunk], embedder: Embedder, timings: Timings, on_progress: OnProgress = ignore
) -> Vectors:
    """Vectors for the chunks: pure computation, so it runs before the write lock is taken."""
    started = time.perf_counter()
    on_progress(Progress("embed", 0, len(chunks)))

    def batch(done: int, total: int) -> None:
        on_progress(Progress("embed", done, total))

    vectors = embedder.matrix([f"{c.title}\n{c.text}" if c.title else c.text for c in chunks], batch)
    timings.add("embed", started)
    return vectors


def index_document(
    doc: Document, chunks: list[Chunk], vectors: Vectors, index: VectorIndex, timings: Timings,
    weights: str = "float",
) -> None:  # fmt: skip
    started = time.perf_counter()
    index.add(doc.id, chunks, vectors, weights)
    timings.add("index", started)


def rank_by_words(
    doc: Document, chunks: list[Chunk], topics: tuple[Topic, ...], timings: Timings
) -> dict[str, list[list[str]]]:
    """Each topic's rankings by words (retrieve.word_rankings), by topic id.

    They need no vectors: core.py makes them in a thread while the chunks are embedded, so their
    time (counted under "retrieve") overlaps the embedding's.
    """
    started = time.perf_counter()
    bm25, signals = BM25(chunk_texts(chunks)), SignalIndex(chunks)
    out = {t.id: word_rankings(t, chunks, doc.language, bm25, signals) for t in topics}
    timings.add("retrieve", started)
    return out


def embed_queries(
    doc: Document, chunks: list[Chunk], topics: tuple[Topic, ...], queries: QueryCache, timings: Timings
) -> None:
    """Embed the topics' queries ahead, beside the chunks' embedding (core.py), so that
    retrieve_topics finds them in the cache instead of waiting for them after it: the same calls
    in the same order as retrieve() makes them (one per topic, none for a document without
    chunks), so the same batches and the same vectors."""
    if not chunks:
        return
    started = time.perf_counter()
    for topic in topics:
        queries(topic.queries_for(doc.language))
    timings.add("retrieve", started)


def retrieve_topics(
    doc: Document,
    chunks: list[Chunk],
    topics: tuple[Topic, ...],
    index: VectorIndex,
    queries: QueryCache,
    top_k: int,
    timings: Timings,
    by_words: dict[str, list[list[str]]] | None = None,
) -> list[tuple[Topic, Retrieved]]:
    """The clauses each topic's queries find, in the spec's topic order."""
    by_words = by_words or rank_by_words(doc, chunks, topics, timings)

    def dense(texts: list[str], k: int) -> list[list[tuple[str, float]]]:
        return index.query(doc.id, queries(texts), k)

    out = []
    for topic in topics:
        started = time.perf_counter()
        found = retrieve(topic, chunks, doc.language, dense, top_k, by_words=by_words[topic.id])
        out.append((topic, found))
        timings.add("retrieve", started)
    return out


def extract_findings(
    doc: Document,
    retrieved: list[tuple[Topic, Retrieved]],
    timings: Timings,
    extractor: Extractor = extract,
    on_progress: OnProgress = ignore,
) -> list[Finding]:
    """One verified finding per topic: only quotes found verbatim on the page they name survive."""
    pages = {p.number: p for p in doc.pages}
    findings: list[Finding] = []
    for topic, found in retrieved:
        on_progress(Progress("extract", len(findings), len(retrieved)))
        started = time.perf_counter()
        finding = extractor(topic, found, doc)
        verified = verify_all(pages, finding.citations)
        if len(verified) != len(finding.citations):
            # The engine numbered its quotes; a dropped one must not leave a fact pointing past it.
            finding.sources = fact_sources(topic, finding.facts, [c for c in verified if not c.related])
        finding.citations = verified
        findings.append(finding)
        timings.add("extract", started)
    on_progress(Progress("extract", len(findings), len(retrieved)))
    return findings
