"""Several processes opening the same new data folder at once (two CLI runs, or a run beside the
web app, on a first use) all find the database ready: each migration is applied exactly once."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

from clausecheck.store import MIGRATIONS, Store


def open_store(data_dir: str, ready: multiprocessing.synchronize.Barrier) -> None:
    ready.wait()  # all at once, so they race for the first migration
    Store(Path(data_dir)).close()


def test_processes_opening_a_new_folder_at_once_all_succeed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    for attempt in range(6):
        folder = tmp_path / f"data-{attempt}"
        ready = context.Barrier(4)
        workers = [context.Process(target=open_store, args=(str(folder), ready)) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=120)
        assert [w.exitcode for w in workers] == [0, 0, 0, 0], f"attempt {attempt}: a process failed"
        with sqlite3.connect(folder / "clausecheck.db") as conn:
            applied = [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY name")]
        assert applied == sorted(name for name, _ in MIGRATIONS)
