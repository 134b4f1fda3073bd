"""Voices of one identity made one (`voice_names.identity`: "U.N." and "UN",
"Mayor X Y" and "X Y"), inside the caller's write transaction: by `add_voice` for a
voice new to the store, and by the migration that gave voices their identity for
those stored before. Also the chain of merges a voice's key follows (`merged_key`).
Plain sqlite3 on the connection the caller holds, so that a migration can call it.
"""

from __future__ import annotations

import sqlite3

from workbench.store.values import now
from workbench.store.voice_identity import identity

COUNTRY_MARK = "@"  # in a voice's key, before the country of a voice that names no one


AUTOMATIC = "workbench"  # the analyst of the merges of voices of one identity


def voice_identity(key: str, name: str) -> str:
    """The identity of a voice (voices.identity): a speaker's, not a country's, is
    "speaker:" and its name's `voice_names.identity`; any other's is its key."""
    if key.startswith("speaker:") and COUNTRY_MARK not in key:
        return f"speaker:{identity(name)}"
    return key


def merge_same(conn: sqlite3.Connection, key: str) -> bool:
    """Merge the voice of `key` into the first voice stored of its identity, inside the
    caller's write transaction, unless the analyst curated it already (named, merged,
    relaying, or a merge taken back) or it is that voice. Whether it merged."""
    row = conn.execute(
        "SELECT vo.id, vo.name, vo.identity FROM voices vo WHERE vo.key = ?"
        " AND NOT EXISTS (SELECT 1 FROM voice_curation vc WHERE vc.key = vo.key)",
        [key],
    ).fetchone()
    if row is None:
        return False
    voice_id, name, same = row
    first = conn.execute(
        "SELECT key FROM voices WHERE identity = ? AND id < ? ORDER BY id LIMIT 1",
        [same, voice_id],
    ).fetchone()
    if first is None:
        return False
    into = merged_key(conn, first[0])
    if into == key:
        return False
    into_row = conn.execute("SELECT id, name FROM voices WHERE key = ?", [into]).fetchone()
    at = now()
    conn.execute(
        "INSERT INTO voice_curation (key, merged_into, analyst, updated_at) VALUES (?, ?, ?, ?)",
        [key, into, AUTOMATIC, at],
    )
    conn.execute("UPDATE claims SET voice_id = ? WHERE voice_id = ?", [into_row[0], voice_id])
    conn.execute(
        "INSERT INTO curation_log (subject, target, action, old, new, analyst, at)"
        " VALUES ('voice', ?, 'merge', ?, ?, ?, ?)",
        [key, name, into_row[1], AUTOMATIC, at],
    )
    conn.execute("DELETE FROM meta WHERE key = 'events_grouped'")
    return True


def merged_key(conn: sqlite3.Connection, key: str) -> str:
    """The key of the voice `key` speaks as: the voice the analyst merged it into (and
    that one's, in turn), else `key` itself."""
    seen = {key}
    while True:
        row = conn.execute(
            "SELECT merged_into FROM voice_curation WHERE key = ? AND merged_into IS NOT NULL",
            [key],
        ).fetchone()
        if row is None or row[0] in seen:
            return key
        key = row[0]
        seen.add(key)
