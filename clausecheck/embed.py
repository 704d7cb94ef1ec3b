"""all-MiniLM-L6-v2 embeddings from its ONNX file (found by model.py), with dynamic padding.

chromadb's default embedding function pads every text to 256 tokens; clauses are mostly much
shorter, so we sort texts by length and pad each batch only to its longest text. The vectors
are the same (padding is masked out of the mean pool); the work is several times smaller.

A text's vector is made from its first EMBED_TOKENS tokens (the model takes 256). A clause's
title and first sentences say what it is about, and the ranking by meaning is one of three
rankings that retrieval fuses (retrieve.py): cutting github-dpa's 30.4k tokens to 26.2k took a
fifth of the embedding's CPU time (the attention's cost grows with the square of the length),
and `clausecheck eval` on dev and fixtures/eval kept every stance, cited clause and duration
(docs/measurements.md, sixth pass). 192 kept them too; 160 lost a fixtures stance, 128 a dev one (third pass).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

MAX_TOKENS = 256  # what the model was trained with, and what chromadb truncates to
EMBED_TOKENS = 176  # what we embed of each text (see above)
BATCH_TOKENS = 512  # the most padded tokens in one batch (two batches run at once on 2 cores)
ENCODE_SLICE = 256  # texts tokenised at once
DIMENSIONS = 384

if TYPE_CHECKING:  # numpy loads with the model: a repeat that answers from the store needs neither
    import numpy as np


def _batches(order: list[int], lengths: list[int], size: int) -> Iterator[list[int]]:
    """Texts in `order` (shortest first) in batches of at most `size` texts and BATCH_TOKENS padded
    tokens: onnxruntime keeps the memory of its largest batch, and each thread runs one. Two
    threads with batches of 1024 tokens peaked about 80 MB above one thread; at 512 tokens they
    peak below it, with less CPU (621 clauses, int8: 12.8 s against 13.7 s)."""
    batch: list[int] = []
    for i in order:
        if batch and (len(batch) == size or (len(batch) + 1) * lengths[i] > BATCH_TOKENS):
            yield batch
            batch = []
        batch.append(i)
    if batch:
        yield batch


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
        # What the stored vectors record: a document embedded by other weights is embedded again
        # before its clauses are searched with these (core.py).
        # The length a text is cut at is part of it: a vector made of more tokens is another vector.
        weights_kind = "float" if self.weights == model_dir / "model.onnx" else "int8"
        self.kind = f"{weights_kind}:{EMBED_TOKENS}"
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=EMBED_TOKENS)
        self.tokenizer.no_padding()
        onnxruntime.disable_telemetry_events()
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        # onnxruntime's worker threads spin between batches by default: on a machine with other
        # work (or our own parser processes) that burned as much CPU again as the embedding itself,
        # for no gain in wall time (bench/README.md).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        # One thread inside each run, and batches run side by side in `threads` threads instead:
        # a batch of eight short clauses is too small to split well across cores (measured: the
        # same vectors, less CPU, and less wall time on 2 cores; bench/README.md).
        self.threads = max(1, min(os.cpu_count() or 1, 4))
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(self.weights), options, providers=["CPUExecutionProvider"]
        )

    def __call__(
        self, texts: list[str], on_batch: Callable[[int, int], None] | None = None
    ) -> list[list[float]]:
        """The texts' vectors, in order; `on_batch(done, total)` hears of each batch embedded."""
        return self.matrix(texts, on_batch).tolist()  # type: ignore[no-any-return]

    def matrix(self, texts: list[str], on_batch: Callable[[int, int], None] | None = None) -> np.ndarray:  # type: ignore[type-arg]
        """The texts' vectors as the rows of one float32 array: for a long document, a tenth of the
        memory of lists of Python floats."""
        import numpy as np

        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Only the token ids are kept, as arrays, and texts are tokenised a slice at a time: a
        # tokenizer Encoding also holds tokens, offsets and masks, several times the memory.
        ids = [
            np.asarray(encoding.ids, dtype=np.int64)
            for start in range(0, len(texts), ENCODE_SLICE)
            for encoding in self.tokenizer.encode_batch(texts[start : start + ENCODE_SLICE])
        ]
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        batches = list(_batches(order, [len(i) for i in ids], self.batch_size))
        done = 0

        def run(batch: list[int]) -> np.ndarray:  # type: ignore[type-arg]
            return self._run([ids[i] for i in batch])

        with ThreadPoolExecutor(self.threads, thread_name_prefix="clausecheck-embed") as pool:
            # onnxruntime releases the GIL while it runs; map gives the results back in order.
            for batch, vectors in zip(batches, pool.map(run, batches), strict=True):
                out[batch] = vectors
                done += len(batch)
                if on_batch is not None:
                    on_batch(done, len(order))
        return out

    def _run(self, texts: list[np.ndarray]) -> np.ndarray:  # type: ignore[type-arg]
        import numpy as np

        width = max(len(t) for t in texts)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, text in enumerate(texts):
            ids[row, : len(text)] = text
            mask[row, : len(text)] = 1
        hidden = self.session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
