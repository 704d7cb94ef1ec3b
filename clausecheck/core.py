"""The one object that does each user action: analyze, documents, analysis, compare, delete.

The CLI and the web app build a Clausecheck from settings and call these methods; they hold no
logic of their own.
"""

from __future__ import annotations

import multiprocessing
import re
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .embed import Embedder, find_model_dir
from .errors import ClausecheckError, InputError
from .index import VectorIndex
from .models import Analysis
from .parse import ParseLimits, sha256_file, sniff
from .pipeline import QueryCache, Timings, extract_findings, index_document, read_document
from .playbook import Playbook, load_playbook, rate_all
from .settings import Settings
from .store import Store, new_id
from .topics import Topic, load_topics

ENGINE = "rules"
STEPS = ("parse", "index", "extract", "store")  # what a progress bar counts per file


@dataclass
class Outcome:
    """What happened to one input file."""

    path: Path
    analysis: Analysis | None = None
    error: InputError | None = None
    reused: bool = False  # already analysed (same sha256): nothing was redone
    timings: Timings | None = None


class Clausecheck:
    def __init__(self, settings: Settings, playbook: Path | None = None) -> None:
        self.settings = settings
        self.store = Store(settings.data_dir)
        self.topics: tuple[Topic, ...] = load_topics(settings.prompts_dir)
        self.playbook: Playbook = load_playbook(playbook or settings.playbook, settings.prompts_dir)
        self._index: VectorIndex | None = None
        self._embedder: Embedder | None = None
        self._queries: QueryCache | None = None

    # Heavy parts load on first use: listing documents needs neither Chroma nor the model.
    @property
    def index(self) -> VectorIndex:
        if self._index is None:
            self._index = VectorIndex(self.settings.data_dir / "chroma")
        return self._index

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder(find_model_dir(self.settings.model_dir))
            self._queries = QueryCache(self._embedder)
        return self._embedder

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
    ) -> list[Outcome]:
        """Analyse each file; a bad file gets an error outcome and the others still go through.

        `on_done` hears of each file's outcome; `on_step` of each of the STEPS stages of a file
        (all at once for a file that fails or was analysed before), for a progress bar.
        """
        step = on_step or (lambda stage: None)
        paths = list(paths)
        outcomes: list[Outcome] = []
        pool: ProcessPoolExecutor | None = None
        try:
            for path in paths:
                try:
                    sniff(path)
                    existing = self.store.find_by_sha(sha256_file(path))
                    if existing:
                        outcome = Outcome(path, self.analysis(existing["id"]), reused=True)
                    else:
                        self.embedder  # noqa: B018 - fail on a missing model before parsing
                        if pool is None:
                            pool = _pool(self.settings.parse_workers)
                        outcome = self._analyze_new(path, vendor, password, pool, step)
                except InputError as exc:
                    outcome = Outcome(path, error=exc)
                if outcome.timings is None:
                    for stage in STEPS:
                        step(stage)
                outcomes.append(outcome)
                if on_done:
                    on_done(outcome)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)
        return outcomes

    def _analyze_new(
        self,
        path: Path,
        vendor: str | None,
        password: str | None,
        pool: ProcessPoolExecutor,
        step: Callable[[str], None],
    ) -> Outcome:
        timings = Timings()
        doc_id = new_id()
        doc, chunks = read_document(
            path, doc_id, password, pool, ParseLimits(), self.settings.chunk_size, timings
        )
        doc.vendor = vendor or guess_vendor(path, doc.title)
        assert self._queries is not None
        step("parse")
        try:
            index_document(doc, chunks, self.embedder, self.index, timings)
            step("index")
            findings = extract_findings(
                doc, chunks, self.topics, self.index, self._queries, self.settings.top_k, timings
            )
            step("extract")
            self.files_dir.mkdir(parents=True, exist_ok=True)
            stored = self.files_dir / f"{doc_id}.pdf"
            shutil.copyfile(path, stored)
            self.store.save(doc, chunks, findings, ENGINE, stored.name, path.stat().st_size)
            step("store")
        except BaseException:
            # Nothing half-stored: drop the vectors and the copy when the database write fails.
            self.index.delete(doc_id)
            (self.files_dir / f"{doc_id}.pdf").unlink(missing_ok=True)
            raise
        return Outcome(path, self.analysis(doc_id), timings=timings)

    # --- read ------------------------------------------------------------------------------

    def documents(self) -> list[dict[str, Any]]:
        return self.store.documents()

    def analysis(self, ref: str) -> Analysis:
        """A stored analysis, rated with the current playbook."""
        meta = self.store.document(ref)
        findings = rate_all(self.store.findings(meta["id"]), self.playbook)
        return Analysis(document=document_json(meta), engine=meta["engine"], findings=findings,
                        playbook=self.playbook.name)  # fmt: skip

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

    # --- delete ----------------------------------------------------------------------------

    def delete(self, ref: str) -> dict[str, Any]:
        """Remove the stored copy, the database rows and the vectors of one document."""
        meta = self.store.document(ref)
        self.index.delete(meta["id"])
        self.store.delete(meta["id"])
        (self.files_dir / meta["stored_name"]).unlink(missing_ok=True)
        return meta

    def provenance(self) -> dict[str, Any]:
        return {"tool": "clausecheck", "version": __version__, "engine": ENGINE,
                "playbook": self.playbook.name, "playbook_sha256": self.playbook.sha256}  # fmt: skip


def document_json(meta: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": meta["id"],
        "filename": meta["filename"],
        "sha256": meta["sha256"],
        "pages": meta["pages"],
        "language": meta["language"],
        "vendor": meta["vendor"],
    }


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


def _pool(workers: int) -> ProcessPoolExecutor:
    # "spawn": workers must not inherit the parent's onnxruntime threads or open sqlite handles.
    return ProcessPoolExecutor(max(1, workers), mp_context=multiprocessing.get_context("spawn"))


__all__ = ["Clausecheck", "ClausecheckError", "Outcome"]
