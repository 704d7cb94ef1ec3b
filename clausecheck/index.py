"""Chunks <-> Chroma. The only module that imports chromadb.

One collection per document: a document's vectors can then be dropped as a whole (and, in a
later step, its segment folder erased), and a query never has to filter other vendors out.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .models import Chunk

# Chroma reads these at import; set before the import so nothing is ever sent.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

Embed = Callable[[list[str]], list[list[float]]]


def collection_name(doc_id: str) -> str:
    return f"doc-{doc_id}"


class VectorIndex:
    """An embedded Chroma store in `path` (or a Chroma server when `host` is given)."""

    def __init__(self, path: Path, host: str | None = None, port: int = 8000) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        if host:
            self.client: Any = chromadb.HttpClient(host=host, port=port, settings=settings)
        else:
            path.mkdir(parents=True, exist_ok=True)
            self.client = chromadb.PersistentClient(path=str(path), settings=settings)

    def add(self, doc_id: str, chunks: list[Chunk], vectors: list[list[float]]) -> None:
        collection = self.client.get_or_create_collection(
            collection_name(doc_id),
            embedding_function=None,
            metadata={"hnsw:space": "cosine"},
        )
        collection.add(
            ids=[c.id for c in chunks],
            embeddings=vectors,  # type: ignore[arg-type]
            documents=[c.text for c in chunks],
            metadatas=[{"section": c.section, "page": c.pages[0]} for c in chunks],
        )

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
        if self.has(doc_id):
            self.client.delete_collection(collection_name(doc_id))

    def names(self) -> set[str]:
        return {c.name for c in self.client.list_collections()}
