"""The database upgrades in place: a folder made by an older clausecheck keeps its documents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from clausecheck.store import MIGRATIONS, Store


def test_a_database_from_before_the_llm_engine_is_upgraded_in_place(tmp_path: Path) -> None:
    name, sql = MIGRATIONS[0]
    with sqlite3.connect(tmp_path / "clausecheck.db") as old:
        old.executescript(sql)
        old.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        old.execute("INSERT INTO migrations VALUES (?, '2026-01-01')", (name,))
        old.execute(
            "INSERT INTO documents VALUES ('abc123', 'ff', 'old.pdf', 'Old', '', 3, 'en', 'abc123.pdf', 10,"
            " 'rules', '2026-01-01T00:00:00')"
        )
    store = Store(tmp_path)
    try:
        meta = store.document("abc123")
        assert (meta["filename"], meta["engine"], meta["model"], meta["sent_to"]) == (
            "old.pdf",
            "rules",
            "",
            "",
        )
        store.replace_findings("abc123", [], "llm", "ollama:m at 127.0.0.1", "127.0.0.1")
        store.replace_findings("abc123", [], "rules", "", "")
        meta = store.document("abc123")
        # Where the text once went stays on record after a later offline reading.
        assert (meta["engine"], meta["model"], meta["sent_to"]) == ("rules", "", "127.0.0.1")
    finally:
        store.close()
    applied = {
        r[0] for r in sqlite3.connect(tmp_path / "clausecheck.db").execute("SELECT name FROM migrations")
    }
    assert applied == {n for n, _ in MIGRATIONS}
