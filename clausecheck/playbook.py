"""The organisation's limits, and the one function that turns a finding into a risk.

Extraction decides *what the document says* (stance and facts); the playbook decides *how bad that
is for us*. Keeping the two apart means a different organisation, or a stricter policy, re-rates
stored findings without re-reading a single PDF, and the rating rules live in one small place
that a reviewer can read next to the spec (topics.md).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .models import Finding
from .readers import READERS
from .resources import default_prompts_dir
from .yamlfile import safe_load

RISK_LEVELS: tuple[str, ...] = ("low", "medium", "high")
PLAYBOOK_FILENAME = "playbook.yaml"
_ALWAYS = "always"

# Stances whose risk depends on a playbook limit: (case when the limit is met, case when it is not).
CONDITIONS: dict[tuple[str, str], tuple[str, str]] = {
    (topic, stance): cases for topic, reader in READERS.items() for stance, cases in reader.conditions.items()
}

# The spec's "default risk" column (topics.md), from each topic's module. prompts/playbook.yaml
# repeats it for users to copy; a test keeps the two equal. Every stance of every topic is listed,
# so this table is also the list of known stances.
DEFAULT_RISK: dict[str, dict[str, str | dict[str, str]]] = {
    topic: dict(reader.default_risk) for topic, reader in READERS.items()
}

EU_EEA_REGIONS: tuple[str, ...] = (
    "EU", "EEA",
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    "IS", "LI", "NO",
)  # fmt: skip

DEFAULTS: dict[str, Any] = {
    "allowed_regions": list(EU_EEA_REGIONS),
    "max_deletion_days": 90,
    "max_backup_days": 90,
    "min_subprocessor_notice_days": 14,
    "accept_opt_out_training": False,
    "risk": DEFAULT_RISK,
}

_REGION = re.compile(r"^(?:[A-Z]{2}|EU|EEA|WORLDWIDE)$")


@dataclass(frozen=True)
class Playbook:
    """Validated limits plus a risk table normalised to topic -> stance -> case -> risk.

    Unconditional stances have the single case "always"; conditional ones (see CONDITIONS) have
    both of their cases, so `rate` never has to guess.
    """

    name: str
    sha256: str
    allowed_regions: frozenset[str]
    max_deletion_days: int
    max_backup_days: int
    min_subprocessor_notice_days: int
    accept_opt_out_training: bool
    risk: dict[str, dict[str, dict[str, str]]] = field(repr=False)
    path: Path | None = None

    def risk_for(self, topic: str, stance: str, case: str = _ALWAYS) -> str:
        """Table lookup; an unknown topic or stance is `high`, because an unrecognised answer
        must never look safe."""
        cases = self.risk.get(topic, {}).get(stance)
        if not cases:
            return "high"
        return cases.get(case) or cases.get(_ALWAYS) or max(cases.values(), key=RISK_LEVELS.index)


def load_playbook(path: Path | None = None, prompts_dir: Path | None = None) -> Playbook:
    """Read a playbook file; keys it leaves out keep the built-in defaults.

    `path` None means the shipped `<prompts_dir>/playbook.yaml` (named "default"); if that file is
    absent the built-in defaults, which are the same values, are used. Errors name file and key.
    """
    if path is None:
        default_file = (prompts_dir or default_prompts_dir()) / PLAYBOOK_FILENAME
        if not default_file.is_file():
            canonical = json.dumps(DEFAULTS, sort_keys=True).encode()
            return _build({}, "default", hashlib.sha256(canonical).hexdigest(), None, "<built-in>")
        return _read(default_file, "default")
    return _read(Path(path), Path(path).stem)


def _read(path: Path, name: str) -> Playbook:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"playbook {path}: cannot read ({exc.strerror or exc})") from exc
    try:
        data = safe_load(raw.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"playbook {path}: not valid YAML ({exc})") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"playbook {path}: expected a mapping of settings, got {type(data).__name__}")
    return _build(data, name, hashlib.sha256(raw).hexdigest(), path, str(path))


def _error(where: str, key: str, message: str) -> ConfigError:
    return ConfigError(f"playbook {where}: {key}: {message}")


def _build(data: dict[str, Any], name: str, sha256: str, path: Path | None, where: str) -> Playbook:
    def fail(key: str, message: str) -> ConfigError:
        return _error(where, key, message)

    unknown = sorted(str(k) for k in data if k not in DEFAULTS)
    if unknown:
        raise fail(unknown[0], f"unknown key (known keys: {', '.join(DEFAULTS)})")
    merged = {**DEFAULTS, **data}

    regions = merged["allowed_regions"]
    if not isinstance(regions, list):
        raise fail("allowed_regions", "must be a list of region codes such as EU, EEA, NL")
    if any(isinstance(r, bool) for r in regions):
        raise fail("allowed_regions", 'a region reads as true/false: quote it, e.g. "NO" for Norway')
    if not all(isinstance(r, str) for r in regions):
        raise fail("allowed_regions", "must be a list of region codes such as EU, EEA, NL")
    clean_regions = [r.strip().upper() for r in regions]
    for region in clean_regions:
        if not _REGION.match(region):
            raise fail("allowed_regions", f"{region!r} is not EU, EEA, WORLDWIDE or a 2-letter ISO code")

    numbers: dict[str, int] = {}
    for key in ("max_deletion_days", "max_backup_days", "min_subprocessor_notice_days"):
        value = merged[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise fail(key, f"must be a whole number of days (0 or more), not {value!r}")
        numbers[key] = value

    accept = merged["accept_opt_out_training"]
    if not isinstance(accept, bool):
        raise fail("accept_opt_out_training", f"must be true or false, not {accept!r}")

    return Playbook(
        name=name,
        sha256=sha256,
        allowed_regions=frozenset(clean_regions),
        accept_opt_out_training=accept,
        risk=_risk_table(data.get("risk", {}), where),
        path=path,
        **numbers,
    )


def _risk_table(overrides: Any, where: str) -> dict[str, dict[str, dict[str, str]]]:
    """Defaults overlaid with the file's `risk:` entries, each checked against the known stances."""

    def fail(key: str, message: str) -> ConfigError:
        return _error(where, key, message)

    if not isinstance(overrides, dict):
        raise fail("risk", "must be a mapping of topic -> stance -> risk")
    for topic, stances in overrides.items():
        if topic not in DEFAULT_RISK:
            raise fail(f"risk.{topic}", f"unknown topic (known: {', '.join(DEFAULT_RISK)})")
        if not isinstance(stances, dict):
            raise fail(f"risk.{topic}", "must be a mapping of stance -> risk")
        for stance in stances:
            if stance not in DEFAULT_RISK[topic]:
                known = ", ".join(DEFAULT_RISK[topic])
                raise fail(f"risk.{topic}.{stance}", f"unknown stance (known: {known})")

    table: dict[str, dict[str, dict[str, str]]] = {}
    for topic, defaults in DEFAULT_RISK.items():
        table[topic] = {}
        for stance, default in defaults.items():
            value = overrides.get(topic, {}).get(stance, default)
            table[topic][stance] = _cases(topic, stance, value, where)
    return table


