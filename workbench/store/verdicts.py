"""The verdicts, verdict_history and claim_credibility tables: an analyst's judgement
of a claim (its verdict, kept with an append-only history, and its credibility
grade), and the flags that send a reviewed claim back for re-review when a new
source challenges it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from workbench.errors import GradeChanged, VerdictChanged, WorkbenchError
from workbench.models import Seen
from workbench.rows import GradeRow, HistoryRow, VerdictRow
from workbench.store.claims import Claims, require_claim
from workbench.store.connection import chunks
from workbench.store.values import GRADES_OF_CLAIMS, STATUSES, now
from workbench.vocabulary import Status

_HISTORY_SELECT = "SELECT claim_id, old_status, new_status, note, analyst, at FROM verdict_history"

# A verdict's history row never takes the id of one archived with a removed claim
# (archived_verdict_history keeps that id: a second removal would clash on it).
FRESH_HISTORY_ID = (
    "(SELECT MAX(m) + 1 FROM (SELECT COALESCE(MAX(id), 0) AS m FROM verdict_history"
    " UNION ALL SELECT COALESCE(MAX(id), 0) FROM archived_verdict_history))"
)


class Verdicts(Claims):
    """The store's verdicts, their history, staleness and credibility grades (built on
    `Claims`: a claim's history first checks the claim exists)."""

    def set_verdict(
        self,
        claim_id: int,
        status: str | None,
        note: str | None,
        analyst: str,
        since: int | None = None,
        shown: str | None = None,
        left: tuple[str, str | None] | None = None,
    ) -> HistoryRow:
        """Record a verdict and append it to the claim's history, in one transaction;
        the history row appended. A verdict without a note keeps the note the claim
        had; "" clears it. A verdict is a fresh look: it clears the stale mark. With
        `status` None only the note is written: the verdict and its stale mark stay
        (a note is no second look at the verdict). `since`, a `verdict_mark` read
        with the claim the analyst saw: raises `VerdictChanged`, writing nothing, if
        another analyst changed the claim's verdict or note after it. `shown`, the
        verdict the analyst was shown: raises `VerdictChanged`, writing nothing, where
        the claim's verdict is another now, whoever set it (a trial's TUI replaced the
        'false' its analyst had given in the CLI, the queue showing no verdict).
        `left`, the verdict and note a change left that this one takes back (an
        undo): raises `VerdictChanged`, writing nothing, where the claim holds
        another now, whoever wrote it (a trial's `u` after a TUI note put back
        'unreviewed' over the 'false' and the note its analyst had since given in
        the CLI)."""
        if status is not None and status not in STATUSES:
            raise WorkbenchError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        at = now()
        with self._write() as conn:
            require_claim(conn, claim_id, live=True)
            if since is not None:
                _unchanged_by_others(conn, claim_id, since, analyst)
            holds = _state(conn, claim_id)
            old = holds[0]
            if (shown is not None and shown != old) or (left is not None and left != holds):
                _raise_changed(conn, claim_id)
            fresh = status is not None
            status = status or old
            conn.execute(
                "INSERT INTO verdict_history (id, claim_id, old_status, new_status, note,"
                f" analyst, at) VALUES ({FRESH_HISTORY_ID}, ?, ?, ?, ?, ?, ?)",
                [claim_id, old, status, note, analyst, at],
            )
            # a note alone keeps the verdict's analyst and time (a note is no verdict):
            # its own are noted_by and noted_at
            noted = (analyst, at) if note is not None else (None, None)
            conn.execute(
                "INSERT INTO verdicts (claim_id, status, note, analyst, decided_at,"
                " noted_by, noted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (claim_id) DO UPDATE SET"
                " status = excluded.status, note = COALESCE(excluded.note, verdicts.note),"
                " analyst = CASE WHEN ? THEN excluded.analyst ELSE verdicts.analyst END,"
                " decided_at = CASE WHEN ? THEN excluded.decided_at ELSE verdicts.decided_at END,"
                " noted_by = COALESCE(excluded.noted_by, verdicts.noted_by),"
                " noted_at = COALESCE(excluded.noted_at, verdicts.noted_at),"
                " stale_reason = CASE WHEN ? THEN NULL ELSE verdicts.stale_reason END,"
                " stale_at = CASE WHEN ? THEN NULL ELSE verdicts.stale_at END",
                [claim_id, status, note, analyst, at, *noted, fresh, fresh, fresh, fresh],
            )
            if status != old:  # an event's figures leave out its false claims: worked out again
                conn.execute(
                    "UPDATE events SET summary = NULL WHERE id IN"
                    " (SELECT event_id FROM event_claims WHERE claim_id = ?)",
                    [claim_id],
                )
        return {
            "claim_id": claim_id,
            "old_status": old,
            "new_status": status,
            "note": note,
            "analyst": analyst,
            "at": at,
        }

    def verdict_state(self, claim_id: int) -> tuple[str, str | None]:
        """The claim's verdict and note (`_state`): what a change left, for the `left`
        of the undo that takes it back."""
        return _state(self.db.conn, claim_id)

    def verdict_mark(self) -> int:
        """Where the verdict history stands: its latest entry's id, 0 before any (ids
        only grow, an archived entry's too). Read before the claims a screen shows,
        it is the `since` of a verdict or note written from that screen."""
        row = self.db.execute(f"SELECT {FRESH_HISTORY_ID} - 1").fetchone()
        return int(row[0])

    def change_mark(self) -> int:
        """A number that changes whenever another connection commits a change to the
        database (another process, such as the CLI, or another thread of this one):
        SQLite's data_version of this thread's connection. Only marks read on one
        thread compare; equal marks: nobody else wrote in between."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def history(self, claim_id: int) -> list[HistoryRow]:
        """A claim's verdicts, oldest first; an error if there is no such claim."""
        self.claim(claim_id)
        return self.histories([claim_id]).get(claim_id, [])

    def histories(self, claim_ids: Sequence[int]) -> dict[int, list[HistoryRow]]:
        """The verdict history of each of these claims that has one, oldest first."""
        found: dict[int, list[HistoryRow]] = {}
        for ids, marks in chunks(claim_ids):
            for row in self._iter_rows(
                HistoryRow, f"{_HISTORY_SELECT} WHERE claim_id IN ({marks}) ORDER BY id", ids
            ):
                found.setdefault(row["claim_id"], []).append(row)
        return found

    def iter_history(self) -> Iterator[HistoryRow]:
        """Every verdict ever given, oldest first, read as consumed."""
        yield from self._iter_rows(HistoryRow, f"{_HISTORY_SELECT} ORDER BY id")

    def iter_verdicts(self) -> Iterator[VerdictRow]:
        """The current verdict of every reviewed claim."""
        yield from self._iter_rows(
            VerdictRow,
            "SELECT claim_id, status, note, analyst, decided_at, stale_reason, noted_at,"
            " noted_by FROM verdicts"
            " WHERE status != 'unreviewed' ORDER BY claim_id",
        )

    def verdicts(self, statuses: Sequence[str]) -> dict[int, tuple[str, str]]:
        """(status, decided_at) of every claim whose verdict is one of `statuses`."""
        marks = ", ".join("?" for _ in statuses)
        rows = self.db.execute(
            f"SELECT claim_id, status, decided_at FROM verdicts WHERE status IN ({marks})",
            list(statuses),
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    def mark_stale(self, flags: Sequence[tuple[int, str, str, str]]) -> int:
        """Flag reviewed claims for re-review: (claim, reason, the status challenged, when
        the challenging claim was loaded). Judged inside the write transaction: a claim
        already flagged, or whose verdict has changed or was set again since that claim
        was loaded (the analyst had it before them), is left alone."""
        at = now()
        with self._write() as conn:
            return sum(
                flag_stale(conn, claim_id, reason, status, at, loaded_at)
                for claim_id, reason, status, loaded_at in flags
            )

    def set_credibility(
        self,
        claim_id: int,
        grade: int,
        note: str | None,
        analyst: str,
        seen: Seen | None = None,
    ) -> None:
        """Grade a claim's credibility, 1 (confirmed) to 6; a grade without a note keeps
        the note the claim's grade had. `seen`, the grade the analyst was shown: raises
        `GradeChanged`, writing nothing, where another analyst has graded it since."""
        if grade not in range(1, 7):
            raise WorkbenchError(f"unknown credibility {grade!r}; use 1 (confirmed) to 6")
        with self._write() as conn:
            require_claim(conn, claim_id, live=True)
            _credibility_unchanged(conn, claim_id, seen, analyst)
            conn.execute(
                "INSERT INTO claim_credibility (claim_id, grade, note, analyst, graded_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (claim_id) DO UPDATE SET"
                " grade = excluded.grade, note = COALESCE(excluded.note, claim_credibility.note),"
                " analyst = excluded.analyst, graded_at = excluded.graded_at",
                [claim_id, grade, note, analyst, now()],
            )

    def restore_credibility(
        self, claim_id: int, before: GradeRow | None, analyst: str, seen: Seen | None = None
    ) -> None:
        """Put a claim's credibility grade back as `before` holds it, or take the
        analyst's grade away if there was none: an undo, or a grade cleared. `seen` as
        for `set_credibility` (the grade the undo takes back)."""
        with self._write() as conn:
            _credibility_unchanged(conn, claim_id, seen, analyst)
            conn.execute("DELETE FROM claim_credibility WHERE claim_id = ?", [claim_id])
            if before is not None:
                conn.execute(
                    "INSERT INTO claim_credibility (claim_id, grade, note, analyst, graded_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [
                        claim_id,
                        before["grade"],
                        before["note"],
                        before["analyst"],
                        before["graded_at"],
                    ],
                )

    def credibility_grades(self, claim_ids: Sequence[int]) -> dict[int, GradeRow]:
        """The credibility grade of each of these claims that an analyst has graded."""
        found: dict[int, GradeRow] = {}
        for ids, marks in chunks(claim_ids):
            for row in self._iter_rows(
                GradeRow,
                GRADES_OF_CLAIMS.format(marks=marks),
                ids,
            ):
                found[row["claim_id"]] = row
        return found


