"""Loads and validates prompts/<topic>.yaml: the queries, stance vocabulary, signals and prompt.

Topics are data so a reviewer can read and adjust them; this module only checks that a file
says what the engines need, and compiles the regular expressions once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .models import TOPIC_IDS

ALLOWED_KEYS = {
    "id", "question", "queries", "keywords", "stances", "signals", "summaries", "prompt",
    "mechanisms", "regions", "in_eea",
}  # fmt: skip
REQUIRED_KEYS = {"id", "question", "queries", "stances", "signals", "summaries", "prompt"}


@dataclass
class Topic:
    id: str
    question: str
    queries: dict[str, list[str]]
    keywords: list[str]
    stances: dict[str, str]  # stance id -> definition, most to least protective
    signals: dict[str, list[re.Pattern[str]]]
    summaries: dict[str, str]
    prompt: str
    extra: dict[str, Any] = field(default_factory=dict)

    def queries_for(self, language: str) -> list[str]:
        """English queries always (the embedding model is English); the document's language too."""
        queries = list(self.queries.get("en", []))
        if language != "en":
            queries += self.queries.get(language, [])
        return queries

    def matches(self, signal: str, text: str) -> list[re.Match[str]]:
        return [m for pattern in self.signals.get(signal, []) if (m := pattern.search(text))]


def _compile(topic_id: str, name: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(
            f"prompts/{topic_id}.yaml: signal {name!r} has a bad pattern {pattern!r}: {exc}"
        ) from exc


def load_topic(path: Path) -> Topic:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read topic file: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping")
    unknown = set(data) - ALLOWED_KEYS
    missing = REQUIRED_KEYS - set(data)
    if unknown or missing:
        raise ConfigError(f"{path}: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    topic_id = data["id"]
    stances = data["stances"]
    if "not_addressed" not in stances:
        raise ConfigError(f"{path}: the stances must include not_addressed")
    if not isinstance(stances, dict) or not all(isinstance(v, str) for v in stances.values()):
        raise ConfigError(f"{path}: stances: expected stance: definition pairs")
    if set(data["summaries"]) != set(stances):
        raise ConfigError(f"{path}: one summary per stance is needed")
    signals = {
        name: [_compile(topic_id, name, p) for p in patterns]
        for name, patterns in (data["signals"] or {}).items()
    }
    extra = {k: data[k] for k in ("mechanisms", "regions", "in_eea") if k in data}
    return Topic(
        id=topic_id,
        question=data["question"],
        queries=data["queries"],
        keywords=data.get("keywords", []),
        stances=stances,
        signals=signals,
        summaries=data["summaries"],
        prompt=data["prompt"],
        extra=extra,
    )


@lru_cache(maxsize=8)
def load_topics(prompts_dir: Path) -> tuple[Topic, ...]:
    """The six topics in the spec's order. Raises ConfigError when a file is missing or invalid."""
    topics = []
    for topic_id in TOPIC_IDS:
        path = prompts_dir / f"{topic_id}.yaml"
        if not path.is_file():
            raise ConfigError(f"topic file {path} is missing (set CLAUSECHECK_PROMPTS_DIR)")
        topic = load_topic(path)
        if topic.id != topic_id:
            raise ConfigError(f"{path}: id is {topic.id!r}, expected {topic_id!r}")
        topics.append(topic)
    return tuple(topics)
