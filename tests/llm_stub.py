"""A stub LLM server on 127.0.0.1 that speaks the OpenAI chat-completions API and Ollama's chat
API, returning scripted answers. The real langchain clients talk to it over HTTP; the fixtures
that start it and point clausecheck at it are in conftest.py.

The scripted answers are about the sample contract fixtures/pdf/nordlicht-eu-dpa.pdf.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

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
    echo_auth: bool = False  # an error body that repeats the Authorization header, as some proxies do
    requests: list[dict[str, Any]] = field(default_factory=list)


class StubLLM(BaseHTTPRequestHandler):
    script: Script

    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        script = self.server.script  # type: ignore[attr-defined]
        script.requests.append(
            {"path": self.path, "body": body, "authorization": self.headers.get("Authorization")}
        )
        if script.delay:
            time.sleep(script.delay)
        prompt = " ".join(str(m.get("content", "")) for m in body.get("messages", []))
        content = script.deletion if DELETION_QUESTION in prompt else script.other
        if script.status != 200:
            echoed = f" (request had {self.headers.get('Authorization')})" if script.echo_auth else ""
            body = {"error": {"message": f"scripted failure{echoed}"}}
            self._send(script.status, json.dumps(body).encode())
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


@contextmanager
def local_server(handler: type[BaseHTTPRequestHandler]) -> Iterator[ThreadingHTTPServer]:
    """A real HTTP server with `handler` on a free port of 127.0.0.1, in a thread, for one `with`."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def serve() -> Iterator[tuple[str, Script]]:
    """The stub on a free port: its base URL and the script it follows (tests change the script)."""
    with local_server(StubLLM) as server:
        script = Script()
        server.script = script  # type: ignore[attr-defined]
        yield f"http://127.0.0.1:{server.server_address[1]}", script


Configure = Callable[..., Script]
