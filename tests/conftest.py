"""Shared fixtures: where the fixture PDFs and the embedding model are, an isolated data dir for every
test, one session-wide analysis of the four fixture contracts, and helpers that run the real CLI.

Nothing here mocks our own code: PDFs go through pdfplumber, vectors through onnxruntime into a real
Chroma store under a temporary folder, commands through click.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from click.testing import CliRunner, Result

from clausecheck.cli import main as cli_main
from clausecheck.core import Clausecheck
from clausecheck.models import Analysis, Document, Page
from clausecheck.parse import parse_pdf
from clausecheck.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "fixtures"))
import llm_stub  # noqa: E402 - beside this file
import make_fixtures  # noqa: E402 - the script that renders the fixtures also reads their sources

SHARED = REPO.parent / "shared"
ROBUSTNESS = SHARED / "robustness"
FIXTURES = REPO / "fixtures"
PDF_DIR = FIXTURES / "pdf"
FIXTURE_STEMS: tuple[str, ...] = tuple(sorted(p.stem for p in PDF_DIR.glob("*.pdf")))

# Port 9 (discard) on this machine: nothing listens, so a connection is refused at once.
CLOSED_URL = "http://127.0.0.1:9/onnx.tar.gz"

SPEC_DOCUMENT_KEYS = {"id", "filename", "sha256", "pages", "language"}
SPEC_FINDING_KEYS = {"topic", "stance", "risk", "summary", "facts", "citations"}


def text_document(text: str, language: str = "en") -> Document:
    """A one-page document of plain text, as the reading, chunking and retrieval tests read it."""
    return Document(filename="t.pdf", sha256="0", pages=[Page(1, 595, 842, text)], language=language, id="t")


SPEC_CITATION_KEYS = {"page", "section", "quote", "bbox"}


def _find_model_dir() -> Path | None:
    """CLAUSECHECK_MODEL_DIR, else ../shared/models/all-MiniLM-L6-v2; None when neither holds the model."""
    configured = os.environ.get("CLAUSECHECK_MODEL_DIR")
    candidate = Path(configured).expanduser() if configured else SHARED / "models" / "all-MiniLM-L6-v2"
    for folder in (candidate, candidate / "onnx"):
        if (folder / "model.onnx").is_file() and (folder / "tokenizer.json").is_file():
            return candidate.resolve()
    return None


# Read once at import, before the session fixture below clears CLAUSECHECK_* from the environment.
MODEL_DIR = _find_model_dir()
NO_MODEL_REASON = (
    "needs the embedding model: ../shared/models/all-MiniLM-L6-v2 is absent and CLAUSECHECK_MODEL_DIR "
    "names no model (clausecheck model download, or model import)"
)
NO_SHARED_REASON = "needs ../shared/robustness beside the clone (the hostile and malformed PDFs)"
# CI sets CI=true (GitHub, GitLab and most others do): there a missing model or shared folder is a
# failure, so a CI run can never pass by skipping what it was meant to check.
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require(present: bool, reason: str) -> None:
    """Skip the test with `reason` when what it needs is absent; under CI=true, fail it instead."""
    if present:
        return
    if IN_CI:
        pytest.fail(f"{reason} [CI=true: a missing input fails, it is not skipped]", pytrace=False)
    pytest.skip(reason)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """The markers are checked before any fixture runs, so a skip costs nothing."""
    if item.get_closest_marker("needs_model"):
        require(MODEL_DIR is not None, NO_MODEL_REASON)
    if item.get_closest_marker("needs_shared"):
        require(ROBUSTNESS.is_dir(), NO_SHARED_REASON)


def normalise_ws(text: str) -> str:
    return " ".join(text.split())


def fixture_pdf(stem: str) -> Path:
    return PDF_DIR / f"{stem}.pdf"


@cache
def plumber_pages(path: Path) -> dict[int, str]:
    """pdfplumber's own `page.extract_text()` of every page, white space normalised: an oracle that
    shares nothing with our parse (no line grouping, cleaning or offsets of ours).

    Glyphs more than twice the page's commonest size are left out first: a watermark (the vague
    fixture's big "DRAFT") is interleaved by extract_text() with the lines it crosses, which would
    make a quote that is verbatim to the eye look broken.
    """
    out = {}
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            sizes = Counter(round(char["size"], 1) for char in page.chars)
            body = sizes.most_common(1)[0][0] if sizes else 0.0
            visible = page.filter(
                lambda obj, body=body: obj.get("object_type") != "char" or obj["size"] <= 2 * body
            )
            out[number] = normalise_ws(visible.extract_text() or "")
    return out


@cache
def expected(stem: str) -> dict[str, Any]:
    """fixtures/expected/<stem>.json: the language and, per topic, the acceptable stances."""
    return json.loads((FIXTURES / "expected" / f"{stem}.json").read_text(encoding="utf-8"))


@cache
def contract_source(stem: str) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The fixture's Markdown source: front matter (vendor, title, footer) and (kind, text) blocks,
    the same split fixtures/make_fixtures.py renders from (h1/h2 headings, blank-line paragraphs)."""
    return make_fixtures.parse((FIXTURES / "contracts" / f"{stem}.md").read_text(encoding="utf-8"))


