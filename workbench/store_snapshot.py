"""One picture of the database: a read transaction that many reads share, and a line
that tells whether two readers (two processes) see the same database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from workbench.store_guard import guarded

_STATE = (
    "SELECT COUNT(*), MAX(id) FROM documents",
    "SELECT COUNT(*), MAX(id) FROM claims",
    "SELECT COUNT(*), MAX(updated_at), TOTAL(length(state) * id) FROM links",
    "SELECT COUNT(*), MAX(id) FROM verdict_history",
    "SELECT COUNT(stale_at), MAX(stale_at) FROM verdicts",
    "SELECT COUNT(*), TOTAL(unicode(grade) * id), TOTAL(length(note)) FROM voices",
    "SELECT COUNT(*), MAX(updated_at), TOTAL(length(summary)) FROM events",
    "SELECT COUNT(*), TOTAL(event_id * claim_id) FROM event_claims",
    "SELECT COUNT(*), MAX(graded_at) FROM claim_credibility",
)


@guarded
class Snapshots:
    """What `Store` reads in one picture; it gives `db`, `path` and `_local`."""

    db: Database
    path: str
    _local: threading.local

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction on this thread's connection: all read inside it sees
        the database as it stood at the first read, whatever other processes commit
        meanwhile (an export is one picture). Nothing is written inside it."""
        conn = self.db.conn
        conn.execute("BEGIN")
        self._local.reading = True
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot
            yield
        finally:
            self._local.reading = False
            if conn.in_transaction:
                conn.execute("COMMIT")

    def is_reading(self) -> bool:
        """Inside `reading` on this thread: writing would fail, so nothing is written."""
        return bool(getattr(self._local, "reading", False))

    def state(self) -> str:
        """What the database holds, in a line that changes whenever an analyst or an
        ingest changes anything an export reads: two readers who get the same line
        read the same database."""
        return ":".join(str(self.db.execute(sql).fetchone()) for sql in _STATE)