def _credibility_unchanged(
    conn: sqlite3.Connection, claim_id: int, seen: Seen | None, analyst: str
) -> None:
    """Raise `GradeChanged` if the claim's credibility grade is no longer the one
    `seen` holds and another analyst gave the one it has. A grade taken away since
    names nobody (no history of credibility grades is kept), and is not refused."""
    if seen is None:
        return
    row = conn.execute(
        "SELECT grade, analyst, graded_at FROM claim_credibility WHERE claim_id = ?", [claim_id]
    ).fetchone()
    if row is not None and row[0] != seen.grade and row[1] != analyst:
        raise GradeChanged(f"claim {claim_id}'s credibility", str(row[0]), row[1], row[2])


def flag_stale(
    conn: sqlite3.Connection, claim_id: int, reason: str, status: str, at: str, before: str
) -> int:
    """Inside a write: flag the claim's verdict for review with `reason`, where it is
    still `status`, was decided before `before` and is not flagged already; 1 if
    flagged, else 0 (`mark_stale`, and a figure a new version revised)."""
    return conn.execute(
        "UPDATE verdicts SET stale_reason = ?, stale_at = ? WHERE claim_id = ?"
        " AND stale_at IS NULL AND status = ? AND decided_at < ?",
        [reason, at, claim_id, status, before],
    ).rowcount