def footer_pattern(stem: str) -> re.Pattern[str]:
    """The fixture's running footer ("Page {page} of {pages}", "Pagina ... van ...", "{page} / {pages}")."""
    meta, _ = contract_source(stem)
    template = re.escape(meta.get("footer", "Page {page} of {pages}"))
    template = template.replace(re.escape("{page}"), r"(?P<page>\d+)").replace(
        re.escape("{pages}"), r"(?P<pages>\d+)"
    )
    return re.compile(template)


def running_header(stem: str) -> str:
    meta, _ = contract_source(stem)
    return f"{meta['vendor']} — {meta['title']}"


# --- environment isolation --------------------------------------------------------------------


@pytest.fixture(scope="session", autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No CLAUSECHECK_* setting of the developer's leaks in, and nothing can reach their real data dir."""
    with pytest.MonkeyPatch.context() as mp:
        for name in list(os.environ):
            if name.startswith("CLAUSECHECK_"):
                mp.delenv(name)
        home = tmp_path_factory.mktemp("xdg")
        mp.setenv("XDG_DATA_HOME", str(home))
        mp.setenv("CLAUSECHECK_DATA_DIR", str(home / "clausecheck-unused"))
        # chromadb's model cache is under HOME: a developer's own copy must not be found (or filled).
        mp.setenv("HOME", str(tmp_path_factory.mktemp("home")))
        # The int8 model is made once per session under that HOME, never in the developer's cache.
        mp.delenv("XDG_CACHE_HOME", raising=False)
        # A download nobody meant (no model configured) goes to a closed port here, never out.
        mp.setenv("CLAUSECHECK_MODEL_URL", CLOSED_URL)
        yield


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty data dir in CLAUSECHECK_DATA_DIR."""
    path = tmp_path / "data"
    monkeypatch.setenv("CLAUSECHECK_DATA_DIR", str(path))
    return path


@pytest.fixture(scope="session")
def model_dir() -> Path:
    require(MODEL_DIR is not None, NO_MODEL_REASON)
    assert MODEL_DIR is not None
    return MODEL_DIR


@pytest.fixture(scope="session")
def shared_robustness() -> Path:
    require(ROBUSTNESS.is_dir(), NO_SHARED_REASON)
    return ROBUSTNESS


# --- parsed and analysed fixtures ----------------------------------------------------------------


@pytest.fixture(scope="session")
def parsed() -> Callable[[str], Document]:
    """stem -> Document, parsed once per session (in this process, no worker pool, no model needed)."""

    @cache
    def parse(stem: str) -> Document:
        doc = parse_pdf(fixture_pdf(stem))
        doc.id = stem
        return doc

    return parse


@dataclass
class Analysed:
    """The four fixtures analysed once into one data dir, through the core API."""

    data_dir: Path
    model_dir: Path
    app: Clausecheck
    analyses: dict[str, Analysis]  # by stem

    def id(self, stem: str) -> str:
        return str(self.analyses[stem].document["id"])


@pytest.fixture(scope="session")
def analysed(model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Analysed]:
    data = tmp_path_factory.mktemp("session-data")
    app = Clausecheck(load_settings(data_dir=data, model_dir=model_dir))
    outcomes = app.analyze([fixture_pdf(stem) for stem in FIXTURE_STEMS])
    errors = [str(o.error) for o in outcomes if o.error]
    assert not errors, f"fixture PDFs failed to analyse: {errors}"
    analyses = {o.path.stem: o.analysis for o in outcomes if o.analysis is not None}
    assert sorted(analyses) == sorted(FIXTURE_STEMS)
    yield Analysed(data, model_dir, app, analyses)
    app.close()


# --- running the CLI -----------------------------------------------------------------------------

CliRun = Callable[..., Result]


@pytest.fixture
def run_cli(data_dir: Path) -> CliRun:
    """Invoke the real click CLI in-process with CLAUSECHECK_DATA_DIR / CLAUSECHECK_MODEL_DIR set.

    `data` defaults to this test's own data dir; `model` defaults to the found model (or a folder
    that does not exist, so a command that needs the model fails rather than finding another one).
    """

    def run(*args: str | Path, data: Path | None = None, model: Path | None = None, **kw: Any) -> Result:
        env = {
            "CLAUSECHECK_DATA_DIR": str(data or data_dir),
            "CLAUSECHECK_MODEL_DIR": str(model or MODEL_DIR or data_dir / "no-model"),
        }
        return CliRunner().invoke(cli_main, [str(a) for a in args], env=env, catch_exceptions=True, **kw)

    return run


@pytest.fixture
def run_cli_process(data_dir: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the CLI as a separate process (real exit status, real stdout/stderr, no TTY)."""

    def run(
        *args: str | Path, data: Path | None = None, model: Path | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        env["CLAUSECHECK_DATA_DIR"] = str(data or data_dir)
        env["CLAUSECHECK_MODEL_DIR"] = str(model or MODEL_DIR or data_dir / "no-model")
        command = [sys.executable, "-c", "from clausecheck.cli import run; run()", *map(str, args)]
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )

    return run


