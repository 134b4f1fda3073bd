"""The bodies of the migrations after m012 (`migrations.py` registers each, in order,
at its end): what a fetched page, a new version of a source and a revised figure
keep. Never edit one applied; a new one goes after the last."""

from __future__ import annotations

from sqlite_utils import Database

from workbench.store.voice_merges import merge_same, voice_identity


def m013_captures(db: Database) -> None:
    """Evidence and versions (issue 19). `captures`: a fetched page (or a PDF, or
    text read from standard input) as it came: its bytes compressed with zlib, their
    SHA-256, the fetch time, the address asked and the final one, the HTTP status,
    the content type, the redirects followed (a JSON list of [status, url]) and the
    author the page names; one per document, removed with it. `versions`: a
    document that is a new version of an earlier one of the same source (URL or
    file path), kept beside it. `figure_changes`: a claim of a new version whose
    figure differs from the claim saying the same thing in the version before.
    `documents.page_starts`: where each page of a PDF starts in its text (offsets,
    space-separated), so that a report cites a claim's page."""
    db.executescript(
        """
        ALTER TABLE documents ADD COLUMN page_starts TEXT;
        CREATE TABLE captures (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            requested_url TEXT NOT NULL,
            final_url TEXT NOT NULL,
            status INTEGER NOT NULL,
            content_type TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            raw BLOB NOT NULL,
            redirects TEXT NOT NULL DEFAULT '[]',
            author TEXT
        );
        CREATE INDEX captures_requested ON captures(requested_url);
        CREATE TABLE versions (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            previous_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
            source TEXT NOT NULL,
            diff TEXT NOT NULL
        );
        CREATE INDEX versions_previous ON versions(previous_id);
        CREATE TABLE figure_changes (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            previous_claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (claim_id, previous_claim_id)
        );
        CREATE INDEX figure_changes_previous ON figure_changes(previous_claim_id);
        """
    )


def m014_comment_languages(db: Database) -> None:
    """Issue 18: `documents.comment_languages`, the languages other than the
    document's its comments are written in (space-separated ISO 639-1 codes), which
    `sources` shows beside the document's."""
    db.execute("ALTER TABLE documents ADD COLUMN comment_languages TEXT")


def m015_voice_identity(db: Database) -> None:
    """A trial's voices "U.N.", "UN" and "United Nations" were three independent
    voices, "Mayor X Y" and "X Y" two. `voices.identity`: what a voice's name comes to
    once spelling, acronyms and a person's title are set aside
    (`voice_merges.voice_identity`); a voice stored of the identity of one stored
    before it is merged into that one, as `voice merge` would, by the analyst
    "workbench" (`voice unmerge` takes it back). A voice the analyst curated (named,
    merged, relaying) is left as it is."""
    conn = db.conn
    conn.execute("ALTER TABLE voices ADD COLUMN identity TEXT")
    rows = conn.execute("SELECT id, key, name FROM voices ORDER BY id").fetchall()
    for voice_id, key, name in rows:
        conn.execute(
            "UPDATE voices SET identity = ? WHERE id = ?", [voice_identity(key, name), voice_id]
        )
    conn.execute("CREATE INDEX voices_identity ON voices(identity)")
    for _voice_id, key, _name in rows:
        merge_same(conn, key)


def m016_note_times(db: Database) -> None:
    """A trial's note on a verdict moved the verdict's time: a note is no new verdict.
    `verdicts.noted_at` and `noted_by`: when and by whom the note was last written;
    `decided_at` and `analyst` stay the verdict's. A note written before this
    migration is taken as written with its verdict."""
    db.executescript(
        """
        ALTER TABLE verdicts ADD COLUMN noted_at TEXT;
        ALTER TABLE verdicts ADD COLUMN noted_by TEXT;
        UPDATE verdicts SET noted_at = decided_at, noted_by = analyst WHERE note IS NOT NULL;
        """
    )


def m017_earlier_figures(db: Database) -> None:
    """A trial's event was "contested" by the first toll of a report that itself gave
    the standing one ("had previously said 70 ... now stands at 93").
    `claims.earlier_figure`: 1 where the report gives the claim's figure as one a
    later figure of its own replaced (extract/earlier_figures.py); events leave it
    out of their figures. Claims stored before this migration read 0 until their
    documents are read again (`workbench reextract`)."""
    db.execute("ALTER TABLE claims ADD COLUMN earlier_figure INTEGER NOT NULL DEFAULT 0")


def m018_parts(db: Database) -> None:
    """Two trials' analysts could not say that a claim counts a part of a toll
    ("including five children") or that one read as a part is a whole toll.
    `claims.part`: the analyst's word (`claim edit --part`), 1 a part, 0 a whole
    toll; NULL, as every claim starts, lets its words decide (match/parts.py)."""
    db.execute("ALTER TABLE claims ADD COLUMN part INTEGER CHECK (part IN (0, 1))")


def m019_archived_grades(db: Database) -> None:
    """A trial removed a document and lost, unsaid, the credibility grade an analyst
    had given one of its claims: the archive kept verdicts, notes and links only.
    `archived_claims.credibility`: the claim's grade when removed, as JSON (grade,
    note, analyst, graded_at); NULL: none, or removed before this migration. The
    corrections of a removed claim stay in `claim_corrections` (no foreign key)."""
    db.execute("ALTER TABLE archived_claims ADD COLUMN credibility TEXT")


def m020_archived_by_document(db: Database) -> None:
    """Every document stored looks for the claims archived with a removed copy of its
    content (`archive.restore_archived`, `Store.archived_twins`): an index on
    `archived_claims.document_sha256` keeps that a look-up, not a scan of the whole
    archive, on each ingest."""
    db.execute("CREATE INDEX archived_claims_document ON archived_claims(document_sha256)")


def m021_archived_events(db: Database) -> None:
    """A trial merged a document's claims into an event, removed the document and
    loaded it again: verdicts and links came back, but a claim read again sat alone in
    a new event. `archived_claims.event`: the event an analyst placed the claim in
    (or held it in, by a merge) when removed, as JSON (event_id, placed_by); NULL:
    the machine's placement, or removed before this migration."""
    db.execute("ALTER TABLE archived_claims ADD COLUMN event TEXT")


def m022_figure_denied(db: Database) -> None:
    """A trial's army "démentent formellement le bilan de 42 morts" was stored as the
    army's own 42, corroborating the figure it denied. `claims.figure_denied`: 1 where
    the claim's figure is the one its voice denies (extract/denial.py), which disputes
    claims of that figure and stays out of an event's figures. Claims stored before
    read 0 until their documents are read again (`workbench reextract`)."""
    db.execute("ALTER TABLE claims ADD COLUMN figure_denied INTEGER NOT NULL DEFAULT 0")
