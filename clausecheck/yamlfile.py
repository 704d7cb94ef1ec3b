"""YAML reading for the prompt, playbook and wording files: libyaml's C parser when PyYAML has it.

The pure-Python safe loader took most of a repeat's time (measured in docs/measurements.md); the
C one reads the same safe subset (no Python objects), several times faster.
"""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """Like yaml.safe_load: plain data only; raises yaml.YAMLError on a malformed file."""
    return yaml.load(text, Loader=_LOADER)
