"""The claims database: schema, migrations and every SQL statement Workbench runs.

One SQLite file in WAL mode with a busy timeout, so a TUI and a CLI can write
to it at once. Each document is stored in one transaction with all its claims;
verdicts append to a history that triggers keep append-only. The schema
version lives in sqlite-utils migrations (and PRAGMA user_version): an older
database is upgraded in place, a newer one is refused.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database, Migrations

from workbench.config import busy_timeout
from workbench.errors import DatabaseDamaged, DatabaseError, DatabaseReadOnly, WorkbenchError
from workbench.models import Claim, ClaimRow, SourceDocument
from workbench.store_guard import (
    VANISHED,
    connect,
    file_identity,
    guarded,
    storable_figure,
    writable,
)
from workbench.store_snapshot import Snapshots

if TYPE_CHECKING:
    from workbench.events import Group

STATUSES = ("unreviewed", "confirmed", "disputed", "false", "unverifiable")
REVIEWED = STATUSES[1:]  # every verdict but "unreviewed"
GRADES = ("A", "B", "C", "D", "E", "F")

migrations = Migrations("workbench")


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        f"""
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            format TEXT NOT NULL,
            title TEXT,
            outlet TEXT,
            url TEXT,
            published TEXT,
            text TEXT NOT NULL,
            loaded_at TEXT NOT NULL
        );
        CREATE TABLE voices (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('outlet', 'speaker', 'commenter')),
            grade TEXT CHECK (grade IN {GRADES}),
            note TEXT
        );
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            voice_id INTEGER NOT NULL REFERENCES voices(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentence TEXT NOT NULL,
            category TEXT NOT NULL,
            value NUMERIC,
            low NUMERIC,
            high NUMERIC,
            qualifier TEXT NOT NULL,
            unit TEXT,
            subject TEXT,
            actor TEXT,
            location TEXT,
            date TEXT,
            date_text TEXT,
            attribution TEXT,
            hedged INTEGER NOT NULL DEFAULT 0,
            section TEXT NOT NULL,
            comment TEXT,
            commenter TEXT
        );
        CREATE INDEX claims_document ON claims(document_id, start);
        CREATE INDEX claims_voice ON claims(voice_id);
        CREATE INDEX claims_category ON claims(category);
        CREATE TABLE verdicts (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
            status TEXT NOT NULL CHECK (status IN {STATUSES}),
            note TEXT,
            analyst TEXT NOT NULL,
            decided_at TEXT NOT NULL
        );
        CREATE INDEX verdicts_status ON verdicts(status);
        CREATE TABLE verdict_history (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            old_status TEXT NOT NULL,
            new_status TEXT NOT NULL,
            note TEXT,
            analyst TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX verdict_history_claim ON verdict_history(claim_id);
        CREATE TRIGGER verdict_history_no_update BEFORE UPDATE ON verdict_history
            BEGIN SELECT RAISE(ABORT, 'verdict history is append-only'); END;
        CREATE TRIGGER verdict_history_no_delete BEFORE DELETE ON verdict_history
            BEGIN SELECT RAISE(ABORT, 'verdict history is append-only'); END;
        CREATE TABLE links (
            id INTEGER PRIMARY KEY,
            a_id INTEGER NOT NULL REFERENCES claims(id),
            b_id INTEGER NOT NULL REFERENCES claims(id),
            relation TEXT NOT NULL,
            score REAL NOT NULL,
            reason TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'suggested',
            note TEXT,
            analyst TEXT,
            updated_at TEXT NOT NULL,
            UNIQUE (a_id, b_id)
        );
        CREATE INDEX links_b ON links(b_id);
        """
    )


@migrations()
def m002_search(db: Database) -> None:
    """Full-text search over what a claim says and the sentence around it."""
    db["claims"].enable_fts(
        ["text", "sentence", "subject", "location", "attribution"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    db["claims"].populate_fts(["text", "sentence", "subject", "location", "attribution"])


@migrations()
def m003_document_names(db: Database) -> None:
    """Index documents by file name and path, for `claims --source NAME`."""
    db.execute("ALTER TABLE documents ADD COLUMN name TEXT")
    for row in db.execute("SELECT id, path FROM documents").fetchall():
        db.execute("UPDATE documents SET name = ? WHERE id = ?", [Path(row[1]).name, row[0]])
    db.execute("CREATE INDEX documents_name ON documents(name)")
    db.execute("CREATE INDEX documents_path ON documents(path)")


@migrations()
def m004_matching(db: Database) -> None:
    """What matching needs: denials and countries on claims, who made a link, and
    verdicts that a new source has made stale."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN denies INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE claims ADD COLUMN country TEXT;
        ALTER TABLE links ADD COLUMN origin TEXT NOT NULL DEFAULT 'machine';
        ALTER TABLE verdicts ADD COLUMN stale_reason TEXT;
        ALTER TABLE verdicts ADD COLUMN stale_at TEXT;
        CREATE INDEX verdicts_stale ON verdicts(stale_at) WHERE stale_at IS NOT NULL;
        """
    )


@migrations()
def m005_events(db: Database) -> None:
    """Events (claims grouped by incident), the analyst's hand in them, and each
    claim's credibility as an analyst graded it."""
    db.executescript(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            name TEXT,
            named_by TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            summary TEXT  -- the EventSummary as JSON; NULL: to be worked out again
        );
        CREATE TABLE event_claims (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
            event_id INTEGER NOT NULL REFERENCES events(id),
            placed_by TEXT
        );
        CREATE INDEX event_claims_event ON event_claims(event_id);
        CREATE TABLE event_log (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            analyst TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE TABLE claim_credibility (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id),
            grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 6),
            note TEXT,
            analyst TEXT NOT NULL,
            graded_at TEXT NOT NULL
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )


@migrations()
def m006_scope(db: Database) -> None:
    """A claim's scope: one incident, or a running total over the period it names
    ("since 2009"). Claims stored before are taken as incidents, without a period."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN scope TEXT NOT NULL DEFAULT 'incident'
            CHECK (scope IN ('incident', 'cumulative'));
        ALTER TABLE claims ADD COLUMN period TEXT;
        """
    )


@migrations()
def m007_origin(db: Database) -> None:
    """Whom a claim's voice relays ("a monitoring group citing JNIM": JNIM). Claims
    stored before have none."""
    db.execute("ALTER TABLE claims ADD COLUMN origin TEXT")


