"""The web app with the LLM engine: the settings page, the privacy line, uploads read by a model
(the stub server of llm_stub.py, through the real langchain clients), re-reading a stored contract
when the engine changes, and a failing endpoint.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import llm_stub
import pytest
from conftest import MODEL_DIR, fixture_pdf
from flask import Flask
from flask.testing import FlaskClient
from test_web import csrf_token, upload, wait_for_jobs
from werkzeug.test import TestResponse

from clausecheck.settings import load_settings
from clausecheck.verify import normalise
from clausecheck.web import create_app

pytestmark = pytest.mark.needs_model

PDF = fixture_pdf("nordlicht-eu-dpa")
SECRET = "sk-test-secret-0042"


@dataclass
class Site:
    app: Flask
    client: FlaskClient
    base: str  # the stub's URL
    script: llm_stub.Script
    data_dir: Path

    def save(self, **form: str) -> TestResponse:
        return self.client.post("/settings", data={"csrf_token": csrf_token(self.client), **form})

    def use_stub(self, engine: str = "llm", provider: str = "openai") -> None:
        response = self.save(
            engine=engine,
            llm_provider=provider,
            llm_base_url=self.base + ("/v1" if provider == "openai" else ""),
            llm_model="stub-model",
            llm_timeout="10",
        )
        assert response.status_code == 302, response.get_data(as_text=True)

    def upload_pdf(self) -> dict:
        [job] = upload(self.client, [(PDF.name, PDF.read_bytes())])
        assert job["state"] == "done", job
        return job

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.toml"


@pytest.fixture
def site(tmp_path: Path, stub: tuple[str, llm_stub.Script]) -> Iterator[Site]:
    base, script = stub
    data_dir = tmp_path / "data"
    app = create_app(load_settings(data_dir=data_dir, model_dir=MODEL_DIR), {"TESTING": True})
    yield Site(app, app.test_client(), base, script, data_dir)
    app.extensions["clausecheck"].jobs.shutdown()


def privacy_line(client: FlaskClient, url: str = "/") -> str:
    page = client.get(url).get_data(as_text=True)
    start = page.index('id="privacy"')
    return " ".join(page[start : page.index("</p>", start)].split())


# --- the settings page -------------------------------------------------------------------------


def test_starts_offline_and_refuses_an_llm_engine_without_a_model(site: Site) -> None:
    page = site.client.get("/settings").get_data(as_text=True)
    assert 'name="engine" value="rules" checked' in page
    assert 'action="/settings"' in page and 'href="/settings"' in page  # the page, not its JSON twin
    assert "nothing is sent out" in privacy_line(site.client)
    response = site.save(engine="llm")
    assert response.status_code == 400
    assert "needs a model" in response.get_data(as_text=True)
    assert not site.settings_file.exists()
    assert "nothing is sent out" in privacy_line(site.client)


def test_plain_http_to_another_host_needs_the_explicit_setting(site: Site) -> None:
    form = {
        "engine": "llm",
        "llm_provider": "openai",
        "llm_base_url": "http://192.0.2.10/v1",
        "llm_model": "m",
    }
    refused = site.save(**form)
    assert refused.status_code == 400
    assert "plain http" in refused.get_data(as_text=True)
    assert not site.settings_file.exists()
    assert site.save(**form, llm_allow_insecure="1").status_code == 302
    line = privacy_line(site.client)
    assert "sent to 192.0.2.10" in line and "over http" in line
    assert site.script.requests == []  # saving settings contacts nothing


def test_the_api_key_is_never_saved_or_shown(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUSECHECK_LLM_API_KEY", SECRET)
    response = site.client.post(
        "/settings",
        data={
            "csrf_token": csrf_token(site.client),
            "engine": "hybrid",
            "llm_provider": "openai",
            "llm_base_url": "https://llm.example.eu/v1",
            "llm_model": "m",
            "llm_api_key": "sk-typed-into-the-form",
        },
    )
    assert response.status_code == 302
    saved = site.settings_file.read_text()
    assert "llm_model" in saved and "api_key" not in saved and "sk-" not in saved
    for url in ("/settings", "/api/settings", "/"):
        body = site.client.get(url).get_data(as_text=True)
        assert SECRET not in body and "sk-typed" not in body, url
    assert site.client.get("/api/settings").get_json()["api_key_set"] is True


def test_a_key_the_environment_sets_is_shown_read_only_and_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAUSECHECK_LLM_MODEL", "env-model")
    data_dir = tmp_path / "data"
    app = create_app(load_settings(data_dir=data_dir, model_dir=MODEL_DIR), {"TESTING": True})
    client = app.test_client()
    page = client.get("/settings").get_data(as_text=True)
    assert "set by <code>CLAUSECHECK_LLM_MODEL</code>" in page
    form = {"engine": "rules", "llm_provider": "ollama", "llm_model": "typed-model"}
    response = client.post("/settings", data={"csrf_token": csrf_token(client), **form})
    assert response.status_code == 302
    saved = (data_dir / "settings.toml").read_text()
    assert "llm_provider" in saved and "llm_model" not in saved
    assert client.get("/api/settings").get_json()["settings"]["llm_model"] == "env-model"


def test_saving_settings_needs_the_csrf_token(site: Site) -> None:
    response = site.client.post("/settings", data={"engine": "rules"})
    assert response.status_code == 403
    assert not site.settings_file.exists()


# --- analyses with the model -------------------------------------------------------------------


@pytest.mark.parametrize("provider", ["openai", "ollama"])
def test_upload_read_by_the_model_names_where_the_text_went(site: Site, provider: str) -> None:
    site.use_stub("llm", provider)
    assert "sent to 127.0.0.1" in privacy_line(site.client)
    job = site.upload_pdf()
    assert job["engine"] == "llm" and job["warnings"] == []
    assert site.script.requests, "the model was not asked"
    doc = job["document"]
    analysis = site.client.get(f"/api/documents/{doc}").get_json()
    assert analysis["engine"] == "llm"
    deletion = next(f for f in analysis["findings"] if f["topic"] == "deletion")
    assert deletion["stance"] == "deleted"
    assert [normalise(c["quote"]) for c in deletion["citations"]] == [normalise(llm_stub.REAL)]
    assert "127.0.0.1" in site.client.get(f"/documents/{doc}").get_data(as_text=True)
    exported = json.loads(site.client.get(f"/documents/{doc}/export/json").data)
    assert exported["provenance"]["sent_to"] == "127.0.0.1"
    assert exported["provenance"]["model"] == f"{provider}:stub-model at 127.0.0.1"
    for fmt in ("csv", "md"):
        assert b"127.0.0.1" in site.client.get(f"/documents/{doc}/export/{fmt}").data, fmt


def test_a_new_engine_reads_a_stored_contract_again(site: Site) -> None:
    first = site.upload_pdf()  # rules: nothing is sent
    assert first["engine"] == "rules" and site.script.requests == []
    site.use_stub("hybrid")
    again = site.upload_pdf()
    assert again["reread"] is True and again["document"] == first["document"]
    asked = len(site.script.requests)
    assert asked > 0
    stored = site.client.get(f"/api/documents/{first['document']}").get_json()
    assert stored["engine"] == "hybrid"
    assert len(site.client.get("/api/documents").get_json()) == 1
    # The same engine again: the stored reading is reused and the model is not asked again.
    assert site.upload_pdf()["reread"] is False
    assert len(site.script.requests) == asked
    # Back to rules: read again offline; the record of where the text once went stays.
    site.save(engine="rules")
    back = site.upload_pdf()
    assert back["reread"] is True and len(site.script.requests) == asked
    exported = json.loads(site.client.get(f"/documents/{first['document']}/export/json").data)
    assert exported["provenance"]["engine"] == "rules"
    assert exported["provenance"]["sent_to"] == "127.0.0.1"


def test_a_failing_endpoint_gives_the_rules_answer_and_a_warning(site: Site) -> None:
    site.use_stub("llm")
    site.script.status = 500
    job = site.upload_pdf()
    assert job["state"] == "done"
    assert any("HTTP 500" in w and "rules engine answered" in w for w in job["warnings"]), job
    page = site.client.get(f"/?jobs={job['id']}").get_data(as_text=True)
    assert "HTTP 500" in page
    analysis = site.client.get(f"/api/documents/{job['document']}").get_json()
    assert len(analysis["findings"]) == 6
    assert all(c["quote"] for f in analysis["findings"] for c in f["citations"])


def test_read_again_uses_the_stored_document_and_the_new_engine(site: Site) -> None:
    doc = site.upload_pdf()["document"]
    site.use_stub("llm")
    response = site.client.post(f"/documents/{doc}/reread", data={"csrf_token": csrf_token(site.client)})
    assert response.status_code == 302
    job_id = response.headers["Location"].split("jobs=")[1].split("#")[0]
    [job] = wait_for_jobs(site.client, [job_id])
    assert job["state"] == "done" and job["reread"] is True and job["document"] == doc
    assert site.script.requests
    assert site.client.get(f"/api/documents/{doc}").get_json()["engine"] == "llm"
    missing = site.client.post("/documents/nosuchdoc/reread", data={"csrf_token": csrf_token(site.client)})
    assert missing.status_code == 404


def test_the_document_page_offers_a_new_reading_only_when_the_engine_differs(site: Site) -> None:
    doc = site.upload_pdf()["document"]
    assert 'id="reread"' not in site.client.get(f"/documents/{doc}").get_data(as_text=True)
    site.use_stub("hybrid")
    page = site.client.get(f"/documents/{doc}").get_data(as_text=True)
    assert 'id="reread"' in page and "Read again with hybrid" in page
    assert "sends its clauses to <strong>127.0.0.1</strong>" in page
    assert site.script.requests == []  # offering contacts nothing


@pytest.mark.parametrize("off", [False, 0, "0", "false", "no"])
def test_the_api_takes_false_for_no(site: Site, off: object) -> None:
    body = {
        "engine": "llm",
        "llm_provider": "openai",
        "llm_model": "m",
        "llm_base_url": "http://192.0.2.10/v1",
    }
    headers = {"X-CSRF-Token": csrf_token(site.client)}
    refused = site.client.post("/api/settings", json={**body, "llm_allow_insecure": off}, headers=headers)
    assert refused.status_code == 400 and "plain http" in refused.get_json()["errors"][0]
    assert not site.settings_file.exists()
    allowed = site.client.post("/api/settings", json={**body, "llm_allow_insecure": True}, headers=headers)
    assert allowed.status_code == 200 and allowed.get_json()["sent_to"] == "192.0.2.10"
    # The API changes only what it names.
    site.client.post("/api/settings", json={"llm_model": "m2"}, headers=headers)
    assert site.client.get("/api/settings").get_json()["settings"]["llm_allow_insecure"] is True


def test_a_timeout_toml_cannot_hold_is_refused_and_nothing_breaks(site: Site) -> None:
    response = site.save(engine="rules", llm_timeout="inf")
    assert response.status_code == 400 and "must be a number" in response.get_data(as_text=True)
    assert site.save(engine="rules", llm_timeout="30").status_code == 302
    assert site.client.get("/api/settings").get_json()["settings"]["llm_timeout"] == 30
