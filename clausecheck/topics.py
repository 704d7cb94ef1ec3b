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
from .ranker import ClauseRanker
from .reading import Phrase, PhraseMatch, Reading, alternation
from .yamlfile import safe_load

Matcher = re.Pattern[str] | Phrase  # a regular expression or a phrase of plain words

ALLOWED_KEYS = {
    "id", "question", "queries", "keywords", "stances", "signals", "phrases", "summaries", "prompt",
    "mechanisms", "regions", "in_eea", "qualifiers", "parts", "always_read",
}  # fmt: skip
READING_FILE = "reading.yaml"
_PACKAGE = Path(__file__).resolve().parent
_SHIPPED_PROMPTS = next(
    (
        p
        for p in (_PACKAGE.parent / "prompts", _PACKAGE / "_data" / "prompts")
        if (p / READING_FILE).is_file()
    ),
    _PACKAGE.parent / "prompts",
)
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
    phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    reading: Reading | None = None  # the shared words of prompts/reading.yaml
    ranker: ClauseRanker | None = None  # prompts/ranker.json: puts a related clause forward

    def matchers(self, signal: str) -> list[Matcher]:
        """The signal's regular expressions, then its plain-word phrases."""
        return [*self.signals.get(signal, []), *self.phrases.get(signal, [])]

    def signal_names(self) -> list[str]:
        return list(dict.fromkeys([*self.signals, *self.phrases]))

    def ranking_signal_names(self) -> list[str]:
        """The signals that rank passages: all but the qualifiers, which only refine another hit."""
        qualifiers = set(self.extra.get("qualifiers", []))
        return [name for name in self.signal_names() if name not in qualifiers]

    def always_read(self) -> list[str]:
        """The signals whose passages are read wherever they rank (prompts/<topic>.yaml, always_read)."""
        return list(self.extra.get("always_read", []))

    def queries_for(self, language: str) -> list[str]:
        """English queries always (the embedding model is English); the document's language too."""
        queries = list(self.queries.get("en", []))
        if language != "en":
            queries += self.queries.get(language, [])
        return queries

    def matches(self, signal: str, text: str) -> list[re.Match[str] | PhraseMatch]:
        return [m for matcher in self.matchers(signal) if (m := matcher.search(text))]

    def all_matches(self, signal: str, text: str) -> list[re.Match[str] | PhraseMatch]:
        """Every place each of the signal's patterns stands, not only its first, in text order: "at
        least ninety (90) days in advance ...; and at least thirty (30) days in advance" holds two."""
        found: list[re.Match[str] | PhraseMatch] = []
        for matcher in self.matchers(signal):
            if isinstance(matcher, re.Pattern):
                found += list(matcher.finditer(text))
                continue
            at = 0
            while at < len(text) and (m := matcher.search(text[at:])):
                found.append(PhraseMatch(text, at + m.start(), at + m.end()))
                at += max(m.end(), 1)
        return sorted(found, key=lambda m: m.start())


# "[^.]" in a signal means "within the sentence". A full stop glued to a lower-case letter or a digit
# after it is no sentence end: a clause number ("the deletion described in clause 5.3 in writing"),
# an address ("by e-mail to privacy@vendor.io, to the use of ..."). (One before a capital may be two
# sentences glued together in a PDF's text: "... to Vendor.Customer Data is deleted".) So "[^.]"
# becomes "(?:[^.]|(?<=\w)\.(?=[a-z0-9]))", and likewise "[^.;]". Nor is the full stop of a list's
# number run into the sentence ("Doeleinden: 1. uitvoeren van de overeenkomst; 2. verbeteren ...").
_WITHIN_SENTENCE = re.compile(r"\[\^\.([^\]]*)\]")
_LIST_NUMBER = r"(?<=[:;]\s\d)\.(?=\s)|(?<=[:;]\s\d\d)\.(?=\s)"


def _within_sentence(pattern: str) -> str:
    return _WITHIN_SENTENCE.sub(
        lambda m: rf"(?:[^.{m.group(1)}]|(?<=\w)\.(?=[a-z0-9])|{_LIST_NUMBER})", pattern
    )


# A topic's "parts" are named pieces of pattern that several signals share (the words that mark what
# the law makes a vendor keep, say): a signal writes {{law_words}} where the piece belongs. (Regex
# never writes "{{", so the two cannot be confused.)
_PART = re.compile(r"\{\{(\w+)\}\}")


def _with_parts(topic_id: str, name: str, pattern: str, parts: dict[str, str]) -> str:
    def part(m: re.Match[str]) -> str:
        if m.group(1) not in parts:
            raise ConfigError(f"prompts/{topic_id}.yaml: signal {name!r} names no part {m.group(1)!r}")
        return f"(?:{parts[m.group(1)]})"

    return _PART.sub(part, pattern)


def _parts(path: Path, data: Any) -> dict[str, str]:
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise ConfigError(f"{path}: parts: expected name: pattern pairs")
    return data


def _compile(topic_id: str, name: str, pattern: str, parts: dict[str, str]) -> re.Pattern[str]:
    try:
        return re.compile(_within_sentence(_with_parts(topic_id, name, pattern, parts)), re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(
            f"prompts/{topic_id}.yaml: signal {name!r} has a bad pattern {pattern!r}: {exc}"
        ) from exc


def load_topic(path: Path) -> Topic:
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
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
    parts = _parts(path, data.get("parts") or {})
    signals = {
        name: [_compile(topic_id, name, p, parts) for p in patterns]
        for name, patterns in (data["signals"] or {}).items()
    }
    extra_keys = ("mechanisms", "regions", "in_eea", "qualifiers", "always_read")
    extra = {k: data[k] for k in extra_keys if k in data}
    for key in ("qualifiers", "always_read"):
        unknown = set(extra.get(key, [])) - set(signals)
        if unknown:
            raise ConfigError(f"{path}: {key} name no signal: {', '.join(sorted(unknown))}")
    phrases = _phrases(path, data.get("phrases") or {})
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
        phrases=phrases,
    )


