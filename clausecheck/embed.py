"""all-MiniLM-L6-v2 embeddings from its ONNX file (found by model.py), with dynamic padding.

chromadb's default embedding function pads every text to 256 tokens; clauses are mostly much
shorter, so we sort texts by length and pad each batch only to its longest text. The vectors
are the same (padding is masked out of the mean pool); the work is several times smaller.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

MAX_TOKENS = 256  # what the model was trained with, and what chromadb truncates to

if TYPE_CHECKING:  # numpy loads with the model: a repeat that answers from the store needs neither
    import numpy as np


class Embedder:
    """Callable: list of texts -> list of L2-normalised 384-dimensional vectors."""

    # Small batches: less padding waste, and measured faster on 2 cores (bench/README.md).
    def __init__(self, model_dir: Path, batch_size: int = 8, weights: Path | None = None) -> None:
        """`model_dir` holds the tokenizer and the float model; `weights` is another model.onnx
        of the same network to run instead (the int8 one quantize.py makes)."""
        import onnxruntime
        from tokenizers import Tokenizer

        self.model_dir = model_dir
        self.weights = weights or model_dir / "model.onnx"
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()
        onnxruntime.disable_telemetry_events()
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            str(self.weights), options, providers=["CPUExecutionProvider"]
        )

    def __call__(
        self, texts: list[str], on_batch: Callable[[int, int], None] | None = None
    ) -> list[list[float]]:
        """The texts' vectors, in order; `on_batch(done, total)` hears of each batch embedded."""
        if not texts:
            return []
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        vectors: list[np.ndarray | None] = [None] * len(texts)
        for b in range(0, len(order), self.batch_size):
            batch = order[b : b + self.batch_size]
            for i, vector in zip(batch, self._run([encodings[i] for i in batch]), strict=True):
                vectors[i] = vector
            if on_batch is not None:
                on_batch(min(b + self.batch_size, len(order)), len(order))
        return [v.tolist() for v in vectors if v is not None]

    def _run(self, encodings: list) -> np.ndarray:  # type: ignore[type-arg]
        import numpy as np

        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        hidden = self.session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
