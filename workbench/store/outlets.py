"""A document's outlet changed (`document edit --outlet`): the claims its old outlet
spoke in its own name move to the new outlet's voice, an analyst's merge of the old
one standing, inside the caller's write transaction (store/curation.py)."""

from __future__ import annotations

import sqlite3

from workbench.store.curation_log import log
from workbench.store.values import now
from workbench.store.voice_merges import merged_key
from workbench.store.voices import add_voice, machine_voice


def new_outlet(
    conn: sqlite3.Connection,
    document_id: int,
    document: tuple[str, str, str | None],
    outlets: tuple[str | None, str | None],
    analyst: str,
) -> None:
    """A document's outlet changed from `outlets[0]` to `outlets[1]`: the claims the old
    outlet spoke in its own name (the document's (sha256, path, title)) speak in the
    new one's, those an analyst added in the outlet's voice too; a claim whose voice an
    analyst corrected stays. Where the analyst had merged the old outlet's voice into
    another, the merge stands: the new outlet's voice is merged into that one too, and
    its claims stay there (trial 75b: naming a communiqué's outlet took its claims out
    of the army's merged voice, which the events then counted twice). The old outlet's
    voice goes where it now speaks no claim and the analyst never touched it (no
    grade, note, merge or relay): a trial's eight "author of <headline>" voices stayed
    listed with no claim after their documents' outlets were named."""
    sha256, path, title = document
    old_key = machine_voice(None, None, None, (outlets[0], sha256, path, title))[0]
    speaks_as = merged_key(conn, old_key)
    found = conn.execute("SELECT id FROM voices WHERE key = ?", [speaks_as]).fetchone()
    if found is not None:
        new_voice = machine_voice(None, None, None, (outlets[1], sha256, path, title))
        if speaks_as != old_key:
            _keep_merge(conn, new_voice, speaks_as, analyst)
        conn.execute(
            "UPDATE claims SET voice_id = ? WHERE document_id = ? AND voice_id = ?"
            " AND json_extract(machine, '$.voice') IS NULL",
            [add_voice(conn, *new_voice), document_id, found[0]],
        )
        _drop_unused_outlet(conn, found[0])


def _keep_merge(
    conn: sqlite3.Connection, new_voice: tuple[str, str, str], into: str, analyst: str
) -> None:
    """Merge a document's new outlet voice (key, name, kind) into the voice `into` the
    analyst merged its old outlet into, as `voice merge` would, and log it; nothing
    where the new outlet is that voice or has a curation of its own."""
    key, name, _ = new_voice
    if key == into or merged_key(conn, key) != key:
        return
    added = conn.execute(
        "INSERT INTO voice_curation (key, merged_into, analyst, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (key) DO NOTHING",
        [key, into, analyst, now()],
    ).rowcount
    if added:
        target = conn.execute("SELECT name FROM voices WHERE key = ?", [into]).fetchone()
        log(conn, "voice", key, "merge", name, target[0] if target else into, analyst)


def _drop_unused_outlet(conn: sqlite3.Connection, voice_id: int) -> None:
    """Delete an outlet's voice that speaks no claim, ungraded, unnoted, and named in no
    curation of voices (merged, merged into, relaying or relayed)."""
    conn.execute(
        "DELETE FROM voices WHERE id = ? AND kind = 'outlet' AND grade IS NULL AND note IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM claims WHERE voice_id = voices.id)"
        " AND NOT EXISTS (SELECT 1 FROM voice_curation c WHERE voices.key IN"
        " (c.key, c.merged_into, c.relays))",
        [voice_id],
    )