@migrations()
def m008_matched(db: Database) -> None:
    """When each document's claims were last matched: NULL for one stored by an ingest
    stopped before matching, matched on the next ingest. Documents stored before were
    matched by the ingest that stored them."""
    db.executescript(
        """
        ALTER TABLE documents ADD COLUMN matched_at TEXT;
        UPDATE documents SET matched_at = loaded_at;
        CREATE INDEX documents_unmatched ON documents(id) WHERE matched_at IS NULL;
        """
    )


SCHEMA_VERSION = len(migrations._migrations)
ORDERS = {
    "document": "c.document_id, c.start",
    "status": "COALESCE(v.status, 'unreviewed'), c.document_id, c.start",
    "category": "c.category, c.document_id, c.start",
    "figure": "COALESCE(c.low, c.high), c.document_id, c.start",
    "subject": "c.subject COLLATE NOCASE, c.document_id, c.start",
    "place": "c.location COLLATE NOCASE, c.document_id, c.start",
    "voice": "vo.name COLLATE NOCASE, c.document_id, c.start",
}
LINK_STATES = ("suggested", "confirmed", "rejected")
RELATIONS = ("restates", "corroborates", "contradicts", "related")
_KNOWN_MIGRATIONS = frozenset(m.name for m in migrations._migrations)


@dataclass(frozen=True)
class ClaimFilter:
    """What `Store.claims` returns: every field is an AND; None means any."""

    status: str | None = None
    statuses: tuple[str, ...] = ()  # any of these verdicts
    category: str | None = None
    source: str | None = None
    search: str | None = None
    voice_id: int | None = None
    document_id: int | None = None
    stale: bool = False
    contested: bool = False  # only claims another voice contradicts
    order: str = "document"  # one of ORDERS
    descending: bool = False
    limit: int | None = None
    offset: int = 0


