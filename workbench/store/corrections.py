"""The claim_corrections table and the corrected claims: an analyst's change of a
claim's fields, a claim dismissed as none (and restored), a claim added by hand.

A correction is written into the claim's own row, so every reader (the queue, the
detail, the exports, matching, the events) sees the corrected value without knowing
corrections exist; the machine's reading of each corrected field is kept beside it
in `claims.machine` (JSON, `{field: value}`), and every change is appended to
`claim_corrections` (old and new value as JSON), which triggers keep append-only.
Values reach the store already checked by the service (workbench/service/fields.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from workbench.display import field_value
from workbench.errors import CorrectionChanged, WorkbenchError
from workbench.models import Category, Claim
from workbench.rows import CorrectionRow, VoiceRow
from workbench.store.claims import INSERT_CLAIM, Claims, claim_row
from workbench.store.connection import chunks
from workbench.store.events import _drop_empty_events, _event_of, _members
from workbench.store.gone import gone
from workbench.store.values import now
from workbench.store.voices import Voices, add_voice, normalise, refuse_a_number

# Each field an analyst may correct, and the column of `claims` that holds it.
FIELD_COLUMNS: dict[str, str] = {
    "value": "value",
    "low": "low",
    "high": "high",
    "qualifier": "qualifier",
    "category": "category",
    "subject": "subject",
    "side": "unit",
    "currency": "unit",  # a money claim's unit: its currency
    "actor": "actor",
    "place": "location",
    "date": "date",
    "voice": "voice_id",
    "scope": "scope",
    "hedged": "hedged",
    "part": "part",
    "denied": "figure_denied",
    "earlier": "earlier_figure",
}
# The fields stored as 0 or 1 and read back as bools.
_FLAGS = ("hedged", "denied", "earlier")
# A claim whose voice is the machine's: neither added by hand nor its voice corrected.
# What re-derives a voice (curation's unmerge, a document's new outlet) moves only these.
MACHINE_VOICED = "(added_by IS NULL AND json_extract(machine, '$.voice') IS NULL)"
_HISTORY = "SELECT claim_id, field, old_value, new_value, note, analyst, at FROM claim_corrections"


class Corrections(Voices, Claims):
    """The store's corrections of claims (built on `Claims`, and on `Voices`: a claim
    may be credited to another voice)."""

    def correct(
        self,
        claim_id: int,
        changes: Mapping[str, Any],
        note: str | None,
        analyst: str,
        since: int | None = None,
    ) -> list[CorrectionRow]:
        """Write the changed fields into the claim (field -> value as the column holds
        it, a voice by its id, `hedged` a bool) and append each change that alters the
        claim to its history, in one transaction; the rows appended (none when every
        value is the one it had). The machine's first reading of each field is kept.
        A dismissed claim is refused (WorkbenchError): it is restored first. `since`, a
        `correction_mark` read with the claim the analyst saw: raises
        `CorrectionChanged`, writing nothing, if another analyst corrected one of the
        fields this changes after it."""
        unknown = sorted(set(changes) - set(FIELD_COLUMNS))
        if unknown:
            raise WorkbenchError(f"no claim field {unknown[0]!r} can be corrected")
        at = now()
        with self._write() as conn:
            current = _fields(conn, claim_id)
            if current["dismissed"]:
                raise WorkbenchError(
                    f"claim {claim_id} is dismissed as no claim; "
                    f"`workbench claim restore {claim_id}` first"
                )
            machine = _machine(conn, claim_id)
            rows: list[CorrectionRow] = []
            for field, value in changes.items():
                old = current[field]
                new = _voice_name(conn, value) if field == "voice" else _stored(field, value)
                same = value == current["voice_id"] if field == "voice" else old == new
                if same:  # two voices may share a name: a voice is compared by its id
                    continue
                if since is not None:
                    _uncorrected_by_others(conn, claim_id, field, since, analyst)
                if current["added_by"] is None:
                    machine.setdefault(field, old)
                    if field == "currency" and current["side"] is not None:
                        machine.setdefault("side", current["side"])  # for a way back
                    if machine[field] == new:  # back to the machine's reading: none corrected
                        del machine[field]
                column = FIELD_COLUMNS[field]
                conn.execute(
                    f'UPDATE claims SET "{column}" = ? WHERE id = ?',
                    [int(value) if field in _FLAGS else value, claim_id],
                )
                if field == "place":  # looked up in the gazetteer again before matching
                    conn.execute("UPDATE claims SET place = NULL WHERE id = ?", [claim_id])
                rows.append(append_history(conn, claim_id, field, old, new, note, analyst, at))
            if rows:
                conn.execute(
                    "UPDATE claims SET machine = ? WHERE id = ?",
                    [json.dumps(machine) if machine else None, claim_id],
                )
                _forget_suggestions(conn, [claim_id])
                regroup_needed(conn, [claim_id])
        return rows

    def dismiss(
        self, claim_id: int, dismissed: bool, note: str | None, analyst: str
    ) -> CorrectionRow:
        """Dismiss a claim as no claim (or restore one dismissed), recorded in its
        history: it leaves (or comes back to) the listings, matching and the events.
        Its machine suggestions go with it; an analyst's links and verdicts stay."""
        with self._write() as conn:
            current = _fields(conn, claim_id)
            if bool(current["dismissed"]) == dismissed:
                said = "dismissed" if dismissed else "not dismissed"
                raise WorkbenchError(f"claim {claim_id} is already {said}")
            conn.execute("UPDATE claims SET dismissed = ? WHERE id = ?", [int(dismissed), claim_id])
            if dismissed:
                _forget_suggestions(conn, [claim_id])
                regroup_needed(conn, [claim_id])
                conn.execute(  # the event it leaves says so, an analyst's placement too
                    "INSERT INTO event_log (event_id, action, detail, analyst, at)"
                    " SELECT event_id, 'dismiss', ?, ?, ? FROM event_claims WHERE claim_id = ?",
                    [str(claim_id), analyst, now(), claim_id],
                )
                left = _event_of(conn, claim_id)
                held = _members(conn, [left] if left is not None else [])
                conn.execute("DELETE FROM event_claims WHERE claim_id = ?", [claim_id])
                why = f"changed by {analyst}, who dismissed claim {claim_id}"
                _drop_empty_events(conn, held, why, analyst)  # its id then says so
            else:
                regroup_needed(conn, [])
            return append_history(
                conn, claim_id, "dismissed", not dismissed, dismissed, note, analyst, now()
            )

    def add_claim(
        self,
        document_id: int,
        claim: Claim,
        voice: tuple[str, str, str] | int,
        note: str | None,
        analyst: str,
        part: bool | None = None,
    ) -> tuple[int, CorrectionRow]:
        """Store a claim an analyst added by hand from `document_id`'s text, in the
        voice given ((key, name, kind), made if new, or a voice's id), with its history
        row ("added", the span as new value); the claim's id and that row. `part`: the
        analyst's word that it counts a part of a toll (True) or a whole one (False)."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT path, text FROM documents WHERE id = ?", [document_id]
            ).fetchone()
            if row is None:
                raise WorkbenchError(f"no document with id {document_id}")
            if row[1][claim.start : claim.end] != claim.text:
                raise WorkbenchError(
                    f"document {document_id}: characters {claim.start}-{claim.end}"
                    " are not the claim's text"
                )
            voice_id = voice if isinstance(voice, int) else add_voice(conn, *voice)
            claim_id = conn.execute(
                INSERT_CLAIM, claim_row(document_id, voice_id, claim, row[0])
            ).lastrowid
            assert claim_id is not None
            conn.execute(
                "UPDATE claims SET added_by = ?, part = ? WHERE id = ?", [analyst, part, claim_id]
            )
            regroup_needed(conn, [])
            span = {"start": claim.start, "end": claim.end, "text": claim.text}
            return claim_id, append_history(
                conn, claim_id, "added", None, span, note, analyst, now()
            )

    def voice_named(self, name: str) -> VoiceRow:
        """The voice of this id or name (as `find_voice` finds it), or a new speaker's
        voice of this name when none is: a claim can be credited to anyone. A number
        that is no voice's id is refused (`refuse_a_number`). A voice an analyst merged
        into another names the one it went into (down a chain of merges): a claim
        credited to the merged-away voice would speak in a voice no list shows."""
        try:
            found = self.find_voice(name)
        except WorkbenchError as error:
            if "names several" in str(error):
                raise
        else:
            return self.surviving_voice(found)
        refuse_a_number(name)
        with self._write() as conn:
            voice_id = add_voice(conn, f"speaker:{normalise(name)}", name, "speaker")
        return self.find_voice(str(voice_id))

    def correction_mark(self) -> int:
        """Where the corrections history stands: its latest row's id, 0 before any (the
        history is append-only, so ids only grow). Read before a claim is shown, it is
        the `since` of a correction made from there."""
        return int(
            self.db.execute("SELECT COALESCE(MAX(id), 0) FROM claim_corrections").fetchone()[0]
        )

    def corrections(self, claim_id: int) -> list[CorrectionRow]:
        """A claim's corrections, oldest first; an error if there is no such claim."""
        self.claim(claim_id)
        return self.corrections_of([claim_id]).get(claim_id, [])

    def corrections_of(self, claim_ids: Sequence[int]) -> dict[int, list[CorrectionRow]]:
        """The corrections of each of these claims that has any, oldest first: what a
        report's case history shows beside the verdicts."""
        found: dict[int, list[CorrectionRow]] = {}
        for ids, marks in chunks(claim_ids):
            for row in self._iter_rows(
                CorrectionRow, f"{_HISTORY} WHERE claim_id IN ({marks}) ORDER BY id", ids
            ):
                found.setdefault(row["claim_id"], []).append(row)
        return found

    def iter_corrections(self) -> Iterator[CorrectionRow]:
        """Every correction ever made, oldest first, read as consumed."""
        yield from self._iter_rows(CorrectionRow, f"{_HISTORY} ORDER BY id")


