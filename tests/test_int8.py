"""The int8 embedding model: made from the float model on first use, the same bytes each time, used
by analyses unless switched off (on by default), and never a failed analysis when it cannot be made."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnx
import pytest
from conftest import fixture_pdf

from clausecheck.core import Clausecheck
from clausecheck.embed import EMBED_TOKENS, Embedder
from clausecheck.model import find_model_dir
from clausecheck.quantize import cache_dir, drop_nan_guards, ensure_int8, int8_file, quantize
from clausecheck.settings import load_settings

pytestmark = pytest.mark.needs_model

CLAUSES = [
    "Within thirty (30) days of termination, Processor shall return or delete all Personal Data.",
    "Customer Data is stored in data centres in the European Union.",
    "Verwerker zal de vernietiging op verzoek schriftelijk bevestigen.",
]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of this test's own, so the model is made here and not found from before."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.fixture
def int8_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUSECHECK_INT8", "true")


def test_by_default_the_first_analysis_makes_the_int8_model_in_the_cache_and_embeds_with_it(
    model_dir: Path, own_cache: Path, data_dir: Path
) -> None:
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    outcome = app.analyze([fixture_pdf("cloudpilot-us-saas-dpa")])[0]
    assert outcome.error is None
    made = int8_file(find_model_dir(model_dir))
    assert made.is_file() and made.is_relative_to(own_cache)
    assert app.embedder.weights == made
    # Its MatMuls run on int8 weights, quantised from the float ones (a quarter of the size).
    ops = {node.op_type for node in onnx.load(str(made)).graph.node}
    assert {"DynamicQuantizeLinear", "MatMulInteger"} <= ops
    assert made.stat().st_size < (find_model_dir(model_dir) / "model.onnx").stat().st_size / 3
    # Nothing of the making is left beside it.
    assert [p.name for p in made.parent.iterdir()] == ["model.onnx"]
    app.close()


def test_int8_model_is_the_same_bytes_each_time_it_is_made(model_dir: Path, tmp_path: Path) -> None:
    source = find_model_dir(model_dir) / "model.onnx"
    quantize(source, tmp_path / "a.onnx")
    quantize(source, tmp_path / "b.onnx")
    assert digest(tmp_path / "a.onnx") == digest(tmp_path / "b.onnx")


def test_int8_model_embeds_without_nan_guards_exactly_as_with_them(model_dir: Path, tmp_path: Path) -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder = find_model_dir(model_dir)
    guarded = tmp_path / "guarded.onnx"
    quantize_dynamic(folder / "model.onnx", guarded, weight_type=QuantType.QInt8)
    quantize(folder / "model.onnx", tmp_path / "made.onnx")
    assert drop_nan_guards(onnx.load(str(guarded)).graph) == 6  # one after each layer's softmax
    assert "IsNaN" not in {node.op_type for node in onnx.load(str(tmp_path / "made.onnx")).graph.node}
    texts = [*CLAUSES, " ".join(CLAUSES) * 3]  # texts of other lengths: padded and cut batches
    before = Embedder(folder, weights=guarded).matrix(texts)
    assert np.array_equal(Embedder(folder, weights=tmp_path / "made.onnx").matrix(texts), before)


def test_int8_vectors_point_where_the_float_ones_do(model_dir: Path, own_cache: Path) -> None:
    folder = find_model_dir(model_dir)
    exact = np.array(Embedder(folder)(CLAUSES))
    small = np.array(Embedder(folder, weights=ensure_int8(folder))(CLAUSES))
    assert small.shape == exact.shape == (len(CLAUSES), 384)
    assert ((exact * small).sum(axis=1) > 0.85).all()


def test_switched_off_analyses_embed_with_the_float_model_and_make_nothing(
    model_dir: Path, own_cache: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUSECHECK_INT8", "false")
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    assert app.embedder.weights == find_model_dir(model_dir) / "model.onnx"
    assert not cache_dir().exists()
    app.close()


def test_a_cache_that_cannot_be_written_falls_back_to_the_float_model(
    model_dir: Path, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture, int8_on: None,
) -> None:  # fmt: skip
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    with caplog.at_level(logging.WARNING):
        outcome = app.analyze([fixture_pdf("cloudpilot-us-saas-dpa")])[0]
    assert outcome.error is None and outcome.analysis is not None
    assert app.embedder.weights == find_model_dir(model_dir) / "model.onnx"
    assert "embedding with the float model instead" in caplog.text
    app.close()


def test_doctor_says_which_weights_analyses_embed_with(
    model_dir: Path, own_cache: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUSECHECK_INT8", "false")
    assert "int8 weights:  off: embedding with the float model" in run_cli("doctor").output
    monkeypatch.delenv("CLAUSECHECK_INT8")  # the default
    made = int8_file(find_model_dir(model_dir))
    before = run_cli("doctor")
    assert f"int8 weights:  {made} (made from the float model on the first analysis)" in before.output
    ensure_int8(find_model_dir(model_dir))
    assert f"int8 weights:  {made} (made)" in run_cli("doctor").output


def test_a_document_embedded_with_the_float_model_is_embedded_again_before_int8_reads_it(
    model_dir: Path, own_cache: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUSECHECK_INT8", "false")
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    analysis = app.analyze([fixture_pdf("cloudpilot-us-saas-dpa")])[0].analysis
    assert analysis is not None
    doc_id = analysis.document["id"]
    assert app.index.weights(doc_id) == app.embedder.kind == f"float:{EMBED_TOKENS}"
    app.close()

    monkeypatch.delenv("CLAUSECHECK_INT8")  # the default: int8
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    first = app.reread(doc_id, "rules")
    assert first.timings is not None and "embed" in first.timings.stages
    assert app.index.weights(doc_id) == app.embedder.kind == f"int8:{EMBED_TOKENS}"
    chunks = app.store.chunks(doc_id)
    stored = app.index.client.get_collection(f"doc-{doc_id}").get(include=["embeddings"])
    vectors = dict(zip(stored["ids"], stored["embeddings"], strict=True))
    assert len(vectors) == len(chunks)
    texts = [f"{c.title}\n{c.text}" if c.title else c.text for c in chunks]
    made = app.embedder.matrix(texts)
    assert all(np.allclose(vectors[c.id], made[i], atol=1e-5) for i, c in enumerate(chunks))
    # Once in the int8 space, a reading again embeds nothing.
    again = app.reread(doc_id, "rules")
    assert again.timings is not None and "embed" not in again.timings.stages
    app.close()


def test_two_processes_making_the_int8_model_at_once_both_get_it_and_leave_the_model_folder_alone(
    model_dir: Path, tmp_path: Path
) -> None:
    folder = find_model_dir(model_dir)
    before = sorted(p.name for p in folder.rglob("*"))
    # (each its own cache, as two users' or two CI workers' first analyses)
    script = "import sys, pathlib, clausecheck.quantize as q; print(q.ensure_int8(pathlib.Path(sys.argv[1])))"
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(folder)],
            env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / f"cache{i}")},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    for run in runs:
        out, err = run.communicate(timeout=300)
        assert run.returncode == 0, err
        assert Path(out.strip()).is_file()
    assert sorted(p.name for p in folder.rglob("*")) == before
