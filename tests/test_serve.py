"""`clausecheck serve` as a user starts it: a waitress server bound to 127.0.0.1; killed mid-job and
started again, it picks the interrupted job up from the database and finishes it."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import MODEL_DIR, NO_MODEL_REASON, REPO
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

pytestmark = pytest.mark.skipif(MODEL_DIR is None, reason=NO_MODEL_REASON)
CLIENT = {"X-Clausecheck-Client": "tests", "Accept": "application/json"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> Any:
    with urllib.request.urlopen(urllib.request.Request(url, headers=CLIENT), timeout=30) as response:
        return json.loads(response.read())


class Server:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {
            **os.environ,
            "CLAUSECHECK_DATA_DIR": str(self.data_dir),
            "CLAUSECHECK_MODEL_DIR": str(MODEL_DIR),
        }
        command = [
            sys.executable,
            "-c",
            "from clausecheck.cli import main; main()",
            "serve",
            "--port",
            str(self.port),
        ]
        self.process = subprocess.Popen(
            command, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/api/jobs", timeout=5) as response:
                    self.headers = dict(response.headers)
                    return
            except OSError:
                assert self.process.poll() is None, "the server exited"
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)  # as a crash or a power cut would
        self.process.wait(30)

    def upload(self, path: Path) -> dict[str, Any]:
        boundary, body = encode_multipart({"files": FileStorage(io.BytesIO(path.read_bytes()), path.name)})
        headers = {**CLIENT, "Content-Type": f"multipart/form-data; boundary={boundary}"}
        request = urllib.request.Request(
            self.url + "/api/documents", data=body, method="POST", headers=headers
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            job: dict[str, Any] = json.loads(response.read())["jobs"][0]
            return job


@pytest.fixture
def server(data_dir: Path) -> Iterator[Server]:
    server = Server(data_dir)
    yield server
    if server.process is not None and server.process.poll() is None:
        server.process.send_signal(signal.SIGINT)
        try:
            server.process.wait(60)
        except subprocess.TimeoutExpired:
            server.kill()


def listening_addresses(port: int) -> set[str]:
    """Local addresses listening on `port`, from the kernel's table (hex, little-endian IPv4)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if int(hex_port, 16) == port and state == "0A":
            found.add(".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


def test_serve_runs_on_waitress_on_this_computer_only(server: Server) -> None:
    server.start()
    assert server.headers.get("Server") == "clausecheck"  # waitress names itself with our ident
    assert listening_addresses(server.port) == {"127.0.0.1"}


def test_a_job_a_crash_interrupted_is_finished_after_a_restart(server: Server, long_pdf: Path) -> None:
    server.start()
    job = server.upload(long_pdf)
    deadline = time.monotonic() + 120
    while (state := get(f"{server.url}/api/jobs/{job['id']}"))["counts"]["pages"][0] == 0:
        assert not state["finished"] and time.monotonic() < deadline, state
        time.sleep(0.1)
    server.kill()
    server.start()
    deadline = time.monotonic() + 300
    while not (state := get(f"{server.url}/api/jobs/{job['id']}"))["finished"]:
        assert time.monotonic() < deadline, state
        time.sleep(0.3)
    assert state["state"] == "done", state
    assert [d["id"] for d in get(f"{server.url}/api/documents")] == [state["document"]]


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_a_service_manager_stops_the_server(server: Server, stop: signal.Signals) -> None:
    server.start()
    assert server.process is not None
    server.process.send_signal(stop)
    # A server that ignores the signal would be killed by the fixture after a minute; this fails.
    assert server.process.wait(30) is not None
