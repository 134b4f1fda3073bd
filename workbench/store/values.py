"""What the store's columns may hold, and the time stamps it writes.

The verdicts, source grades, link states and link relations the schema's CHECK
constraints and the store's writes accept, as plain strings read from the typed
vocabulary (workbench/vocabulary.py); the shells offer the same lists. `now` is the
one clock every write reads.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from workbench.vocabulary import GRADES, LINK_STATES, RELATIONS, STATUSES

__all__ = ["GRADES", "LINK_STATES", "RELATIONS", "REVIEWED", "STATUSES"]

REVIEWED = STATUSES[1:]  # every verdict but "unreviewed"


def now() -> str:
    """The time stamps Workbench stores: UTC, ISO 8601, to the millisecond (so that
    a verdict and a document loaded in the same second are still ordered)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def fresh_id(conn: sqlite3.Connection, table: str, last_key: str) -> int:
    """Inside a write: an id for a new row of `table` that no row of it ever had, and
    noted as the last given under `last_key` in `meta`. SQLite gives the highest id
    again once its row is deleted, and an id the analyst noted ("event 18", "document
    5") or a log wrote must never come to name another thing."""
    last = conn.execute("SELECT value FROM meta WHERE key = ?", [last_key]).fetchone()
    highest = conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    new_id = max(int(last[0]) if last else 0, int(highest)) + 1
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [last_key, str(new_id)],
    )
    return new_id


# an analyst's credibility grades of claims, the ids given as the placeholders `{marks}`
GRADES_OF_CLAIMS = (
    "SELECT claim_id, grade, note, analyst, graded_at FROM claim_credibility"
    " WHERE claim_id IN ({marks})"
)
