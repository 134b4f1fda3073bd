"""The schema: every table, index and trigger, as sqlite-utils migrations.

Each migration is applied once, in order, and recorded by sqlite-utils; the
schema version is also kept in PRAGMA user_version. An older database is
upgraded in place, a newer one (a version or a migration this Workbench does
not know) is refused. A new migration goes at the end, never in between.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database, Migrations

from workbench.errors import DatabaseDamaged, WorkbenchError
from workbench.store.migrations_curation import (
    m010_corrections,
    m011_curation,
    m012_language,
)
from workbench.store.migrations_sources import (
    m013_captures,
    m014_comment_languages,
    m015_voice_identity,
    m016_note_times,
    m017_earlier_figures,
    m018_parts,
    m019_archived_grades,
    m020_archived_by_document,
    m021_archived_events,
    m022_figure_denied,
)
from workbench.store.values import GRADES, STATUSES

migrations = Migrations("workbench")


@migrations()
def m001_initial(db: Database) -> None:
    """Documents, their voices and claims, verdicts with their append-only history,
    and the links between claims."""
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
    claims = db.table("claims")  # db["claims"] could be a view, as far as the types know
    claims.enable_fts(
        ["text", "sentence", "subject", "location", "attribution"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    claims.populate_fts(["text", "sentence", "subject", "location", "attribution"])


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


@migrations()
def m009_place(db: Database) -> None:
    """A claim's place in the gazetteer (workbench/located.py), as JSON: "" when the
    gazetteer knows none of its names, NULL until looked up (claims stored before
    are looked up by the next ingest, `match --all` or `gazetteer add`)."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN place TEXT;
        CREATE INDEX claims_unplaced ON claims(id) WHERE place IS NULL;
        """
    )


migrations()(m011_curation)  # the bodies of m010 to m012 are in migrations_curation.py
migrations()(m010_corrections)
migrations()(m012_language)
migrations()(m013_captures)  # the bodies from m013 on are in migrations_sources.py
migrations()(m014_comment_languages)
migrations()(m015_voice_identity)
migrations()(m016_note_times)
migrations()(m017_earlier_figures)
migrations()(m018_parts)
migrations()(m019_archived_grades)
migrations()(m020_archived_by_document)
migrations()(m021_archived_events)
migrations()(m022_figure_denied)

SCHEMA_VERSION = len(migrations._migrations)
_KNOWN_MIGRATIONS = frozenset(m.name for m in migrations._migrations)


def pending(db: Database, path: str) -> bool:
    """Whether migrations are to be applied; a newer database is refused."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    applied = _applied(db)
    if version > SCHEMA_VERSION or applied - _KNOWN_MIGRATIONS:
        theirs = max(version, len(applied))
        raise WorkbenchError(
            f"{path}: made by a newer Workbench (schema version {theirs}, this one "
            f"knows {SCHEMA_VERSION}); upgrade Workbench to open it"
        )
    return applied != _KNOWN_MIGRATIONS


def upgrade(db: Database, path: str) -> None:
    """Apply the pending migrations and record the version, inside the caller's write
    transaction; a SQLite database that is not a Workbench one is refused."""
    tables = db.table_names()
    if tables and "documents" not in tables and not _applied(db):
        raise DatabaseDamaged(path, "a SQLite database, but not a Workbench one")
    migrations.apply(db)
    db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _applied(db: Database) -> set[str]:
    return {m.name for m in migrations.applied(db)}
