"""Every knob in one table: name, default, help text and the CLAUSECHECK_* variable that sets it.

Precedence: explicit argument (CLI flag) > environment variable > default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
MODEL_NAME = "all-MiniLM-L6-v2"
# Where chromadb's own default embedding function keeps the model after its first download.
CHROMA_MODEL_CACHE = Path.home() / ".cache" / "chroma" / "onnx_models" / MODEL_NAME / "onnx"


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "clausecheck"


def _default_prompts_dir() -> Path:
    # A source checkout (or editable install) has prompts/ beside the package; a wheel ships a copy.
    for candidate in (PACKAGE_DIR.parent / "prompts", PACKAGE_DIR / "_data" / "prompts"):
        if candidate.is_dir():
            return candidate
    return PACKAGE_DIR.parent / "prompts"


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    model_dir: Path | None
    prompts_dir: Path
    playbook: Path | None
    top_k: int
    chunk_size: int
    parse_seconds: float
    parse_memory_mb: int
    max_pages: int
    max_upload_mb: int

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


# name -> (environment variable, help text)
DOCS: dict[str, tuple[str, str]] = {
    "data_dir": (
        "CLAUSECHECK_DATA_DIR",
        "Folder for the database, the Chroma index and stored copies of analysed PDFs.",
    ),
    "model_dir": (
        "CLAUSECHECK_MODEL_DIR",
        "Folder holding the all-MiniLM-L6-v2 ONNX model (model.onnx, tokenizer.json), "
        "or its parent. Default: chromadb's cache in ~/.cache/chroma/onnx_models.",
    ),
    "prompts_dir": ("CLAUSECHECK_PROMPTS_DIR", "Folder with one YAML file per topic."),
    "playbook": (
        "CLAUSECHECK_PLAYBOOK",
        "YAML playbook with the organisation's limits; default: prompts/playbook.yaml.",
    ),
    "top_k": ("CLAUSECHECK_TOP_K", "Clauses retrieved per topic."),
    "chunk_size": ("CLAUSECHECK_CHUNK_SIZE", "Largest chunk in characters; longer clauses split."),
    "parse_seconds": ("CLAUSECHECK_PARSE_SECONDS", "Longest time parsing one PDF may take."),
    "parse_memory_mb": ("CLAUSECHECK_PARSE_MEMORY_MB", "Memory (address space) each parser process may use."),
    "max_pages": ("CLAUSECHECK_MAX_PAGES", "PDFs with more pages are refused."),
    "max_upload_mb": ("CLAUSECHECK_MAX_UPLOAD_MB", "Largest PDF the web app accepts, in MB."),
}


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment, with explicit overrides (None means 'not given')."""
    env = os.environ

    def path_or_none(name: str) -> Path | None:
        value = env.get(DOCS[name][0])
        return Path(value).expanduser() if value else None

    def integer(name: str, default: int) -> int:
        value = env.get(DOCS[name][0])
        if not value:
            return default
        try:
            return int(value)
        except ValueError as exc:
            raise ConfigError(f"{DOCS[name][0]} must be a whole number, not {value!r}") from exc

    settings = Settings(
        data_dir=path_or_none("data_dir") or _default_data_dir(),
        model_dir=path_or_none("model_dir"),
        prompts_dir=path_or_none("prompts_dir") or _default_prompts_dir(),
        playbook=path_or_none("playbook"),
        top_k=integer("top_k", 10),
        chunk_size=integer("chunk_size", 1200),
        parse_seconds=integer("parse_seconds", 60),
        parse_memory_mb=integer("parse_memory_mb", 1536),
        max_pages=integer("max_pages", 1000),
        max_upload_mb=integer("max_upload_mb", 50),
    )
    unknown = set(overrides) - {f.name for f in fields(Settings)}
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    settings = settings.with_(**overrides)
    return replace(
        settings,
        data_dir=Path(settings.data_dir).expanduser(),
        model_dir=Path(settings.model_dir).expanduser() if settings.model_dir else None,
    )
