"""The playbook decides risk: these tests pin the spec's default-risk column and the user's levers."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from clausecheck.errors import ConfigError
from clausecheck.models import TOPIC_IDS, Citation, Finding
from clausecheck.playbook import DEFAULT_RISK, Playbook, load_playbook, rate, rate_all

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


def finding(topic: str, stance: str, cited: bool = True, **facts: Any) -> Finding:
    citations = [Citation(page=3, quote="a verified clause", section="4.1")] if cited else []
    return Finding(topic=topic, stance=stance, facts=facts, summary="", citations=citations)


@pytest.fixture(scope="module")
def default() -> Playbook:
    return load_playbook(None, PROMPTS)


def write(tmp_path: Path, text: str, name: str = "strict.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_playbook_is_the_shipped_file(default: Playbook) -> None:
    shipped = PROMPTS / "playbook.yaml"
    assert default.name == "default"
    assert default.sha256 == hashlib.sha256(shipped.read_bytes()).hexdigest()
    assert (default.max_deletion_days, default.max_backup_days) == (90, 90)
    assert default.min_subprocessor_notice_days == 14
    assert default.accept_opt_out_training is False
    assert {"EU", "EEA", "NL", "DE", "IE", "NO", "IS", "LI"} <= default.allowed_regions
    assert not {"US", "GB", "CH", "WORLDWIDE"} & default.allowed_regions


def test_shipped_file_matches_built_in_defaults(default: Playbook, tmp_path: Path) -> None:
    built_in = load_playbook(None, tmp_path)  # no playbook.yaml there -> built-in values
    for attr in (
        "allowed_regions",
        "max_deletion_days",
        "max_backup_days",
        "min_subprocessor_notice_days",
        "accept_opt_out_training",
    ):
        assert getattr(built_in, attr) == getattr(default, attr)
    assert built_in.risk == default.risk
    assert built_in.name == "default"


@pytest.mark.parametrize("topic", TOPIC_IDS)
def test_not_addressed_is_high_for_every_topic(default: Playbook, topic: str) -> None:
    assert rate(finding(topic, "not_addressed", cited=False), default) == "high"


@pytest.mark.parametrize(
    ("topic", "stance", "facts", "risk"),
    [
        ("data_location", "eu_only", {"regions": ["EU", "NL"]}, "low"),
        ("data_location", "eu_only", {"regions": ["EU", "US"]}, "medium"),
        ("data_location", "eu_with_transfers", {"regions": ["EU"]}, "medium"),
        ("data_location", "outside_eu", {"regions": ["US"], "transfer_mechanisms": ["SCC"]}, "medium"),
        ("data_location", "outside_eu", {"regions": ["US"], "transfer_mechanisms": None}, "high"),
        ("data_location", "outside_eu", {"regions": ["US"], "transfer_mechanisms": []}, "high"),
        ("data_location", "unrestricted", {"transfer_mechanisms": ["SCC"]}, "high"),
        ("ai_training", "prohibited", {"instructions_only": True}, "low"),
        ("ai_training", "opt_in", {}, "low"),
        ("ai_training", "aggregated_only", {}, "medium"),
        ("ai_training", "opt_out", {"mentions_ai": True}, "medium"),
        ("ai_training", "allowed", {}, "high"),
        ("staff_access", "restricted_logged", {"access_logging": True}, "low"),
        ("staff_access", "restricted", {}, "medium"),
        ("staff_access", "broad", {}, "high"),
        ("deletion", "deleted", {"deletion_days": 30}, "low"),
        ("deletion", "return_or_delete", {"deletion_days": 90}, "low"),
        ("deletion", "return_or_delete", {"deletion_days": 91}, "medium"),
        ("deletion", "deleted", {"deletion_days": None}, "medium"),
        ("deletion", "retained", {"deletion_days": 30}, "high"),
        ("backups", "time_limited", {"backup_retention_days": 35}, "low"),
        ("backups", "time_limited", {"backup_retention_days": 365}, "medium"),
        ("backups", "time_limited", {"backup_retention_days": None}, "medium"),
        ("backups", "until_overwritten", {}, "medium"),
        ("backups", "retained", {}, "high"),
        ("subprocessors", "prior_consent", {}, "low"),
        ("subprocessors", "notice_and_objection", {"notice_days": 30}, "low"),
        ("subprocessors", "notice_and_objection", {"notice_days": 14}, "low"),
        ("subprocessors", "notice_and_objection", {"notice_days": 10}, "medium"),
        ("subprocessors", "notice_and_objection", {"notice_days": None}, "medium"),
        ("subprocessors", "general_no_notice", {"list_available": True}, "high"),
    ],
)
def test_default_risk_follows_the_spec(
    default: Playbook, topic: str, stance: str, facts: dict[str, Any], risk: str
) -> None:
    assert rate(finding(topic, stance, **facts), default) == risk


def test_every_spec_stance_is_in_the_table(default: Playbook) -> None:
    assert set(default.risk) == set(TOPIC_IDS)
    for topic in TOPIC_IDS:
        assert set(default.risk[topic]) == set(DEFAULT_RISK[topic])


def test_uncited_answer_is_never_low(default: Playbook) -> None:
    assert rate(finding("ai_training", "prohibited", cited=False), default) == "medium"
    assert rate(finding("deletion", "deleted", cited=False, deletion_days=30), default) == "medium"
    assert rate(finding("ai_training", "allowed", cited=False), default) == "high"  # not lowered either


def test_unknown_stance_is_high(default: Playbook) -> None:
    assert rate(finding("deletion", "maybe_deleted", deletion_days=1), default) == "high"


def test_custom_deletion_limit_rerates_without_rereading(default: Playbook, tmp_path: Path) -> None:
    thirty_days = finding("deletion", "return_or_delete", deletion_days=30, certificate=True)
    assert rate(thirty_days, default) == "low"
    strict = load_playbook(write(tmp_path, "max_deletion_days: 14\n"))
    assert rate(thirty_days, strict) == "medium"
    assert strict.name == "strict"
    assert strict.sha256 != default.sha256
    # keys the file leaves out keep their defaults
    assert strict.max_backup_days == 90 and "NL" in strict.allowed_regions


def test_allowed_regions_narrow_eu_only(tmp_path: Path) -> None:
    dutch_only = load_playbook(write(tmp_path, "allowed_regions: [nl]\n"))
    assert rate(finding("data_location", "eu_only", regions=["NL"]), dutch_only) == "low"
    assert rate(finding("data_location", "eu_only", regions=["DE"]), dutch_only) == "medium"
    assert rate(finding("data_location", "eu_only", regions=["EU"]), dutch_only) == "medium"


def test_accept_opt_out_training(tmp_path: Path) -> None:
    relaxed = load_playbook(write(tmp_path, "accept_opt_out_training: true\n"))
    assert rate(finding("ai_training", "opt_out"), relaxed) == "low"
    assert rate(finding("ai_training", "opt_out", cited=False), relaxed) == "medium"


def test_risk_table_can_be_overridden(tmp_path: Path) -> None:
    text = "risk:\n  backups:\n    until_overwritten: {within_limit: low}\n"
    with pytest.raises(ConfigError, match=r"risk\.backups\.until_overwritten: this stance takes a single"):
        load_playbook(write(tmp_path, text))
    text = "risk:\n  staff_access:\n    restricted: low\n  deletion:\n    deleted: high\n"
    custom = load_playbook(write(tmp_path, text))
    assert rate(finding("staff_access", "restricted"), custom) == "low"
    assert rate(finding("deletion", "deleted", deletion_days=1), custom) == "high"


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, "max_deletion_days: 30\nmax_retention_days: 30\n")
    with pytest.raises(ConfigError) as info:
        load_playbook(path)
    assert str(path) in str(info.value)
    assert "max_retention_days" in str(info.value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("max_deletion_days: ninety\n", "max_deletion_days"),
        ("max_backup_days: -1\n", "max_backup_days"),
        ("min_subprocessor_notice_days: true\n", "min_subprocessor_notice_days"),
        ("accept_opt_out_training: sometimes\n", "accept_opt_out_training"),
        ("allowed_regions: EU\n", "allowed_regions"),
        ("allowed_regions: [EU, Europe]\n", "allowed_regions"),
        ("risk:\n  deletion:\n    deleted: severe\n", "risk.deletion.deleted"),
        ("risk:\n  deletion:\n    shredded: low\n", "risk.deletion.shredded"),
        ("risk:\n  billing:\n    late: low\n", "risk.billing"),
        ("- a list\n", "mapping"),
        ("max_deletion_days: [\n", "not valid YAML"),
    ],
)
def test_bad_values_are_rejected(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_playbook(path)
    assert str(path) in str(info.value) and key in str(info.value)


def test_bare_norway_gets_a_helpful_message(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=re.escape('quote it, e.g. "NO"')):
        load_playbook(write(tmp_path, "allowed_regions: [EU, NO]\n"))


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_playbook(tmp_path / "absent.yaml")


def test_empty_file_means_defaults(default: Playbook, tmp_path: Path) -> None:
    empty = load_playbook(write(tmp_path, "# nothing changed\n", "empty.yaml"))
    assert empty.risk == default.risk and empty.name == "empty"


def test_rate_all_sets_risk_in_place(default: Playbook) -> None:
    findings = [finding("ai_training", "allowed"), finding("backups", "not_addressed", cited=False)]
    assert rate_all(findings, default) is findings
    assert [f.risk for f in findings] == ["high", "high"]
