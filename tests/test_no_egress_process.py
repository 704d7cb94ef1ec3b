"""The whole CLI flow, watched from outside by strace: no process it starts (the parser
children, Chroma's native core, onnxruntime) opens a connection to anything but this machine.

The in-process socket guard (test_no_network.py) cannot see native code or child processes;
this one sees every connect() and sendto() of the whole process tree.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, fixture_pdf

ADDRESS = re.compile(
    r"sa_family=(AF_INET6?)[^}]*?(?:inet_addr\(\"([^\"]+)\"\)|inet_pton\(AF_INET6, \"([^\"]+)\")"
)


def outside_addresses(trace: str) -> list[str]:
    found = []
    for match in ADDRESS.finditer(trace):
        address = match.group(2) or match.group(3) or ""
        if not (address.startswith("127.") or address in {"::1", "::ffff:127.0.0.1"}):
            found.append(f"{match.group(1)} {address}")
    return found


def test_analyze_compare_export_list_connect_nowhere(data_dir: Path, model_dir: Path, tmp_path: Path) -> None:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (.ci/run installs it)")
    env = dict(os.environ, CLAUSECHECK_DATA_DIR=str(data_dir), CLAUSECHECK_MODEL_DIR=str(model_dir))
    for name in ("CLAUSECHECK_LLM_BASE_URL", "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(name, None)
    first, second = fixture_pdf("nordlicht-eu-dpa"), fixture_pdf("dijkstra-verwerkersovereenkomst-nl")
    script = "from clausecheck.cli import main; import sys; sys.argv[0] = 'clausecheck'; main()"
    steps = [
        ["analyze", str(first), str(second), "--format", "json"],
        ["compare", str(first), str(second)],
        ["export", str(first), str(second), "--format", "pdf", "-o", str(tmp_path / "summary.pdf")],
        ["export", str(first), str(second), "--format", "xlsx", "-o", str(tmp_path / "summary.xlsx")],
        ["list"],
        ["doctor"],
    ]
    for number, args in enumerate(steps):
        log = tmp_path / f"trace-{number}.log"
        run = subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(log),
             sys.executable, "-c", script, *args],
            env=env, cwd=REPO, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr
        trace = log.read_text()
        if number == 0:  # the parser children talk over Unix sockets: proof that strace sees calls
            assert "AF_UNIX" in trace, "strace saw nothing: the test would prove nothing"
        assert outside_addresses(trace) == [], f"{args[0]} tried to reach: {outside_addresses(trace)}"


def test_the_detector_sees_an_outside_connection(tmp_path: Path) -> None:
    """The same parsing of strace's output flags a real attempt (to a TEST-NET address)."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    log = tmp_path / "trace.log"
    code = (
        "import socket; s = socket.socket(); s.settimeout(0.2)\n"
        "try: s.connect(('192.0.2.1', 9))\nexcept OSError: pass"
    )
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=connect", "-o", str(log), sys.executable, "-c", code],
                   check=True, timeout=60)  # fmt: skip
    assert outside_addresses(log.read_text()) == ["AF_INET 192.0.2.1"]


def test_with_an_llm_engine_the_only_peer_is_the_endpoint_named(
    data_dir: Path, model_dir: Path, stub: tuple[str, Any], tmp_path: Path
) -> None:
    """`analyze --engine hybrid` talks to the configured endpoint and to nothing else."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (.ci/run installs it)")
    base, script = stub
    port = int(base.rsplit(":", 1)[1])
    env = dict(os.environ, CLAUSECHECK_DATA_DIR=str(data_dir), CLAUSECHECK_MODEL_DIR=str(model_dir))
    env.update(
        CLAUSECHECK_LLM_PROVIDER="openai",
        CLAUSECHECK_LLM_MODEL="stub-model",
        CLAUSECHECK_LLM_BASE_URL=f"{base}/v1",
        CLAUSECHECK_LLM_API_KEY="sk-test",
    )
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(name, None)
    log = tmp_path / "trace.log"
    code = "from clausecheck.cli import main; import sys; sys.argv[0] = 'clausecheck'; main()"
    run = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(log), sys.executable, "-c",
         code, "analyze", str(fixture_pdf("nordlicht-eu-dpa")), "--engine", "hybrid"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert script.requests, "the model was never asked: the test would prove nothing"
    trace = log.read_text()
    assert outside_addresses(trace) == [], f"tried to reach: {outside_addresses(trace)}"
    ports = {
        int(p) for p in re.findall(r"connect\(\d+, \{sa_family=AF_INET6?, sin6?_port=htons\((\d+)\)", trace)
    }
    assert ports == {port}, f"connected to loopback ports {ports}, not only the endpoint's {port}"
