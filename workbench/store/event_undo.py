"""Taking back an analyst's edit of the events (a rename, merge, split or move): the
state of the claims it touched is read before and after the edit, and put back only
while the events still stand as the edit left them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from workbench.errors import EventsChanged
from workbench.event_rows import EventState
from workbench.store.connection import Connection, chunks
from workbench.store.events import EMPTIED, _drop_empty_events, _event_exists, _log, _members
from workbench.store.values import now

_DONE = {
    "rename": "renamed",
    "merge": "merged claims into",
    "split": "split claims off",
    "move": "moved a claim into",
    "undo": "undid an edit of",
}


class EventUndo(Connection):
    """The store's half of `u` on events."""

    def event_state(self, event_ids: Sequence[int]) -> EventState:
        """The claims of these events (ids of no event are passed over), where each is,
        who placed it, and the events' names: what an edit of them may change."""
        with self._write() as conn:  # one moment: no write between the two reads
            claims: list[int] = []
            for ids, marks in chunks(event_ids):
                claims += [
                    r[0]
                    for r in conn.execute(
                        f"SELECT claim_id FROM event_claims WHERE event_id IN ({marks})", ids
                    )
                ]
            return _state(conn, claims)

    def claims_event_state(self, claim_ids: Sequence[int]) -> EventState:
        """Where these claims are now and the events they are in (an `event_state`'s
        claims after an edit)."""
        with self._write() as conn:
            return _state(conn, claim_ids)

    def restore_event_state(self, before: EventState, after: EventState, analyst: str) -> None:
        """Put the claims and events back as `before` holds them, in one transaction:
        events the edit emptied come back under their ids and names, events it made
        go once empty, names are put back, and each event is logged as undone.

        Raises `EventsChanged`, writing nothing, where the claims or the events' names
        are no longer as the edit left them (`after`): another analyst edited them, a
        claim went with its document, or a regrouping moved one."""
        with self._write() as conn:
            now_state = _state(conn, before.claim_ids)
            if not now_state.same_as(after):
                raise _changed(conn, after, now_state)
            at = now()
            for event_id, name, named_by, made in before.events:
                if _event_exists(conn, event_id):
                    conn.execute(
                        "UPDATE events SET name = ?, named_by = ? WHERE id = ?",
                        [name, named_by, event_id],
                    )
                else:
                    conn.execute(
                        "INSERT INTO events (id, name, named_by, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [event_id, name, named_by, made, at],
                    )
            touched = sorted({e[0] for e in before.events} | {e[0] for e in after.events})
            held = _members(conn, touched)
            conn.executemany(
                "UPDATE event_claims SET event_id = ?, placed_by = ? WHERE claim_id = ?",
                [(event_id, by, claim_id) for claim_id, event_id, by in before.placements],
            )
            for ids, marks in chunks(touched):
                conn.execute(
                    f"UPDATE events SET updated_at = ?, summary = NULL WHERE id IN ({marks})",
                    [at, *ids],
                )
            _drop_empty_events(conn, held, f"undone by {analyst}", analyst)
            for event_id in touched:
                if _event_exists(conn, event_id):
                    _log(conn, event_id, "undo", " ".join(map(str, before.claim_ids)), analyst)


def _state(conn: sqlite3.Connection, claim_ids: Sequence[int]) -> EventState:
    """`EventState` of these claims, read on this connection."""
    placements: list[tuple[int, int, str | None]] = []
    for ids, marks in chunks(sorted(set(claim_ids))):
        placements += [
            (r[0], r[1], r[2])
            for r in conn.execute(
                "SELECT claim_id, event_id, placed_by FROM event_claims"
                f" WHERE claim_id IN ({marks}) ORDER BY claim_id",
                ids,
            )
        ]
    events: list[tuple[int, str | None, str | None, str]] = []
    for ids, marks in chunks(sorted({event for _claim, event, _by in placements})):
        events += [
            (r[0], r[1], r[2], r[3])
            for r in conn.execute(
                f"SELECT id, name, named_by, created_at FROM events WHERE id IN ({marks})"
                " ORDER BY id",
                ids,
            )
        ]
    logged = conn.execute("SELECT COALESCE(MAX(id), 0) FROM event_log").fetchone()[0]
    return EventState(tuple(sorted(placements)), tuple(sorted(events)), int(logged))


def _changed(conn: sqlite3.Connection, after: EventState, now_state: EventState) -> EventsChanged:
    """Why the events are not as an edit left them (`after`; `now_state` is how they
    stand): the latest analyst's edit of them since, else a regrouping or a removal."""
    ids = [e[0] for e in after.events]
    row = None
    for chunk, marks in chunks(sorted({*ids, *(e[0] for e in now_state.events)})):
        found = conn.execute(
            "SELECT event_id, action, analyst, at, id FROM event_log"
            f" WHERE event_id IN ({marks}) AND id > ? AND action != ? ORDER BY id DESC LIMIT 1",
            [*chunk, after.logged, EMPTIED],
        ).fetchone()
        if found is not None and (row is None or found[4] > row[4]):
            row = found
    if row is None:
        return EventsChanged(ids, "their claims were regrouped or removed since", None)
    when = row[3][:16].replace("T", " ")
    what = f"{row[2]} {_DONE.get(row[1], row[1])} event {row[0]} at {when} UTC"
    return EventsChanged(ids, what, row[2])
