"""`serve --demo` keeps the samples in a folder of its own: the user's library is never touched,
and a demo that cannot start leaves nothing behind."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import REPO, CliRun

from clausecheck.demo import demo_dir, samples


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str, deadline: float, server: subprocess.Popen[str]) -> str:
    """The page once the server answers; the server's own output if it stops first."""
    while True:
        if server.poll() is not None:
            raise AssertionError(f"serve stopped: {server.communicate()[1]}")
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def test_the_demo_analyses_the_samples_into_its_own_folder_and_says_so(
    data_dir: Path, model_dir: Path
) -> None:
    port = free_port()
    env = dict(os.environ, CLAUSECHECK_DATA_DIR=str(data_dir), CLAUSECHECK_MODEL_DIR=str(model_dir))
    command = [
        sys.executable,
        "-c",
        "from clausecheck.cli import main; main()",
        "serve",
        "--demo",
        "--port",
        str(port),
    ]
    server = subprocess.Popen(
        command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        # A generous bound for analysing four PDFs on a busy machine; not a timing check.
        deadline = time.monotonic() + 600
        page = fetch(f"http://127.0.0.1:{port}/", deadline, server)
        listing = json.loads(fetch(f"http://127.0.0.1:{port}/api/documents", deadline, server))
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.communicate()
    folder = demo_dir(data_dir)
    assert "Demo:" in page and str(folder) in page and str(data_dir) in page
    names = sorted(d["filename"] for d in listing)
    assert names == sorted(p.name for p in samples())
    assert (folder / "files").is_dir()
    assert not data_dir.exists(), "the demo wrote into the user's library"


def test_a_demo_without_the_model_creates_nothing(run_cli: CliRun, data_dir: Path) -> None:
    result = run_cli("serve", "--demo", model=data_dir.parent / "no-model")
    assert result.exit_code == 1
    assert "model download" in result.output and "Traceback" not in result.output
    assert not data_dir.exists() and not demo_dir(data_dir).exists()
