"""Chunks <-> Chroma. The only module that imports chromadb.

One collection per document: a document's vectors can then be dropped as a whole (and, in a
later step, its segment folder erased), and a query never has to filter other vendors out.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

from .models import Chunk

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
Embed = Callable[[list[str]], list[list[float]]]
Vectors = Any  # a float32 array, one row per chunk (Embedder.matrix), or lists of floats
WEIGHTS_KEY = "clausecheck_weights"  # in a collection's metadata: Embedder.kind ("int8:176")


def chroma_model_fetcher() -> Any:
    """chromadb's own default embedding function, the class whose downloader model.py drives."""
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    return ONNXMiniLM_L6_V2


def collection_name(doc_id: str) -> str:
    return f"doc-{doc_id}"


def _records(chunks: list[Chunk], vectors: Vectors) -> dict[str, Any]:
    """Vectors and where their clauses are; not the clauses' text. Nothing reads it from Chroma (the
    store holds every chunk), and Chroma indexes a document's text for full-text search as it is
    added: two thirds of the time `add` took (github-dpa: 0.09 -> 0.03 s of CPU), and one copy
    fewer of the contract's text on disk."""
    return {
        "ids": [c.id for c in chunks],
        "embeddings": vectors,
        "metadatas": [{"section": c.section, "page": c.pages[0]} for c in chunks],
    }


class VectorIndex:
    """An embedded Chroma store in `path` (or a Chroma server when `host` is given)."""

    def __init__(self, path: Path, host: str | None = None, port: int = 8000) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        self.path: Path | None = None
        if host:
            self.client: Any = chromadb.HttpClient(host=host, port=port, settings=settings)
        else:
            path.mkdir(parents=True, exist_ok=True)
            self.path = path
            self.client = chromadb.PersistentClient(path=str(path), settings=settings)

    def add(self, doc_id: str, chunks: list[Chunk], vectors: Vectors, weights: str = "float") -> None:
        """Store a document's vectors, recording which weights (Embedder.kind) made them."""
        collection = self.client.get_or_create_collection(
            collection_name(doc_id),
            embedding_function=None,
            metadata={"hnsw:space": "cosine", WEIGHTS_KEY: weights},
        )
        collection.add(**_records(chunks, vectors))

    def weights(self, doc_id: str) -> str:
        """Which weights made a document's vectors: "float" for those stored before this was recorded
        (the float model was the default then)."""
        collection = self.client.get_collection(collection_name(doc_id), embedding_function=None)
        return str((collection.metadata or {}).get(WEIGHTS_KEY, "float"))

    def replace_vectors(self, doc_id: str, chunks: list[Chunk], vectors: Vectors, weights: str) -> None:
        """Put vectors made by other weights in place of a document's stored ones (same chunk ids)."""
        collection = self.client.get_collection(collection_name(doc_id), embedding_function=None)
        collection.upsert(**_records(chunks, vectors))
        # Only our key: Chroma refuses a metadata that names the distance again (it stays cosine).
        collection.modify(metadata={WEIGHTS_KEY: weights})

    def has(self, doc_id: str) -> bool:
        return collection_name(doc_id) in {c.name for c in self.client.list_collections()}

    def query(self, doc_id: str, vectors: list[list[float]], k: int) -> list[list[tuple[str, float]]]:
        """For each query vector, the k nearest chunk ids of that document with distances."""
        collection = self.client.get_collection(collection_name(doc_id), embedding_function=None)
        k = max(1, min(k, collection.count()))
        result = collection.query(query_embeddings=vectors, n_results=k, include=["distances"])  # type: ignore[arg-type]
        distances = result["distances"] or []
        return [
            list(zip(ids, dists, strict=True)) for ids, dists in zip(result["ids"], distances, strict=True)
        ]

    def delete(self, doc_id: str) -> None:
        """Erase a document's vectors and text for real.

        Chroma's delete_collection leaves the collection's HNSW folder on disk and its text in
        the free pages of chroma.sqlite3, so the folder is removed and the database vacuumed.
        """
        name = collection_name(doc_id)
        if name in self.names():
            segments = self._segments_of(name) if self.path else []
            self.client.delete_collection(name)
            for segment in segments:
                shutil.rmtree(self.path / segment, ignore_errors=True)  # type: ignore[operator]
        self.compact()

    def compact(self) -> None:
        """Rewrite chroma.sqlite3 without free pages (deleted text goes with them)."""
        if self.path is None or not (self.path / "chroma.sqlite3").exists():
            return
        with closing(sqlite3.connect(self.path / "chroma.sqlite3", timeout=60)) as db:
            db.execute("VACUUM")

    def names(self) -> set[str]:
        return {c.name for c in self.client.list_collections()}

    def doc_ids(self) -> set[str]:
        return {n.removeprefix("doc-") for n in self.names() if n.startswith("doc-")}

    def _segments_of(self, name: str) -> list[str]:
        assert self.path is not None
        with closing(sqlite3.connect(f"file:{self.path / 'chroma.sqlite3'}?mode=ro", uri=True)) as db:
            rows = db.execute(
                "SELECT s.id FROM segments s JOIN collections c ON s.collection = c.id WHERE c.name = ?",
                (name,),
            ).fetchall()
        return [r[0] for r in rows]

    def stray_segment_dirs(self) -> list[Path]:
        """Vector folders on disk that Chroma no longer knows (left by a crash or an old delete)."""
        if self.path is None or not (self.path / "chroma.sqlite3").exists():
            return []
        with closing(sqlite3.connect(f"file:{self.path / 'chroma.sqlite3'}?mode=ro", uri=True)) as db:
            known = {r[0] for r in db.execute("SELECT id FROM segments")}
        return [
            p for p in self.path.iterdir() if p.is_dir() and UUID.fullmatch(p.name) and p.name not in known
        ]
