"""The settings file: what it may hold, what wins over it, and what it must never hold (the key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.errors import ConfigError
from clausecheck.settings import load_settings, source_of, write_settings_file


def write(data_dir: Path, content: str) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    file = data_dir / "settings.toml"
    file.write_text(content)
    return file


def test_no_file_means_the_defaults(data_dir: Path) -> None:
    settings = load_settings(data_dir=data_dir)
    assert settings.settings_file == data_dir / "settings.toml"
    assert (settings.engine, settings.llm_provider, settings.llm_model) == ("rules", "", "")
    assert source_of("engine", settings) == "default"


def test_file_values_are_used_and_the_environment_and_flags_win(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = write(
        data_dir,
        'engine = "hybrid"\nllm_provider = "ollama"\nllm_model = "qwen2.5:7b"\nllm_timeout = 30\ntop_k = 7\n',
    )
    settings = load_settings(data_dir=data_dir)
    assert (settings.engine, settings.llm_model, settings.llm_timeout, settings.top_k) == (
        "hybrid",
        "qwen2.5:7b",
        30.0,
        7,
    )
    assert source_of("llm_model", settings) == str(file)
    monkeypatch.setenv("CLAUSECHECK_LLM_MODEL", "from-env")
    assert load_settings(data_dir=data_dir).llm_model == "from-env"
    assert source_of("llm_model", load_settings(data_dir=data_dir)) == "CLAUSECHECK_LLM_MODEL"
    assert load_settings(data_dir=data_dir, llm_model="from-flag").llm_model == "from-flag"


def test_another_file_can_be_named(data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "team.toml"
    other.write_text('engine = "llm"\nllm_provider = "openai"\nllm_model = "m"\n')
    monkeypatch.setenv("CLAUSECHECK_SETTINGS_FILE", str(other))
    settings = load_settings(data_dir=data_dir)
    assert settings.settings_file == other and settings.engine == "llm"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('llm_api_key = "sk-123"\n', "read from CLAUSECHECK_LLM_API_KEY only"),
        ('data_dir = "/elsewhere"\n', "CLAUSECHECK_DATA_DIR"),
        ('engin = "llm"\n', "unknown setting 'engin'"),
        ('engine = "gpt"\n', "choose one of rules, llm, hybrid"),
        ('llm_provider = "anthropic"\n', "choose one of ollama, openai"),
        ('top_k = "many"\n', "top_k must be a whole number"),
        ("llm_allow_insecure = maybe\n", "cannot read the settings file"),
    ],
)
def test_a_bad_file_is_a_clear_message(data_dir: Path, content: str, message: str) -> None:
    write(data_dir, content)
    with pytest.raises(ConfigError, match=message):
        load_settings(data_dir=data_dir)


def test_a_bad_file_is_one_line_from_the_cli(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    write(data_dir, 'llm_api_key = "sk-123"\n')
    result = run_cli("list")
    assert result.exit_code == 1
    assert "remove 'llm_api_key'" in result.output and "Traceback" not in result.output
    assert "sk-123" not in result.output


def test_writing_merges_removes_and_refuses_secrets(data_dir: Path) -> None:
    file = data_dir / "settings.toml"
    write_settings_file(file, {"engine": "llm", "llm_provider": "ollama", "llm_model": 'a b "quoted"'})
    write_settings_file(file, {"llm_model": "qwen", "llm_allow_insecure": True, "llm_timeout": "12.5"})
    settings = load_settings(data_dir=data_dir)
    assert (settings.engine, settings.llm_model, settings.llm_allow_insecure) == ("llm", "qwen", True)
    assert settings.llm_timeout == 12.5
    write_settings_file(file, {"llm_model": ""})  # emptied: the key goes, the default comes back
    assert load_settings(data_dir=data_dir).llm_model == ""
    with pytest.raises(ConfigError):
        write_settings_file(file, {"llm_api_key": "sk-123"})
    assert "sk-123" not in file.read_text()
    assert not list(data_dir.glob("*.tmp"))


def test_a_value_that_toml_cannot_hold_is_refused_and_the_file_stays_readable(data_dir: Path) -> None:
    file = data_dir / "settings.toml"
    write_settings_file(file, {"llm_model": 'qwen 😀 \\ "q" é'})  # outside the BMP, quotes, backslash
    assert load_settings(data_dir=data_dir).llm_model == 'qwen 😀 \\ "q" é'
    for bad in ({"llm_timeout": "inf"}, {"llm_timeout": "nan"}, {"top_k": 1e400}, {"llm_model": "a\x7fb"}):
        with pytest.raises(ConfigError):
            write_settings_file(file, bad)
    assert load_settings(data_dir=data_dir).llm_model == 'qwen 😀 \\ "q" é'
