"""The evidence kept beside every document (issue 19): the bytes as they came,
compressed with zlib, and their SHA-256; for a page fetched from the web the fetch
time, the addresses asked and reached, the HTTP status, the content type and the
redirects followed; for a local file or standard input (status 0,
`fetch.read_capture`) the time it was read and its path or "stdin". `document show
--raw` and the WARC export give them back."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

from workbench.errors import WorkbenchError
from workbench.ingest.fetch import Capture
from workbench.models import Claim, SourceDocument
from workbench.store.connection import Connection
from workbench.store.documents import insert_document

_COLUMNS = (
    "requested_url, final_url, status, content_type, raw, fetched_at, redirects, author, sha256"
)


class Captures(Connection):
    """The store's captures."""

    def add_captured(
        self, batch: Sequence[tuple[SourceDocument, Sequence[Claim], Capture]]
    ) -> list[int | None]:
        """Store documents with their claims and captures, in one transaction: for
        each, its id, or None when it is stored already (`Documents.add_documents`)."""
        with self._write() as conn:
            return [_insert(conn, doc, claims, capture) for doc, claims, capture in batch]

    def capture(self, document_id: int) -> Capture | None:
        """The capture kept for a document, or None for one loaded before Workbench
        kept a file's bytes. Raises WorkbenchError for no document of this id, or
        bytes that no longer match their stored SHA-256 (the evidence is damaged,
        and said so)."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM captures WHERE document_id = ?", [document_id]
        ).fetchone()
        if row is None:
            self._require_document(document_id)
            return None
        return _capture(document_id, row)

    def iter_captures(self) -> Iterator[tuple[int, Capture]]:
        """(document id, capture) for every page fetched from the web, oldest first, one
        at a time (the captures of local files and standard input are not web
        archives' records: `document show --raw` gives them back)."""
        rows = self.db.execute(
            f"SELECT document_id, {_COLUMNS} FROM captures WHERE status > 0 ORDER BY document_id"
        )
        for row in rows:
            yield row[0], _capture(row[0], row[1:])

    def fetched_urls(self, urls: Sequence[str]) -> set[str]:
        """Those of `urls` already fetched (asked for) once: a file of that name read
        from disk is not fetched."""
        found: set[str] = set()
        for url in urls:
            if self.db.execute(
                "SELECT 1 FROM captures WHERE requested_url = ? AND status > 0 LIMIT 1", [url]
            ).fetchone():
                found.add(url)
        return found


def _insert(
    conn: sqlite3.Connection, doc: SourceDocument, claims: Sequence[Claim], capture: Capture
) -> int | None:
    document_id = insert_document(conn, doc, claims)
    if document_id is None:
        return None
    conn.execute(
        "INSERT INTO captures (document_id, requested_url, final_url, status, content_type,"
        " fetched_at, sha256, size, raw, redirects, author)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            document_id,
            capture.requested_url,
            capture.final_url,
            capture.status,
            capture.content_type,
            capture.fetched_at,
            capture.sha256,
            len(capture.body),
            zlib.compress(capture.body, 6),
            json.dumps(capture.redirects),
            capture.author,
        ],
    )
    return document_id


def _capture(document_id: int, row: Sequence[Any]) -> Capture:
    requested, final, status, content_type, raw, fetched_at, redirects, author, sha256 = row
    try:
        body = zlib.decompress(bytes(raw))
    except zlib.error:
        raise WorkbenchError(f"document {document_id}: its stored capture is damaged") from None
    capture = Capture(
        requested_url=str(requested),
        final_url=str(final),
        status=int(status),
        content_type=str(content_type),
        body=body,
        fetched_at=str(fetched_at),
        redirects=[(int(s), str(u)) for s, u in json.loads(str(redirects))],
        author=str(author) if author is not None else None,
    )
    if capture.sha256 != sha256:
        raise WorkbenchError(
            f"document {document_id}: its stored capture does not match its SHA-256 {sha256}"
        )
    return capture