# --- a stub LLM server (llm_stub.py) and clausecheck pointed at it through the environment -----


@pytest.fixture
def stub() -> Iterator[tuple[str, llm_stub.Script]]:
    with llm_stub.serve() as (base, script):
        yield base, script


@pytest.fixture
def configure(stub: tuple[str, llm_stub.Script], monkeypatch: pytest.MonkeyPatch) -> llm_stub.Configure:
    """`configure(provider, timeout, retries, **script changes)` sets the CLAUSECHECK_LLM_* variables
    to the stub and changes what it answers; returns the script (its `requests` list what came in)."""
    base, script = stub

    def setup(
        provider: str = "openai", timeout: float = 10, retries: int = 0, **changes: Any
    ) -> llm_stub.Script:
        monkeypatch.setenv("CLAUSECHECK_LLM_PROVIDER", provider)
        monkeypatch.setenv("CLAUSECHECK_LLM_MODEL", "stub-model")
        monkeypatch.setenv("CLAUSECHECK_LLM_BASE_URL", base + ("/v1" if provider == "openai" else ""))
        monkeypatch.setenv("CLAUSECHECK_LLM_TIMEOUT", str(timeout))
        monkeypatch.setenv("CLAUSECHECK_LLM_MAX_RETRIES", str(retries))
        for key, value in changes.items():
            setattr(script, key, value)
        return script

    return setup


# --- a long contract, for queues: a real PDF of many pages -------------------------------------


@pytest.fixture(scope="session")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~40-page contract (the Nordlicht fixture's clauses, eight times over) rendered like the
    fixtures, so a queue has one file that takes much longer than a 4-page one."""
    source = (FIXTURES / "contracts" / "nordlicht-eu-dpa.md").read_text(encoding="utf-8")
    head, _, body = source.partition("\n# ")
    head = head.replace("vendor: Nordlicht", "vendor: Longform")
    folder = tmp_path_factory.mktemp("long")
    md = folder / "longform-dpa.md"
    md.write_text(head + "\n# " + "\n\n".join([body] * 8), encoding="utf-8")
    path, _pages = make_fixtures.render(md, folder)
    return path
