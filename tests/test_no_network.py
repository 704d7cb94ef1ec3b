"""The promise to users: contracts never leave the machine. Analysing, listing, showing and comparing
open no connection to anything but this machine."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE_STEMS, fixture_pdf

from clausecheck import render
from clausecheck.core import Clausecheck
from clausecheck.settings import load_settings

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", ""}


def _is_local(host: Any) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%")[0]
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a name we would have to resolve, i.e. ask the network about


@pytest.fixture
def network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Refuse, and record, every attempt to reach a non-loopback address (AF_UNIX and 127/8, ::1 pass).

    It patches Python's socket layer in this process, which is where chromadb (client, telemetry)
    and onnxruntime's Python side run. The PDF parse workers are separate (spawned) processes; they
    only read the file they are given. Native code that opens sockets itself (chromadb's Rust core,
    onnxruntime's C++) would not pass through here; neither is known to, and telemetry is off.
    """
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_create_connection = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo

    def refuse(what: str) -> OSError:
        attempts.append(what)
        return ConnectionRefusedError(f"test network guard: no network allowed ({what})")

    def check(sock: socket.socket, address: Any, how: str) -> None:
        if sock.family == getattr(socket, "AF_UNIX", None):
            return
        host = address[0] if isinstance(address, tuple) else address
        if not _is_local(host):
            raise refuse(f"{how} {address!r}")

    def connect(self: socket.socket, address: Any) -> None:
        check(self, address, "connect")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check(self, address, "connect_ex")
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        if not _is_local(address[0]):
            raise refuse(f"create_connection {address!r}")
        return real_create_connection(address, *args, **kwargs)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not _is_local(host):  # a DNS look-up already tells the network what we are about to do
            raise refuse(f"getaddrinfo {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield attempts


def test_the_guard_catches_a_connection(network_guard: list[str]) -> None:
    # 192.0.2.0/24 is TEST-NET-1: never routed; the guard must refuse before anything is sent.
    with pytest.raises(OSError), socket.create_connection(("192.0.2.1", 443), timeout=0.1):
        pass
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(OSError):
        sock.connect(("192.0.2.1", 443))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(OSError):
        sock.connect_ex(("192.0.2.1", 443))
    assert len(network_guard) == 3
    # Loopback is allowed through (nothing listens on port 9 here, so it is refused by the OS).
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        assert sock.connect_ex(("127.0.0.1", 9)) != 0
    assert len(network_guard) == 3


def test_analyze_list_show_compare_open_no_outside_connection(
    network_guard: list[str], model_dir: Path, data_dir: Path
) -> None:
    # A fresh data dir, so Chroma's client is created (and the model loaded) under the guard.
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    try:
        outcomes = app.analyze([fixture_pdf(FIXTURE_STEMS[0]), fixture_pdf(FIXTURE_STEMS[-1])])
        assert [o.error for o in outcomes] == [None, None]
        ids = [d["id"] for d in app.documents()]
        assert len(ids) == 2
        shown = [app.analysis(doc_id) for doc_id in ids]
        assert all(len(a.findings) == 6 for a in shown)
        table = render.compare_table(app.resolve(ids))
        assert table.strip()
    finally:
        app.close()
    assert network_guard == []