def carry_corrections(conn: sqlite3.Connection, earlier: int, later: int, note: str) -> int:
    """Inside a write: the analyst's corrections of claim `earlier` made again on claim
    `later` (the same claim in a new version of its source), each field where the
    machine read `later` as it had read `earlier` (a toll the new version revised
    keeps its new figure) or where `later`'s sentence is `earlier`'s word for word,
    appended to `later`'s history under `note`, in the name of
    the analyst who corrected the field; and a dismissal as no claim. Returns how
    many fields were carried."""
    machine, was = _machine(conn, earlier), _fields(conn, earlier)
    now_read, new_machine = _fields(conn, later), _machine(conn, later)
    carried = 0
    # a sentence the new version left as it was says what it said: the machine's other
    # reading of it comes from what changed around it ("it said" after a revised line:
    # trial 69's voice correction was lost to a new junk voice), and the analyst's stands
    same_words = _sentence(conn, earlier) == _sentence(conn, later)
    if was["dismissed"] and not now_read["dismissed"]:
        conn.execute("UPDATE claims SET dismissed = 1 WHERE id = ?", [later])
        who = _who(conn, earlier, "dismissed")
        append_history(conn, later, "dismissed", False, True, note, who, now())
        carried += 1
    for field, read in machine.items():
        if field not in FIELD_COLUMNS or field in new_machine:
            continue
        if (now_read[field] != read and not same_words) or now_read[field] == was[field]:
            continue
        value = was["voice_id"] if field == "voice" else was[field]
        conn.execute(
            f'UPDATE claims SET "{FIELD_COLUMNS[field]}" = ? WHERE id = ?',
            [int(value) if field in _FLAGS else value, later],
        )
        if field == "place":  # the gazetteer's place for the corrected name, and its country
            conn.execute(
                "UPDATE claims SET (place, country) ="
                " (SELECT place, country FROM claims WHERE id = ?) WHERE id = ?",
                [earlier, later],
            )
        new_machine[field] = now_read[field]
        append_history(
            conn, later, field, now_read[field], was[field], note, _who(conn, earlier, field), now()
        )
        carried += 1
    if carried:
        conn.execute("UPDATE claims SET machine = ? WHERE id = ?", [json.dumps(new_machine), later])
    return carried


