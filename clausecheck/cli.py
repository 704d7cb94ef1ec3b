"""click commands. Each one: parse arguments -> call the core -> print. No logic of its own."""

from __future__ import annotations

import gc
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__, render
from .cli_model import ensure_model, friendly, model, root_settings
from .core import STEPS, Clausecheck, Outcome
from .demo import prepare as prepare_demo
from .errors import ModelMissingError
from .models import TOPIC_IDS, Analysis
from .settings import ENGINES, LANGUAGES, Settings

FORMATS = click.Choice(["table", "json", "md"])
# Risk comes from the playbook when findings are read: any command that shows risk takes one.
playbook_option = click.option(
    "--playbook",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Your own playbook YAML (limits that decide the risk); re-rates without re-analysis.",
)


def engine_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--engine rules|llm|hybrid; None when not given (then stored readings are reused)."""
    return click.option("--engine", type=click.Choice(list(ENGINES)), default=None, help=help_text)


def _app(ctx: click.Context, playbook: Path | None = None, settings: Settings | None = None) -> Clausecheck:
    app = Clausecheck(settings or root_settings(ctx), playbook=playbook)
    ctx.call_on_close(app.close)
    if app.warning:
        click.echo(f"warning: {app.warning}", err=True)
    app.on_wait = lambda: click.echo("waiting for another clausecheck run to finish writing ...", err=True)
    return app


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clausecheck")
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path),
    envvar="CLAUSECHECK_DATA_DIR",
    help="Where the database, index and stored files live (CLAUSECHECK_DATA_DIR).",
)
@click.option(
    "--model-dir",
    type=click.Path(path_type=Path),
    envvar="CLAUSECHECK_MODEL_DIR",
    help="Folder with the all-MiniLM-L6-v2 ONNX model (CLAUSECHECK_MODEL_DIR).",
)
def main(data_dir: Path | None, model_dir: Path | None) -> None:
    """Check vendor DPAs and terms: data location, AI training, staff access, deletion,
    backups and sub-processors, each with a verified quote from the page."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--vendor", help="Vendor name (default: guessed from the file name).")
@click.option("--password", help="Password of an encrypted PDF.")
@playbook_option
@engine_option(
    "rules: offline; llm/hybrid: the model set by CLAUSECHECK_LLM_* or the settings file "
    "(falls back to rules). Default: the settings' engine (rules). Naming an engine re-reads "
    "a document analysed before by another engine or model."
)
@click.pass_context
@friendly
def analyze(
    ctx: click.Context,
    files: tuple[Path, ...],
    fmt: str,
    vendor: str | None,
    password: str | None,
    playbook: Path | None,
    engine: str | None,
) -> None:
    """Analyse one or more PDF contracts and print a finding per topic."""
    settings = root_settings(ctx)
    ensure_model(settings)
    app = _app(ctx, playbook, settings)
    failures: list[Outcome] = []

    def report(outcome: Outcome) -> None:
        if outcome.analysis and (outcome.reused or outcome.reread):
            how = f"read again by engine {outcome.analysis.engine}" if outcome.reread else "analysed before"
            click.echo(f"{outcome.path.name}: {how} (same sha256)", err=True)
        _tell_reading(outcome.path.name, outcome)
        if outcome.error:
            failures.append(outcome)
            click.echo(f"error: {outcome.error}", err=True)

    if sys.stderr.isatty():
        # A bar on a terminal only: piped output and logs stay clean.
        with click.progressbar(length=len(files) * len(STEPS), label="Analysing", file=sys.stderr) as bar:
            outcomes = app.analyze(
                files,
                vendor=vendor,
                password=password,
                on_done=report,
                on_step=lambda _: bar.update(1),
                engine=engine,
            )
    else:
        outcomes = app.analyze(files, vendor=vendor, password=password, on_done=report, engine=engine)
    analyses = [o.analysis for o in outcomes if o.analysis]
    if analyses:
        _print(app, analyses, fmt)
    if failures:
        ctx.exit(1)