def _phrase_list(where: str, items: Any) -> list[Phrase]:
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ConfigError(f"{where}: expected a list of phrases")
    try:
        return [Phrase.parse(i) for i in items]
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from exc


def _phrases(path: Path, data: Any) -> dict[str, list[Phrase]]:
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: phrases: expected signal: [phrases]")
    return {name: _phrase_list(f"{path}: phrases.{name}", items) for name, items in data.items()}


def _words(where: str, data: Any) -> list[str]:
    """Both languages' entries of a {en: [...], nl: [...]} block."""
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise ConfigError(f"{where}: expected en: [...] and nl: [...]")
    words = [w for items in data.values() for w in items]
    # YAML reads a bare no, yes, on or off as true or false: such a word must be quoted.
    if odd := [w for w in words if not isinstance(w, str)]:
        raise ConfigError(f'{where}: {odd[0]!r} is not a word; put words such as "no" in quotes')
    return words


def load_reading(path: Path) -> Reading:
    """prompts/reading.yaml: negation, clause breaks and caveats, shared by every topic."""
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the reading words: {exc}") from exc
    keys = {
        "negation",
        "negation_inside",
        "clause_breaks",
        "caveats",
        "actors",
        "definition",
        "contract_words",
    }
    # Keys added later are optional, so a prompts folder copied before them still loads.
    optional = {
        "not_negations",
        "purpose_leads",
        "negation_after",
        "bans_from",
        "unbans",
        "ban_openers",
        "list_turns",
        "verb_ban_openers",
        "list_verbs",
        "other_plans",
        "business_plans",
        "asides",
    }
    if not isinstance(data, dict) or not keys <= set(data) <= keys | optional:
        wanted = f"{', '.join(sorted(keys))} (and optionally {', '.join(sorted(optional))})"
        raise ConfigError(f"{path}: expected the keys {wanted}")
    actors = data["actors"]
    if not isinstance(actors, dict) or not all(isinstance(v, list) for v in actors.values()):
        raise ConfigError(f"{path}: actors: expected actor: [words]")
    caveats = data["caveats"]
    if not isinstance(caveats, dict):
        raise ConfigError(f"{path}: caveats: expected caveat: [phrases]")
    return Reading(
        negation=alternation(_words(f"{path}: negation", data["negation"])),
        negation_inside=alternation(_words(f"{path}: negation_inside", data["negation_inside"])),
        not_negation=alternation(_words(f"{path}: not_negations", data.get("not_negations") or {})),
        purpose_lead=alternation(_words(f"{path}: purpose_leads", data.get("purpose_leads") or {})),
        negation_after=alternation(_words(f"{path}: negation_after", data.get("negation_after") or {})),
        ban_from=alternation(_words(f"{path}: bans_from", data.get("bans_from") or {})),
        unban=alternation(_words(f"{path}: unbans", data.get("unbans") or {})),
        ban_opener=alternation(_words(f"{path}: ban_openers", data.get("ban_openers") or {})),
        list_turn=alternation(_words(f"{path}: list_turns", data.get("list_turns") or {})),
        verb_ban_opener=alternation(_words(f"{path}: verb_ban_openers", data.get("verb_ban_openers") or {})),
        list_verb=alternation(_words(f"{path}: list_verbs", data.get("list_verbs") or {})),
        other_plan=alternation(_words(f"{path}: other_plans", data.get("other_plans") or {})),
        business_plan=alternation(_words(f"{path}: business_plans", data.get("business_plans") or {})),
        aside=alternation(_words(f"{path}: asides", data.get("asides") or {})),
        clause_break=alternation(_words(f"{path}: clause_breaks", data["clause_breaks"])),
        caveats={name: tuple(_phrase_list(f"{path}: caveats.{name}", p)) for name, p in caveats.items()},
        actors={name: alternation([str(w) for w in words]) for name, words in actors.items()},
        definition=alternation([str(w) for w in data["definition"] or []]),
        contract_words=tuple(_phrase_list(f"{path}: contract_words", data["contract_words"])),
    )


@lru_cache(maxsize=8)
def load_topics(prompts_dir: Path) -> tuple[Topic, ...]:
    """The six topics in the spec's order. Raises ConfigError when a file is missing or invalid."""
    reading_file = prompts_dir / READING_FILE
    if not reading_file.is_file():
        # A prompts folder copied before reading.yaml existed still works, with the shipped words.
        reading_file = _SHIPPED_PROMPTS / READING_FILE
    reading = load_reading(reading_file)
    ranker = load_ranker(prompts_dir)
    topics = []
    for topic_id in TOPIC_IDS:
        path = prompts_dir / f"{topic_id}.yaml"
        if not path.is_file():
            raise ConfigError(f"topic file {path} is missing (set CLAUSECHECK_PROMPTS_DIR)")
        topic = load_topic(path)
        if topic.id != topic_id:
            raise ConfigError(f"{path}: id is {topic.id!r}, expected {topic_id!r}")
        topic.reading = reading
        topic.ranker = ranker
        topics.append(topic)
    return tuple(topics)


def load_ranker(prompts_dir: Path) -> ClauseRanker | None:
    """prompts/ranker.json, or None where the folder has none (a user's own prompts may leave it out)."""
    try:
        return ClauseRanker.load(prompts_dir)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{prompts_dir / 'ranker.json'} cannot be read: {exc}") from exc
