"""What may leave the machine: nothing, unless the user configured it.

Chroma's telemetry is switched off where the client is made (index.py). LangSmith tracing
would send every prompt and contract passage to a tracing service: its variables are removed
from this process unless the user opts in with CLAUSECHECK_ALLOW_TRACING=1.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

TRACING_VARIABLES = ("LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING")
OPT_IN = "CLAUSECHECK_ALLOW_TRACING"


def refuse_tracing(env: MutableMapping[str, str] = os.environ) -> str | None:
    """Drop tracing switches from the environment; a message for the user when one was on."""
    on = [name for name in TRACING_VARIABLES if env.get(name, "").strip().lower() in {"1", "true", "yes"}]
    if not on or env.get(OPT_IN) == "1":
        return None
    for name in on:
        del env[name]
    return (
        f"ignoring {', '.join(on)}: tracing would send contract text to a tracing service. "
        f"Set {OPT_IN}=1 to allow it."
    )


def tracing_allowed(env: MutableMapping[str, str] = os.environ) -> bool:
    return env.get(OPT_IN) == "1" and any(
        env.get(name, "").strip().lower() in {"1", "true", "yes"} for name in TRACING_VARIABLES
    )


def llm_endpoint(env: MutableMapping[str, str] = os.environ) -> str | None:
    """The configured LLM endpoint, if any (the LLM engine comes in a later version)."""
    return env.get("CLAUSECHECK_LLM_BASE_URL") or None
