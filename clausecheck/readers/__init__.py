"""The registry of topics: one module per topic owns its stances, fact keys, default risks, the
rules engine's decision and its summary wording; everything else derives from here.

A newcomer asked to change how backups are read opens `readers/backups.py` and
`prompts/backups.yaml`, nothing more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..extract.evidence import Decision, Sentences
from ..models import TOPIC_IDS
from ..topics import Topic
from . import ai_training, backups, data_location, deletion, staff_access, subprocessors


@dataclass(frozen=True)
class Reader:
    id: str
    stances: tuple[str, ...]  # most to least protective; not_addressed last
    facts: tuple[str, ...]
    default_risk: dict[str, str | dict[str, str]]
    conditions: dict[str, tuple[str, str]]
    decide: Callable[[Topic, Sentences], Decision]
    summary_phrases: Callable[[dict[str, Any]], dict[str, str]]
    fact_prompt: str  # how the LLM engine is asked for the facts
    # A stance that a clause elsewhere in the document may complete ("restricted" becomes
    # "restricted_logged" when a logging promise stands in an article of its own).
    completed_by: dict[str, str]


def _reader(module: ModuleType) -> Reader:
    return Reader(
        id=module.ID,
        stances=module.STANCES,
        facts=module.FACTS,
        default_risk=module.DEFAULT_RISK,
        conditions=module.CONDITIONS,
        decide=module.decide,
        summary_phrases=module.summary_phrases,
        fact_prompt=module.FACT_PROMPT,
        completed_by=getattr(module, "COMPLETED_BY", {}),
    )


READERS: dict[str, Reader] = {
    m.ID: _reader(m) for m in (data_location, ai_training, staff_access, deletion, backups, subprocessors)
}
assert tuple(READERS) == TOPIC_IDS, "the registry lists the spec's topics in the spec's order"


def stances(topic: str) -> tuple[str, ...]:
    """The topic's stance ids, most to least protective."""
    return READERS[topic].stances
