"""The embedding model's files: where they are looked for, how a user gets them, and their checks.

Looked for in this order, the first folder that holds them wins:

1. the folder named by `--model-dir` or CLAUSECHECK_MODEL_DIR, else the settings file's `model_dir`
   (load_settings has already merged those three into `settings.model_dir`);
2. chromadb's own cache, ~/.cache/chroma/onnx_models/all-MiniLM-L6-v2/onnx, where chromadb (and
   `clausecheck model download`) put it;
3. the copy `clausecheck model import` made in the data folder, <data>/models/all-MiniLM-L6-v2/onnx.

A named folder that lacks the model does not stop the search, but the message says so: a run
command with a stale CLAUSECHECK_MODEL_DIR still works once the model is downloaded.
"""

from __future__ import annotations

import os
import shutil
import sys
import tarfile
import tempfile
from pathlib import Path

from .errors import ModelMissingError
from .index import chroma_model_fetcher
from .settings import MODEL_NAME
from .sniff import sha256_file

REQUIRED = ("model.onnx", "tokenizer.json")
# The six files of chromadb's onnx.tar.gz (the archive chromadb pins by its own sha256, 913d7300...),
# as shipped in shared/models/all-MiniLM-L6-v2/SHA256SUMS. An import is checked against them.
KNOWN_SHA256 = {
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "model.onnx": "ac9a2764737c7f59b20cef86013de8926c732f9df8c69a3db53adaee8d30d9f5",
    "special_tokens_map.json": "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
}
# Another address for chromadb's archive (an internal mirror); the archive's hash is checked all the same.
URL_ENV = "CLAUSECHECK_MODEL_URL"


def chroma_cache() -> Path:
    """chromadb's model folder under the current HOME (read each time: tests move HOME)."""
    return Path.home() / ".cache" / "chroma" / "onnx_models" / MODEL_NAME / "onnx"


def imported_dir(data_dir: Path) -> Path:
    return data_dir / "models" / MODEL_NAME / "onnx"


def holding(folder: Path) -> Path | None:
    """The folder itself, its onnx/ or its all-MiniLM-L6-v2/onnx/, whichever holds the model files."""
    for candidate in (folder, folder / "onnx", folder / MODEL_NAME / "onnx"):
        if all((candidate / name).is_file() for name in REQUIRED):
            return candidate
    return None


def search_path(configured: Path | None, data_dir: Path | None) -> list[Path]:
    places = [configured] if configured is not None else []
    places.append(chroma_cache())
    if data_dir is not None:
        places.append(imported_dir(data_dir))
    return places


def locate(configured: Path | None, data_dir: Path | None = None) -> Path | None:
    """The first folder on the search path that holds the model, or None."""
    for place in search_path(configured, data_dir):
        found = holding(place)
        if found is not None:
            return found
    return None


def find_model_dir(configured: Path | None, data_dir: Path | None = None) -> Path:
    """The folder with model.onnx and tokenizer.json; raises ModelMissingError saying how to get it."""
    found = locate(configured, data_dir)
    if found is None:
        raise ModelMissingError(missing_message(configured, data_dir))
    return found


def command_name() -> str:
    """How the user started clausecheck, so the commands we print can be pasted as they are:
    `.venv/bin/clausecheck` when that is what they typed and `clausecheck` is not on PATH."""
    typed = sys.argv[0] if sys.argv else ""
    if Path(typed).name == "clausecheck" and os.sep in typed and shutil.which("clausecheck") is None:
        return typed
    return "clausecheck"


def how_to_get() -> str:
    """The exact commands, one per line (the CLI, doctor and the web app's banner all show these)."""
    cmd = command_name()
    return (
        f"  {cmd} model download       (with internet: chromadb's own download, about 80 MB, "
        "hash-checked; sends no contract text)\n"
        f"  {cmd} model import PATH    (without internet: a folder holding model.onnx and tokenizer.json, "
        "or chromadb's onnx.tar.gz, copied from a machine that has it)\n"
        "  or set CLAUSECHECK_MODEL_DIR to a folder that holds those files"
    )


