"""SQLite: documents, their pages (text and word boxes), chunks and findings.

Everything for one document is written in one transaction, so a document is either stored
whole or not at all. Risk is not stored: it comes from the playbook when findings are read,
so another playbook re-rates without re-reading anything.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import NotFoundError
from .models import Chunk, Document, Finding, Page, Review, Token, finding_from_json

MIGRATIONS: list[tuple[str, str]] = [
    (
        "m001_initial",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            filename TEXT NOT NULL,
            vendor TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            pages INTEGER NOT NULL,
            language TEXT NOT NULL,
            stored_name TEXT NOT NULL,
            size INTEGER NOT NULL,
            engine TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE pages (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            width REAL NOT NULL,
            height REAL NOT NULL,
            text TEXT NOT NULL,
            tokens TEXT NOT NULL,
            PRIMARY KEY (doc_id, number)
        );
        CREATE TABLE chunks (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            pages TEXT NOT NULL,
            section TEXT NOT NULL,
            title TEXT NOT NULL
        );
        CREATE TABLE findings (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            topic TEXT NOT NULL,
            engine TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (doc_id, topic)
        );
        """,
    ),
    (
        # Which model read the document and where its text went, for the privacy line of exports.
        "m002_llm_provenance",
        """
        ALTER TABLE documents ADD COLUMN model TEXT NOT NULL DEFAULT '';
        ALTER TABLE documents ADD COLUMN sent_to TEXT NOT NULL DEFAULT ''
        """,
    ),
    (
        # Analysis jobs of the web app, so the library shows them after a reload or a restart. The
        # queue itself is Huey's; these rows say what each job is doing, in real counts.
        "m003_jobs",
        """
        CREATE TABLE jobs (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            filename TEXT NOT NULL,
            vendor TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL DEFAULT 0,
            engine TEXT NOT NULL DEFAULT 'rules',
            settings TEXT NOT NULL DEFAULT '{}',
            needs_password INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL,
            stage TEXT NOT NULL DEFAULT '',
            pages_done INTEGER NOT NULL DEFAULT 0,
            pages_total INTEGER NOT NULL DEFAULT 0,
            chunks_done INTEGER NOT NULL DEFAULT 0,
            chunks_total INTEGER NOT NULL DEFAULT 0,
            topics_done INTEGER NOT NULL DEFAULT 0,
            topics_total INTEGER NOT NULL DEFAULT 0,
            fraction REAL NOT NULL DEFAULT 0,
            error_state TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            doc_id TEXT,
            reused INTEGER NOT NULL DEFAULT 0,
            reread INTEGER NOT NULL DEFAULT 0,
            warnings TEXT NOT NULL DEFAULT '[]',
            cancel INTEGER NOT NULL DEFAULT 0,
            worker_pid INTEGER,
            created_at TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT
        );
        CREATE INDEX jobs_created ON jobs (created_at)
        """,
    ),
    (
        # A reviewer's decision per finding, beside the machine's reading: a re-read replaces the
        # findings, never these.
        "m004_reviews",
        """
        CREATE TABLE reviews (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            topic TEXT NOT NULL,
            stance TEXT NOT NULL,
            accepted INTEGER NOT NULL,
            machine_stance TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT NOT NULL,
            PRIMARY KEY (doc_id, topic)
        )
        """,
    ),
    (
        # Whether the document reads as a contract or privacy text at all ("other": a warning).
        "m005_document_kind",
        """
        ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT ''
        """,
    ),
]


def new_id() -> str:
    return uuid.uuid4().hex[:12]


