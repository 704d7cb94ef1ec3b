"""Make the int8 embedding model from the float one, reproducibly: onnxruntime's dynamic quantiser.

Run by hand:  python bench/quantize_model.py [--model-dir DIR] [--out DIR]
clausecheck itself makes the same file on first use (clausecheck/quantize.py, same quantiser and
settings) and keeps it in ~/.cache/clausecheck; this script writes a folder you can name as a
model folder, and `--compare` times the two models.

The weights are never committed: this script is how they are made. The output folder holds
model.onnx (int8 weights, activations quantised on the fly) and a copy of the tokenizer files, so
it can be given as CLAUSECHECK_MODEL_DIR / --model-dir like the float model. Default output:
<data dir>/models/all-MiniLM-L6-v2-int8.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from clausecheck.model import find_model_dir  # noqa: E402 - after the path insert
from clausecheck.quantize import quantize as quantize_file  # noqa: E402
from clausecheck.settings import load_settings  # noqa: E402

COPIED = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "config.json")


def quantize(source: Path, out: Path) -> Path:
    """Write out/model.onnx with int8 weights from source/model.onnx, and copy the tokenizer files."""
    out.mkdir(parents=True, exist_ok=True)
    quantize_file(source / "model.onnx", out / "model.onnx")
    for name in COPIED:
        if (source / name).is_file():
            shutil.copyfile(source / name, out / name)
    return out / "model.onnx"


def compare(float_dir: Path, int8_dir: Path, repeats: int = 3) -> dict[str, float]:
    """Both models on the fixture contracts' paragraphs (our own text): best-of time, vector agreement."""
    import time

    import numpy as np

    from clausecheck.embed import Embedder

    sources = sorted((REPO / "fixtures" / "contracts").glob("*.md"))
    blocks = [b.strip() for md in sources for b in md.read_text(encoding="utf-8").split("\n\n")]
    texts = [b for b in blocks if len(b) > 40]
    out: dict[str, float] = {"texts": len(texts)}
    vectors = {}
    for name, folder in (("float", float_dir), ("int8", int8_dir)):
        embedder = Embedder(find_model_dir(folder))
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            vectors[name] = np.asarray(embedder(texts))
            times.append(time.perf_counter() - start)
        out[f"{name}_s"] = min(times)
    cosine = (vectors["float"] * vectors["int8"]).sum(axis=1)  # both are L2-normalised
    out.update(speedup=out["float_s"] / out["int8_s"], min_cosine=float(cosine.min()),
               mean_cosine=float(cosine.mean()))  # fmt: skip
    return out


def main() -> None:
    configured = os.environ.get("CLAUSECHECK_MODEL_DIR")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, default=Path(configured) if configured else None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--compare", action="store_true", help="time both models, compare their vectors")
    args = parser.parse_args()
    source = find_model_dir(args.model_dir)
    out = args.out or load_settings().data_dir / "models" / "all-MiniLM-L6-v2-int8"
    model = quantize(source, out)
    digest = hashlib.sha256(model.read_bytes()).hexdigest()
    print(f"{source / 'model.onnx'} ({(source / 'model.onnx').stat().st_size >> 20} MiB) -> {model} "
          f"({model.stat().st_size >> 20} MiB, sha256 {digest[:16]}...)")  # fmt: skip
    print(f"use it with: CLAUSECHECK_MODEL_DIR={out}")
    if args.compare:
        c = compare(source, out)
        print(f"{c['texts']:.0f} fixture paragraphs, best of 3 (load {os.getloadavg()[0]:.2f}): float "
              f"{c['float_s']:.2f} s, int8 {c['int8_s']:.2f} s ({c['speedup']:.2f}x); cosine float vs int8 "
              f"min {c['min_cosine']:.4f}, mean {c['mean_cosine']:.4f}")  # fmt: skip


if __name__ == "__main__":
    main()
