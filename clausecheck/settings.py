"""Every knob in one table: name, default, help text and the CLAUSECHECK_* variable that sets it.

Precedence: explicit argument (CLI flag) > environment variable > settings file > default.

The settings file is TOML, `<data_dir>/settings.toml` unless CLAUSECHECK_SETTINGS_FILE names
another; it may hold every key below except `data_dir` (the file lives in it). The LLM API key
is never read from or written to it: a secret belongs in the environment, not in a file the web
app writes or a user might share.
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .resources import default_prompts_dir

MODEL_NAME = "all-MiniLM-L6-v2"
ENGINES = ("rules", "llm", "hybrid")
PROVIDERS = ("ollama", "openai")
LANGUAGES = ("en", "nl")  # of the exports; the web app's pages follow the switch in its header
SETTINGS_FILE_ENV = "CLAUSECHECK_SETTINGS_FILE"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
API_KEY_ENV = "CLAUSECHECK_LLM_API_KEY"


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "clausecheck"


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
    engine: str = "rules"
    llm_provider: str = ""
    llm_model: str = ""
    llm_base_url: str = ""
    llm_timeout: float = 60.0
    llm_max_retries: int = 1
    llm_allow_insecure: bool = False
    queue_url: str = ""
    workers: int = 2
    reviewer: str = ""
    language: str = "en"
    int8: bool = True
    settings_file: Path | None = None

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


# name -> (environment variable, default, help text). The default's type is the setting's type;
# None marks an optional folder or file.
DOCS: dict[str, tuple[str, Any, str]] = {
    "data_dir": (
        "CLAUSECHECK_DATA_DIR",
        None,
        "Folder for the database, the Chroma index and stored copies of analysed PDFs.",
    ),
    "model_dir": (
        "CLAUSECHECK_MODEL_DIR",
        None,
        "Folder holding the all-MiniLM-L6-v2 ONNX model (model.onnx, tokenizer.json), or its parent. "
        "Searched first; then chromadb's cache ~/.cache/chroma/onnx_models, then <data folder>/models.",
    ),
    "prompts_dir": ("CLAUSECHECK_PROMPTS_DIR", None, "Folder with one YAML file per topic."),
    "playbook": (
        "CLAUSECHECK_PLAYBOOK",
        None,
        "YAML playbook with the organisation's limits; default: prompts/playbook.yaml.",
    ),
    "top_k": ("CLAUSECHECK_TOP_K", 10, "Clauses retrieved per topic."),
    "chunk_size": ("CLAUSECHECK_CHUNK_SIZE", 1200, "Largest chunk in characters; longer clauses split."),
    "parse_seconds": ("CLAUSECHECK_PARSE_SECONDS", 60.0, "Longest time parsing one PDF may take."),
    "parse_memory_mb": (
        "CLAUSECHECK_PARSE_MEMORY_MB",
        1536,
        "Memory (address space) each parser process may use.",
    ),
    "max_pages": ("CLAUSECHECK_MAX_PAGES", 1000, "PDFs with more pages are refused."),
    "max_upload_mb": ("CLAUSECHECK_MAX_UPLOAD_MB", 50, "Largest PDF the web app accepts, in MB."),
    "engine": ("CLAUSECHECK_ENGINE", "rules", "Engine used when none is named: rules, llm or hybrid."),
    "llm_provider": (
        "CLAUSECHECK_LLM_PROVIDER",
        "",
        "LLM provider: ollama or openai (any OpenAI-compatible API).",
    ),
    "llm_model": ("CLAUSECHECK_LLM_MODEL", "", "Model name at the LLM endpoint, e.g. qwen2.5:7b-instruct."),
    "llm_base_url": (
        "CLAUSECHECK_LLM_BASE_URL",
        "",
        "LLM endpoint URL; default http://127.0.0.1:11434 (ollama) or https://api.openai.com/v1 (openai).",
    ),
    "llm_timeout": ("CLAUSECHECK_LLM_TIMEOUT", 60.0, "Seconds to wait for the model's answer to one topic."),
    "llm_max_retries": ("CLAUSECHECK_LLM_MAX_RETRIES", 1, "Retries after a failed model call."),
    "llm_allow_insecure": (
        "CLAUSECHECK_LLM_ALLOW_INSECURE",
        False,
        "Allow sending contract text over plain http to a host other than this machine.",
    ),
    "queue_url": (
        "CLAUSECHECK_QUEUE_URL",
        "",
        "Task queue of the web app: empty = SQLite in the data folder; redis://host:6379/0 = Redis "
        "(needs the redis package).",
    ),
    "int8": (
        "CLAUSECHECK_INT8",
        True,
        "Embed with int8 weights made once from the float model: about twice as fast, with the same "
        "results on our labelled sets; false embeds with the float model.",
    ),
    "workers": ("CLAUSECHECK_WORKERS", 2, "Analyses the web app runs at once (each loads the model)."),
    "reviewer": ("CLAUSECHECK_REVIEWER", "", "Your name, recorded with each finding you settle."),
    "language": (
        "CLAUSECHECK_LANGUAGE",
        "en",
        "Language of the exports `clausecheck export` writes: en or nl (--lang overrides it; the web "
        "app exports in the language of its pages). Quotes are never translated.",
    ),
}
# Keys a settings file may not hold, and why.
NOT_IN_FILE = {
    "data_dir": "the settings file lives in the data folder; set CLAUSECHECK_DATA_DIR instead",
    "llm_api_key": f"the API key is read from {API_KEY_ENV} only, never from a file",
    "api_key": f"the API key is read from {API_KEY_ENV} only, never from a file",
}


def settings_file_path(data_dir: Path) -> Path:
    named = os.environ.get(SETTINGS_FILE_ENV)
    return Path(named).expanduser() if named else data_dir / "settings.toml"


def read_settings_file(path: Path) -> dict[str, Any]:
    """The file's keys (checked against DOCS), or {} when there is no file."""
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the settings file {path}: {exc}") from exc
    for key in data:
        if key in NOT_IN_FILE:
            raise ConfigError(f"{path}: remove {key!r}: {NOT_IN_FILE[key]}")
        if key not in DOCS:
            raise ConfigError(f"{path}: unknown setting {key!r} (known: {', '.join(sorted(DOCS))})")
    return data