def give_verdict(
    conn: sqlite3.Connection,
    claim_id: int,
    status: str,
    note: str | None,
    analyst: str,
    at: str,
    why: str,
    decided: str | None = None,
) -> bool:
    """Inside a write: another claim's verdict and note given to `claim_id`, which
    has none, in `analyst`'s name, a history row at `at` saying where it came from
    (`why`, then the note); False, writing nothing, where the claim has a verdict
    already. `decided`, when the verdict was first decided (else `at`). A new
    version's unchanged claim (`versions`), a removed copy's claim read again
    (`archive`)."""
    decided = decided or at
    noted = (analyst, decided) if note is not None else (None, None)
    added = conn.execute(
        "INSERT OR IGNORE INTO verdicts (claim_id, status, note, analyst, decided_at,"
        " noted_by, noted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [claim_id, status, note, analyst, decided, *noted],
    ).rowcount
    if added:
        history = f"{why}: {note}" if note else why
        conn.execute(
            "INSERT INTO verdict_history (id, claim_id, old_status, new_status, note,"
            f" analyst, at) VALUES ({FRESH_HISTORY_ID}, ?, ?, ?, ?, ?, ?)",
            [claim_id, Status.UNREVIEWED.value, status, history, analyst, at],
        )
    return bool(added)


# A claim's latest verdict or note entry
_LATEST_ENTRY = "SELECT new_status, note, analyst, at FROM verdict_history WHERE claim_id = ?"


def _state(conn: sqlite3.Connection, claim_id: int) -> tuple[str, str | None]:
    """A claim's verdict and note, "unreviewed" and None before any; a note cleared
    ("") is none (None), as an undo writes "" where there was none."""
    row = conn.execute(
        "SELECT status, note FROM verdicts WHERE claim_id = ?", [claim_id]
    ).fetchone()
    return (row[0], row[1] or None) if row else (Status.UNREVIEWED.value, None)


def _raise_changed(conn: sqlite3.Connection, claim_id: int) -> None:
    """Raise `VerdictChanged` naming the claim's latest verdict or note entry."""
    row = conn.execute(f"{_LATEST_ENTRY} ORDER BY id DESC LIMIT 1", [claim_id]).fetchone()
    _raise_for(claim_id, row if row is not None else ("unreviewed", None, "?", "?"))


def _unchanged_by_others(conn: sqlite3.Connection, claim_id: int, since: int, analyst: str) -> None:
    """Raise `VerdictChanged` if an analyst other than `analyst` set the claim's
    verdict or note after the history entry `since` (two analysts on one database:
    the one who saw the claim before the other's change would replace it unseen)."""
    row = conn.execute(
        f"{_LATEST_ENTRY} AND id > ? AND analyst != ? ORDER BY id DESC LIMIT 1",
        [claim_id, since, analyst],
    ).fetchone()
    if row is not None:
        _raise_for(claim_id, row)


def _raise_for(claim_id: int, entry: tuple[str, str | None, str, str]) -> None:
    """Raise `VerdictChanged` from a history entry (new status, note, analyst, at)."""
    status, note, analyst, at = entry
    raise VerdictChanged(claim_id, status, analyst, at, noted=note is not None)
