"""Getting the embedding model: where it is looked for, `model download` through chromadb's own
downloader (from a real HTTP server on 127.0.0.1, never the internet), `model import` of a folder
or chromadb's archive, and what the CLI and the web app say while it is missing.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import llm_stub
import pytest
from click.testing import CliRunner
from conftest import CliRun, fixture_pdf

from clausecheck import model
from clausecheck.cli import main as cli_main
from clausecheck.errors import ModelMissingError
from clausecheck.settings import load_settings
from clausecheck.web import create_app


def fake_model(folder: Path) -> Path:
    """Files with the right names and the wrong content: found, but never accepted by an import."""
    folder.mkdir(parents=True)
    for name in model.REQUIRED:
        (folder / name).write_text("not a model")
    return folder


def archive_of(folder: Path, compresslevel: int = 1) -> bytes:
    """chromadb's layout: an onnx/ folder inside a .tar.gz."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=compresslevel) as tar:
        for path in sorted(folder.iterdir()):
            tar.add(path, arcname=f"onnx/{path.name}")
    return buffer.getvalue()


class Served:
    def __init__(self, body: bytes) -> None:
        self.body = body
        self.requests: list[str] = []


@pytest.fixture
def model_server() -> Iterator[tuple[str, Served]]:
    """A real HTTP server on 127.0.0.1 that serves whatever archive the test puts in it."""
    served = Served(b"")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Length", str(len(served.body)))
            self.end_headers()
            self.wfile.write(served.body)

        def log_message(self, *args: object) -> None:
            pass

    with llm_stub.local_server(Handler) as server:
        yield f"http://127.0.0.1:{server.server_address[1]}/onnx.tar.gz", served


# --- where it is looked for ---------------------------------------------------------------------


def test_the_named_folder_comes_first_then_chromadbs_cache_then_the_imported_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    data = tmp_path / "data"
    imported = fake_model(model.imported_dir(data))
    assert model.locate(None, data) == imported
    cache = fake_model(model.chroma_cache())
    assert cache == tmp_path / "home/.cache/chroma/onnx_models/all-MiniLM-L6-v2/onnx"
    assert model.locate(None, data) == cache
    named = fake_model(tmp_path / "mine" / "onnx")
    assert model.locate(tmp_path / "mine", data) == named
    # A named folder without the model does not hide the others (a stale variable still works).
    assert model.locate(tmp_path / "gone", data) == cache