def now() -> str:
    """The time stamps Workbench stores: UTC, ISO 8601, to the millisecond (so that
    a verdict and a document loaded in the same second are still ordered)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


@guarded
class Store(Snapshots):
    """One open claims database. Safe to share between threads: writes are serialised.
    Every SQLite failure leaves it as a `DatabaseError` naming the file and the cause."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.timeout = busy_timeout()
        self._write_lock = threading.RLock()
        self._local = threading.local()
        self._opened: list[Database] = []
        self.read_only = not writable(self.path)
        self._identity: tuple[int, int] | None = None  # the file opened, once made
        self._open_schema()
        self._identity = file_identity(self.path)

    def _open_schema(self) -> None:
        """Migrate, then switch to write-ahead logging. SQLite answers "locked" at once,
        without waiting, where waiting could deadlock (processes creating one database
        at the same moment): that is tried again, until the busy timeout."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._migrate()
                if not self.read_only:
                    self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    @property
    def db(self) -> Database:
        """This thread's connection. Threads never share one: a COMMIT fails while
        another thread has a statement open on the same connection."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = Database(connect(self.path, self.timeout, self.read_only))
            self._local.db = db
            with self._write_lock:
                self._opened.append(db)
        return db

    def close(self) -> None:
        with self._write_lock:
            for db in self._opened:
                db.close()
            self._opened.clear()
        self._local = threading.local()

    # -- schema -----------------------------------------------------------

    def _migrate(self) -> None:
        """Bring the schema to this version, under the write lock: processes creating
        or upgrading one database at once do it once, one after the other."""
        if self._pending_migrations():
            if self.read_only:
                raise DatabaseReadOnly(
                    self.path,
                    "read-only, and made by an older Workbench: it must be upgraded"
                    " before it is read, which needs write access to the file and its folder",
                )
            with self._write() as conn:
                if self._pending_migrations():
                    tables = self.db.table_names()
                    if tables and "documents" not in tables and not _applied(self.db):
                        raise DatabaseDamaged(
                            self.path, "a SQLite database, but not a Workbench one"
                        )
                    migrations.apply(self.db)
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _pending_migrations(self) -> bool:
        """Whether migrations are to be applied; a newer database is refused."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        applied = _applied(self.db)
        if version > SCHEMA_VERSION or applied - _KNOWN_MIGRATIONS:
            theirs = max(version, len(applied))
            raise WorkbenchError(
                f"{self.path}: made by a newer Workbench (schema version {theirs}, this one "
                f"knows {SCHEMA_VERSION}); upgrade Workbench to open it"
            )
        return applied != _KNOWN_MIGRATIONS

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so that a read
        followed by a write never fails on another process's lock."""
        with self._write_lock:
            conn = self.db.conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                if self._identity and file_identity(self.path) != self._identity:
                    raise DatabaseError(self.path, VANISHED)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite ends some on its own (a full disk)
                    conn.execute("ROLLBACK")
                raise

    # -- documents --------------------------------------------------------

    def has_document(self, sha256: str) -> bool:
        row = self.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row is not None

    def add_document(self, doc: SourceDocument, claims: Sequence[Claim]) -> int | None:
        """Store a document with all its claims in one transaction; None if the same
        content is already stored."""
        return self.add_documents([(doc, claims)])[0]

    def add_documents(
        self, batch: Sequence[tuple[SourceDocument, Sequence[Claim]]]
    ) -> list[int | None]:
        """Store whole documents with all their claims in one transaction (one commit
        for many documents: each commit costs a full-text index segment); for each,
        its id, or None if the same content is already stored."""
        with self._write() as conn:
            return [_insert_document(conn, doc, claims) for doc, claims in batch]

    def documents(self) -> list[dict[str, Any]]:
        """Every document with its claim counts by verdict, newest first."""
        return self.db.execute_returning_dicts(
            """
            SELECT d.id, d.path, d.sha256, d.format, d.title, d.outlet, d.url, d.published,
                   d.loaded_at, COUNT(c.id) AS claims,
                   COUNT(DISTINCT c.voice_id) AS voices,
                   SUM(v.status = 'confirmed') AS confirmed,
                   SUM(v.status = 'disputed') AS disputed,
                   SUM(v.status = 'false') AS false_claims,
                   SUM(v.status = 'unverifiable') AS unverifiable
            FROM documents d
            LEFT JOIN claims c ON c.document_id = d.id
            LEFT JOIN verdicts v ON v.claim_id = c.id
            GROUP BY d.id
            ORDER BY d.id
            """
        )

    def document_text(self, document_id: int) -> str:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise WorkbenchError(f"no document with id {document_id}")
        return str(row[0])

    def distinct(self, table: str, column: str) -> list[str]:
        rows = self.db.execute(f"SELECT DISTINCT [{column}] FROM [{table}] ORDER BY 1")
        return [r[0] for r in rows if r[0] is not None]

    def count(self, table: str) -> int:
        return int(self.db.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0])

    # -- claims -----------------------------------------------------------

    def claims(self, where: ClaimFilter) -> list[dict[str, Any]]:
        """Claims with their document, voice and current verdict, in reading order."""
        return self.db.execute_returning_dicts(*self._claims_query(where))

    def iter_claim_rows(self, where: ClaimFilter) -> Iterator[ClaimRow]:
        """The same claims as plain rows, unvalidated (see `ClaimRow`), read from the
        database as they are consumed: an export of 100,000 holds one at a time."""
        return map(ClaimRow._make, self.db.execute(*self._claims_query(where)))

    def _claims_query(self, where: ClaimFilter) -> tuple[str, list[Any]]:
        condition, params = self._conditions(where)
        order = ORDERS.get(where.order, ORDERS["document"])
        if where.descending:
            order = ", ".join(f"{part} DESC" for part in order.split(", "))
        sql = f"{_CLAIM_SELECT}{condition} ORDER BY {order}"
        if where.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [where.limit, where.offset]
        return sql, params

    def count_claims(self, where: ClaimFilter) -> int:
        """How many claims match, joining only the tables the filter needs."""
        sql, params = self._lean_query("COUNT(*)", where)
        return int(self.db.execute(sql, params).fetchone()[0])

    def claim_ids(self, where: ClaimFilter) -> list[int]:
        """The ids of the claims that match, joining only the tables the filter needs."""
        sql, params = self._lean_query("c.id", where)
        return [r[0] for r in self.db.execute(sql, params)]

    def _lean_query(self, columns: str, where: ClaimFilter) -> tuple[str, list[Any]]:
        condition, params = self._conditions(where)
        joins = ""
        if where.source:
            joins += " JOIN documents d ON d.id = c.document_id"
        if where.status or where.statuses or where.stale:
            joins += " LEFT JOIN verdicts v ON v.claim_id = c.id"
        return f"SELECT {columns} FROM claims c{joins}{condition}", params

    def summary_counts(self) -> dict[str, int]:
        """Claims in all, contested and unreviewed, from the small tables where possible."""
        total = int(self.db.execute("SELECT COUNT(*) FROM claims").fetchone()[0])
        reviewed = int(
            self.db.execute(
                "SELECT COUNT(*) FROM verdicts WHERE status != 'unreviewed'"
            ).fetchone()[0]
        )
        contested = int(
            self.db.execute(
                "SELECT COUNT(*) FROM (SELECT a_id FROM links WHERE relation = 'contradicts'"
                " AND state != 'rejected' UNION SELECT b_id FROM links"
                " WHERE relation = 'contradicts' AND state != 'rejected')"
            ).fetchone()[0]
        )
        return {"claims": total, "contested": contested, "unreviewed": total - reviewed}

    def document_names(self, limit: int) -> list[str]:
        """File names of the latest documents, newest first."""
        rows = self.db.execute("SELECT name FROM documents ORDER BY id DESC LIMIT ?", [limit])
        return [r[0] for r in rows]

    def link_counts(self, claim_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        """Links of each claim by relation; rejected links do not count."""
        counts: dict[int, dict[str, int]] = {}
        for ids, marks in _chunks(claim_ids, 400):
            rows = self.db.execute(
                "SELECT claim, relation, COUNT(*) FROM ("
                f" SELECT a_id AS claim, relation FROM links WHERE a_id IN ({marks})"
                " AND state != 'rejected' UNION ALL"
                f" SELECT b_id, relation FROM links WHERE b_id IN ({marks})"
                " AND state != 'rejected'"
                ") GROUP BY claim, relation",
                ids + ids,
            )
            for claim_id, relation, count in rows:
                counts.setdefault(claim_id, {})[relation] = count
        return counts

    def strongest_links(
        self, claim_ids: Sequence[int], relations: Sequence[str], per_claim: int
    ) -> list[dict[str, Any]]:
        """For each claim and relation, its `per_claim` strongest links, rejected ones
        aside (highest score first, then by ids), each seen from that claim (`claim`,
        `other`) and with how many such links the claim has in all (`in_all`). Cut
        here rather than by a window query, which took three times as long."""
        rows: list[dict[str, Any]] = []
        for ids, marks in _chunks(claim_ids, 400):
            ends, params = _seen_from_either_end(ids, marks, relations)
            ranked = self.db.execute(
                f"{ends} ORDER BY claim, relation, score DESC, a_id, b_id", params
            )
            for _, found in groupby(ranked, key=itemgetter(0, 2)):
                links = list(found)
                rows += (
                    {
                        "claim": claim,
                        "other": other,
                        "relation": relation,
                        "score": score,
                        "reason": reason,
                        "state": state,
                        "in_all": len(links),
                    }
                    for claim, other, relation, score, reason, state, _, _ in links[:per_claim]
                )
        return rows

    def iter_links(self) -> Iterator[dict[str, Any]]:
        """Every link, rejected ones too: an analyst's rejection is part of the record."""
        yield from self.db.query(f"SELECT {_LINK_COLUMNS} FROM links ORDER BY a_id, b_id")

    def iter_history(self) -> Iterator[dict[str, Any]]:
        yield from self.db.query(f"{_HISTORY_SELECT} ORDER BY id")

    def histories(self, claim_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        found: dict[int, list[dict[str, Any]]] = {}
        for ids, marks in _chunks(claim_ids):
            for row in self.db.query(
                f"{_HISTORY_SELECT} WHERE claim_id IN ({marks}) ORDER BY id", ids
            ):
                found.setdefault(row["claim_id"], []).append(row)
        return found

    def iter_verdicts(self) -> Iterator[dict[str, Any]]:
        """The current verdict of every reviewed claim."""
        yield from self.db.query(
            "SELECT claim_id, status, note, analyst, decided_at, stale_reason FROM verdicts"
            " WHERE status != 'unreviewed' ORDER BY claim_id"
        )

    def tally(self) -> dict[str, Any]:
        """Counts for a report's summary: claims by status and by category, documents,
        voices, stale verdicts, and the analysts who decided anything."""
        by_status = dict(
            self.db.execute(
                "SELECT COALESCE(v.status, 'unreviewed'), COUNT(*) FROM claims c"
                " LEFT JOIN verdicts v ON v.claim_id = c.id GROUP BY 1"
            ).fetchall()
        )
        by_category = dict(
            self.db.execute(
                "SELECT category, COUNT(*) FROM claims GROUP BY 1 ORDER BY 2 DESC, 1"
            ).fetchall()
        )
        analysts = [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT analyst FROM verdict_history UNION"
                " SELECT DISTINCT analyst FROM links WHERE analyst IS NOT NULL ORDER BY 1"
            )
        ]
        stale = self.db.execute("SELECT COUNT(*) FROM verdicts WHERE stale_at IS NOT NULL")
        return {
            "by_status": {status: by_status.get(status, 0) for status in STATUSES},
            "by_category": by_category,
            "analysts": analysts,
            "stale": int(stale.fetchone()[0]),
            "documents": self.count("documents"),
            "voices": self.count("voices"),
        }

    def _conditions(self, where: ClaimFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if where.status == "unreviewed":
            clauses.append("COALESCE(v.status, 'unreviewed') = 'unreviewed'")
        elif where.status:
            clauses.append("v.status = ?")
            params.append(where.status)
        if where.statuses:
            marks = ", ".join("?" for _ in where.statuses)
            clauses.append(f"COALESCE(v.status, 'unreviewed') IN ({marks})")
            params += list(where.statuses)
        if where.category:
            clauses.append("c.category = ?")
            params.append(where.category)
        if where.source:
            clauses.append("(d.path = ? OR d.name = ?)")
            params += [where.source, where.source]
        if where.voice_id is not None:
            clauses.append("c.voice_id = ?")
            params.append(where.voice_id)
        if where.document_id is not None:
            clauses.append("c.document_id = ?")
            params.append(where.document_id)
        if where.stale:
            clauses.append("v.stale_at IS NOT NULL")
        if where.contested:
            clauses.append(
                "c.id IN (SELECT a_id FROM links WHERE relation = 'contradicts'"
                " AND state != 'rejected' UNION SELECT b_id FROM links"
                " WHERE relation = 'contradicts' AND state != 'rejected')"
            )
        if where.search and where.search.strip():
            words = self.db.quote_fts(where.search)  # nothing left: only quotes, no words
            clauses.append(
                "c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)" if words else "0"
            )
            params += [words] if words else []
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def claims_by_id(self, claim_ids: Sequence[int]) -> list[dict[str, Any]]:
        return [row._asdict() for row in self.claim_rows_by_id(claim_ids)]

    def claim_rows_by_id(self, claim_ids: Sequence[int]) -> list[ClaimRow]:
        rows: list[ClaimRow] = []
        for ids, marks in _chunks(claim_ids):
            found = self.db.execute(f"{_CLAIM_SELECT} WHERE c.id IN ({marks})", ids)
            rows += map(ClaimRow._make, found)
        return rows

    def claim(self, claim_id: int) -> dict[str, Any]:
        rows = self.db.execute_returning_dicts(_CLAIM_SELECT + " WHERE c.id = ?", [claim_id])
        if not rows:
            raise WorkbenchError(f"no claim with id {claim_id}")
        return rows[0]

    # -- verdicts ---------------------------------------------------------

    def set_verdict(
        self, claim_id: int, status: str, note: str | None, analyst: str
    ) -> dict[str, Any]:
        """Record a verdict and append it to the claim's history, in one transaction.
        A verdict without a note keeps the note the claim had; "" clears it."""
        if status not in STATUSES:
            raise WorkbenchError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        at = now()
        with self._write() as conn:
            _require_claim(conn, claim_id)
            row = conn.execute(
                "SELECT status FROM verdicts WHERE claim_id = ?", [claim_id]
            ).fetchone()
            old = row[0] if row else "unreviewed"
            conn.execute(
                "INSERT INTO verdict_history (claim_id, old_status, new_status, note, analyst, at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [claim_id, old, status, note, analyst, at],
            )
            conn.execute(
                "INSERT INTO verdicts (claim_id, status, note, analyst, decided_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO UPDATE SET"
                " status = excluded.status, note = COALESCE(excluded.note, verdicts.note),"
                " analyst = excluded.analyst,"
                " decided_at = excluded.decided_at, stale_reason = NULL, stale_at = NULL",
                [claim_id, status, note, analyst, at],
            )
        return {
            "claim_id": claim_id,
            "old_status": old,
            "status": status,
            "note": note,
            "analyst": analyst,
            "at": at,
        }

    def history(self, claim_id: int) -> list[dict[str, Any]]:
        self.claim(claim_id)
        return self.histories([claim_id]).get(claim_id, [])

    # -- voices -----------------------------------------------------------

    def voices(self) -> list[dict[str, Any]]:
        return self.db.execute_returning_dicts(
            "SELECT vo.id, vo.name, vo.kind, vo.grade, vo.note, COUNT(c.id) AS claims"
            " FROM voices vo LEFT JOIN claims c ON c.voice_id = vo.id"
            " GROUP BY vo.id ORDER BY vo.name COLLATE NOCASE"
        )

    def document_voice_grades(self) -> dict[int, list[tuple[str, str | None]]]:
        """Each document's voices, by name, with their reliability grades."""
        found: dict[int, list[tuple[str, str | None]]] = {}
        for document_id, name, grade in self.db.execute(
            "SELECT DISTINCT c.document_id, vo.name, vo.grade FROM claims c"
            " JOIN voices vo ON vo.id = c.voice_id"
            " ORDER BY c.document_id, vo.name COLLATE NOCASE"
        ):
            found.setdefault(document_id, []).append((name, grade))
        return found

    def find_voice(self, name_or_id: str) -> dict[str, Any]:
        """A voice by id, by exact name, or by its normalised key."""
        rows = self.db.execute_returning_dicts(
            "SELECT id, name, kind, grade, note FROM voices"
            " WHERE CAST(id AS TEXT) = ? OR name = ? COLLATE NOCASE OR key LIKE ?",
            [name_or_id, name_or_id, f"%:{normalise(name_or_id)}"],
        )
        if not rows:
            raise WorkbenchError(f"no voice named {name_or_id!r}; `workbench voices` lists them")
        if len(rows) > 1:
            names = "; ".join(f"{r['id']}: {r['name']}" for r in rows[:5])
            raise WorkbenchError(f"{name_or_id!r} names several voices ({names}); give the id")
        return rows[0]

    def grade_voice(self, voice_id: int, grade: str, note: str | None) -> None:
        if grade not in GRADES:
            raise WorkbenchError(f"unknown grade {grade!r}; use A (completely reliable) to F")
        with self._write() as conn:
            conn.execute(
                "UPDATE voices SET grade = ?, note = COALESCE(?, note) WHERE id = ?",
                [grade, note, voice_id],
            )

    # -- events -----------------------------------------------------------

    def events_fingerprint(self) -> str:
        """What events are grouped from, in a line: it changes when claims or links do."""
        claims = self.db.execute("SELECT COUNT(*), MAX(id) FROM claims").fetchone()
        links = self.db.execute("SELECT COUNT(*), MAX(updated_at) FROM links").fetchone()
        return f"{claims[0]}:{claims[1]}:{links[0]}:{links[1]}"

    def events_grouped_from(self) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'events_grouped'").fetchone()
        return None if row is None else str(row[0])

    def event_placements(self) -> list[tuple[int, int, str | None]]:
        """(claim id, event id, the analyst who placed it or None) for every claim."""
        rows = self.db.execute("SELECT claim_id, event_id, placed_by FROM event_claims")
        return [(r[0], r[1], r[2]) for r in rows]

    def save_grouping(self, groups: Sequence[Group], fingerprint: str) -> None:
        """The machine's grouping, in one transaction: new events made, the claims it
        placed moved, claims an analyst placed left as they are, empty events removed."""
        with self._write() as conn:
            conn.execute("DELETE FROM event_claims WHERE placed_by IS NULL")
            for g in groups:
                event_id = _new_event(conn) if g.event_id is None else g.event_id
                conn.executemany(
                    "INSERT INTO event_claims (claim_id, event_id) VALUES (?, ?)"
                    " ON CONFLICT (claim_id) DO NOTHING",
                    [(claim_id, event_id) for claim_id in g.claim_ids],
                )
            _drop_empty_events(conn)
            conn.execute("UPDATE events SET summary = NULL")
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('events_grouped', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [fingerprint],
            )

    def iter_events(self, corroborated_or_contested: bool = False) -> Iterator[dict[str, Any]]:
        """Every event with its summary (JSON), read as consumed; or only those of more
        than one independent voice or contested, the ones a report sets out."""
        where = (
            " WHERE json_extract(summary, '$.voices') > 1 OR json_extract(summary, '$.contested')"
            if corroborated_or_contested
            else ""
        )
        yield from self.db.query(f"SELECT id, summary FROM events{where} ORDER BY id")

    def count_events(self, claim_ids: Sequence[int] | None = None) -> int:
        """How many events there are, or how many hold one of these claims."""
        if claim_ids is None:
            return int(self.db.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        events: set[int] = set()
        for ids, marks in _chunks(claim_ids):
            rows = self.db.execute(
                f"SELECT DISTINCT event_id FROM event_claims WHERE claim_id IN ({marks})", ids
            )
            events.update(r[0] for r in rows)
        return len(events)

    def unsummed_events(self) -> list[dict[str, Any]]:
        """The events whose summary must be worked out again."""
        return self.db.execute_returning_dicts(
            "SELECT id, name, named_by FROM events WHERE summary IS NULL ORDER BY id"
        )

    def event_names(self) -> dict[int, tuple[int, str]]:
        """Each claim's event and the event's name (the analyst's, else the machine's,
        from the summary kept), by claim id."""
        rows = self.db.execute(
            "SELECT ec.claim_id, e.id, COALESCE(e.name, json_extract(e.summary, '$.name'))"
            " FROM event_claims ec JOIN events e ON e.id = ec.event_id"
        )
        return {r[0]: (r[1], r[2] or "") for r in rows}

    def save_event_summaries(self, summaries: Sequence[tuple[int, str]]) -> None:
        """(event id, summary JSON): kept until the event's claims, links or name change."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE events SET summary = ? WHERE id = ?", [(s, i) for i, s in summaries]
            )

    def event(self, event_id: int) -> dict[str, Any]:
        rows = self.db.execute_returning_dicts(
            "SELECT id, name, named_by, created_at, updated_at FROM events WHERE id = ?",
            [event_id],
        )
        if not rows:
            raise WorkbenchError(f"no event with id {event_id}")
        return rows[0]

    def event_of(self, claim_id: int) -> int | None:
        row = self.db.execute(
            "SELECT event_id FROM event_claims WHERE claim_id = ?", [claim_id]
        ).fetchone()
        return None if row is None else int(row[0])

    def rename_event(self, event_id: int, name: str, analyst: str) -> None:
        with self._write() as conn:
            _require_event(conn, event_id)
            conn.execute(
                "UPDATE events SET name = ?, named_by = ?, updated_at = ? WHERE id = ?",
                [name, analyst, now(), event_id],
            )
            _hold(conn, [event_id], analyst)
            _log(conn, event_id, "rename", name, analyst)

    def place_claims(
        self,
        claim_ids: Sequence[int],
        event_id: int | None,
        analyst: str,
        action: str,
        merged: Sequence[int] = (),
    ) -> int:
        """Put claims in an event (None: a new one) as the analyst says, and hold every
        event the change touches as it now stands; the event's id."""
        with self._write() as conn:
            for claim_id in claim_ids:
                _require_claim(conn, claim_id)
            if event_id is None:
                event_id = _new_event(conn)
            else:
                _require_event(conn, event_id)
            touched = {event_id, *merged}
            for ids, marks in _chunks(claim_ids):
                touched |= {
                    r[0]
                    for r in conn.execute(
                        f"SELECT event_id FROM event_claims WHERE claim_id IN ({marks})", ids
                    )
                }
            conn.executemany(
                "INSERT INTO event_claims (claim_id, event_id, placed_by) VALUES (?, ?, ?)"
                " ON CONFLICT (claim_id) DO UPDATE SET event_id = excluded.event_id,"
                " placed_by = excluded.placed_by",
                [(claim_id, event_id, analyst) for claim_id in claim_ids],
            )
            _hold(conn, sorted(touched), analyst)
            _drop_empty_events(conn)
            _log(conn, event_id, action, " ".join(map(str, claim_ids)), analyst)
        return event_id

    def event_members(self, event_id: int) -> list[int]:
        rows = self.db.execute(
            "SELECT claim_id FROM event_claims WHERE event_id = ? ORDER BY claim_id", [event_id]
        )
        return [r[0] for r in rows]

    def linked(
        self, claim_ids: Sequence[int], relations: Sequence[str]
    ) -> list[tuple[int, int, str]]:
        """(claim, other claim, relation) for each link of these relations, rejected ones
        aside, that has one of the claims at either end."""
        found: list[tuple[int, int, str]] = []
        for ids, marks in _chunks(claim_ids, 400):
            ends, params = _seen_from_either_end(ids, marks, relations)
            found += self.db.execute(f"SELECT claim, other, relation FROM ({ends})", params)
        return found

    def contradicted(self) -> dict[int, set[int]]:
        """Each claim a contradicts link touches, with the claims at the other ends;
        rejected links aside."""
        found: dict[int, set[int]] = {}
        for a, b in self.db.execute(
            "SELECT a_id, b_id FROM links WHERE relation = 'contradicts' AND state != 'rejected'"
        ):
            found.setdefault(a, set()).add(b)
            found.setdefault(b, set()).add(a)
        return found

    def event_links(self) -> list[tuple[int, int, str, float]]:
        rows = self.db.execute(
            "SELECT a_id, b_id, relation, score FROM links WHERE state != 'rejected'"
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def event_log(self, event_id: int) -> list[dict[str, Any]]:
        return self.db.execute_returning_dicts(
            "SELECT event_id, action, detail, analyst, at FROM event_log"
            " WHERE event_id = ? ORDER BY id",
            [event_id],
        )

    def set_credibility(self, claim_id: int, grade: int, note: str | None, analyst: str) -> None:
        if grade not in range(1, 7):
            raise WorkbenchError(f"unknown credibility {grade!r}; use 1 (confirmed) to 6")
        with self._write() as conn:
            _require_claim(conn, claim_id)
            conn.execute(
                "INSERT INTO claim_credibility (claim_id, grade, note, analyst, graded_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO UPDATE SET"
                " grade = excluded.grade, note = COALESCE(excluded.note, claim_credibility.note),"
                " analyst = excluded.analyst, graded_at = excluded.graded_at",
                [claim_id, grade, note, analyst, now()],
            )

    def credibility_grades(self, claim_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        found: dict[int, dict[str, Any]] = {}
        for ids, marks in _chunks(claim_ids):
            for row in self.db.query(
                "SELECT claim_id, grade, note, analyst, graded_at FROM claim_credibility"
                f" WHERE claim_id IN ({marks})",
                ids,
            ):
                found[row["claim_id"]] = row
        return found

    # -- matching ---------------------------------------------------------

    def match_inputs(self, claim_ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """The fields the matcher reads, for every claim or for the ones given."""
        if claim_ids is None:
            return self.db.execute_returning_dicts(_MATCH_INPUTS)
        rows: list[dict[str, Any]] = []
        for ids, marks in _chunks(claim_ids):
            rows += self.db.execute_returning_dicts(f"{_MATCH_INPUTS} WHERE c.id IN ({marks})", ids)
        return rows

    def claims_of_documents(self, document_ids: Sequence[int]) -> list[int]:
        found: list[int] = []
        for ids, marks in _chunks(document_ids):
            rows = self.db.execute(f"SELECT id FROM claims WHERE document_id IN ({marks})", ids)
            found += [r[0] for r in rows]
        return found

    def unmatched_documents(self) -> list[int]:
        """Documents stored and never matched: an ingest stopped between the two."""
        rows = self.db.execute("SELECT id FROM documents WHERE matched_at IS NULL ORDER BY id")
        return [r[0] for r in rows]

    def save_suggestions(
        self,
        suggestions: Sequence[tuple[int, int, str, float, str]],
        replace: bool,
        documents: Sequence[int] | None = (),
    ) -> int:
        """Store machine links (a, b, relation, score, reason). A pair an analyst has set,
        confirmed or rejected is left as the analyst left it; with `replace`, earlier
        machine suggestions go first (`match --all`). The `documents` whose claims were
        matched (None: all) are marked matched in the same transaction. Returns the
        links written."""
        at = now()
        with self._write() as conn:
            _mark_matched(conn, documents, at)
            if replace:
                conn.execute("DELETE FROM links WHERE origin = 'machine' AND state = 'suggested'")
            cursor = conn.executemany(
                "INSERT INTO links (a_id, b_id, relation, score, reason, state, origin,"
                " updated_at) VALUES (?, ?, ?, ?, ?, 'suggested', 'machine', ?)"
                " ON CONFLICT (a_id, b_id) DO UPDATE SET relation = excluded.relation,"
                " score = excluded.score, reason = excluded.reason,"
                " updated_at = excluded.updated_at"
                " WHERE links.origin = 'machine' AND links.state = 'suggested'",
                ([*suggestion, at] for suggestion in suggestions),
            )
            return max(cursor.rowcount, 0)

    def links(
        self,
        claim_id: int | None = None,
        relation: str | None = None,
        include_rejected: bool = False,
    ) -> list[dict[str, Any]]:
        clauses, params = [], []
        if claim_id is not None:
            clauses.append("(a_id = ? OR b_id = ?)")
            params += [claim_id, claim_id]
        if relation:
            clauses.append("relation = ?")
            params.append(relation)
        if not include_rejected:
            clauses.append("state != 'rejected'")
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return self.db.execute_returning_dicts(
            f"SELECT {_LINK_COLUMNS} FROM links{where} ORDER BY a_id, b_id",
            params,
        )

    def set_link(
        self, a: int, b: int, relation: str | None, state: str, note: str | None, analyst: str
    ) -> dict[str, Any]:
        """An analyst's link: set (with a relation), confirmed or rejected. It survives matching."""
        if state not in LINK_STATES:
            raise WorkbenchError(f"unknown link state {state!r}")
        if relation is not None and relation not in RELATIONS:
            raise WorkbenchError(
                f"unknown relation {relation!r}; use one of {', '.join(RELATIONS)}"
            )
        a, b = sorted((a, b))
        if a == b:
            raise WorkbenchError("a claim cannot be linked to itself")
        with self._write() as conn:
            for claim_id in (a, b):
                _require_claim(conn, claim_id)
            row = conn.execute(
                "SELECT relation FROM links WHERE a_id = ? AND b_id = ?", [a, b]
            ).fetchone()
            if row is None and relation is None and state != "rejected":
                raise WorkbenchError(
                    f"no link between claims {a} and {b}; give --relation to add one"
                )
            conn.execute(
                "INSERT INTO links (a_id, b_id, relation, score, reason, state, origin, note,"
                " analyst, updated_at)"
                " VALUES (?, ?, ?, 1.0, 'set by an analyst', ?, 'analyst', ?, ?, ?)"
                " ON CONFLICT (a_id, b_id) DO UPDATE SET relation = COALESCE(?, links.relation),"
                " state = excluded.state, origin = 'analyst',"
                " note = COALESCE(excluded.note, links.note),"
                " analyst = excluded.analyst, updated_at = excluded.updated_at",
                [
                    a,
                    b,
                    relation or (row[0] if row else "related"),
                    state,
                    note,
                    analyst,
                    now(),
                    relation,
                ],
            )
        return self.links_between(a, b)

    def links_between(self, a: int, b: int) -> dict[str, Any]:
        a, b = sorted((a, b))
        rows = self.db.execute_returning_dicts(
            f"SELECT {_LINK_COLUMNS} FROM links WHERE a_id = ? AND b_id = ?",
            [a, b],
        )
        if not rows:
            raise WorkbenchError(f"no link between claims {a} and {b}")
        return rows[0]

    def remove_link(self, a: int, b: int, analyst: str) -> str:
        """Remove a link. A machine suggestion is kept as rejected, so matching never
        suggests it again; an analyst's own link is deleted. Read and changed by its
        claim pair inside the write transaction: a matching run that re-creates the
        link meanwhile cannot undo the decision."""
        a, b = sorted((a, b))
        with self._write() as conn:
            row = conn.execute(
                "SELECT origin FROM links WHERE a_id = ? AND b_id = ?", [a, b]
            ).fetchone()
            if row is None:
                raise WorkbenchError(f"no link between claims {a} and {b}")
            if row[0] == "machine":
                conn.execute(
                    "UPDATE links SET state = 'rejected', origin = 'analyst', analyst = ?,"
                    " updated_at = ? WHERE a_id = ? AND b_id = ?",
                    [analyst, now(), a, b],
                )
                return "rejected"
            conn.execute("DELETE FROM links WHERE a_id = ? AND b_id = ?", [a, b])
            return "deleted"

    def mark_stale(self, flags: Sequence[tuple[int, str, str, str]]) -> int:
        """Flag reviewed claims for re-review: (claim, reason, the status challenged, when
        the challenging claim was loaded). Judged inside the write transaction: a claim
        already flagged, or whose verdict has changed or was set again since that claim
        was loaded (the analyst had it before them), is left alone."""
        at = now()
        with self._write() as conn:
            return sum(
                conn.execute(
                    "UPDATE verdicts SET stale_reason = ?, stale_at = ? WHERE claim_id = ?"
                    " AND stale_at IS NULL AND status = ? AND decided_at < ?",
                    [reason, at, claim_id, status, loaded_at],
                ).rowcount
                for claim_id, reason, status, loaded_at in flags
            )

    def verdicts(self, statuses: Sequence[str]) -> dict[int, tuple[str, str]]:
        """(status, decided_at) of every claim whose verdict is one of `statuses`."""
        marks = ", ".join("?" for _ in statuses)
        rows = self.db.execute(
            f"SELECT claim_id, status, decided_at FROM verdicts WHERE status IN ({marks})",
            list(statuses),
        )
        return {r[0]: (r[1], r[2]) for r in rows}


_MATCH_INPUTS = """
    SELECT c.id, c.document_id, c.voice_id, vo.name AS voice, c.category, c.low, c.high,
           c.value, c.qualifier, c.subject, c.unit, c.location, c.country, c.date,
           d.published, d.loaded_at, c.sentence, c.text, c.denies, c.section, c.date_text
    FROM claims c JOIN documents d ON d.id = c.document_id
    JOIN voices vo ON vo.id = c.voice_id
"""
_HISTORY_SELECT = "SELECT claim_id, old_status, new_status, note, analyst, at FROM verdict_history"
_LINK_COLUMNS = "id, a_id, b_id, relation, score, reason, state, origin, note, analyst, updated_at"
_CLAIM_COLUMNS = (
    "document_id",
    "voice_id",
    "start",
    '"end"',
    "text",
    "sentence",
    "category",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "subject",
    "actor",
    "location",
    "date",
    "date_text",
    "attribution",
    "hedged",
    "section",
    "comment",
    "commenter",
    "denies",
    "country",
    "scope",
    "period",
    "origin",
)
_INSERT_CLAIM = (
    f"INSERT INTO claims ({', '.join(_CLAIM_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in _CLAIM_COLUMNS)})"
)
# The columns of `ClaimRow`, in its order.
_CLAIM_SELECT = """
    SELECT c.id, d.path AS source, c.document_id, c.voice_id, vo.name AS voice,
           vo.grade AS voice_grade, c.start, c."end", c.text, c.sentence, c.category, c.value,
           c.low, c.high, c.qualifier, c.unit, c.subject, c.actor, c.location, c.date,
           c.date_text, c.attribution, c.hedged, c.denies, c.country, c.section, c.comment,
           c.commenter, c.scope, c.period, c.origin,
           COALESCE(v.status, 'unreviewed') AS status, v.note, v.analyst, v.decided_at,
           v.stale_reason
    FROM claims c
    JOIN documents d ON d.id = c.document_id
    JOIN voices vo ON vo.id = c.voice_id
    LEFT JOIN verdicts v ON v.claim_id = c.id
"""


def _applied(db: Database) -> set[str]:
    return {m.name for m in migrations.applied(db)}


def _mark_matched(conn: sqlite3.Connection, documents: Sequence[int] | None, at: str) -> None:
    if documents is None:
        conn.execute("UPDATE documents SET matched_at = ? WHERE matched_at IS NULL", [at])
        return
    for ids, marks in _chunks(documents):
        conn.execute(f"UPDATE documents SET matched_at = ? WHERE id IN ({marks})", [at, *ids])


def _chunks(ids: Sequence[int], size: int = 500) -> Iterator[tuple[list[int], str]]:
    """Ids in groups small enough for SQLite's bound-parameter limit, with their "?, ?"."""
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        yield chunk, ", ".join("?" for _ in chunk)


def _seen_from_either_end(
    ids: list[int], marks: str, relations: Sequence[str]
) -> tuple[str, list[Any]]:
    """SQL and its parameters for the links of these relations, rejected ones aside,
    with one of the claims at either end, each seen from that claim: `claim`,
    `other`, relation, score, reason, state, a_id, b_id."""
    kinds = ", ".join("?" for _ in relations)
    sql = " UNION ALL ".join(
        f"SELECT {mine} AS claim, {theirs} AS other, relation, score, reason, state,"
        f" a_id, b_id FROM links"
        f" WHERE {mine} IN ({marks}) AND relation IN ({kinds}) AND state != 'rejected'"
        for mine, theirs in (("a_id", "b_id"), ("b_id", "a_id"))
    )
    return sql, [*ids, *relations, *ids, *relations]


def _require_claim(conn: sqlite3.Connection, claim_id: int) -> None:
    if conn.execute("SELECT 1 FROM claims WHERE id = ?", [claim_id]).fetchone() is None:
        raise WorkbenchError(f"no claim with id {claim_id}")


def _new_event(conn: sqlite3.Connection) -> int:
    at = now()
    event_id = conn.execute(
        "INSERT INTO events (created_at, updated_at) VALUES (?, ?)", [at, at]
    ).lastrowid
    assert event_id is not None
    return event_id


def _require_event(conn: sqlite3.Connection, event_id: int) -> None:
    if conn.execute("SELECT 1 FROM events WHERE id = ?", [event_id]).fetchone() is None:
        raise WorkbenchError(f"no event with id {event_id}")


def _hold(conn: sqlite3.Connection, event_ids: Sequence[int], analyst: str) -> None:
    """Every claim of these events stays where it is until an analyst moves it: the
    machine's regrouping never undoes what an analyst has looked at."""
    for ids, marks in _chunks(event_ids):
        conn.execute(
            f"UPDATE event_claims SET placed_by = ? WHERE placed_by IS NULL"
            f" AND event_id IN ({marks})",
            [analyst, *ids],
        )
        conn.execute(
            f"UPDATE events SET updated_at = ?, summary = NULL WHERE id IN ({marks})", [now(), *ids]
        )


def _drop_empty_events(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_claims)")


def _log(conn: sqlite3.Connection, event_id: int, action: str, detail: str, analyst: str) -> None:
    conn.execute(
        "INSERT INTO event_log (event_id, action, detail, analyst, at) VALUES (?, ?, ?, ?, ?)",
        [event_id, action, detail, analyst, now()],
    )


def _insert_document(
    conn: sqlite3.Connection, doc: SourceDocument, claims: Sequence[Claim]
) -> int | None:
    if conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", [doc.sha256]).fetchone():
        return None
    document_id = conn.execute(
        "INSERT INTO documents (path, name, sha256, format, title, outlet, url, published,"
        " text, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            doc.path,
            Path(doc.path).name,
            doc.sha256,
            doc.format,
            doc.title,
            doc.outlet,
            doc.url,
            doc.published.isoformat() if doc.published else None,
            doc.text,
            now(),
        ],
    ).lastrowid
    assert document_id is not None
    voices: dict[tuple[str, str, str], int] = {}
    rows = []
    for claim in claims:
        voice = voice_of(doc, claim)
        if voice not in voices:
            voices[voice] = _voice_id(conn, *voice)
        rows.append(_claim_row(document_id, voices[voice], claim, doc.path))
    conn.executemany(_INSERT_CLAIM, rows)
    return document_id


def _claim_row(document_id: int, voice_id: int, claim: Claim, path: str) -> list[Any]:
    return [
        document_id,
        voice_id,
        claim.start,
        claim.end,
        claim.text,
        claim.sentence,
        claim.category.value,
        storable_figure(claim.value, path),
        storable_figure(claim.low, path),
        storable_figure(claim.high, path),
        claim.qualifier,
        claim.unit,
        claim.subject,
        claim.actor,
        claim.location,
        claim.date,
        claim.date_text,
        claim.attribution,
        int(claim.hedged),
        claim.section.value,
        claim.comment,
        claim.commenter,
        int(claim.denies),
        claim.country,
        claim.scope.value,
        claim.period,
        claim.origin,
    ]


def normalise(name: str) -> str:
    """A voice's key: lower case, no leading article, punctuation and spacing folded."""
    words = "".join(ch if ch.isalnum() else " " for ch in name.lower()).split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def voice_of(doc: SourceDocument, claim: Claim) -> tuple[str, str, str]:
    """(key, name, kind) of the voice a claim speaks in: the source it names, else the
    commenter, else the outlet (or the document itself when the outlet is unknown)."""
    if claim.attribution and not claim.attribution.startswith("commenter ("):
        return f"speaker:{normalise(claim.attribution)}", claim.attribution, "speaker"
    if claim.comment is not None:
        if claim.commenter:
            return f"commenter:{normalise(claim.commenter)}", claim.commenter, "commenter"
        name = f"commenter {claim.comment} on {Path(doc.path).name}"
        return f"commenter:{doc.sha256[:12]}:{claim.comment}", name, "commenter"
    if doc.outlet:
        return f"outlet:{normalise(doc.outlet)}", doc.outlet, "outlet"
    return f"outlet:{doc.sha256[:12]}", f"author of {doc.title or Path(doc.path).name}", "outlet"


def _voice_id(conn: sqlite3.Connection, key: str, name: str, kind: str) -> int:
    conn.execute(
        "INSERT INTO voices (key, name, kind) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
        [key, name, kind],
    )
    return int(conn.execute("SELECT id FROM voices WHERE key = ?", [key]).fetchone()[0])
