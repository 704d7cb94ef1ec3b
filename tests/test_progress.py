"""The core reports real counts per stage (pages parsed, chunks embedded, topics read), and a
listener that raises (a cancelled job) stops the analysis with nothing left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MODEL_DIR, NO_MODEL_REASON, fixture_pdf

from clausecheck.core import Clausecheck
from clausecheck.progress import STAGES, Progress
from clausecheck.settings import load_settings

pytestmark = pytest.mark.skipif(MODEL_DIR is None, reason=NO_MODEL_REASON)


class Stop(Exception):
    pass


def test_every_stage_reports_its_real_counts_and_the_fraction_only_grows(data_dir: Path) -> None:
    seen: list[Progress] = []
    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=MODEL_DIR))
    try:
        outcome = app.analyze([fixture_pdf("nordlicht-eu-dpa")], on_progress=seen.append)[0]
        assert outcome.analysis is not None
        doc_id = str(outcome.analysis.document["id"])
        pages, chunks = int(outcome.analysis.document["pages"]), len(app.store.chunks(doc_id))
    finally:
        app.close()
    last = {p.stage: p for p in seen}
    assert list(last) == list(STAGES)
    assert (last["parse"].done, last["parse"].total) == (pages, pages)
    assert (last["embed"].done, last["embed"].total) == (chunks, chunks)
    assert (last["extract"].done, last["extract"].total) == (6, 6)
    parsed = [p.done for p in seen if p.stage == "parse"]
    assert parsed == list(range(pages + 1)), parsed  # one report per page, from 0
    fractions = [p.fraction for p in seen]
    assert fractions == sorted(fractions)
    assert fractions[-1] == pytest.approx(1.0)


@pytest.mark.parametrize("stage", ["parse", "embed", "extract"])
def test_a_listener_that_raises_stops_the_analysis_and_nothing_is_kept(data_dir: Path, stage: str) -> None:
    def listener(progress: Progress) -> None:
        if progress.stage == stage and progress.done >= 1:
            raise Stop(stage)

    app = Clausecheck(load_settings(data_dir=data_dir, model_dir=MODEL_DIR))
    try:
        with pytest.raises(Stop):
            app.analyze([fixture_pdf("nordlicht-eu-dpa")], on_progress=listener)
        assert app.documents() == []
        assert app.index.doc_ids() == set()
        files = data_dir / "files"
        assert not files.is_dir() or not any(files.iterdir())
    finally:
        app.close()