def _sentence(conn: sqlite3.Connection, claim_id: int) -> str | None:
    row = conn.execute("SELECT sentence FROM claims WHERE id = ?", [claim_id]).fetchone()
    return None if row is None else str(row[0])


def _uncorrected_by_others(
    conn: sqlite3.Connection, claim_id: int, field: str, since: int, analyst: str
) -> None:
    """Raise `CorrectionChanged` if an analyst other than `analyst` corrected `field` of
    the claim after the history row `since`."""
    row = conn.execute(
        "SELECT new_value, analyst, at FROM claim_corrections WHERE claim_id = ? AND field = ?"
        " AND id > ? AND analyst != ? ORDER BY id DESC LIMIT 1",
        [claim_id, field, since, analyst],
    ).fetchone()
    if row is not None:
        value = field_value(json.loads(row[0]))  # as the claim's history shows it
        raise CorrectionChanged(claim_id, field, value, row[1], row[2])


def _who(conn: sqlite3.Connection, claim_id: int, field: str) -> str:
    """The analyst who last changed `field` of a claim (its history's last row)."""
    row = conn.execute(
        "SELECT analyst FROM claim_corrections WHERE claim_id = ? AND field = ?"
        " ORDER BY id DESC LIMIT 1",
        [claim_id, field],
    ).fetchone()
    return str(row[0]) if row else "analyst"


