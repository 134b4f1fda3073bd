"""The bodies of migrations m010 to m012 (`migrations.py` registers each, in the order
they were first applied: m011 before m010): the analyst's curation of voices and
documents, corrections of claims, and each document's language. Never edit one
applied; a new one goes after the last."""

from __future__ import annotations

from sqlite_utils import Database


def m011_curation(db: Database) -> None:
    """The analyst's curation of voices and documents, kept apart from what re-deriving
    rewrites: voices keyed by their key (voices.key, which every ingest derives again),
    documents by the sha256 of their content; an append-only log of every change (who,
    when, old, new); and the claims of a removed document archived with their verdict
    history, which may then, and only then, leave verdict_history."""
    db.executescript(
        """
        CREATE TABLE voice_curation (
            key TEXT PRIMARY KEY,  -- voices.key of the voice curated
            name TEXT,             -- the analyst's name for it; NULL: the machine's
            merged_into TEXT,      -- the key of the voice it is one with
            relays TEXT,           -- the key of the voice whose word it passes on
            analyst TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE document_curation (
            sha256 TEXT NOT NULL,  -- documents.sha256: the document's content
            field TEXT NOT NULL CHECK (field IN ('title', 'outlet', 'url', 'published')),
            value TEXT,            -- NULL: none
            analyst TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (sha256, field)
        );
        CREATE TABLE curation_log (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL CHECK (subject IN ('voice', 'document')),
            target TEXT NOT NULL,  -- a voice's key, a document's sha256
            action TEXT NOT NULL,
            old TEXT,
            new TEXT,
            analyst TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX curation_log_target ON curation_log(subject, target);
        CREATE TRIGGER curation_log_no_update BEFORE UPDATE ON curation_log
            BEGIN SELECT RAISE(ABORT, 'the curation log is append-only'); END;
        CREATE TRIGGER curation_log_no_delete BEFORE DELETE ON curation_log
            BEGIN SELECT RAISE(ABORT, 'the curation log is append-only'); END;
        CREATE TABLE archived_claims (
            claim_id INTEGER PRIMARY KEY,
            document_sha256 TEXT NOT NULL,
            document_path TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            category TEXT NOT NULL,
            voice TEXT NOT NULL,
            status TEXT,           -- the verdict when removed; NULL: none
            note TEXT,
            analyst TEXT,
            decided_at TEXT,
            links TEXT NOT NULL,   -- JSON: the links an analyst decided or made
            removed_by TEXT NOT NULL,
            removed_at TEXT NOT NULL
        );
        CREATE TABLE archived_verdict_history (
            id INTEGER PRIMARY KEY,  -- its id in verdict_history
            claim_id INTEGER NOT NULL,
            old_status TEXT NOT NULL,
            new_status TEXT NOT NULL,
            note TEXT,
            analyst TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX archived_verdict_history_claim ON archived_verdict_history(claim_id);
        CREATE TRIGGER archived_claims_no_update BEFORE UPDATE ON archived_claims
            BEGIN SELECT RAISE(ABORT, 'the archive is append-only'); END;
        CREATE TRIGGER archived_claims_no_delete BEFORE DELETE ON archived_claims
            BEGIN SELECT RAISE(ABORT, 'the archive is append-only'); END;
        CREATE TRIGGER archived_verdict_history_no_update
            BEFORE UPDATE ON archived_verdict_history
            BEGIN SELECT RAISE(ABORT, 'the archive is append-only'); END;
        CREATE TRIGGER archived_verdict_history_no_delete
            BEFORE DELETE ON archived_verdict_history
            BEGIN SELECT RAISE(ABORT, 'the archive is append-only'); END;
        DROP TRIGGER verdict_history_no_delete;
        CREATE TRIGGER verdict_history_no_delete BEFORE DELETE ON verdict_history
            WHEN NOT EXISTS (SELECT 1 FROM archived_verdict_history a WHERE a.id = OLD.id)
            BEGIN SELECT RAISE(ABORT, 'verdict history is append-only'); END;
        """
    )


def m010_corrections(db: Database) -> None:
    """The analyst's corrections of claims: an append-only history of each field
    changed (who, when, old and new value as JSON, a note); on the claim, the
    machine's reading of each field an analyst corrected (`machine`, JSON, NULL: none
    corrected), whether an analyst dismissed it as no claim, and who added it by
    hand (`added_by`, NULL: the extractor found it). `claim_id` is no foreign key:
    the history of a claim removed with its document stays as the record."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN machine TEXT;
        ALTER TABLE claims ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE claims ADD COLUMN added_by TEXT;
        CREATE INDEX claims_dismissed ON claims(id) WHERE dismissed = 1;
        CREATE TABLE claim_corrections (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            note TEXT,
            analyst TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX claim_corrections_claim ON claim_corrections(claim_id);
        CREATE TRIGGER claim_corrections_no_update BEFORE UPDATE ON claim_corrections
            BEGIN SELECT RAISE(ABORT, 'the corrections history is append-only'); END;
        CREATE TRIGGER claim_corrections_no_delete BEFORE DELETE ON claim_corrections
            BEGIN SELECT RAISE(ABORT, 'the corrections history is append-only'); END;
        """
    )


def m012_language(db: Database) -> None:
    """Each document's language, an ISO 639-1 code (`ingest/language.py`): detected
    at ingest or given by the analyst (`ingest --language`, `document edit
    --language`); NULL for documents stored before (read as English, detected again
    by `reextract`). The analyst's document edits may now set the language: their
    table is made again with the wider check (SQLite alters no constraint)."""
    db.executescript(
        """
        ALTER TABLE documents ADD COLUMN language TEXT;
        CREATE TABLE document_curation_new (
            sha256 TEXT NOT NULL,
            field TEXT NOT NULL
                CHECK (field IN ('title', 'outlet', 'url', 'published', 'language')),
            value TEXT,
            analyst TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (sha256, field)
        );
        INSERT INTO document_curation_new SELECT * FROM document_curation;
        DROP TABLE document_curation;
        ALTER TABLE document_curation_new RENAME TO document_curation;
        """
    )
