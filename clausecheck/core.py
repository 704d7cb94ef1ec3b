"""The one object that does each user action: analyze, documents, analysis, compare, delete.

The CLI and the web app build a Clausecheck from settings and call these methods; they hold no
logic of their own.
"""

from __future__ import annotations

import contextlib
import logging
import re
import shutil
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .embed import Embedder
from .errors import ClausecheckError, InputError, IntegrityError, ModelMissingError, ReviewError
from .extract.engines import Engine
from .index import VectorIndex
from .joblog import JobLog
from .lock import analyses_in_progress, in_progress, write_lock, write_lock_if_free
from .model import find_model_dir
from .models import TOPIC_IDS, UNRATED, Analysis, Chunk, Document, Finding, Review
from .playbook import DEFAULT_RISK, Playbook, load_playbook, rate_all
from .privacy import refuse_tracing
from .progress import OnProgress, Progress, ignore
from .render import Vocabulary, load_vocabulary
from .retrieve import Retrieved
from .settings import Settings
from .sniff import sha256_file, sniff
from .store import Store, new_id, page_tokens
from .topics import Topic, load_topics

if TYPE_CHECKING:  # the stages load on first use: a repeat answers from the store without them
    from .pipeline import QueryCache, Timings
    from .sandbox import Limits

STEPS = ("parse", "index", "extract", "store")  # what a progress bar counts per file
MAX_NOTE = 4000  # a reviewer's note, in characters
MAX_NAME = 120  # a vendor or reviewer name


@dataclass
class Outcome:
    """What happened to one input file."""

    path: Path
    analysis: Analysis | None = None
    error: InputError | None = None
    reused: bool = False  # already analysed (same sha256): nothing was redone
    reread: bool = False  # already analysed, and its clauses were read again by another engine
    timings: Timings | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. the LLM failed and the rules answered
    sent_to: str = ""  # the host this run sent the document's clauses to ("" = none)