def missing_message(configured: Path | None, data_dir: Path | None) -> str:
    searched = ", ".join(str(p) for p in search_path(configured, data_dir))
    named = f" The folder you named ({configured}) does not hold it." if configured is not None else ""
    return (
        f"the embedding model {MODEL_NAME} is not on this machine (looked in {searched}).{named} "
        f"Get it with:\n{how_to_get()}"
    )


def download_url() -> str:
    return os.environ.get(URL_ENV) or str(chroma_model_fetcher().MODEL_DOWNLOAD_URL)


def download(target: Path | None = None, url: str | None = None, sha256: str | None = None) -> Path:
    """Fetch the model with chromadb's own downloader into `target` (default: chromadb's cache).

    chromadb checks the archive against the sha256 it pins (`sha256` replaces it, for tests) and
    shows a progress bar on stderr. Only the model is fetched: no contract text is sent.
    Raises ModelMissingError with the commands when the download fails (offline, refused, bad hash).
    """
    target = target or chroma_cache()
    fetcher = chroma_model_fetcher()()
    # Instance attributes shadow the class's: where to, from where and which hash, for this call only.
    fetcher.DOWNLOAD_PATH = target.parent  # chromadb extracts its onnx/ folder into this
    fetcher.MODEL_DOWNLOAD_URL = url or download_url()
    if sha256:
        fetcher._MODEL_SHA256 = sha256
    try:
        fetcher._download_model_if_not_exists()
    except Exception as exc:  # httpx, tarfile, OSError and chromadb's own ValueError on a bad hash
        raise ModelMissingError(
            f"downloading the embedding model from {fetcher.MODEL_DOWNLOAD_URL} failed: {exc}. "
            f"Get it another way:\n{how_to_get()}"
        ) from exc
    found = holding(target)
    if found is None:
        raise ModelMissingError(
            f"the download did not hold {', '.join(REQUIRED)}. Get it with:\n{how_to_get()}"
        )
    return found


def check_files(folder: Path) -> list[str]:
    """What is wrong with the model files in `folder` (empty when they can be used)."""
    problems = [f"{name} is missing" for name in REQUIRED if not (folder / name).is_file()]
    for name, known in KNOWN_SHA256.items():
        path = folder / name
        if path.is_file() and sha256_file(path) != known:
            problems.append(f"{name} is not the file chromadb ships (its sha256 differs)")
    return problems


def _unpack(archive: Path, into: Path) -> Path:
    """Extract chromadb's onnx.tar.gz: regular files and folders only, nothing outside `into`."""
    try:
        with tarfile.open(archive, "r:*") as tar:
            members = tar.getmembers()
            for member in members:
                parts = Path(member.name).parts
                if member.name.startswith("/") or ".." in parts or not (member.isfile() or member.isdir()):
                    raise ModelMissingError(f"{archive}: refusing the archive member {member.name!r}")
            # Every member was checked above; the data filter (Python 3.11.4+) checks once more.
            safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
            tar.extractall(into, members=members, **safe)  # type: ignore[arg-type]
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise ModelMissingError(f"{archive} is not a readable model archive: {exc}") from exc
    found = holding(into)
    if found is None:
        raise ModelMissingError(f"{archive} holds no {' and '.join(REQUIRED)}")
    return found


def import_model(source: Path, data_dir: Path) -> Path:
    """Copy the model from a folder or chromadb's archive into the data folder, after checking it.

    Files are copied to a temporary folder beside the target and renamed into place, so an
    interrupted import never leaves a half model that would be found next time.
    """
    if not source.exists():
        raise ModelMissingError(f"{source} does not exist")
    target = imported_dir(data_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".import-") as temporary:
        staging = Path(temporary)
        if source.is_dir():
            folder = holding(source)
            if folder is None:
                raise ModelMissingError(
                    f"{source} holds no {' and '.join(REQUIRED)} (nor does its onnx/ folder)"
                )
        else:
            folder = _unpack(source, staging / "unpacked")
        problems = check_files(folder)
        if problems:
            raise ModelMissingError(f"{source}: {'; '.join(problems)}")
        ready = staging / "onnx"
        ready.mkdir()
        for path in folder.iterdir():
            if path.is_file():
                shutil.copy2(path, ready / path.name)
        if target.exists():
            shutil.rmtree(target)
        os.replace(ready, target)
    return target