def _cases(topic: str, stance: str, value: Any, where: str) -> dict[str, str]:
    """One table entry as case -> risk; a plain risk for a conditional stance applies to both cases."""

    def fail(message: str) -> ConfigError:
        return _error(where, f"risk.{topic}.{stance}", message)

    def level(v: Any) -> str:
        if not isinstance(v, str) or v.strip().lower() not in RISK_LEVELS:
            raise fail(f"{v!r} is not one of {', '.join(RISK_LEVELS)}")
        return v.strip().lower()

    names = CONDITIONS.get((topic, stance))
    if isinstance(value, dict):
        if names is None:
            raise fail("this stance takes a single risk (low, medium or high)")
        if set(value) != set(names):
            raise fail(f"give exactly {names[0]} and {names[1]}, not {', '.join(map(str, value))}")
        return {case: level(value[case]) for case in names}
    risk = level(value)
    return {case: risk for case in names} if names else {_ALWAYS: risk}


def _days(value: Any) -> float | None:
    """A day count from facts, or None when unknown (extractors may emit null, a float or junk)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _codes(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    return [str(v).strip().upper() for v in value if str(v).strip()] if isinstance(value, Iterable) else []


def _at_least(risk: str, floor: str) -> str:
    return max(risk, floor, key=RISK_LEVELS.index)


def rate(finding: Finding, playbook: Playbook, stance: str | None = None) -> str:
    """Risk of one finding ("low" | "medium" | "high") under the playbook, following the spec.

    A machine's finding with a stance but no citation is never `low`: its answer is unverified, and
    an unverified answer must not look safe. `stance` rates a reviewer's stance on the same facts
    instead; a person read the clauses, so that floor does not apply to it.
    """
    reviewed = stance is not None
    topic, facts = finding.topic, finding.facts or {}
    stance = finding.stance if stance is None else stance
    case = _ALWAYS
    if (topic, stance) in CONDITIONS:
        met_case, unmet_case = CONDITIONS[(topic, stance)]
        case = met_case if _limit_met(topic, facts, playbook) else unmet_case
    risk = playbook.risk_for(topic, stance, case)

    if topic == "ai_training" and stance == "opt_out" and playbook.accept_opt_out_training:
        risk = "low"
    disallowed = [r for r in _codes(facts.get("regions")) if r not in playbook.allowed_regions]
    if topic == "data_location" and stance == "eu_only" and disallowed:
        risk = _at_least(risk, "medium")
    if stance != "not_addressed" and not finding.evidence and not reviewed:
        risk = _at_least(risk, "medium")
    return risk


def _limit_met(topic: str, facts: Mapping[str, Any], playbook: Playbook) -> bool:
    """Whether the fact a conditional stance depends on is within the playbook's limit.
    Unknown durations count as not met: 'deleted, no period stated' is not 'deleted in 30 days'."""
    if topic == "data_location":
        return bool(_codes(facts.get("transfer_mechanisms")))
    if topic == "deletion":
        days = _days(facts.get("deletion_days"))
        return days is not None and days <= playbook.max_deletion_days
    if topic == "backups":
        days = _days(facts.get("backup_retention_days"))
        return days is not None and days <= playbook.max_backup_days
    if topic == "subprocessors":
        days = _days(facts.get("notice_days"))
        return days is not None and days >= playbook.min_subprocessor_notice_days
    return True


def rate_all(findings: list[Finding], playbook: Playbook) -> list[Finding]:
    """Set `risk` on every finding (and on its review) in place and return the same list, for chaining."""
    for finding in findings:
        finding.risk = rate(finding, playbook)
        if finding.decision is not None:
            finding.decision.risk = rate(finding, playbook, finding.decision.stance)
    return findings
