"""Settling findings: a reviewer's decision is stored beside the machine's reading (never replacing
it), with who and when; risk follows the reviewer's stance; rename a vendor; via the core and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MODEL_DIR, NO_MODEL_REASON, CliRun, fixture_pdf

from clausecheck.core import Clausecheck
from clausecheck.errors import ReviewError
from clausecheck.playbook import rate
from clausecheck.settings import load_settings

pytestmark = pytest.mark.skipif(MODEL_DIR is None, reason=NO_MODEL_REASON)
STEM = "nordlicht-eu-dpa"


@pytest.fixture
def app(data_dir: Path) -> Iterator[tuple[Clausecheck, str]]:
    cc = Clausecheck(load_settings(data_dir=data_dir, model_dir=MODEL_DIR, reviewer="Anna de Vries"))
    outcome = cc.analyze([fixture_pdf(STEM)])[0]
    assert outcome.analysis is not None
    yield cc, str(outcome.analysis.document["id"])
    cc.close()


def test_accepting_keeps_the_machine_reading_and_records_who_and_when(app: tuple[Clausecheck, str]) -> None:
    cc, doc = app
    before = {f.topic: (f.stance, f.risk) for f in cc.analysis(doc).findings}
    finding = cc.review(doc, "deletion", note="checked against §9")
    assert finding.decision is not None and finding.decision.accepted
    assert finding.decision.reviewer == "Anna de Vries"
    assert finding.decision.reviewed_at[:4].isdigit()
    assert finding.decision.note == "checked against §9"
    assert (finding.decided_stance, finding.decided_risk) == before["deletion"]
    assert {f.topic: (f.stance, f.risk) for f in cc.analysis(doc).findings} == before


def test_another_stance_sets_the_risk_but_the_machine_reading_stays(app: tuple[Clausecheck, str]) -> None:
    cc, doc = app
    machine = next(f for f in cc.analysis(doc).findings if f.topic == "ai_training")
    finding = cc.review(doc, "ai_training", "allowed", note="clause 7 lets them train", reviewer="Bram")
    assert finding.stance == machine.stance and finding.risk == machine.risk  # beside, not replacing
    assert finding.decided_stance == "allowed" and finding.overridden
    assert finding.decided_risk == rate(finding, cc.playbook, "allowed") == "high"
    assert finding.decision is not None and finding.decision.reviewer == "Bram"
    # The stored findings themselves are untouched.
    stored = next(f for f in cc.store.findings(doc) if f.topic == "ai_training")
    assert stored.stance == machine.stance
    cc.unreview(doc, "ai_training")
    assert next(f for f in cc.analysis(doc).findings if f.topic == "ai_training").decision is None


def test_a_stance_or_topic_outside_the_vocabulary_is_refused(app: tuple[Clausecheck, str]) -> None:
    cc, doc = app
    with pytest.raises(ReviewError, match="not a stance of deletion"):
        cc.review(doc, "deletion", "eu_only")
    with pytest.raises(ReviewError, match="not one of the topics"):
        cc.review(doc, "weather")
    with pytest.raises(ReviewError, match="empty"):
        cc.rename(doc, "   ")


def test_rename_and_delete_take_the_decisions_along(app: tuple[Clausecheck, str]) -> None:
    cc, doc = app
    assert cc.rename(doc, "  Nordlicht   Cloud GmbH ")["vendor"] == "Nordlicht Cloud GmbH"
    assert cc.analysis(doc).document["vendor"] == "Nordlicht Cloud GmbH"
    cc.review(doc, "backups", "retained")
    cc.delete(doc)
    assert cc.store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0


def test_the_cli_settles_a_finding_and_renames_a_vendor(run_cli: CliRun) -> None:
    assert run_cli("analyze", fixture_pdf(STEM)).exit_code == 0
    result = run_cli("review", STEM + ".pdf", "backups", "--stance", "retained", "--note", "no limit")
    assert result.exit_code == 1 and "matches no analysed document" in result.output  # by id, not name
    doc_id = json.loads(run_cli("list", "--format", "json").output)[0]["id"]
    result = run_cli("review", doc_id, "backups", "--stance", "retained", "--reviewer", "Cas")
    assert result.exit_code == 0, result.output
    assert "set to retained, risk HIGH" in result.output
    result = run_cli("rename", doc_id, "Nordlicht Cloud")
    assert result.exit_code == 0 and "is now Nordlicht Cloud" in result.output
    assert run_cli("review", doc_id, "backups", "--clear").exit_code == 0
