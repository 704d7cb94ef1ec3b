"""The optional LLM engine, against a stub LLM server on 127.0.0.1 that speaks the OpenAI
chat-completions API and Ollama's chat API. The real langchain clients talk to it over HTTP; the
rules engine (the fallback, and hybrid's second opinion) runs on the real embedding model.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import MODEL_DIR, CliRun, fixture_pdf
from llm_stub import INVENTED, PARAPHRASED, REAL, Configure, answer

from clausecheck.core import Clausecheck
from clausecheck.errors import ConfigError
from clausecheck.extract.engines import Engine
from clausecheck.extract.llm import LLMConfig, LLMError
from clausecheck.models import Analysis
from clausecheck.settings import load_settings
from clausecheck.verify import normalise

pytestmark = pytest.mark.needs_model

PDF = fixture_pdf("nordlicht-eu-dpa")


def analyse(data_dir: Path, engine: str) -> tuple[Analysis, list[str]]:
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=MODEL_DIR))
    try:
        [outcome] = app.analyze([PDF], engine=engine)
    finally:
        app.close()
    assert outcome.error is None and outcome.analysis is not None
    return outcome.analysis, outcome.warnings


def deletion(analysis: Analysis) -> Any:
    return next(f for f in analysis.findings if f.topic == "deletion")


# --- through the real clients ------------------------------------------------------------------


@pytest.mark.parametrize("provider", ["openai", "ollama"])
def test_correct_answer_is_kept_with_provenance(provider: str, configure: Configure, data_dir: Path) -> None:
    script = configure(provider)
    analysis, warnings = analyse(data_dir, "llm")
    assert warnings == []
    assert analysis.engine == "llm"
    assert analysis.to_json()["engine"] == "llm"
    finding = deletion(analysis)
    assert finding.stance == "deleted"
    assert finding.facts == {"deletion_days": 30, "certificate": True, "caveats": None}
    assert [normalise(c.quote) for c in finding.citations] == [normalise(REAL)]
    citation = finding.citations[0]
    assert citation.page >= 1 and citation.bbox is not None and citation.section == "9.2"
    assert finding.searched["engine"] == "llm"
    assert finding.searched["model"] == f"{provider}:stub-model at 127.0.0.1"
    assert finding.searched["verified"] is True
    assert finding.risk == "low"
    paths = {r["path"] for r in script.requests}
    assert paths == ({"/v1/chat/completions"} if provider == "openai" else {"/api/chat"})
    assert len(script.requests) == 6  # one call per topic
    prompt = json.dumps(script.requests[0]["body"])
    assert "not_addressed" in prompt and "chunk_id" in prompt


def test_paraphrased_quote_is_repaired_to_the_page_text(configure: Configure, data_dir: Path) -> None:
    configure(deletion=answer(quotes=(PARAPHRASED,)))
    analysis, _ = analyse(data_dir, "llm")
    finding = deletion(analysis)
    assert [normalise(c.quote) for c in finding.citations] == [normalise(REAL)]
    assert finding.searched["repaired_quotes"] == [normalise(REAL)]
    assert finding.searched["verified"] is True


def test_a_fact_no_verified_quote_carries_is_dropped_and_recorded(
    configure: Configure, data_dir: Path
) -> None:
    # The quote says thirty days; a model that answers ninety is not believed on that point.
    configure(deletion=answer(facts={"deletion_days": 90, "certificate": True}))
    analysis, _ = analyse(data_dir, "llm")
    finding = deletion(analysis)
    assert finding.stance == "deleted" and finding.citations
    assert finding.facts["deletion_days"] is None and finding.facts["certificate"] is True
    assert finding.searched["untraced_facts"] == ["deletion_days"]


def test_invented_quote_is_dropped_and_never_low(configure: Configure, data_dir: Path) -> None:
    configure("ollama", deletion=answer(quotes=(INVENTED,)))
    analysis, warnings = analyse(data_dir, "llm")
    finding = deletion(analysis)
    assert finding.stance == "deleted" and finding.citations == []
    assert finding.searched["verified"] is False
    assert finding.searched["dropped_quotes"] == [INVENTED]
    assert finding.risk != "low"
    assert warnings == []


@pytest.mark.parametrize(
    ("provider", "changes", "message"),
    [
        ("openai", {"deletion": "{not json"}, "did not return valid JSON"),
        ("ollama", {"deletion": "{not json"}, "did not return valid JSON"),
        ("openai", {"deletion": answer(stance="sold_to_third_parties")}, "not one of"),
        ("openai", {"deletion": answer(facts=["not", "a", "mapping"])}, "wrong shape"),
        ("openai", {"status": 500}, "HTTP 500"),
        ("ollama", {"status": 500}, "500"),
        ("openai", {"delay": 3.0}, "did not answer within"),
        ("ollama", {"delay": 3.0}, "did not answer within"),
    ],
)
def test_bad_answers_fall_back_to_rules(
    provider: str, changes: dict[str, Any], message: str, configure: Configure, data_dir: Path
) -> None:
    timeout = 0.5 if "delay" in changes else 10
    configure(provider, timeout=timeout, **changes)
    analysis, warnings = analyse(data_dir, "llm")
    finding = deletion(analysis)
    # The rules engine answered: its stance on this fixture, with verified citations.
    assert finding.stance == "deleted" and finding.citations
    assert finding.searched["engine"] == "rules"
    assert message in finding.searched["llm_error"]
    assert warnings and any(message in w for w in warnings)
    assert all("rules engine answered instead" in w for w in warnings)


def test_retry_is_bounded(configure: Configure, data_dir: Path) -> None:
    script = configure(retries=1, status=500)
    analyse(data_dir, "llm")
    assert len(script.requests) == 6 * 2


def test_hybrid_keeps_the_model_answer_and_flags_disagreement(configure: Configure, data_dir: Path) -> None:
    configure(deletion=answer(stance="retained"))
    analysis, _ = analyse(data_dir, "hybrid")
    assert analysis.to_json()["engine"] == "hybrid"
    finding = deletion(analysis)
    assert finding.stance == "retained"
    assert finding.searched["engine"] == "hybrid"
    assert finding.searched["rules_stance"] == "deleted"
    assert finding.searched["disagreement"] is True


# --- no model configured, and configuration errors ---------------------------------------------


def test_rules_engine_contacts_no_model(configure: Configure, data_dir: Path) -> None:
    script = configure()
    analysis, warnings = analyse(data_dir, "rules")
    assert analysis.engine == "rules" and warnings == []
    assert script.requests == []
    assert deletion(analysis).searched["engine"] == "rules"


def test_no_llm_configured_means_no_config(data_dir: Path) -> None:
    settings = load_settings(data_dir=data_dir)
    assert LLMConfig.from_settings(settings, {}) is None
    assert Engine.create("rules", settings).config is None


def test_engine_llm_without_configuration_is_a_clear_message(run_cli: CliRun) -> None:
    result = run_cli("analyze", PDF, "--engine", "llm")
    assert result.exit_code != 0
    assert "--engine llm needs a model" in result.output
    assert "CLAUSECHECK_LLM_PROVIDER" in result.output
    assert "Traceback" not in result.output


def test_plain_http_to_another_host_is_refused(data_dir: Path) -> None:
    base: dict[str, Any] = {
        "data_dir": data_dir,
        "llm_provider": "openai",
        "llm_model": "m",
        "llm_base_url": "http://llm.example.eu/v1",
    }
    with pytest.raises(LLMError, match="plain http"):
        LLMConfig.from_settings(load_settings(**base))
    allowed = LLMConfig.from_settings(load_settings(**base, llm_allow_insecure=True))
    assert allowed is not None and allowed.host == "llm.example.eu"
    https = LLMConfig.from_settings(load_settings(**{**base, "llm_base_url": "https://llm.example.eu/v1"}))
    assert https is not None and https.timeout == 60 and https.max_retries == 1
    with pytest.raises(ConfigError, match="choose one of"):
        load_settings(**{**base, "llm_provider": "gpt"})


def test_cli_engine_llm_prints_warnings_and_json(configure: Configure, run_cli: CliRun) -> None:
    configure(deletion="{not json")
    result = run_cli("analyze", PDF, "--engine", "llm", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "did not return valid JSON" in result.stderr
    data = json.loads(result.stdout)
    assert data[0]["engine"] == "llm" if isinstance(data, list) else data["engine"] == "llm"


# --- re-reading, and the write lock while the model reads -------------------------------------


def test_naming_another_engine_reads_a_stored_document_again(configure: Configure, run_cli: CliRun) -> None:
    script = configure()
    first = run_cli("analyze", PDF, "--format", "json")  # no engine named: the settings' (rules)
    assert first.exit_code == 0 and script.requests == []
    stored = json.loads(first.stdout)
    assert stored["engine"] == "rules"
    llm = run_cli("analyze", PDF, "--engine", "llm", "--format", "json")
    assert llm.exit_code == 0, llm.output
    assert "read again by engine llm" in llm.stderr
    assert "clauses were sent to 127.0.0.1" in llm.stderr
    again = json.loads(llm.stdout)
    assert again["engine"] == "llm" and again["document"]["id"] == stored["document"]["id"]
    asked = len(script.requests)
    assert asked > 0
    plain = run_cli("analyze", PDF, "--format", "json")  # no engine named: the stored reading stays
    assert "analysed before" in plain.stderr
    assert json.loads(plain.stdout)["engine"] == "llm" and len(script.requests) == asked
    listed = json.loads(run_cli("list", "--format", "json").stdout)
    assert [d["id"] for d in listed] == [stored["document"]["id"]]


def test_no_write_lock_is_held_while_the_model_reads(configure: Configure, data_dir: Path) -> None:
    """A slow model must not stop another upload or a delete; nor may that writer's clean-up
    take the vectors of the document the model is still reading."""
    script = configure(delay=2.0)
    done: list[float] = []
    thread = threading.Thread(
        target=lambda: done.append(time.monotonic()) if analyse(data_dir, "llm") else None
    )
    thread.start()
    deadline = time.monotonic() + 120
    while not script.requests:
        assert time.monotonic() < deadline and thread.is_alive(), "the model was never asked"
        time.sleep(0.05)
    other = Clausecheck(load_settings(data_dir=data_dir, model_dir=MODEL_DIR))
    try:
        [outcome] = other.analyze([fixture_pdf("cloudpilot-us-saas-dpa")])
        finished_other = time.monotonic()
        assert outcome.error is None
        assert not done, "the second analysis waited for the model to finish"
        thread.join(120)
        assert done and done[0] > finished_other
        ids = {d["id"] for d in other.documents()}
        assert len(ids) == 2 and ids <= other.index.doc_ids()
    finally:
        other.close()


def test_reread_command_reads_a_stored_document_with_another_engine(
    configure: Configure, run_cli: CliRun
) -> None:
    script = configure()
    doc = json.loads(run_cli("analyze", PDF, "--format", "json").stdout)["document"]["id"]
    result = run_cli("reread", doc[:6], "--engine", "hybrid", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["engine"] == "hybrid" and script.requests
    assert "clauses were sent to 127.0.0.1" in result.stderr
    missing = run_cli("reread", "nosuchdoc", "--engine", "rules")
    assert missing.exit_code == 1 and "matches no analysed document" in missing.output


def test_eval_scores_the_engine_named(configure: Configure, run_cli: CliRun, tmp_path: Path) -> None:
    """A user with a model measures it on their own labels: here the stub answers only deletion
    (correctly) and "not_addressed" elsewhere, so llm scores deletion and misses the rest."""
    from conftest import expected

    configure()
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({PDF.stem: expected(PDF.stem)}), encoding="utf-8")
    rules = json.loads(run_cli("eval", labels, PDF.parent, "--format", "json").stdout)
    llm = run_cli("eval", labels, PDF.parent, "--format", "json", "--engine", "llm")
    assert llm.exit_code == 0, llm.output
    scored = json.loads(llm.stdout)
    assert scored["topics"]["deletion"]["correct"] == 1
    assert scored["overall"]["correct"] < rules["overall"]["correct"]
    assert scored["citations"]["valid"] == scored["citations"]["total"]


def test_an_endpoint_that_does_not_answer_is_not_waited_for_six_times(
    configure: Configure, data_dir: Path
) -> None:
    script = configure(timeout=0.5, retries=1, delay=3.0)
    started = time.monotonic()
    analysis, warnings = analyse(data_dir, "llm")
    assert len(script.requests) == 2  # the first topic and its one retry; then no more waiting
    assert time.monotonic() - started < 30
    errors = [f.searched["llm_error"] for f in analysis.findings]
    assert all("did not answer within 0.5 s" in e for e in errors)
    assert sum(e.startswith("not asked:") for e in errors) == 5
    assert len(warnings) == 1 and all(f.answered_by == "rules" for f in analysis.findings)


def test_an_error_that_echoes_the_api_key_is_redacted(
    configure: Configure, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUSECHECK_LLM_API_KEY", "sk-never-show-4242")
    script = configure(status=500, echo_auth=True)
    analysis, warnings = analyse(data_dir, "llm")
    # The key did go to the endpoint, as configured, and the endpoint echoed it back.
    assert script.requests[0]["authorization"] == "Bearer sk-never-show-4242"
    shown = json.dumps([f.searched for f in analysis.findings]) + " ".join(warnings)
    assert "HTTP 500" in shown and "***" in shown
    assert "sk-never-show-4242" not in shown
    stored = (data_dir / "clausecheck.db").read_bytes()
    assert b"sk-never-show-4242" not in stored


@pytest.mark.parametrize(
    "wrapped",
    [
        "```json\n{answer}\n```",
        "Sure. Here is the answer you asked for:\n```json\n{answer}\n```\nLet me know if you need more.",
        "Answer: {answer} (based on clause 9.2)",
    ],
)
def test_json_wrapped_in_prose_or_a_fence_is_still_read(
    wrapped: str, configure: Configure, data_dir: Path
) -> None:
    configure("ollama", deletion=wrapped.replace("{answer}", answer()))
    analysis, warnings = analyse(data_dir, "llm")
    finding = deletion(analysis)
    assert warnings == [] and finding.answered_by == "llm"
    assert finding.stance == "deleted" and [normalise(c.quote) for c in finding.citations] == [
        normalise(REAL)
    ]
