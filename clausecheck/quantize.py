"""The int8 embedding model: made from the float model on first use and kept in the user's cache.

all-MiniLM-L6-v2 with int8 weights embeds about twice as fast on a CPU, and `clausecheck eval`
gave the same stances and citations on the dev and check sets as with the float model
(docs/measurements.md). It is derived, never downloaded or shipped: onnxruntime's dynamic
quantiser (`quantize_dynamic`, QInt8 weights) writes the same bytes on every run from the same
float file and onnxruntime version, so it is made where it is used. It lives in
$XDG_CACHE_HOME/clausecheck (default ~/.cache/clausecheck), beside chromadb's own model cache:
it holds no user data, and one copy serves every data folder on the machine.

The quantiser runs in a child process (`python -m clausecheck.quantize SOURCE TARGET`): it holds
two copies of the model in memory and logs to the root logger, neither of which the analysing
process should keep.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from .errors import ModelMissingError
from .settings import MODEL_NAME

INT8_NAME = f"{MODEL_NAME}-int8"
# What quantize() makes, beyond onnxruntime's own quantiser: part of the cache key, so a change to
# it makes a new model instead of reusing one made the old way. 2: NaN guards taken out.
RECIPE = 2
MAKE_SECONDS = 300  # the quantiser takes a few seconds; far more means it hangs


def cache_dir() -> Path:
    """Where derived models are kept (read each time: tests move HOME)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clausecheck" / "models"


def int8_file(float_dir: Path) -> Path:
    """Where the int8 model made from `float_dir/model.onnx` is (or will be) kept.

    The folder is named by the float file (path, size, modification time) and the onnxruntime
    version, so a changed model or quantiser makes a new one instead of reusing a stale one.
    Stat only: hashing the 86 MB file on every run would cost more than a repeat may take.
    """
    source = (float_dir / "model.onnx").resolve()
    stat = source.stat()
    key = f"{source}|{stat.st_size}|{stat.st_mtime_ns}|{metadata.version('onnxruntime')}|{RECIPE}"
    return cache_dir() / f"{INT8_NAME}-{hashlib.sha256(key.encode()).hexdigest()[:16]}" / "model.onnx"


def ensure_int8(float_dir: Path) -> Path:
    """The int8 model.onnx made from `float_dir`, made now when it is not in the cache yet.

    Raises ModelMissingError when it cannot be made (no `onnx` package, a read-only cache).
    Two processes making it at once each write a temporary file and rename it into place, so
    neither ever reads half a model.
    """
    target = int8_file(float_dir)
    if target.is_file():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".making-") as temporary:
            made = Path(temporary) / "model.onnx"
            # onnxruntime's quantiser writes a scratch copy beside its input and deletes it: from a
            # link in our own folder, that copy never lands in the user's model folder (which may
            # be read-only), nor races with another process making the model at once.
            source = Path(temporary) / "float.onnx"
            source.symlink_to((float_dir / "model.onnx").resolve())
            command = [sys.executable, "-m", "clausecheck.quantize", str(source), str(made)]
            result = subprocess.run(command, capture_output=True, text=True, timeout=MAKE_SECONDS)
            if result.returncode != 0 or not made.is_file():
                reason = (result.stderr.strip().splitlines() or ["no output"])[-1]
                raise ModelMissingError(f"making the int8 model failed: {reason}")
            os.replace(made, target)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ModelMissingError(f"making the int8 model in {target.parent} failed: {exc}") from exc
    return target


def quantize(source: Path, target: Path) -> None:
    """Write `target` with int8 weights from the float model `source` (in this process)."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # QInt8 weights, activations quantised on the fly: what onnxruntime's x86 kernels run fastest.
    quantize_dynamic(source, target, weight_type=QuantType.QInt8)
    model = onnx.load(str(target))
    drop_nan_guards(model.graph)
    onnx.save(model, str(target))


def drop_nan_guards(graph: Any) -> int:
    """Take out each `Where(IsNaN(x), c, x)` (in this export, after every attention softmax) and
    feed `x` on instead; the number of guards taken out.

    A softmax gives NaN only for a row whose every key is masked, and every text has at least its
    [CLS] and [SEP] tokens unmasked, so a guard never changes a value: the vectors are the same to
    the bit (tests/test_int8.py). Checking every attention score for NaN and copying it took a
    tenth of the embedding's time.
    """
    made_by = {output: node for node in graph.node for output in node.output}
    guards = []
    for node in graph.node:
        test = made_by.get(node.input[0]) if node.op_type == "Where" else None
        if test is not None and test.op_type == "IsNaN" and test.input[0] == node.input[2]:
            guards.append((node, test))
    for where, test in guards:
        for node in graph.node:
            for i, name in enumerate(node.input):
                if name == where.output[0]:
                    node.input[i] = where.input[2]
        graph.node.remove(where)
        graph.node.remove(test)
    return len(guards)


if __name__ == "__main__":
    quantize(Path(sys.argv[1]), Path(sys.argv[2]))
