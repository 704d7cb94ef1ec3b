"""What may leave the machine: nothing, unless the user configured it.

Chroma's telemetry is switched off where the client is made (index.py). LangSmith tracing
would send every prompt and contract passage to a tracing service: its variables are removed
from this process unless the user opts in with CLAUSECHECK_ALLOW_TRACING=1.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from dataclasses import dataclass
from urllib.parse import urlparse

from .settings import Settings

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


@dataclass(frozen=True)
class Egress:
    """What leaves this machine with the current settings, in words a user can check."""

    engine: str  # the engine used when none is named
    model: str = ""  # "provider:model at host" when an LLM endpoint is configured
    host: str = ""
    scheme: str = ""
    problem: str = ""  # a configuration that cannot be used, in words

    @property
    def sends(self) -> bool:
        """Will analysing a document send its clauses to the endpoint?"""
        return bool(self.host) and self.engine != "rules" and not self.problem

    def line(self) -> str:
        if self.sends:
            return (
                f"Engine {self.engine}: the clauses of each contract you analyse are sent to {self.host} "
                f"({self.model}, over {self.scheme})."
            )
        note = "Everything is analysed on this computer; nothing is sent out."
        if self.problem:
            return f"{note} The LLM setting cannot be used: {self.problem}"
        if self.host:
            return f"{note} An LLM endpoint ({self.host}) is configured, but the engine is rules."
        return note


def egress(settings: Settings) -> Egress:
    from .extract.llm import LLMConfig, LLMError  # no langchain import: that happens on first call

    try:
        config = LLMConfig.from_settings(settings)
    except LLMError as exc:
        return Egress(settings.engine, problem=str(exc))
    if config is None:
        return Egress(settings.engine)
    return Egress(settings.engine, config.describe(), config.host, urlparse(config.base_url).scheme)
