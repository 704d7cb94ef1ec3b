"""embed: our MiniLM embedder gives chromadb's own vectors, offline, and says how to fix a missing model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import fixture_pdf

from clausecheck.embed import EMBED_TOKENS, MAX_TOKENS, Embedder
from clausecheck.errors import ModelMissingError
from clausecheck.model import find_model_dir

TEXTS = [
    "Deletion",
    "Where is our data stored?",
    "Within thirty (30) days of termination, Processor shall, at Controller's choice, return or delete "
    "all Personal Data, unless Union or Member State law requires storage of the Personal Data.",
    "Verwerker zal de vernietiging op verzoek van Verwerkingsverantwoordelijke schriftelijk bevestigen.",
]


@pytest.fixture(scope="module")
def embedder(model_dir: Path) -> Embedder:
    return Embedder(find_model_dir(model_dir))


@pytest.fixture(scope="module")
def chroma_embed(model_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """chromadb's default embedding function, pointed at a copy of our model (a symlink named 'onnx',
    the layout it downloads to) so it finds every file and never tries to download."""
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    folder = tmp_path_factory.mktemp("chroma-model")
    (folder / ONNXMiniLM_L6_V2.EXTRACTED_FOLDER_NAME).symlink_to(
        find_model_dir(model_dir), target_is_directory=True
    )
    function = ONNXMiniLM_L6_V2(preferred_providers=["CPUExecutionProvider"])
    function.DOWNLOAD_PATH = folder  # instance attribute: the class default stays untouched
    return function


def test_vectors_equal_chromadbs_default_embedding_function(embedder: Embedder, chroma_embed) -> None:
    ours = np.array(embedder(TEXTS))
    theirs = np.array(chroma_embed(TEXTS))
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)
    cosine = (ours * theirs).sum(axis=1) / (np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
    assert (cosine > 0.999).all(), cosine


def test_a_long_text_is_embedded_from_its_first_tokens(embedder: Embedder, chroma_embed) -> None:
    # "clause" is one token: the long text is [CLS], EMBED_TOKENS - 2 of them and [SEP] once cut,
    # the very ids of the short one, which chromadb embeds whole.
    assert EMBED_TOKENS < MAX_TOKENS
    long_text = " ".join(["clause"] * (MAX_TOKENS + 40))
    prefix = " ".join(["clause"] * (EMBED_TOKENS - 2))
    assert len(embedder.tokenizer.encode(long_text).ids) == EMBED_TOKENS
    ours = np.array(embedder([long_text, prefix]))
    theirs = np.array(chroma_embed([prefix]))[0]
    assert np.array_equal(ours[0], ours[1])
    assert float(ours[0] @ theirs / np.linalg.norm(theirs)) > 0.999
    # What the stored vectors record says how long a text they were cut at.
    assert embedder.kind == f"float:{EMBED_TOKENS}"


def test_batches_of_mixed_lengths_give_each_text_its_own_vector(embedder: Embedder) -> None:
    # More texts than one batch (32), lengths shuffled: sorting by length must be undone, and padding
    # a short text to its batch's longest must not change its vector.
    texts = [" ".join(["clause"] * ((i * 7) % 23 + 1)) + f" number {i}" for i in range(34)]
    batched = np.array(embedder(texts))
    one_by_one = np.array([embedder([text])[0] for text in texts])
    assert batched.shape == (34, 384)
    assert ((batched * one_by_one).sum(axis=1) > 0.999).all()
    assert embedder([]) == []


def test_model_dir_may_be_the_folder_or_its_parent(model_dir: Path) -> None:
    found = find_model_dir(model_dir)
    assert (found / "model.onnx").is_file() and (found / "tokenizer.json").is_file()
    assert find_model_dir(found) == found


def test_a_missing_model_says_how_to_fix_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-model-here"
    with pytest.raises(ModelMissingError) as info:
        find_model_dir(missing)
    message = str(info.value)
    assert "CLAUSECHECK_MODEL_DIR" in message
    assert str(missing) in message
    assert "model.onnx" in message
    assert "clausecheck model download" in message and "clausecheck model import PATH" in message


def test_analyze_without_the_model_fails_with_that_message_and_stores_nothing(
    run_cli, data_dir: Path
) -> None:
    result = run_cli("analyze", fixture_pdf("vaguecorp-terms"), model=data_dir.parent / "no-model")
    assert result.exit_code != 0
    assert "CLAUSECHECK_MODEL_DIR" in result.stderr and "model download" in result.stderr
    # A folder was named: nothing is downloaded behind the user's back.
    assert "Downloading" not in result.stderr
    assert "Traceback" not in result.output
    listing = run_cli("list", "--format", "json")
    assert listing.exit_code == 0 and listing.stdout.strip() == "[]"
    assert not (data_dir / "files").exists() or not any((data_dir / "files").iterdir())
