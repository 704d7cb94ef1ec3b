"""Where the files that ship with clausecheck are: the topic files, the web app's templates and
static files, and the sample contracts of `serve --demo`.

A built wheel carries them as package data in `clausecheck/_data/` (pyproject's force-include);
a source checkout or an editable install has them at the top of the repository. This is the one
place that knows both layouts, so an installed wheel finds what a checkout finds.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# name in the wheel's _data/ -> folder in a source checkout (kept in step with pyproject.toml)
_IN_CHECKOUT = {"prompts": "prompts", "web": "web", "samples": "fixtures/pdf"}


def bundled(name: str) -> Path:
    """The shipped folder `name` (prompts, web or samples).

    The wheel's copy is looked for first: beside an installed package, `../prompts` would be
    a folder of site-packages that some other distribution may own.
    """
    installed = PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / _IN_CHECKOUT[name]


def default_prompts_dir() -> Path:
    """The shipped topic files, used when CLAUSECHECK_PROMPTS_DIR (or the settings file) names none."""
    return bundled("prompts")