def write_settings_file(path: Path, changes: dict[str, Any]) -> None:
    """Merge `changes` into the settings file (a value of "" or None removes the key).

    Two saves at once (two browser tabs) take turns on a lock beside the file; the text is checked
    by reading it back as TOML, written to a temporary file and renamed, so a crash or a bad value
    never leaves a file that the next start cannot read.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        current = read_settings_file(path)
        for key, value in changes.items():
            if key in NOT_IN_FILE or key not in DOCS:
                raise ConfigError(f"{key!r} cannot be kept in the settings file")
            if value is None or value == "":
                current.pop(key, None)
            else:
                current[key] = convert(key, value, str(path))
        lines = ["# clausecheck settings: see `clausecheck doctor` and the README. No secrets here."]
        for key in sorted(current):
            value = current[key]
            # No control characters reach here (convert refuses them), so JSON's escaping of " and \
            # is exactly TOML's; finite numbers and booleans are written alike in both.
            lines.append(
                f"{key} = {json.dumps(str(value) if isinstance(value, Path) else value, ensure_ascii=False)}"
            )
        text = "\n".join(lines) + "\n"
        tomllib.loads(text)  # never write what cannot be read back
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        os.close(lock)


def convert(name: str, value: Any, source: str) -> Any:
    """`value` (text from the environment, or a TOML value) as the setting's type."""
    default = DOCS[name][1]
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        if isinstance(default, int):
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(value)
            return int(value)
        if isinstance(default, float):
            number = float(value)
            if not math.isfinite(number):
                raise ValueError(value)
            return number
        text = str(value).strip()
        if _CONTROL.search(text):
            raise ConfigError(f"{source}: {name} must not contain control characters")
        return Path(text).expanduser() if default is None else text
    except (TypeError, ValueError, OverflowError) as exc:
        kind = {bool: "true or false", int: "a whole number", float: "a number"}.get(type(default), "text")
        raise ConfigError(f"{source}: {name} must be {kind}, not {value!r}") from exc


def check(settings: Settings) -> None:
    if settings.engine not in ENGINES:
        raise ConfigError(f"engine {settings.engine!r} is unknown: choose one of {', '.join(ENGINES)}")
    if settings.language not in LANGUAGES:
        raise ConfigError(f"language {settings.language!r} is unknown: choose one of {', '.join(LANGUAGES)}")
    if settings.llm_provider and settings.llm_provider not in PROVIDERS:
        raise ConfigError(
            f"llm_provider {settings.llm_provider!r} is unknown: choose one of {', '.join(PROVIDERS)}"
        )


def load_settings(**overrides: Any) -> Settings:
    """Settings from flags, the environment and the settings file (None means 'not given')."""
    unknown = set(overrides) - {f.name for f in fields(Settings)}
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    env = os.environ

    def from_env(name: str) -> Any:
        value = env.get(DOCS[name][0])
        return convert(name, value, DOCS[name][0]) if value else None

    data_dir = Path(overrides.get("data_dir") or from_env("data_dir") or _default_data_dir()).expanduser()
    settings_file = overrides.get("settings_file") or settings_file_path(data_dir)
    in_file = read_settings_file(settings_file)
    values: dict[str, Any] = {"data_dir": data_dir, "settings_file": settings_file}
    for name, (_variable, default, _help) in DOCS.items():
        if name == "data_dir":
            continue
        value = overrides.get(name)
        if value is None:
            value = from_env(name)
        if value is None and name in in_file:
            value = convert(name, in_file[name], str(settings_file))
        values[name] = default if value is None else value
    values["prompts_dir"] = values["prompts_dir"] or default_prompts_dir()
    if values["model_dir"] is not None:
        values["model_dir"] = Path(values["model_dir"]).expanduser()
    settings = Settings(**values)
    check(settings)
    return settings


def source_of(name: str, settings: Settings) -> str:
    """Where a setting's value came from, for `doctor` and the web settings page."""
    if os.environ.get(DOCS[name][0]):
        return DOCS[name][0]
    if settings.settings_file and name in read_settings_file(settings.settings_file):
        return str(settings.settings_file)
    return "default"