def regroup_needed(conn: sqlite3.Connection, claim_ids: Sequence[int]) -> None:
    """Inside a write: the events are to be grouped again (a claim's fields changed,
    which the grouping's fingerprint of counts does not see), and the summaries of
    these claims' events worked out again."""
    conn.execute("DELETE FROM meta WHERE key = 'events_grouped'")
    for ids, marks in chunks(claim_ids):
        conn.execute(
            "UPDATE events SET summary = NULL WHERE id IN"
            f" (SELECT event_id FROM event_claims WHERE claim_id IN ({marks}))",
            ids,
        )


def _forget_suggestions(conn: sqlite3.Connection, claim_ids: Sequence[int]) -> None:
    """The machine's undecided suggestions of these claims go: worked out from what
    the claim said before (matching suggests them again from what it says now)."""
    for ids, marks in chunks(claim_ids, 400):
        conn.execute(
            "DELETE FROM links WHERE origin = 'machine' AND state = 'suggested'"
            f" AND (a_id IN ({marks}) OR b_id IN ({marks}))",
            ids + ids,
        )


def _fields(conn: sqlite3.Connection, claim_id: int) -> dict[str, Any]:
    """The correctable fields of a claim as its history records them (the voice by
    name, `hedged` a bool), with `voice_id`, `dismissed` and `added_by`."""
    columns = ", ".join(f'c."{c}"' for f, c in FIELD_COLUMNS.items() if f != "voice")
    row = conn.execute(
        f"SELECT {columns}, vo.name, c.voice_id, c.dismissed, c.added_by FROM claims c"
        " JOIN voices vo ON vo.id = c.voice_id WHERE c.id = ?",
        [claim_id],
    ).fetchone()
    if row is None:
        raise gone(conn, claim_id)
    names = [f for f in FIELD_COLUMNS if f != "voice"]
    names += ["voice", "voice_id", "dismissed", "added_by"]
    found = dict(zip(names, row, strict=True))
    for flag in (*_FLAGS, "part"):  # as the history records them
        found[flag] = _stored(flag, found[flag])
    # one column holds a money claim's currency and a count's side: each is the other's
    # none ("currency military -> GMD" was a trial's history of a count made money)
    found["side" if found["category"] == Category.MONEY.value else "currency"] = None
    return found


def _machine(conn: sqlite3.Connection, claim_id: int) -> dict[str, Any]:
    row = conn.execute("SELECT machine FROM claims WHERE id = ?", [claim_id]).fetchone()
    found: dict[str, Any] = json.loads(row[0]) if row and row[0] else {}
    return found


def _voice_name(conn: sqlite3.Connection, voice_id: Any) -> str:
    row = conn.execute("SELECT name FROM voices WHERE id = ?", [voice_id]).fetchone()
    if row is None:
        raise WorkbenchError(f"no voice with id {voice_id}")
    return str(row[0])


def _stored(field: str, value: Any) -> Any:
    """A value as `_fields` reads it back: `hedged` a bool, `part` a bool or None (its
    words decide), the rest as given."""
    if field == "part":
        return None if value is None else bool(value)
    return bool(value) if field in _FLAGS else value


def append_history(
    conn: sqlite3.Connection,
    claim_id: int,
    field: str,
    old: Any,
    new: Any,
    note: str | None,
    analyst: str,
    at: str,
) -> CorrectionRow:
    """Inside a write: one row of a claim's history (`claim_corrections`), the old
    and new values of `field` as JSON; the row as stored."""
    row: CorrectionRow = {
        "claim_id": claim_id,
        "field": field,
        "old_value": json.dumps(old),
        "new_value": json.dumps(new),
        "note": note,
        "analyst": analyst,
        "at": at,
    }
    conn.execute(
        "INSERT INTO claim_corrections (claim_id, field, old_value, new_value, note, analyst, at)"
        " VALUES (:claim_id, :field, :old_value, :new_value, :note, :analyst, :at)",
        row,
    )
    return row
