"""How far one analysis has got, in real counts per stage, for a progress bar and a time estimate.

The core reports a `Progress` whenever a count moves: pages parsed, chunks embedded, topics read.
A listener may raise (a cancelled job does): the core then stops and cleans up as for any error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# The stages of one new file, in order; a "read again" skips parse and embed.
STAGES: tuple[str, ...] = ("parse", "embed", "index", "extract", "store")
# Share of the whole each stage takes, measured with the rules engine on 2 shared cores (a 48-page
# DPA: parse 6 s, embed 13 s, index 1.5 s, topics 1 s): embedding dominates, then parsing.
WEIGHTS: dict[str, float] = {"parse": 0.27, "embed": 0.56, "index": 0.07, "extract": 0.07, "store": 0.03}


@dataclass(frozen=True)
class Progress:
    stage: str  # one of STAGES
    done: int  # pages, chunks or topics done in this stage
    total: int

    @property
    def fraction(self) -> float:
        """The whole analysis done, 0..1, weighting each stage by its usual share."""
        index = STAGES.index(self.stage) if self.stage in STAGES else 0
        before = sum(WEIGHTS[s] for s in STAGES[:index])
        part = self.done / self.total if self.total > 0 else 0.0
        return min(1.0, before + WEIGHTS.get(self.stage, 0.0) * min(1.0, part))


OnProgress = Callable[[Progress], None]


def ignore(_progress: Progress) -> None:
    """The listener when nobody listens."""
