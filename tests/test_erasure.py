"""Deleting a document leaves no trace of its text on disk: not in SQLite, not in Chroma's
files, not in the stored copy, and no vector folder the store no longer knows."""

from __future__ import annotations

import contextlib
import zlib
from pathlib import Path

import pytest
from conftest import fixture_pdf
from fpdf import FPDF

from clausecheck.core import Clausecheck
from clausecheck.index import UUID
from clausecheck.settings import load_settings

CANARY = "Zebracanary7Q4X"


def canary_pdf(path: Path) -> Path:
    """A two-page contract whose clauses carry a word found nowhere else."""
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=11)
    for page in range(2):
        pdf.add_page()
        pdf.multi_cell(
            0,
            6,
            f"Article {page + 1}. The processor {CANARY} shall delete all personal data within thirty "
            f"(30) days of termination. Sub-processors of {CANARY} are engaged only with prior written "
            f"authorisation. Data of {CANARY} is stored in the Netherlands only.",
        )
    pdf.output(str(path))
    return path


def forms_of(text: str) -> list[bytes]:
    """The canary as bytes, in the encodings a store might keep it in."""
    return [
        text.encode("utf-8"),
        text.lower().encode("utf-8"),
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
    ]


def traces(root: Path, text: str) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        candidates = [data]
        with contextlib.suppress(zlib.error):
            candidates.append(zlib.decompress(data))  # a compressed blob stored whole
        if any(form in blob for blob in candidates for form in forms_of(text)):
            found.append(str(path.relative_to(root)))
    return found


@pytest.fixture
def app(data_dir: Path, model_dir: Path) -> Clausecheck:
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=model_dir))
    yield app  # type: ignore[misc]
    app.close()


def test_delete_leaves_no_trace_of_the_text(app: Clausecheck, data_dir: Path, tmp_path: Path) -> None:
    kept = app.analyze([fixture_pdf("nordlicht-eu-dpa")])[0].analysis
    outcome = app.analyze([canary_pdf(tmp_path / "canary.pdf")])[0]
    assert outcome.analysis is not None, outcome.error
    doc_id = outcome.analysis.document["id"]
    assert traces(data_dir, CANARY), (
        "the canary should be stored before deletion (else the test proves nothing)"
    )

    app.delete(doc_id)

    assert traces(data_dir, CANARY) == []
    assert doc_id not in {d["id"] for d in app.documents()}
    assert doc_id not in app.index.doc_ids()
    assert app.index.stray_segment_dirs() == []
    assert not (app.files_dir / f"{doc_id}.pdf").exists()
    # The other vendor's document is untouched and still answers.
    assert kept is not None
    again = app.analysis(kept.document["id"])
    assert [f.topic for f in again.findings] == [f.topic for f in kept.findings]
    assert app.index.query(kept.document["id"], app.embedder(["deletion of data"]), 3)[0]


def test_chroma_keeps_vectors_but_not_the_text(app: Clausecheck, data_dir: Path, tmp_path: Path) -> None:
    # The store holds each clause's text; Chroma only its vector and where it stands.
    outcome = app.analyze([canary_pdf(tmp_path / "canary.pdf")])[0]
    assert outcome.analysis is not None, outcome.error
    doc_id = outcome.analysis.document["id"]
    assert traces(data_dir / "chroma", CANARY) == []
    assert traces(data_dir, CANARY), "the store keeps the text"
    stored = app.index.client.get_collection(f"doc-{doc_id}").get(include=["documents", "embeddings"])
    assert stored["ids"] and all(text is None for text in stored["documents"])
    assert len(stored["embeddings"]) == len(stored["ids"])
    assert app.index.query(doc_id, app.embedder(["deletion of personal data"]), 1)[0]


def test_every_vector_folder_belongs_to_a_stored_document(app: Clausecheck, data_dir: Path) -> None:
    ids = [
        o.analysis.document["id"]
        for o in app.analyze([fixture_pdf(s) for s in ("nordlicht-eu-dpa", "vaguecorp-terms")])
        if o.analysis
    ]
    app.delete(ids[0])
    folders = [p.name for p in (data_dir / "chroma").iterdir() if p.is_dir() and UUID.fullmatch(p.name)]
    assert app.index.stray_segment_dirs() == []
    assert len(folders) <= 1  # at most the remaining document's vector segment
    assert app.index.doc_ids() == {ids[1]}


def test_purge_erases_everything(app: Clausecheck, data_dir: Path, tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    app.analyze([canary_pdf(tmp_path / "canary.pdf"), fixture_pdf("vaguecorp-terms")])
    app.close()
    refused = run_cli("purge")
    assert refused.exit_code != 0 and "--yes" in refused.output  # never without confirmation
    assert len(Clausecheck(load_settings(data_dir=data_dir)).documents()) == 2
    result = run_cli("purge", "--yes")
    assert result.exit_code == 0, result.output
    assert "Erased 2 documents" in result.output
    assert traces(data_dir, CANARY) == []
    after = Clausecheck(load_settings(data_dir=data_dir))
    assert after.documents() == [] and after.index.doc_ids() == set()
    assert not any((data_dir / "files").iterdir())
