"""A file already stored (same sha256) answers from the store: no parsing, model or vector stack loads.

The CLI runs in a real subprocess so that its module table is its own, not pytest's (which has
imported everything already).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURE_STEMS, REPO, Analysed, fixture_pdf

HEAVY = ("chromadb", "onnxruntime", "onnx", "pdfplumber", "pdfminer", "numpy", "tokenizers")

# Runs the real console entry point, then writes the names of every module it loaded to a file
# (atexit: click ends with sys.exit).
WRAPPER = """
import atexit, json, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write(json.dumps(sorted(sys.modules))))
from clausecheck.cli import main
main()
"""


def _analyze_in_subprocess(args: list[str], data_dir: Path, model_dir: Path, modules: Path) -> dict:
    env = dict(os.environ, CLAUSECHECK_DATA_DIR=str(data_dir), CLAUSECHECK_MODEL_DIR=str(model_dir))
    proc = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(modules), "analyze", *args, "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_a_stored_file_answers_without_loading_the_heavy_stack(analysed: Analysed, tmp_path: Path) -> None:
    stem = FIXTURE_STEMS[0]
    modules = tmp_path / "modules.json"
    result = _analyze_in_subprocess([str(fixture_pdf(stem))], analysed.data_dir, analysed.model_dir, modules)
    assert result["document"]["id"] == analysed.id(stem)  # the stored analysis, not a new one
    loaded = set(json.loads(modules.read_text()))
    assert "clausecheck.store" in loaded  # the list is the CLI's own, taken after it answered
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY)
    assert heavy == []
    # Nor our own parsing and pipeline modules, which is what keeps the heavy ones out.
    ours = {"clausecheck.parse", "clausecheck.pipeline", "clausecheck.sandbox", "clausecheck.quantize"}
    assert not ours & loaded