class Store:
    """The local database in `<data_dir>/clausecheck.db`."""

    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "clausecheck.db"
        self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten, not left readable in free pages.
        self.conn.execute("PRAGMA secure_delete = ON")
        self._migrate()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        self.conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
        done = {r[0] for r in self.conn.execute("SELECT name FROM migrations")}
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            with self.transaction() as conn:
                # Another process opening the same new folder may have applied it while this one
                # waited for the write transaction: look again inside it.
                if conn.execute("SELECT 1 FROM migrations WHERE name = ?", (name,)).fetchone():
                    continue
                for statement in sql.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, _now()))

    # --- writing ---------------------------------------------------------------------------

    def save(
        self,
        doc: Document,
        chunks: list[Chunk],
        findings: list[Finding],
        engine: str,
        stored_name: str,
        size: int,
        model: str = "",
        sent_to: str = "",
        tokens: list[str] | None = None,
    ) -> None:
        """Store a whole analysis in one transaction. `tokens` is each page's tokens_json, when the
        caller has made it already (core.py makes it beside the embedding)."""
        tokens = tokens if tokens is not None else page_tokens(doc.pages)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO documents (id, sha256, filename, vendor, title, pages, language, "
                "stored_name, size, engine, created_at, model, sent_to, kind) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.sha256, doc.filename, doc.vendor, doc.title, len(doc.pages),
                 doc.language, stored_name, size, engine, _now(), model, sent_to, doc.kind),
            )  # fmt: skip
            conn.executemany(
                "INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?)",
                [(doc.id, p.number, p.width, p.height, p.text, page_words)
                 for p, page_words in zip(doc.pages, tokens, strict=True)],
            )  # fmt: skip
            conn.executemany(
                'INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
                [(c.id, doc.id, i, c.text, c.start, c.end, json.dumps(c.pages), c.section, c.title)
                 for i, c in enumerate(chunks)],
            )  # fmt: skip
            self._write_findings(conn, doc.id, findings, engine)

    def replace_findings(
        self, doc_id: str, findings: list[Finding], engine: str, model: str = "", sent_to: str = ""
    ) -> None:
        """A new reading of a stored document (another engine or model), in one transaction.

        `sent_to` only ever grows: text once sent to a host stays recorded as sent there.
        """
        with self.transaction() as conn:
            hosts = self._hosts(conn, doc_id, sent_to)
            conn.execute("DELETE FROM findings WHERE doc_id = ?", (doc_id,))
            conn.execute(
                "UPDATE documents SET engine = ?, model = ?, sent_to = ? WHERE id = ?",
                (engine, model, hosts, doc_id),
            )
            self._write_findings(conn, doc_id, findings, engine)

    def add_sent_to(self, doc_id: str, host: str) -> None:
        """Record that a document's text went to `host` (a reading that was then not kept)."""
        if host:
            with self.transaction() as conn:
                hosts = self._hosts(conn, doc_id, host)
                conn.execute("UPDATE documents SET sent_to = ? WHERE id = ?", (hosts, doc_id))

    @staticmethod
    def _hosts(conn: sqlite3.Connection, doc_id: str, host: str) -> str:
        """The document's recorded hosts with `host` added; NotFoundError when it is gone."""
        row = conn.execute("SELECT sent_to FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"document {doc_id} was deleted while it was being read")
        hosts = [h for h in row["sent_to"].split(", ") if h]
        if host and host not in hosts:
            hosts.append(host)
        return ", ".join(hosts)

    def _write_findings(
        self, conn: sqlite3.Connection, doc_id: str, findings: list[Finding], engine: str
    ) -> None:
        rows = []
        for i, finding in enumerate(findings):
            data = finding.to_json()
            data["searched"] = finding.searched
            data["sources"] = finding.sources
            data.pop("related", None)  # kept in order among the citations, by their role
            data["citations"] = [{**c.to_json(), "match": c.match, "role": c.role} for c in finding.citations]
            rows.append((doc_id, i, finding.topic, engine, json.dumps(data, ensure_ascii=False)))
        conn.executemany("INSERT INTO findings VALUES (?, ?, ?, ?, ?)", rows)

    def delete(self, doc_id: str) -> None:
        """The document's rows, and the jobs that made it (they name its file)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            conn.execute("DELETE FROM jobs WHERE doc_id = ?", (doc_id,))

    def save_review(self, doc_id: str, review: Review) -> Review:
        """Store (or replace) the decision on one topic of a document, stamped now."""
        review.reviewed_at = _now()
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                raise NotFoundError(f"document {doc_id} was deleted")
            conn.execute(
                "INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, review.topic, review.stance, int(review.accepted), review.machine_stance,
                 review.note, review.reviewer, review.reviewed_at),
            )  # fmt: skip
        return review

    def delete_review(self, doc_id: str, topic: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM reviews WHERE doc_id = ? AND topic = ?", (doc_id, topic))

    def reviews(self, doc_id: str) -> dict[str, Review]:
        rows = self.conn.execute("SELECT * FROM reviews WHERE doc_id = ?", (doc_id,))
        return {
            r["topic"]: Review(topic=r["topic"], stance=r["stance"], accepted=bool(r["accepted"]),
                               machine_stance=r["machine_stance"], note=r["note"], reviewer=r["reviewer"],
                               reviewed_at=r["reviewed_at"])
            for r in rows
        }  # fmt: skip

    def rename(self, doc_id: str, vendor: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE documents SET vendor = ? WHERE id = ?", (vendor, doc_id))

    def vacuum(self) -> None:
        self.conn.execute("VACUUM")

    # --- reading ---------------------------------------------------------------------------

    def find_by_sha(self, sha256: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return dict(row) if row else None

    def documents(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM documents ORDER BY created_at, filename")]

    def document(self, ref: str) -> dict[str, Any]:
        """A document by id, id prefix (at least 4 characters) or sha256."""
        rows = self.conn.execute(
            "SELECT * FROM documents WHERE id = ? OR sha256 = ? OR (length(?) >= 4 AND id LIKE ? || '%')",
            (ref, ref, ref, ref),
        ).fetchall()
        if len(rows) != 1:
            what = "is ambiguous" if rows else "matches no analysed document"
            raise NotFoundError(f"{ref!r} {what} (see 'clausecheck list')")
        return dict(rows[0])

    def pages(self, doc_id: str) -> list[Page]:
        rows = self.conn.execute("SELECT * FROM pages WHERE doc_id = ? ORDER BY number", (doc_id,))
        return [
            Page(
                number=r["number"],
                width=r["width"],
                height=r["height"],
                text=r["text"],
                tokens=[Token(t[0], t[1], t[2], tuple(t[3])) for t in json.loads(r["tokens"])],  # type: ignore[arg-type]
            )
            for r in rows
        ]

    def load_document(self, doc_id: str) -> Document:
        meta = self.document(doc_id)
        return Document(
            filename=meta["filename"],
            sha256=meta["sha256"],
            pages=self.pages(meta["id"]),
            language=meta["language"],
            title=meta["title"],
            vendor=meta["vendor"],
            id=meta["id"],
        )

    def chunks(self, doc_id: str) -> list[Chunk]:
        rows = self.conn.execute("SELECT * FROM chunks WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return [
            Chunk(
                r["id"],
                doc_id,
                r["text"],
                r["start"],
                r["end"],
                json.loads(r["pages"]),
                r["section"],
                r["title"],
            )
            for r in rows
        ]

    def findings(self, doc_id: str) -> list[Finding]:
        rows = self.conn.execute("SELECT data FROM findings WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return [finding_from_json(json.loads(r["data"])) for r in rows]


def tokens_json(page: Page) -> str:
    """A page's words with their offsets and boxes, as stored."""
    return json.dumps([[t.text, t.start, t.end, [round(v, 2) for v in t.bbox]] for t in page.tokens])


def page_tokens(pages: list[Page]) -> list[str]:
    """Each page's tokens_json: 50 ms for 48 pages, made beside the embedding rather than after it."""
    return [tokens_json(p) for p in pages]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
