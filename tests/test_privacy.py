"""What clausecheck says about itself: where data lives, which model, what is sent where."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.privacy import refuse_tracing


def test_tracing_switches_are_dropped_unless_the_user_opts_in() -> None:
    env = {"LANGCHAIN_TRACING_V2": "true", "LANGSMITH_TRACING": "1", "PATH": "/bin"}
    message = refuse_tracing(env)
    assert message and "LANGCHAIN_TRACING_V2" in message and "CLAUSECHECK_ALLOW_TRACING" in message
    assert env == {"PATH": "/bin"}
    opted_in = {"LANGSMITH_TRACING": "true", "CLAUSECHECK_ALLOW_TRACING": "1"}
    assert refuse_tracing(opted_in) is None and opted_in["LANGSMITH_TRACING"] == "true"
    assert refuse_tracing({"LANGSMITH_TRACING": "false"}) is None


def test_cli_warns_and_still_works_with_tracing_set(run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGCHAIN_TRACING_V2", "true")
    result = run_cli("list")
    assert result.exit_code == 0
    assert "ignoring LANGCHAIN_TRACING_V2" in result.output


def test_doctor_says_where_data_lives_and_that_nothing_is_sent(
    run_cli, data_dir: Path, model_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("doctor")
    assert result.exit_code == 0, result.output
    assert str(data_dir) in result.output
    assert "telemetry off" in result.output
    assert "LLM endpoint:    none configured" in result.output
    assert "nothing is sent out" in result.output
    assert "all-MiniLM-L6-v2" in result.output


def test_doctor_names_the_endpoint_and_what_will_be_sent(  # type: ignore[no-untyped-def]
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUSECHECK_LLM_PROVIDER", "openai")
    monkeypatch.setenv("CLAUSECHECK_LLM_MODEL", "m")
    monkeypatch.setenv("CLAUSECHECK_LLM_BASE_URL", "https://llm.example.eu/v1")
    monkeypatch.setenv("CLAUSECHECK_LLM_API_KEY", "sk-secret-doctor")
    offline = run_cli("doctor").output
    assert "openai:m at llm.example.eu over https" in offline
    assert "the engine is rules" in offline and "nothing is sent out" in offline
    monkeypatch.setenv("CLAUSECHECK_ENGINE", "hybrid")
    online = run_cli("doctor").output
    assert "the clauses of each contract you analyse are sent to llm.example.eu" in online
    assert "API key in CLAUSECHECK_LLM_API_KEY: set" in online and "sk-secret" not in online


def test_doctor_names_a_missing_model_and_the_fix(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("doctor", model=data_dir / "nowhere")
    assert "MISSING" in result.output and "CLAUSECHECK_MODEL_DIR" in result.output
    assert "clausecheck model download" in result.output and "clausecheck model import PATH" in result.output
    assert "sends no contract text" in result.output
    # What the main job needs is missing: a script checking `doctor` must see it.
    assert result.exit_code == 1
