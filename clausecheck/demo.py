"""`serve --demo`: the sample contracts, analysed into a folder of their own beside the library.

The user's library (the data folder) never holds the samples, and a demo that cannot start
(no model, no samples, a sample that fails) leaves no folder or database behind.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .core import Clausecheck
from .errors import ClausecheckError
from .model import find_model_dir
from .resources import bundled
from .settings import Settings


def demo_dir(data_dir: Path) -> Path:
    """`<data folder>-demo`, e.g. ~/.local/share/clausecheck-demo: a sibling, never inside the library."""
    return data_dir.with_name(data_dir.name + "-demo")


def samples() -> list[Path]:
    return sorted(bundled("samples").glob("*.pdf"))


def prepare(settings: Settings, say: Callable[[str], None]) -> Settings:
    """Settings for the demo's own folder, with the samples analysed into it (once).

    Raises ClausecheckError (ModelMissingError with the commands when the model is missing)
    before anything is created; a failure half-way removes the folder it made.
    """
    files = samples()
    if not files:
        raise ClausecheckError("--demo needs the sample contracts, and this installation has none")
    # The model is found with the user's own settings (its imported copy lives in their data folder).
    model_dir = find_model_dir(settings.model_dir, settings.data_dir)
    folder = demo_dir(settings.data_dir)
    demo = replace(settings, data_dir=folder, model_dir=model_dir, settings_file=folder / "settings.toml")
    created = not folder.exists()
    try:
        app = Clausecheck(demo)
        try:
            if not app.documents():
                say(f"Analysing {len(files)} sample contracts into {folder} (apart from your library) ...")
                for outcome in app.analyze(files):
                    say(f"  {outcome.path.name}: {outcome.error or 'done'}")
                    if outcome.error:
                        raise ClausecheckError(
                            f"the demo could not analyse {outcome.path.name}: {outcome.error}"
                        )
        finally:
            app.close()
    except BaseException:
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return demo