@main.command()
@click.argument("refs", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@engine_option("Engine to read with (default: the settings' engine).")
@playbook_option
@click.pass_context
@friendly
def reread(
    ctx: click.Context, refs: tuple[str, ...], fmt: str, engine: str | None, playbook: Path | None
) -> None:
    """Read stored documents (ids) again with another engine; no file needed."""
    app = _app(ctx, playbook)
    analyses = []
    for ref in refs:
        outcome = app.reread(ref, engine)
        _tell_reading(ref, outcome)
        assert outcome.analysis is not None
        analyses.append(outcome.analysis)
    _print(app, analyses, fmt)


def _tell_reading(name: str, outcome: Outcome) -> None:
    """On stderr: where this reading sent the document's clauses, and why a model did not answer."""
    if outcome.sent_to:
        click.echo(f"{name}: clauses were sent to {outcome.sent_to}", err=True)
    for warning in outcome.warnings:
        click.echo(f"warning: {name}: {warning}", err=True)


def _print(app: Clausecheck, analyses: list, fmt: str) -> None:
    if fmt == "json":
        click.echo(render.to_json(analyses))
    elif fmt == "md":
        click.echo(render.to_markdown(analyses, app.vocabulary))
    else:
        tables = (render.to_table(a, color=sys.stdout.isatty(), vocabulary=app.vocabulary) for a in analyses)
        click.echo("\n\n".join(tables))


@main.command(name="list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
@friendly
def list_(ctx: click.Context, fmt: str) -> None:
    """List analysed documents."""
    app = _app(ctx)
    docs = app.documents()
    if fmt == "json":
        click.echo(json.dumps(docs, indent=2, ensure_ascii=False))
        return
    if not docs:
        click.echo("No documents analysed yet. Run: clausecheck analyze FILE.pdf")
        return
    click.echo(f"{'ID':<13}{'VENDOR':<22}{'FILE':<40}{'PAGES':>5}  LANG  ANALYSED")
    for d in docs:
        click.echo(f"{d['id']:<13}{d['vendor'][:21]:<22}{d['filename'][:39]:<40}{d['pages']:>5}  "
                   f"{d['language']:<4}  {d['created_at'][:16]}")  # fmt: skip


@main.command()
@click.argument("ref")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@playbook_option
@click.pass_context
@friendly
def show(ctx: click.Context, ref: str, fmt: str, playbook: Path | None) -> None:
    """Show the stored findings of one document (id, id prefix or sha256)."""
    app = _app(ctx, playbook)
    _print(app, [app.analysis(ref)], fmt)


@main.command()
@click.argument("refs", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@playbook_option
@click.pass_context
@friendly
def compare(ctx: click.Context, refs: tuple[str, ...], fmt: str, playbook: Path | None) -> None:
    """Compare documents side by side: topics as rows, vendors as columns (ids or PDF files)."""
    if len(refs) < 2:
        raise click.UsageError("compare needs at least two documents")
    app = _app(ctx, playbook)
    analyses = app.resolve(refs)
    click.echo(render.compare_table(analyses, fmt=fmt, vocabulary=app.vocabulary))


@main.command()
@click.argument("ref")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@friendly
def delete(ctx: click.Context, ref: str, yes: bool) -> None:
    """Delete a document: its stored copy, database rows and vectors."""
    app = _app(ctx)
    meta = app.store.document(ref)
    if not yes and sys.stdin.isatty():
        click.confirm(f"Delete {meta['filename']} ({meta['id']}) and everything derived from it?", abort=True)
    app.delete(meta["id"])
    click.echo(f"Deleted {meta['filename']} ({meta['id']}).")


@main.command()
@click.argument("ref")
@click.argument("topic", type=click.Choice(TOPIC_IDS))
@click.option("--stance", help="Set this stance instead of accepting the machine's (see docs/topics.md).")
@click.option("--note", default="", help="Why: kept with the decision and shown in every export.")
@click.option("--reviewer", help="Your name (default: the reviewer setting, CLAUSECHECK_REVIEWER).")
@click.option("--clear", is_flag=True, help="Withdraw the decision: the machine's reading counts again.")
@click.pass_context
@friendly
def review(ctx: click.Context, ref: str, topic: str, stance: str | None, note: str, reviewer: str | None,
           clear: bool) -> None:  # fmt: skip
    """Settle one finding: accept the machine's reading, or set another stance, with a note."""
    app = _app(ctx)
    if clear:
        app.unreview(ref, topic)
        click.echo(f"Decision on {topic} withdrawn.")
        return
    finding = app.review(ref, topic, stance, note, reviewer)
    assert finding.decision is not None
    what = "accepted" if finding.decision.accepted else f"set to {finding.decision.stance}"
    click.echo(f"{topic}: {what}, risk {finding.decided_risk.upper()} (machine read {finding.stance}).")


@main.command()
@click.argument("ref")
@click.argument("vendor")
@click.pass_context
@friendly
def rename(ctx: click.Context, ref: str, vendor: str) -> None:
    """Give a document another vendor name."""
    meta = _app(ctx).rename(ref, vendor)
    click.echo(f"{meta['filename']} ({meta['id']}) is now {meta['vendor']}.")


@main.command()
@click.argument("refs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "xlsx", "json", "md", "pdf"]),
    default="pdf",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write (default: clause-summary.FORMAT here; '-' for standard output).",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="Language of the headings, labels and summaries (default: the language setting, "
    "CLAUSECHECK_LANGUAGE, else en). Quotes from the contract are never translated.",
)
@playbook_option
@click.pass_context
@friendly
def export(
    ctx: click.Context,
    refs: tuple[str, ...],
    fmt: str,
    output: Path | None,
    lang: str | None,
    playbook: Path | None,
) -> None:
    """Export the clause summary of one or more documents (ids or PDF files)."""
    from .export import export as render_export

    app = _app(ctx, playbook)
    analyses = app.resolve(refs)
    language = lang or app.settings.language
    vocabulary = (
        app.vocabulary if language == "en" else render.load_vocabulary(app.settings.prompts_dir, language)
    )
    data = render_export(analyses, fmt, app.provenance(analyses), vocabulary=vocabulary)
    if output is not None and str(output) == "-":
        if fmt in ("xlsx", "pdf"):
            raise click.UsageError(f"{fmt} is binary: give a file with --output")
        click.echo(data.decode("utf-8"), nl=False)
        return
    target = output or Path(f"clause-summary.{fmt}")
    target.write_bytes(data)
    click.echo(f"Wrote {target} ({len(data):,} bytes).", err=True)


@main.command(name="eval")
@click.argument("labels", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("pdf_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@engine_option(
    "Score this engine (documents read by another are read again). Default: as stored or the settings'."
)
@playbook_option
@click.option(
    "--reread", is_flag=True, help="Read stored documents again (after you changed the files in prompts/)."
)
@click.option(
    "--summary",
    is_flag=True,
    help="Totals only, no per-document misses (for a held-out set scored as a whole).",
)
@click.pass_context
@friendly
def eval_(
    ctx: click.Context,
    labels: Path,
    pdf_dir: Path,
    fmt: str,
    engine: str | None,
    playbook: Path | None,
    reread: bool,
    summary: bool,
) -> None:
    """Score the tool against your own labelled contracts (labels.json + a folder of PDFs)."""
    from .evaluate import format_report, load_labels, report_json, score
    from .parse import page_texts

    app = _app(ctx, playbook)
    wanted = load_labels(labels)
    analyses: dict[str, Analysis] = {}
    texts: dict[str, dict[int, str]] = {}
    parsed: dict[str, str] = {}  # our own text of each document, to tell where a clause got lost
    for stem in wanted:
        path = pdf_dir / f"{stem}.pdf"
        outcome = app.analyze([path], engine=engine)[0]
        if reread and outcome.reused and outcome.analysis is not None:
            outcome = app.reread(outcome.analysis.document["id"], engine)
        if not summary:  # a held-out set is scored as a whole, not file by file
            for warning in outcome.warnings:
                click.echo(f"warning: {path.name}: {warning}", err=True)
            if outcome.error:
                click.echo(f"error: {outcome.error}", err=True)
        if outcome.error:
            continue
        if outcome.analysis is not None:
            analyses[stem] = outcome.analysis
            parsed[stem] = app.store.load_document(outcome.analysis.document["id"]).text
        texts[stem] = page_texts(path)  # pdfplumber's own text, independent of our cleaning
    report = score(wanted, analyses, texts, parsed)
    if fmt == "json":
        data = report_json(report)
        if summary:
            data = {k: v for k, v in data.items() if k not in ("rows",)}
            data["citations"].pop("invalid", None)
            for fact in data["durations"]["facts"].values():
                fact.pop("misses", None)
        click.echo(json.dumps(data, indent=2))
    else:
        click.echo(format_report(report, summary_only=summary))


@main.command()
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@friendly
def purge(ctx: click.Context, yes: bool) -> None:
    """Erase every analysed document and everything derived from it."""
    app = _app(ctx)
    count = len(app.documents())
    if not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("purge erases everything: add --yes to confirm")
        click.confirm(f"Erase all {count} documents in {app.settings.data_dir}?", abort=True)
    app.purge()
    click.echo(f"Erased {count} documents from {app.settings.data_dir}.")


@main.command()
@click.pass_context
@friendly
def doctor(ctx: click.Context) -> None:
    """Where data is stored, which model is used, what (if anything) is sent out."""
    from .cli_model import download_notice
    from .model import locate, missing_message
    from .privacy import egress, tracing_allowed
    from .settings import API_KEY_ENV, source_of

    app = _app(ctx)
    settings = app.settings
    click.echo(f"clausecheck {__version__}")
    click.echo(f"data folder:     {settings.data_dir}")
    click.echo(f"  database:      {app.store.path}")
    click.echo(f"  vector index:  {settings.data_dir / 'chroma'} (Chroma, embedded, telemetry off)")
    click.echo(f"  stored copies: {app.files_dir}")
    click.echo(f"  documents:     {len(app.documents())}")
    model_dir = locate(settings.model_dir, settings.data_dir)
    if model_dir is not None:
        click.echo(f"embedding model: {model_dir} (all-MiniLM-L6-v2, ONNX, local)")
        click.echo(f"  int8 weights:  {int8_state(settings, model_dir)}")
    else:
        click.echo(f"embedding model: MISSING - {missing_message(settings.model_dir, settings.data_dir)}")
    click.echo(f"topics:          {settings.prompts_dir}")
    click.echo(f"playbook:        {app.playbook.name} (sha256 {app.playbook.sha256[:12]})")
    present = settings.settings_file is not None and settings.settings_file.is_file()
    click.echo(f"settings file:   {settings.settings_file} ({'present' if present else 'none yet'})")
    out = egress(settings)
    click.echo(f"engine:          {settings.engine} (from {source_of('engine', settings)})")
    if out.model:
        key = "set" if os.environ.get(API_KEY_ENV) else "not set"
        click.echo(f"LLM endpoint:    {out.model} over {out.scheme} (API key in {API_KEY_ENV}: {key})")
    else:
        click.echo("LLM endpoint:    none configured")
    click.echo(f"sent out:        {out.line()}")
    click.echo(
        "model download:  only when asked (model download, or a first analysis without it). "
        + download_notice()
    )
    click.echo(f"tracing:         {'ON (opted in)' if tracing_allowed() else 'off'}")
    problems = app.check_files()
    for problem in problems:
        click.echo(f"problem: {problem}", err=True)
    click.echo(
        f"stored copies:   {'all match their sha256' if not problems else f'{len(problems)} problem(s)'}"
    )
    # Non-zero when something the main job needs is missing or wrong, so scripts can rely on it.
    if problems or model_dir is None:
        ctx.exit(1)


def int8_state(settings: Settings, model_dir: Path) -> str:
    """Which weights analyses embed with, and where the int8 ones are (or will be made)."""
    from .quantize import int8_file

    if not settings.int8:
        return "off: embedding with the float model (the default, int8, is about twice as fast)"
    made = int8_file(model_dir)
    return f"{made} ({'made' if made.is_file() else 'made from the float model on the first analysis'})"


@main.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (this computer only)."
)
@click.option("--port", default=5000, type=int, show_default=True)
@click.option(
    "--demo",
    is_flag=True,
    help="Show the sample contracts, analysed into a folder of their own (<data folder>-demo), "
    "never into your library.",
)
@click.pass_context
@friendly
def serve(ctx: click.Context, host: str, port: int, demo: bool) -> None:
    """Start the web app: upload, read each finding on its page, compare vendors, export."""
    from waitress.server import create_server

    from .model import find_model_dir
    from .web import LOCAL_HOSTS, create_app

    settings = root_settings(ctx)
    library = settings.data_dir
    if demo:
        ensure_model(settings)
        settings = prepare_demo(settings, lambda line: click.echo(line, err=True))
    else:
        try:
            ensure_model(settings)
            find_model_dir(settings.model_dir, settings.data_dir)
        except ModelMissingError as exc:  # the library can still be read; every page says what is missing
            click.echo(f"warning: {exc}", err=True)
    app = _app(ctx, settings=settings)
    hosts = None if host in ("0.0.0.0", "::", "") else [*LOCAL_HOSTS, host]
    if hosts is None:
        click.echo("warning: listening on all interfaces: anyone on your network can reach it", err=True)
    web = create_app(app.settings, {"ALLOWED_HOSTS": hosts, "DEMO_OF": str(library) if demo else ""})
    click.echo(
        f"clausecheck: http://{host}:{port}/  (data: {app.settings.data_dir}; Ctrl+C to stop)", err=True
    )
    # waitress: a production WSGI server (request threads, no debugger), pure Python, no C build.
    server = create_server(web, host=host, port=port, threads=8, ident="clausecheck")
    # A service manager (or a script) stops the server with SIGTERM: stop as on Ctrl+C. SIGINT is
    # set too, because a parent that ignores it (a background job, a test worker) leaves Python
    # without its Ctrl+C handler. waitress ends its loop on the KeyboardInterrupt.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    try:
        server.run()  # returns once interrupted: waitress ends its loop on the KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    finally:
        click.echo("stopping: finishing the analyses already started ...", err=True)
        server.close()
        web.extensions["clausecheck"].jobs.shutdown()


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


main.add_command(model)


def run() -> None:
    """The `clausecheck` console script: the command, then the process ends.

    Nothing is written while the interpreter shuts down (the store and Chroma commit as they go),
    but its collector makes a last pass over every object left, a hundred thousand after an
    analysis (chromadb, onnxruntime, pydantic), which took a quarter of a second of a first
    analysis. Frozen, they are left to the exit. Only the script does this: `main` called in a
    longer-lived process (CliRunner, a test) keeps its collector as it was.
    """
    try:
        main()
    finally:
        gc.freeze()
