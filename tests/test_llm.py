"""The optional LLM engine, against a stub LLM server on 127.0.0.1 that speaks the OpenAI
chat-completions API and Ollama's chat API. The real langchain clients talk to it over HTTP; the
rules engine (the fallback, and hybrid's second opinion) runs on the real embedding model.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import MODEL_DIR, NO_MODEL_REASON, CliRun, fixture_pdf

from clausecheck.core import Clausecheck
from clausecheck.errors import ConfigError
from clausecheck.extract.engines import Engine
from clausecheck.extract.llm import LLMConfig, LLMError
from clausecheck.models import Analysis
from clausecheck.settings import load_settings
from clausecheck.verify import normalise

pytestmark = pytest.mark.skipif(MODEL_DIR is None, reason=NO_MODEL_REASON)

PDF = fixture_pdf("nordlicht-eu-dpa")
DELETION_QUESTION = "What happens to our data when the contract ends"
REAL = (
    "Within thirty (30) days of the termination or expiry of the Main Agreement, the Processor shall "
    "delete all Customer Data, including all copies held in active systems"
)
# Two words changed: a near match the engine repairs to the page's own words.
PARAPHRASED = (
    "Within thirty (30) days of the termination or expiration of the Main Agreement, the Processor will "
    "delete all Customer Data, including all copies held in active systems"
)
INVENTED = "The Processor shall delete all Customer Data within seven days of any request by the Controller."


def answer(stance: str = "deleted", quotes: tuple[str, ...] = (REAL,), facts: Any = None) -> str:
    return json.dumps(
        {
            "stance": stance,
            "facts": facts if facts is not None else {"deletion_days": 30, "certificate": True},
            "summary": "Deleted within 30 days of the end, with a written certificate.",
            "citations": [{"chunk_id": "unknown", "quote": q} for q in quotes],
        }
    )


NOT_ADDRESSED = json.dumps({"stance": "not_addressed", "facts": {}, "summary": "", "citations": []})


@dataclass
class Script:
    """What the stub answers: for the deletion topic `deletion`; for the others `other`."""

    deletion: str = answer()
    other: str = NOT_ADDRESSED
    status: int = 200
    delay: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)


class StubLLM(BaseHTTPRequestHandler):
    script: Script

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        script = self.server.script  # type: ignore[attr-defined]
        script.requests.append({"path": self.path, "body": body})
        if script.delay:
            time.sleep(script.delay)
        prompt = " ".join(str(m.get("content", "")) for m in body.get("messages", []))
        content = script.deletion if DELETION_QUESTION in prompt else script.other
        if script.status != 200:
            self._send(script.status, b'{"error": {"message": "scripted failure"}}')
        elif self.path.endswith("/chat/completions"):
            self._send(200, json.dumps(_openai(body, content)).encode())
        elif self.path == "/api/chat":
            if body.get("stream", True):
                lines = [_ollama(body, content, done=False), _ollama(body, "", done=True)]
                payload = "".join(json.dumps(line) + "\n" for line in lines)
                self._send(200, payload.encode(), "application/x-ndjson")
            else:
                self._send(200, json.dumps(_ollama(body, content, done=True)).encode())
        else:
            self._send(404, b'{"error": "not found"}')

    def _send(self, status: int, payload: bytes, kind: str = "application/json") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout)


def _openai(body: dict[str, Any], content: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": body.get("model", "stub"),
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _ollama(body: dict[str, Any], content: str, done: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "model": body.get("model", "stub"),
        "created_at": "2026-01-01T00:00:00Z",
        "message": {"role": "assistant", "content": content},
        "done": done,
    }
    if done:
        out.update(done_reason="stop", total_duration=1, eval_count=1, prompt_eval_count=1)
    return out


@pytest.fixture
def stub() -> Iterator[tuple[str, Script]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), StubLLM)
    server.daemon_threads = True
    script = Script()
    server.script = script  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", script
    server.shutdown()
    server.server_close()


Configure = Callable[..., Script]


@pytest.fixture
def configure(stub: tuple[str, Script], monkeypatch: pytest.MonkeyPatch) -> Configure:
    base, script = stub

    def setup(provider: str = "openai", timeout: float = 10, retries: int = 0, **changes: Any) -> Script:
        monkeypatch.setenv("CLAUSECHECK_LLM_PROVIDER", provider)
        monkeypatch.setenv("CLAUSECHECK_LLM_MODEL", "stub-model")
        monkeypatch.setenv("CLAUSECHECK_LLM_BASE_URL", base + ("/v1" if provider == "openai" else ""))
        monkeypatch.setenv("CLAUSECHECK_LLM_TIMEOUT", str(timeout))
        monkeypatch.setenv("CLAUSECHECK_LLM_MAX_RETRIES", str(retries))
        for key, value in changes.items():
            setattr(script, key, value)
        return script

    return setup


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
    assert finding.facts == {"deletion_days": 30, "certificate": True}
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