def test_the_settings_file_names_the_folder_and_the_environment_wins(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir.mkdir()
    (data_dir / "settings.toml").write_text(f'model_dir = "{tmp_path / "from-file"}"\n')
    assert load_settings().model_dir == tmp_path / "from-file"
    monkeypatch.setenv("CLAUSECHECK_MODEL_DIR", str(tmp_path / "from-env"))
    assert load_settings().model_dir == tmp_path / "from-env"


def test_missing_everywhere_names_each_place_and_the_commands(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError) as raised:
        model.find_model_dir(tmp_path / "named", tmp_path / "data")
    message = str(raised.value)
    for place in (tmp_path / "named", model.chroma_cache(), model.imported_dir(tmp_path / "data")):
        assert str(place) in message
    assert "clausecheck model download" in message and "clausecheck model import PATH" in message
    assert "sends no contract text" in message


# --- download -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_archive(model_dir: Path) -> bytes:
    """The real model files packed the way chromadb packs them."""
    return archive_of(model.holding(model_dir) or model_dir)


def test_download_goes_through_chromadbs_downloader_and_checks_the_hash(
    real_archive: bytes, model_server: tuple[str, Served], tmp_path: Path
) -> None:
    url, served = model_server
    served.body = real_archive
    target = tmp_path / "cache" / "all-MiniLM-L6-v2" / "onnx"
    found = model.download(target, url=url, sha256=hashlib.sha256(real_archive).hexdigest())
    assert found == target
    assert served.requests == ["/onnx.tar.gz"]
    assert model.check_files(found) == []  # the real files, whole


def test_a_download_whose_hash_differs_is_refused_and_leaves_no_model(
    model_server: tuple[str, Served], run_cli_process, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`clausecheck model download` against chromadb's pinned hash: a tampered archive is refused."""
    url, served = model_server
    served.body = archive_of(fake_model(tmp_path / "fake"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CLAUSECHECK_MODEL_URL", url)
    run = run_cli_process("model", "download", model=tmp_path / "not-here")
    assert run.returncode == 1
    assert "does not match expected SHA256" in run.stderr  # chromadb's own check said no
    assert "model import PATH" in run.stderr and "Traceback" not in run.stderr
    assert served.requests, "the local server was never asked: the test would prove nothing"
    assert model.locate(None, tmp_path / "data") is None


def test_a_first_analysis_without_a_model_says_so_tries_and_fails_cleanly_offline(data_dir: Path) -> None:
    """No folder named: analyze says it downloads, the download fails (a closed local port stands
    for no internet), and the user gets the commands; nothing is created in the data folder."""
    result = CliRunner().invoke(
        cli_main,
        ["analyze", str(fixture_pdf("vaguecorp-terms"))],
        env={"CLAUSECHECK_DATA_DIR": str(data_dir), "CLAUSECHECK_MODEL_DIR": None},
    )
    assert result.exit_code == 1
    assert "is not on this machine yet" in result.stderr
    assert "Downloading the embedding model" in result.stderr and "sends no contract text" in result.stderr
    assert "failed" in result.stderr and "model import PATH" in result.stderr
    assert "Traceback" not in result.output
    assert not data_dir.exists()


# --- import ---------------------------------------------------------------------------------------


def test_import_of_a_folder_checks_copies_and_is_then_found(
    model_dir: Path, run_cli: CliRun, data_dir: Path
) -> None:
    result = run_cli("model", "import", model_dir, model=data_dir / "none")
    assert result.exit_code == 0, result.output
    target = model.imported_dir(data_dir)
    assert model.check_files(target) == []
    doctor = run_cli("doctor", model=data_dir / "none")
    assert doctor.exit_code == 0, doctor.output
    assert f"embedding model: {target}" in doctor.output


def test_import_of_chromadbs_archive(real_archive: bytes, tmp_path: Path) -> None:
    archive = tmp_path / "onnx.tar.gz"
    archive.write_bytes(real_archive)
    target = model.import_model(archive, tmp_path / "data")
    assert model.check_files(target) == []
    assert model.locate(None, tmp_path / "data") == target


def test_import_refuses_files_that_are_not_the_model(run_cli: CliRun, data_dir: Path, tmp_path: Path) -> None:
    fake = fake_model(tmp_path / "fake" / "onnx")
    for source in (fake.parent, tmp_path / "fake.tar.gz"):
        (tmp_path / "fake.tar.gz").write_bytes(archive_of(fake))
        result = run_cli("model", "import", source, model=data_dir / "none")
        assert result.exit_code == 1
        assert "model.onnx is not the file chromadb ships" in result.output
        assert model.locate(None, data_dir) is None


def test_import_refuses_an_archive_member_that_climbs_out(tmp_path: Path) -> None:
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        payload = b"x"
        info = tarfile.TarInfo("../../outside.txt")
        info.size = len(payload)
        tar.addfile(info, io.BytesIO(payload))
    with pytest.raises(ModelMissingError, match="refusing the archive member"):
        model.import_model(archive, tmp_path / "data")
    assert not (tmp_path / "outside.txt").exists()


# --- the web app while the model is missing ---------------------------------------------------------


def test_every_page_says_the_model_is_missing_and_an_upload_is_refused_up_front(data_dir: Path) -> None:
    app = create_app(load_settings(data_dir=data_dir, model_dir=data_dir / "none"), {"TESTING": True})
    client = app.test_client()
    for page in ("/", "/compare", "/settings"):
        html = client.get(page).get_data(as_text=True)
        assert 'id="model-missing"' in html, page
        assert "clausecheck model download" in html and "clausecheck model import PATH" in html
        assert "it sends no contract text" in html
    pdf = fixture_pdf("vaguecorp-terms")
    response = client.post(
        "/api/documents",
        data={"files": (io.BytesIO(pdf.read_bytes()), pdf.name)},
        headers={"X-Clausecheck-Client": "test"},
    )
    assert response.status_code == 503
    assert "model download" in json.loads(response.get_data())["error"]
    uploads = data_dir / "uploads"
    assert not uploads.exists() or not any(uploads.iterdir())


def test_with_the_model_no_page_warns(data_dir: Path, model_dir: Path) -> None:
    app = create_app(load_settings(data_dir=data_dir, model_dir=model_dir), {"TESTING": True})
    assert 'id="model-missing"' not in app.test_client().get("/").get_data(as_text=True)
