"""`clausecheck model download | import`, and getting the model before a first analysis.

Kept apart from cli.py, which it shares two helpers with: `friendly` (one line, never a stack
trace) and `root_settings` (the settings the group's --data-dir and --model-dir give).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import click

from . import model as model_files
from .errors import ClausecheckError
from .settings import MODEL_NAME, Settings, load_settings


def friendly(func: Callable[..., Any]) -> Callable[..., Any]:
    """A user sees one line saying what went wrong, never a stack trace."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ClausecheckError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def root_settings(ctx: click.Context) -> Settings:
    opts = ctx.find_root().params
    return load_settings(data_dir=opts.get("data_dir"), model_dir=opts.get("model_dir"))


def download_notice() -> str:
    host = urlparse(model_files.download_url()).netloc or model_files.download_url()
    return (
        f"Downloading the embedding model {MODEL_NAME} with chromadb's downloader from {host} "
        "(about 80 MB, hash-checked). This fetches the model only; it sends no contract text."
    )


def ensure_model(settings: Settings) -> None:
    """Before a first analysis: when no folder was named and none holds the model, say so and
    download it. A folder the user named is never worked around by a download; the analysis then
    fails with the commands that get the model."""
    if settings.model_dir is not None or model_files.locate(None, settings.data_dir) is not None:
        return
    click.echo(f"The embedding model {MODEL_NAME} is not on this machine yet.", err=True)
    click.echo(download_notice(), err=True)
    found = model_files.download()
    click.echo(f"Model ready in {found}.", err=True)


@click.group()
def model() -> None:
    """Get the embedding model: download it (internet) or import a copy (offline)."""


@model.command()
@click.pass_context
@friendly
def download(ctx: click.Context) -> None:
    """Fetch the model with chromadb's own downloader into chromadb's cache (sends no contract text)."""
    settings = root_settings(ctx)
    present = model_files.locate(settings.model_dir, settings.data_dir)
    if present is not None:
        click.echo(f"The embedding model is already here: {present}")
        return
    click.echo(download_notice(), err=True)
    click.echo(f"Model ready in {model_files.download()}.")


@model.command(name="import")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.pass_context
@friendly
def import_(ctx: click.Context, source: Path) -> None:
    """Copy the model from SOURCE (a folder, or chromadb's onnx.tar.gz) into the data folder."""
    settings = root_settings(ctx)
    target = model_files.import_model(source, settings.data_dir)
    click.echo(f"Checked and copied the embedding model into {target}.")
    in_use = model_files.locate(settings.model_dir, settings.data_dir)
    if in_use is not None and in_use != target:
        click.echo(f"Note: {in_use} comes first in the search and will be used.", err=True)
