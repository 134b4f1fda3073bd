"""Voices' reliability grades (the Admiralty scale's A to F), given and taken back by
the analyst: kept on the voice, logged in curation_log as every change to a voice is,
and checked against what the analyst was shown, so that two analysts on one database
do not grade over each other unseen."""

from __future__ import annotations

import sqlite3

from workbench.errors import GradeChanged, WorkbenchError
from workbench.models import Seen
from workbench.store.connection import Connection
from workbench.store.curation import voice_names
from workbench.store.curation_log import log
from workbench.store.values import GRADES


class VoiceGrades(Connection):
    """The analyst's reliability grades of voices."""

    def grade_voice(
        self, voice_id: int, grade: str, note: str | None, analyst: str, seen: Seen | None = None
    ) -> None:
        """Give a voice a reliability grade (A to F); a grade without a note keeps the
        note the voice had. Logged (who, when, the grade before) as every change to a
        voice is. `seen`, the grade the analyst was shown: raises `GradeChanged`,
        writing nothing, where another analyst has graded the voice since."""
        if grade not in GRADES:
            raise WorkbenchError(f"unknown grade {grade!r}; use A (completely reliable) to F")
        with self._write() as conn:
            self._regrade(conn, voice_id, grade, note, analyst, keep_note=True, seen=seen)

    def restore_voice_grade(
        self,
        voice_id: int,
        grade: str | None,
        note: str | None,
        analyst: str,
        seen: Seen | None = None,
    ) -> None:
        """Put a voice's grade and note back as they were (none at all, too): an undo,
        logged as a grade is; `seen` as for `grade_voice` (the grade the undo takes
        back)."""
        with self._write() as conn:
            self._regrade(conn, voice_id, grade, note, analyst, keep_note=False, seen=seen)

    @staticmethod
    def _regrade(
        conn: sqlite3.Connection,
        voice_id: int,
        grade: str | None,
        note: str | None,
        analyst: str,
        keep_note: bool,
        seen: Seen | None,
    ) -> None:
        key, name = voice_names(conn, voice_id)
        before = conn.execute("SELECT grade FROM voices WHERE id = ?", [voice_id]).fetchone()[0]
        if seen is not None and before != seen.grade:
            _graded_by_others(conn, key, name, analyst)
        kept = "COALESCE(?, note)" if keep_note else "?"
        conn.execute(
            f"UPDATE voices SET grade = ?, note = {kept} WHERE id = ?", [grade, note, voice_id]
        )
        log(conn, "voice", key, "grade", before, grade, analyst)


def _graded_by_others(conn: sqlite3.Connection, key: str, name: str, analyst: str) -> None:
    """Raise `GradeChanged` if the voice's last grade (the curation log's) was given by
    an analyst other than `analyst`: the grade shown to `analyst` is no longer it."""
    row = conn.execute(
        "SELECT new, analyst, at FROM curation_log WHERE subject = 'voice' AND target = ?"
        " AND action = 'grade' ORDER BY id DESC LIMIT 1",
        [key],
    ).fetchone()
    if row is not None and row[1] != analyst:
        raise GradeChanged(f"voice {name}", row[0], row[1], row[2])
