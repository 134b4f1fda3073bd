"""The documents table: storing a read document whole, with its voices and claims,
and reading documents back (their list with counts, their text, which are stored,
which are not yet matched)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from workbench.errors import WorkbenchError
from workbench.ingest.pages import page_starts
from workbench.models import Claim, SourceDocument
from workbench.rows import DocumentRow
from workbench.store.archive import restore_archived
from workbench.store.claims import INSERT_CLAIM, claim_row
from workbench.store.connection import Connection, chunks
from workbench.store.curation import curated_document
from workbench.store.values import fresh_id, now
from workbench.store.versions import carry_edits, previous_version, record_version
from workbench.store.voices import add_voice, voice_of


class Documents(Connection):
    """The store's documents."""

    def has_document(self, sha256: str) -> bool:
        """Whether a document of this content (the sha256 of its bytes) is stored."""
        row = self.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha256]).fetchone()
        return row is not None

    def stored_as(self, sha256: str, path: str | None = None) -> int | None:
        """The id of the document an ingest skipped as stored already: the one of this
        content (the sha256 of its bytes), else the latest read from `path` (the same
        text from other bytes); None if neither is stored."""
        row = self.db.execute(
            "SELECT id FROM documents WHERE sha256 = ?"
            " UNION ALL SELECT MAX(id) FROM documents WHERE path = ? LIMIT 1",
            [sha256, path],
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def add_document(self, doc: SourceDocument, claims: Sequence[Claim]) -> int | None:
        """Store a document with all its claims in one transaction; None if the same
        content is already stored, or the same text from the same address
        (`store/versions.py`: other text from it is stored as a new version)."""
        return self.add_documents([(doc, claims)])[0]

    def add_documents(
        self, batch: Sequence[tuple[SourceDocument, Sequence[Claim]]]
    ) -> list[int | None]:
        """Store whole documents with all their claims in one transaction (one commit
        for many documents: each commit costs a full-text index segment); for each,
        its id, or None if the same content is already stored."""
        with self._write() as conn:
            return [insert_document(conn, doc, claims) for doc, claims in batch]

    def documents(self) -> list[DocumentRow]:
        """Every document with its claim counts by verdict, oldest first; a claim the
        analyst dismissed as none is not counted. A version of a source read more than
        once (`versions`) has the ids of the versions before and after it, its
        number (1 the first) and how many versions its address has; None for the rest."""
        rows = self._rows(
            DocumentRow,
            """
            SELECT d.id, d.path, d.sha256, d.format, d.title, d.outlet, d.url, d.published,
                   d.loaded_at, d.language, d.comment_languages, d.page_starts, cap.fetched_at,
                   cap.sha256 AS capture_sha256, CASE WHEN cap.status > 0 THEN 'web'
                   WHEN cap.final_url = 'stdin' THEN 'stdin' WHEN cap.document_id IS NOT NULL
                   THEN 'file' END AS captured_from, COUNT(c.id) AS claims,
                   COUNT(DISTINCT c.voice_id) AS voices,
                   COUNT(CASE v.status WHEN 'confirmed' THEN 1 END) AS confirmed,
                   COUNT(CASE v.status WHEN 'disputed' THEN 1 END) AS disputed,
                   COUNT(CASE v.status WHEN 'false' THEN 1 END) AS false_claims,
                   COUNT(CASE v.status WHEN 'unverifiable' THEN 1 END) AS unverifiable,
                   (SELECT w.previous_id FROM versions w WHERE w.document_id = d.id)
                       AS previous_version,
                   (SELECT MIN(w.document_id) FROM versions w WHERE w.previous_id = d.id)
                       AS next_version
            FROM documents d
            LEFT JOIN captures cap ON cap.document_id = d.id
            LEFT JOIN claims c ON c.document_id = d.id AND c.dismissed = 0
            LEFT JOIN verdicts v ON v.claim_id = c.id
            GROUP BY d.id
            ORDER BY d.id
            """,
        )
        return numbered_versions(rows)

    def document_text(self, document_id: int) -> str:
        """The text of a document as it was read."""
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise WorkbenchError(f"no document with id {document_id}")
        return str(row[0])

    def document_leads(self, document_ids: Sequence[int], length: int) -> dict[int, str]:
        """The first `length` characters of each document's text: its lead, where a
        report tells what happened before it counts."""
        found: dict[int, str] = {}
        for ids, marks in chunks(sorted(set(document_ids))):
            query = f"SELECT id, substr(text, 1, ?) FROM documents WHERE id IN ({marks})"
            found.update((r[0], r[1]) for r in self.db.execute(query, [length, *ids]))
        return found

    def document_metadata(self, document_id: int) -> dict[str, str | None]:
        """A stored document's title, outlet, url, published (ISO date) and language,
        as an ingest's metadata names them; an unknown id is an error."""
        row = self.db.execute(
            "SELECT title, outlet, url, published, language FROM documents WHERE id = ?",
            [document_id],
        ).fetchone()
        if row is None:
            raise WorkbenchError(f"no document with id {document_id}")
        names = ("title", "outlet", "url", "published", "language")
        return dict(zip(names, row, strict=True))

    def document_names(self, limit: int) -> list[str]:
        """File names of the latest documents, newest first."""
        rows = self.db.execute("SELECT name FROM documents ORDER BY id DESC LIMIT ?", [limit])
        return [r[0] for r in rows]

    def unmatched_documents(self) -> list[int]:
        """Documents stored and never matched: an ingest stopped between the two."""
        rows = self.db.execute("SELECT id FROM documents WHERE matched_at IS NULL ORDER BY id")
        return [r[0] for r in rows]


def mark_matched(conn: sqlite3.Connection, documents: Sequence[int] | None, at: str) -> None:
    """Record, inside the caller's write transaction, that these documents' claims (None:
    every unmatched document's) were matched at `at`."""
    if documents is None:
        conn.execute("UPDATE documents SET matched_at = ? WHERE matched_at IS NULL", [at])
        return
    for ids, marks in chunks(documents):
        conn.execute(f"UPDATE documents SET matched_at = ? WHERE id IN ({marks})", [at, *ids])


def insert_document(
    conn: sqlite3.Connection, doc: SourceDocument, claims: Sequence[Claim]
) -> int | None:
    """Store a document and its claims in the caller's write transaction: its id, or
    None when the same content (its sha256) is stored, or the same text read from
    the same address. Other text from an address already read is stored as a new
    version of the document before (`versions.record_version`)."""
    if conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", [doc.sha256]).fetchone():
        return None
    previous = previous_version(conn, doc)
    if previous is not None and previous.text == doc.text:
        return None
    if previous is not None:
        carry_edits(conn, previous, doc)
    doc = curated_document(conn, doc)  # a document edited, removed and loaded again
    document_id = fresh_id(conn, "documents", "last_document_id")
    conn.execute(
        "INSERT INTO documents (id, path, name, sha256, format, title, outlet, url, published,"
        " text, loaded_at, language, comment_languages, page_starts)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            document_id,
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
            doc.language,
            " ".join(doc.comment_languages) or None,
            " ".join(map(str, page_starts(doc.text))) if doc.format == "pdf" else None,
        ],
    )
    voices: dict[tuple[str, str, str], int] = {}
    rows = []
    for claim in claims:
        voice = voice_of(doc, claim)
        if voice not in voices:
            voices[voice] = add_voice(conn, *voice)
        rows.append(claim_row(document_id, voices[voice], claim, doc.path))
    conn.executemany(INSERT_CLAIM, rows)
    restore_archived(conn, document_id, doc.sha256)
    if previous is not None:
        record_version(conn, document_id, previous, doc)
    return document_id


def numbered_versions(rows: list[DocumentRow]) -> list[DocumentRow]:
    """`rows`, each version of a source numbered along its chain of versions (the
    `versions` table's previous and next documents): `version`, 1 the first, and
    `version_count`, how many the chain has; None for a source read once. A chain may
    join documents of other addresses (a NAME.json's `url` naming the same page: trial
    63 saw "v1 of 1, replaced by 6"), so it is walked, not counted by path."""
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row["version"] = row["version_count"] = None
        if row["previous_version"] is not None or row["next_version"] is not None:
            before = _walk(by_id, row, "previous_version")
            row["version"] = before + 1
            row["version_count"] = before + 1 + _walk(by_id, row, "next_version")
    return rows


def _walk(
    by_id: dict[int, DocumentRow],
    row: DocumentRow,
    step: Literal["previous_version", "next_version"],
) -> int:
    """How many versions lie from `row` along `step` ("previous_version" or
    "next_version") among `by_id`'s documents."""
    seen = {row["id"]}
    following = row[step]
    while following in by_id and following not in seen:
        seen.add(following)
        following = by_id[following][step]
    return len(seen) - 1