class Clausecheck:
    def __init__(self, settings: Settings, playbook: Path | None = None) -> None:
        self.settings = settings
        # Set before anything could trace: a message for the user when a switch was dropped.
        self.warning = refuse_tracing()
        self.store = Store(settings.data_dir)
        self._topics: tuple[Topic, ...] | None = None
        self.playbook: Playbook = load_playbook(playbook or settings.playbook, settings.prompts_dir)
        self._vocabulary: Vocabulary | None = None
        self._index: VectorIndex | None = None
        self._embedder: Embedder | None = None
        self._queries: QueryCache | None = None
        # Told when another process holds the write lock, so a user knows why nothing moves.
        self.on_wait: Callable[[], None] | None = None

    # Heavy parts load on first use: listing documents needs neither Chroma nor the model, and a
    # repeat (same sha256) not even the topics, whose phrases compile into hundreds of patterns.
    @property
    def topics(self) -> tuple[Topic, ...]:
        if self._topics is None:
            self._topics = load_topics(self.settings.prompts_dir)
        return self._topics

    @property
    def index(self) -> VectorIndex:
        if self._index is None:
            self._index = VectorIndex(self.settings.data_dir / "chroma")
        return self._index

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            from .pipeline import QueryCache

            model_dir = find_model_dir(self.settings.model_dir, self.settings.data_dir)
            weights = int8_weights(model_dir) if self.settings.int8 else None
            self._embedder = Embedder(model_dir, weights=weights)
            self._queries = QueryCache(self._embedder)
        return self._embedder

    @property
    def queries(self) -> QueryCache:
        self.embedder  # noqa: B018
        assert self._queries is not None
        return self._queries

    @property
    def vocabulary(self) -> Vocabulary:
        """The plain words every printout uses, from the same prompts folder as the topics."""
        if self._vocabulary is None:
            self._vocabulary = load_vocabulary(self.settings.prompts_dir)
        return self._vocabulary

    @property
    def files_dir(self) -> Path:
        return self.settings.data_dir / "files"

    def close(self) -> None:
        self.store.close()

    # --- analyze ---------------------------------------------------------------------------

    def analyze(
        self,
        paths: Iterable[Path],
        vendor: str | None = None,
        password: str | None = None,
        on_done: Callable[[Outcome], None] | None = None,
        on_step: Callable[[str], None] | None = None,
        engine: str | None = None,
        on_progress: OnProgress = ignore,
    ) -> list[Outcome]:
        """Analyse each file; a bad file gets an error outcome and the others still go through.

        `on_done` hears of each file's outcome; `on_step` of each of the STEPS stages of a file
        (all at once for a file that fails or was analysed before), for a progress bar;
        `on_progress` of the real counts inside each stage (pages, chunks, topics): if it raises,
        the file's analysis stops, leaves nothing behind, and the exception propagates.
        `engine` is rules | llm | hybrid. A file analysed before is reused as stored, unless an
        engine is named and the stored reading came from another engine or model, or a model
        failed on it last time: then its stored clauses are read again. With no engine named,
        new files get the settings' engine. An LLM engine with no model configured raises
        LLMError before any file is touched.
        """
        step = on_step or (lambda stage: None)
        outcomes: list[Outcome] = []
        chosen = Engine.create(engine or self.settings.engine, self.settings)
        for path in paths:
            extractor = Engine(chosen.name, chosen.config)  # per file: its warnings are that file's
            try:
                outcome = self._analyze_one(
                    path, vendor, password, step, extractor, engine is not None, on_progress
                )
            except InputError as exc:
                outcome = Outcome(path, error=exc)
            if outcome.timings is None:
                for stage in STEPS:
                    step(stage)
            outcomes.append(outcome)
            if on_done:
                on_done(outcome)
        return outcomes

    def _analyze_one(
        self,
        path: Path,
        vendor: str | None,
        password: str | None,
        step: Callable[[str], None],
        engine: Engine,
        engine_named: bool = False,
        on_progress: OnProgress = ignore,
    ) -> Outcome:
        sniff(path)
        sha256 = sha256_file(path)
        existing = self.store.find_by_sha(sha256)
        if existing:
            previous = self.analysis(existing["id"])
            if engine_named and self._reading_differs(previous, engine):
                return self._reread(path, existing["id"], step, engine, on_progress)
            return Outcome(path, previous, reused=True)
        from .pipeline import (
            Timings,
            embed_chunks,
            embed_queries,
            extract_findings,
            index_document,
            judge_kind,
            rank_by_words,
            read_document,
        )

        find_model_dir(self.settings.model_dir, self.settings.data_dir)  # missing: fail before parsing
        # Loading the model (making its int8 copy on first use) and the topics and importing Chroma
        # happen while the parser processes read the pages, when this process would otherwise
        # only wait. The embedding waits only for the first two: Chroma, needed once the vectors
        # are made, goes on loading beside it.
        ready = threading.Event()
        warming = threading.Thread(
            target=self._warm_up, args=(ready,), name="clausecheck-warm-up", daemon=True
        )
        warming.start()
        timings = Timings()
        doc_id = new_id()
        # Parsing and embedding only compute: they run outside the lock, so a long file does
        # not hold up another writer.
        try:
            doc, chunks = read_document(
                path, doc_id, password, self.limits, self.settings.chunk_size, timings, on_progress, sha256
            )
            ready.wait()
            doc.vendor = vendor or guess_vendor(path, doc.title)
            step("parse")
            # What needs no vectors (the kind of document, the rankings by words) a thread does while
            # onnxruntime embeds: its threads release the GIL and leave part of the cores idle between
            # batches, and the embedding starts as soon as the chunks are made.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="clausecheck-words") as pool:
                kind = pool.submit(judge_kind, doc, self.topics)
                ranking = pool.submit(rank_by_words, doc, chunks, self.topics, timings)
                queried = pool.submit(embed_queries, doc, chunks, self.topics, self.queries, timings)
                # What storing the pages needs, made here rather than in the single-core tail.
                tokens = pool.submit(page_tokens, doc.pages)
                vectors = embed_chunks(chunks, self.embedder, timings, on_progress)
                doc.kind = kind.result()
                by_words = ranking.result()
                queried.result()
        finally:
            warming.join()
        stored = False
        with in_progress(self.settings.data_dir, doc_id):
            try:
                on_progress(Progress("index", 0, 1))
                with write_lock(self.settings.data_dir, self.on_wait):
                    self._clean_up()
                    existing = self.store.find_by_sha(doc.sha256)  # another writer may have stored it
                    if existing:
                        return Outcome(path, self.analysis(existing["id"]), reused=True)
                    index_document(doc, chunks, vectors, self.index, timings, self.embedder.kind)
                    retrieved = self._retrieve(doc, chunks, timings, by_words)
                step("index")
                # A model may take minutes to read: no lock is held meanwhile.
                findings = extract_findings(doc, retrieved, timings, engine, on_progress)
                step("extract")
                on_progress(Progress("store", 0, 1))
                with write_lock(self.settings.data_dir, self.on_wait):
                    existing = self.store.find_by_sha(doc.sha256)  # stored by another writer meanwhile?
                    if existing is None:
                        self._store_new(path, doc, chunks, findings, engine, tokens.result())
                        stored = True
                    else:
                        self.index.delete(doc.id)
                        # Our reading is dropped, but its text did go out: the record must say so.
                        self.store.add_sent_to(existing["id"], engine.sent_to)
                if existing is not None:
                    return Outcome(path, self.analysis(existing["id"]), reused=True, sent_to=engine.sent_to)
                step("store")
                on_progress(Progress("store", 1, 1))
            except BaseException:
                if not stored:  # once committed, the document is whole: an interrupt now keeps it
                    with write_lock(self.settings.data_dir):
                        self.index.delete(doc.id)
                        (self.files_dir / f"{doc.id}.pdf").unlink(missing_ok=True)
                raise
        return Outcome(
            path,
            self.analysis(doc_id),
            timings=timings,
            warnings=list(engine.warnings),
            sent_to=engine.sent_to,
        )

    def _warm_up(self, ready: threading.Event) -> None:
        """Load what the stages after parsing need, in the order they need it; `ready` is set once
        what the embedding and its companion thread need is loaded (or has failed). A failure is
        raised again where it is needed."""
        with contextlib.suppress(Exception):
            try:
                self.embedder  # noqa: B018
                self.topics  # noqa: B018
            finally:
                ready.set()
            # Chroma is opened under the write lock (a new store creates its tables): here only
            # when no other writer holds it, else later, when the lock is taken anyway.
            with write_lock_if_free(self.settings.data_dir) as free:
                if free:
                    self.index  # noqa: B018

    def _store_new(self, path: Path, doc: Document, chunks: list[Chunk], findings: list[Finding],
                   engine: Engine, tokens: list[str] | None = None) -> None:  # fmt: skip
        self.files_dir.mkdir(parents=True, exist_ok=True)
        stored = self.files_dir / f"{doc.id}.pdf"
        shutil.copyfile(path, stored)
        if sha256_file(stored) != doc.sha256:
            raise InputError(path.name, "unreadable", "the file changed while it was being analysed")
        # The database write is last and one transaction: until it commits, nothing of this
        # document is visible, and a crash before it leaves only litter that _clean_up removes.
        self.store.save(doc, chunks, findings, engine.name, stored.name, path.stat().st_size,
                        engine.model, engine.sent_to, tokens)  # fmt: skip

    def reread(
        self,
        ref: str,
        engine: str | None = None,
        on_step: Callable[[str], None] | None = None,
        on_progress: OnProgress = ignore,
    ) -> Outcome:
        """Read a stored document's clauses again with `engine` (default: the settings' engine).

        Works from what is stored (pages, chunks, vectors): the original file is not needed.
        """
        meta = self.store.document(ref)
        reader = Engine.create(engine or self.settings.engine, self.settings)
        step = on_step or (lambda stage: None)
        return self._reread(Path(meta["filename"]), meta["id"], step, reader, on_progress)

    def reading_differs(self, analysis: Analysis) -> bool:
        """Would the settings' engine read this stored analysis differently? (For a "read again".)"""
        try:
            engine = Engine.create(self.settings.engine, self.settings)
        except ClausecheckError:
            return False
        return self._reading_differs(analysis, engine)

    @staticmethod
    def _reading_differs(analysis: Analysis, engine: Engine) -> bool:
        """Would `engine` read this stored analysis differently from how it was read?"""
        if analysis.engine != engine.name or analysis.model != engine.model:
            return True
        # A model that failed last time (down, slow, nonsense) gets another chance.
        return engine.name != "rules" and any(f.fallback for f in analysis.findings)

    def _retrieve(
        self,
        doc: Document,
        chunks: list[Chunk],
        timings: Timings,
        by_words: dict[str, list[list[str]]] | None = None,
    ) -> list[tuple[Topic, Retrieved]]:
        """Each topic's clauses (Chroma is read, so the caller holds the write lock)."""
        from .pipeline import retrieve_topics

        return retrieve_topics(
            doc, chunks, self.topics, self.index, self.queries, self.settings.top_k, timings, by_words
        )

    def _reread(
        self,
        path: Path,
        doc_id: str,
        step: Callable[[str], None],
        engine: Engine,
        on_progress: OnProgress = ignore,
    ) -> Outcome:
        """Read a stored document's clauses again with another engine: no parsing, and no embedding
        unless its vectors were made by other weights than the embedder's (float before int8 was the
        default): then they are made again, so its clauses and the topic queries meet in one space."""
        from .pipeline import Timings, embed_chunks, extract_findings

        self.embedder  # noqa: B018 - topic queries are embedded with it
        timings = Timings()
        doc, chunks = self.store.load_document(doc_id), self.store.chunks(doc_id)
        step("parse")
        on_progress(Progress("index", 0, 1))
        with write_lock(self.settings.data_dir, self.on_wait):
            if chunks and self.index.weights(doc_id) != self.embedder.kind:
                vectors = embed_chunks(chunks, self.embedder, timings, on_progress)
                self.index.replace_vectors(doc_id, chunks, vectors, self.embedder.kind)
            retrieved = self._retrieve(doc, chunks, timings)
        step("index")
        findings = extract_findings(doc, retrieved, timings, engine, on_progress)
        step("extract")
        on_progress(Progress("store", 0, 1))
        with write_lock(self.settings.data_dir, self.on_wait):
            # By id, in the same transaction: deleted (or deleted and analysed anew) meanwhile -> an error.
            self.store.replace_findings(doc_id, findings, engine.name, engine.model, engine.sent_to)
        step("store")
        return Outcome(path, self.analysis(doc_id), timings=timings, warnings=list(engine.warnings),
                       reread=True, sent_to=engine.sent_to)  # fmt: skip

    def _clean_up(self) -> None:
        """Remove what a killed run left behind: vectors and file copies with no database row.

        Called under the write lock, so no other writer is half-way through a document.
        """
        known = {d["id"] for d in self.store.documents()} | analyses_in_progress(self.settings.data_dir)
        for doc_id in self.index.doc_ids() - known:
            self.index.delete(doc_id)
        for stray in self.index.stray_segment_dirs():
            shutil.rmtree(stray, ignore_errors=True)
        if self.files_dir.is_dir():
            for copy in self.files_dir.iterdir():
                if copy.stem not in known:
                    copy.unlink(missing_ok=True)

    @property
    def limits(self) -> Limits:
        from .sandbox import Limits

        return Limits(
            seconds=self.settings.parse_seconds,
            memory_mb=self.settings.parse_memory_mb,
            max_pages=self.settings.max_pages,
        )

    # --- read ------------------------------------------------------------------------------

    def documents(self) -> list[dict[str, Any]]:
        return self.store.documents()

    def analysis(self, ref: str) -> Analysis:
        """A stored analysis with the reviewer's decisions beside it, rated with the current playbook."""
        meta = self.store.document(ref)
        findings = self.store.findings(meta["id"])
        reviews = self.store.reviews(meta["id"])
        for finding in findings:
            finding.decision = reviews.get(finding.topic)
        rate_all(findings, self.playbook)
        if meta.get("kind") == "other":
            # No contract: "not addressed" is no red flag here, only the warning is.
            for finding in findings:
                if finding.stance == "not_addressed" and finding.decision is None:
                    finding.risk = UNRATED
        return Analysis(
            document=document_json(meta),
            engine=meta["engine"],
            findings=findings,
            playbook=self.playbook.name,
            model=meta["model"],
            sent_to=meta["sent_to"],
        )

    def resolve(self, refs: Iterable[str], vendor: str | None = None) -> list[Analysis]:
        """Ids or files to analyses; a file not yet analysed is analysed first."""
        out = []
        for ref in refs:
            path = Path(ref)
            if path.is_file():
                outcome = self.analyze([path], vendor=vendor)[0]
                if outcome.error:
                    raise outcome.error
                assert outcome.analysis is not None
                out.append(outcome.analysis)
            else:
                out.append(self.analysis(ref))
        return out

    # --- review ----------------------------------------------------------------------------

    def review(self, ref: str, topic: str, stance: str | None = None, note: str = "",
               reviewer: str | None = None) -> Finding:  # fmt: skip
        """Settle one finding: accept the machine's stance (`stance` None), or set another from the
        topic's vocabulary; with a note, by `reviewer` (default: the settings' name), stamped now.
        Stored beside the machine's reading; returns the finding with its decision, rated."""
        meta = self.store.document(ref)
        finding = next((f for f in self.analysis(meta["id"]).findings if f.topic == topic), None)
        if finding is None:
            raise ReviewError(f"{topic!r} is not one of the topics: {', '.join(TOPIC_IDS)}")
        known = list(DEFAULT_RISK[topic])
        if stance is not None and stance not in known:
            raise ReviewError(f"{stance!r} is not a stance of {topic}: choose one of {', '.join(known)}")
        name = self.settings.reviewer if reviewer is None else reviewer
        decided = Review(
            topic=topic,
            stance=stance or finding.stance,
            accepted=stance is None or stance == finding.stance,
            machine_stance=finding.stance,
            note=note.strip()[:MAX_NOTE],
            reviewer=" ".join(name.split())[:MAX_NAME],
        )
        with write_lock(self.settings.data_dir, self.on_wait):
            self.store.save_review(meta["id"], decided)
        return next(f for f in self.analysis(meta["id"]).findings if f.topic == topic)

    def unreview(self, ref: str, topic: str) -> None:
        """Withdraw the decision on one finding: the machine's reading counts again."""
        meta = self.store.document(ref)
        with write_lock(self.settings.data_dir, self.on_wait):
            self.store.delete_review(meta["id"], topic)

    def rename(self, ref: str, vendor: str) -> dict[str, Any]:
        """Give a document another vendor name (the guess from its file name may be wrong)."""
        name = " ".join(vendor.split())[:MAX_NAME]
        if not name:
            raise ReviewError("the vendor name is empty")
        meta = self.store.document(ref)
        with write_lock(self.settings.data_dir, self.on_wait):
            self.store.rename(meta["id"], name)
        return self.store.document(meta["id"])

    # --- delete ----------------------------------------------------------------------------

    def delete(self, ref: str) -> dict[str, Any]:
        """Remove the stored copy, the database rows and the vectors of one document."""
        meta = self.store.document(ref)
        with write_lock(self.settings.data_dir, self.on_wait):
            self.index.delete(meta["id"])
            self.store.delete(meta["id"])
            self.store.vacuum()
            (self.files_dir / meta["stored_name"]).unlink(missing_ok=True)
        return meta

    def purge(self) -> int:
        """Erase every document for real; the number erased."""
        documents = self.store.documents()
        for meta in documents:
            self.delete(meta["id"])
        with write_lock(self.settings.data_dir, self.on_wait):
            JobLog(self.store).clear_finished()  # the failed ones still name their files
            self.store.vacuum()
            self._clean_up()
            self.index.compact()
        return len(documents)

    def stored_file(self, ref: str) -> Path:
        """The stored original of a document, after checking it still matches its sha256."""
        meta = self.store.document(ref)
        path = self.files_dir / meta["stored_name"]
        if not path.is_file():
            raise IntegrityError(f"the stored copy of {meta['filename']} ({meta['id']}) is missing")
        if sha256_file(path) != meta["sha256"]:
            raise IntegrityError(
                f"the stored copy of {meta['filename']} ({meta['id']}) no longer matches its sha256: "
                "it was changed on disk. Delete the document and analyse the original again."
            )
        return path

    def check_files(self) -> list[str]:
        """A problem line for every stored original that is missing or altered."""
        problems = []
        for meta in self.store.documents():
            try:
                self.stored_file(meta["id"])
            except IntegrityError as exc:
                problems.append(str(exc))
        return problems

    def provenance(self, analyses: Iterable[Analysis] = ()) -> dict[str, Any]:
        """What an export records about its making: tool, engines, models, where text was sent."""
        analyses = list(analyses)
        engines = sorted({a.engine for a in analyses}) or [self.settings.engine]
        models = sorted({a.model for a in analyses if a.model})
        hosts = sorted({h for a in analyses for h in a.sent_to.split(", ") if h})
        return {"tool": "clausecheck", "version": __version__, "engine": ", ".join(engines),
                "model": ", ".join(models), "sent_to": ", ".join(hosts),
                "playbook": self.playbook.name, "playbook_sha256": self.playbook.sha256}  # fmt: skip


