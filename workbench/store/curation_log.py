"""The curation log: every change an analyst (or the machine, as "workbench") makes to
voices and documents, appended inside the caller's write transaction."""

from __future__ import annotations

import json
import sqlite3

from workbench.store.values import now


def log(
    conn: sqlite3.Connection,
    subject: str,
    target: str,
    action: str,
    old: object,
    new: object,
    analyst: str,
) -> None:
    """Append a change to the curation log, inside the caller's write transaction; a
    value that is not text is kept as JSON."""
    conn.execute(
        "INSERT INTO curation_log (subject, target, action, old, new, analyst, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [subject, target, action, _text(old), _text(new), analyst, now()],
    )


def _text(value: object) -> str | None:
    return value if value is None or isinstance(value, str) else json.dumps(value)
