"""The events, event_claims, event_log and meta tables: claims grouped by incident,
as the machine groups them and as an analyst moves, merges and names them (an
analyst's hand is held against regrouping and logged), and each event's summary
kept until what it was worked out from changes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from workbench.errors import NameChanged, WorkbenchError
from workbench.event_rows import DatedEventRow, EventLogRow, EventRow, EventSummaryRow
from workbench.models import Seen
from workbench.store.claims import require_claim
from workbench.store.connection import Connection, chunks
from workbench.store.values import fresh_id, now

if TYPE_CHECKING:
    from workbench.events import Group


EMPTIED = "emptied"  # the event_log's action for an event that emptied and went
# how an analyst's edit of events empties one, in "it emptied when events were ..."
_EMPTIED_BY = {"merge": "merged", "move": "moved", "split": "split"}


class Events(Connection):
    """The store's events."""

    # -- the machine's grouping and summaries -----------------------------

    def events_fingerprint(self) -> str:
        """What events are grouped from, in a line: it changes when claims or links do."""
        claims = self.db.execute("SELECT COUNT(*), MAX(id) FROM claims").fetchone()
        links = self.db.execute("SELECT COUNT(*), MAX(updated_at) FROM links").fetchone()
        return f"{claims[0]}:{claims[1]}:{links[0]}:{links[1]}"

    def events_grouped_from(self) -> str | None:
        """The `events_fingerprint` the events were last grouped from; None if never."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'events_grouped'").fetchone()
        return None if row is None else str(row[0])

    def event_placements(self) -> list[tuple[int, int, str | None]]:
        """(claim id, event id, the analyst who placed it or None) for every claim."""
        rows = self.db.execute("SELECT claim_id, event_id, placed_by FROM event_claims")
        return [(r[0], r[1], r[2]) for r in rows]

    def save_grouping(self, groups: Sequence[Group], fingerprint: str) -> None:
        """The machine's grouping, in one transaction: new events made, the claims it
        placed moved, claims an analyst placed left as they are, empty events removed."""
        with self._write() as conn:
            before = _members(conn)
            conn.execute("DELETE FROM event_claims WHERE placed_by IS NULL")
            for g in groups:
                # an event another process's grouping emptied and dropped since this
                # one read the events is made anew (its claims are what it held)
                event_id = g.event_id
                if event_id is None or not _event_exists(conn, event_id):
                    event_id = _new_event(conn)
                conn.executemany(
                    "INSERT INTO event_claims (claim_id, event_id) VALUES (?, ?)"
                    " ON CONFLICT (claim_id) DO NOTHING",
                    [(claim_id, event_id) for claim_id in g.claim_ids],
                )
            _drop_empty_events(conn, before, "regrouped", "")
            conn.execute("UPDATE events SET summary = NULL")
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('events_grouped', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [fingerprint],
            )

    def unsummed_events(self) -> list[EventRow]:
        """The events whose summary must be worked out again."""
        return self._rows(
            EventRow, "SELECT id, name, named_by FROM events WHERE summary IS NULL ORDER BY id"
        )

    def save_event_summaries(self, summaries: Sequence[tuple[int, str]]) -> None:
        """(event id, summary JSON): kept until the event's claims, links or name change."""
        with self._write() as conn:
            conn.executemany(
                "UPDATE events SET summary = ? WHERE id = ?", [(s, i) for i, s in summaries]
            )

    # -- reading ----------------------------------------------------------

    def iter_events(self, corroborated_or_contested: bool = False) -> Iterator[EventSummaryRow]:
        """Every event with its summary (JSON), read as consumed; or only those of more
        than one independent voice or contested, the ones a report sets out."""
        where = (
            " WHERE json_extract(summary, '$.voices') > 1 OR json_extract(summary, '$.contested')"
            if corroborated_or_contested
            else ""
        )
        yield from self._iter_rows(
            EventSummaryRow, f"SELECT id, summary FROM events{where} ORDER BY id"
        )

    def count_events(self, claim_ids: Sequence[int] | None = None) -> int:
        """How many events there are, or how many hold one of these claims."""
        if claim_ids is None:
            return int(self.db.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        events: set[int] = set()
        for ids, marks in chunks(claim_ids):
            rows = self.db.execute(
                f"SELECT DISTINCT event_id FROM event_claims WHERE claim_id IN ({marks})", ids
            )
            events.update(r[0] for r in rows)
        return len(events)

    def event_names(self) -> dict[int, tuple[int, str]]:
        """Each claim's event and the event's name (the analyst's, else the machine's,
        from the summary kept), by claim id."""
        rows = self.db.execute(
            "SELECT ec.claim_id, e.id, COALESCE(e.name, json_extract(e.summary, '$.name'))"
            " FROM event_claims ec JOIN events e ON e.id = ec.event_id"
        )
        return {r[0]: (r[1], r[2] or "") for r in rows}

    def event(self, event_id: int) -> DatedEventRow:
        """An event's name, who named it and when it was made and changed."""
        rows = self._rows(
            DatedEventRow,
            "SELECT id, name, named_by, created_at, updated_at FROM events WHERE id = ?",
            [event_id],
        )
        if not rows:
            raise _no_event(self.db.conn, event_id)
        return rows[0]

    def event_of(self, claim_id: int) -> int | None:
        """The event a claim is in; None if it is in none."""
        return _event_of(self.db.conn, claim_id)

    def event_members(self, event_id: int) -> list[int]:
        """The ids of an event's claims, in order."""
        rows = self.db.execute(
            "SELECT claim_id FROM event_claims WHERE event_id = ? ORDER BY claim_id", [event_id]
        )
        return [r[0] for r in rows]

    def event_log(self, event_id: int) -> list[EventLogRow]:
        """What analysts did to an event, oldest first."""
        return self._rows(
            EventLogRow,
            "SELECT event_id, action, detail, analyst, at FROM event_log"
            " WHERE event_id = ? ORDER BY id",
            [event_id],
        )

    # -- an analyst's hand ------------------------------------------------

    def rename_event(
        self, event_id: int, name: str, analyst: str, seen: Seen | None = None
    ) -> None:
        """Name an event as the analyst says, hold it as it stands, and log it. `seen`:
        the analyst's name the renaming analyst was shown (`Seen(None)`: the machine's);
        raises `NameChanged`, writing nothing, where the event's name is no longer it."""
        with self._write() as conn:
            _require_event(conn, event_id)
            if seen is not None:
                _check_name(conn, event_id, seen)
            conn.execute(
                "UPDATE events SET name = ?, named_by = ?, updated_at = ? WHERE id = ?",
                [name, analyst, now(), event_id],
            )
            _hold(conn, [event_id], analyst)
            _log(conn, event_id, "rename", name, analyst)

    def place_claims(
        self,
        claim_ids: Sequence[int],
        event_id: int | None,
        analyst: str,
        action: str,
        merged: Sequence[int] = (),
    ) -> int:
        """Put claims in an event (None: a new one) as the analyst says, and hold every
        event the change touches as it now stands; the event's id."""
        with self._write() as conn:
            for claim_id in claim_ids:
                require_claim(conn, claim_id, live=True)
            if event_id is None:
                event_id = _new_event(conn)
            else:
                _require_event(conn, event_id)
            touched = {event_id, *merged}
            for ids, marks in chunks(claim_ids):
                touched |= {
                    r[0]
                    for r in conn.execute(
                        f"SELECT event_id FROM event_claims WHERE claim_id IN ({marks})", ids
                    )
                }
            before = _members(conn, sorted(touched))
            conn.executemany(
                "INSERT INTO event_claims (claim_id, event_id, placed_by) VALUES (?, ?, ?)"
                " ON CONFLICT (claim_id) DO UPDATE SET event_id = excluded.event_id,"
                " placed_by = excluded.placed_by",
                [(claim_id, event_id, analyst) for claim_id in claim_ids],
            )
            _hold(conn, sorted(touched), analyst)
            _drop_empty_events(
                conn, before, f"{_EMPTIED_BY.get(action, action)} by {analyst}", analyst
            )
            _log(conn, event_id, action, " ".join(map(str, claim_ids)), analyst)
        return event_id


def _check_name(conn: sqlite3.Connection, event_id: int, seen: Seen) -> None:
    """Raise NameChanged where the event's analyst-given name is not the one `seen`."""
    name, named_by = conn.execute(
        "SELECT name, named_by FROM events WHERE id = ?", [event_id]
    ).fetchone()
    if name == seen.grade:
        return
    logged = conn.execute(
        "SELECT at FROM event_log WHERE event_id = ? AND action = 'rename' ORDER BY id DESC",
        [event_id],
    ).fetchone()
    at = logged[0] if logged else now()
    raise NameChanged(event_id, name or "", named_by or "another analyst", at)


def _new_event(conn: sqlite3.Connection) -> int:
    """A new event, under an id no event had before (`values.fresh_id`): an id the
    analyst noted ("event 18") never comes to name another incident once its event
    emptied and went."""
    at = now()
    event_id = fresh_id(conn, "events", "last_event_id")
    conn.execute(
        "INSERT INTO events (id, created_at, updated_at) VALUES (?, ?, ?)", [event_id, at, at]
    )
    return event_id


def _event_exists(conn: sqlite3.Connection, event_id: int) -> bool:
    return conn.execute("SELECT 1 FROM events WHERE id = ?", [event_id]).fetchone() is not None


def _require_event(conn: sqlite3.Connection, event_id: int) -> None:
    if not _event_exists(conn, event_id):
        raise _no_event(conn, event_id)


def _no_event(conn: sqlite3.Connection, event_id: int) -> WorkbenchError:
    """The error for an event id no event has, saying where the claims it last held are
    now where it emptied and went (a trial's analyst noted event 28, a voice merge
    regrouped its two claims into another, and `event-merge 2 5 28` said only that
    there was no event 28)."""
    row = conn.execute(
        "SELECT detail, at FROM event_log WHERE event_id = ? AND action = ?"
        " ORDER BY id DESC LIMIT 1",
        [event_id, EMPTIED],
    ).fetchone()
    if row is None:
        return WorkbenchError(f"no event with id {event_id}")
    why, _, held = row[0].partition(": ")
    claim_ids = [int(part) for part in held.split()]
    at = row[1][:16].replace("T", " ")
    return WorkbenchError(
        f"no event with id {event_id}: it emptied when events were {why} at {at} UTC;"
        f" {_whereabouts(conn, claim_ids)}"
    )


def _whereabouts(conn: sqlite3.Connection, claim_ids: Sequence[int]) -> str:
    """Where claims are now, in a phrase: "claims 90, 91 are in event 27"."""
    now_in: dict[int | None, list[int]] = {}
    for claim_id in claim_ids:
        now_in.setdefault(_event_of(conn, claim_id), []).append(claim_id)
    parts = [
        f"{'claim' if len(ids) == 1 else 'claims'} {', '.join(map(str, ids))}"
        f" {'is' if len(ids) == 1 else 'are'} "
        + (f"in event {event}" if event is not None else "in no event now")
        for event, ids in sorted(now_in.items(), key=lambda item: item[1][0])
    ]
    return "its " + "; ".join(parts)


def _event_of(conn: sqlite3.Connection, claim_id: int) -> int | None:
    row = conn.execute(
        "SELECT event_id FROM event_claims WHERE claim_id = ?", [claim_id]
    ).fetchone()
    return None if row is None else int(row[0])


def _members(
    conn: sqlite3.Connection, event_ids: Sequence[int] | None = None
) -> dict[int, list[int]]:
    """Event id -> the ids of its claims, of these events (None: of every event)."""
    members: dict[int, list[int]] = {}
    if event_ids is None:
        rows = list(conn.execute("SELECT event_id, claim_id FROM event_claims"))
    else:
        rows = []
        for ids, marks in chunks(event_ids):
            rows += conn.execute(
                f"SELECT event_id, claim_id FROM event_claims WHERE event_id IN ({marks})", ids
            ).fetchall()
    for event_id, claim_id in rows:
        members.setdefault(event_id, []).append(claim_id)
    return members


def _hold(conn: sqlite3.Connection, event_ids: Sequence[int], analyst: str) -> None:
    """Every claim of these events stays where it is until an analyst moves it: the
    machine's regrouping never undoes what an analyst has looked at."""
    for ids, marks in chunks(event_ids):
        conn.execute(
            f"UPDATE event_claims SET placed_by = ? WHERE placed_by IS NULL"
            f" AND event_id IN ({marks})",
            [analyst, *ids],
        )
        conn.execute(
            f"UPDATE events SET updated_at = ?, summary = NULL WHERE id IN ({marks})", [now(), *ids]
        )


def _drop_empty_events(
    conn: sqlite3.Connection, before: dict[int, list[int]], why: str, analyst: str
) -> None:
    """Remove the events left with no claim, each logged as EMPTIED with `why` and the
    claims it held `before` ("regrouped: 90 91"), so that its id can be told where
    they went (`_no_event`). `analyst`: who emptied it, "" for the machine."""
    gone = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM event_claims)"
        )
    ]
    at = now()
    conn.executemany(
        "INSERT INTO event_log (event_id, action, detail, analyst, at) VALUES (?, ?, ?, ?, ?)",
        [
            (
                event_id,
                EMPTIED,
                f"{why}: {' '.join(map(str, before.get(event_id, [])))}",
                analyst,
                at,
            )
            for event_id in gone
        ],
    )
    for ids, marks in chunks(gone):
        conn.execute(f"DELETE FROM events WHERE id IN ({marks})", ids)


def _log(conn: sqlite3.Connection, event_id: int, action: str, detail: str, analyst: str) -> None:
    conn.execute(
        "INSERT INTO event_log (event_id, action, detail, analyst, at) VALUES (?, ?, ?, ?, ?)",
        [event_id, action, detail, analyst, now()],
    )