def document_json(meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": meta["id"],
        "filename": meta["filename"],
        "sha256": meta["sha256"],
        "pages": meta["pages"],
        "language": meta["language"],
        "vendor": meta["vendor"],
        "kind": meta.get("kind") or "",
    }


def int8_weights(model_dir: Path) -> Path | None:
    """The int8 model made from `model_dir` (made now on first use), or None to embed with the
    float model when it cannot be made: slower, never a failed analysis."""
    from .quantize import ensure_int8

    try:
        return ensure_int8(model_dir)
    except ModelMissingError as exc:
        logging.getLogger(__name__).warning("%s; embedding with the float model instead", exc)
        return None


def guess_vendor(path: Path, title: str) -> str:
    """'acme-cloud-dpa.pdf' -> 'Acme Cloud': file names name the vendor more often than titles do."""
    stem = re.sub(r"[-_ ]+", " ", path.stem)
    words = [w for w in stem.split() if w.lower() not in _DOC_WORDS and not w.isdigit()]
    name = " ".join(w.capitalize() if w.islower() else w for w in words[:3])
    return name or title[:60] or path.stem


_DOC_WORDS = {
    "dpa", "terms", "tos", "privacy", "policy", "notice", "agreement", "addendum", "data", "processing",
    "verwerkersovereenkomst", "bewerkersovereenkomst", "verwerkingsovereenkomst", "nl", "en", "v1", "v2",
    "final", "signed", "saas", "eu", "us", "ai", "service", "services", "contract",
}  # fmt: skip


__all__ = ["Clausecheck", "ClausecheckError", "Outcome"]
