"""`workbench verdict ID STATUS --note` over a note the claim holds says so on stderr
(trial 59: a note typed in the TUI was replaced by the CLI's, unsaid); the history keeps
both. A real database in a temporary folder and the real command line."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import main
from workbench.service import Workbench


def _verdict(db: str, *args: str):
    return CliRunner().invoke(main, ["--db", db, "verdict", *args])


def test_a_replaced_note_is_said(seeded_db: str) -> None:
    first = Workbench(seeded_db).claims()[0].id
    Workbench(seeded_db, analyst="ana").set_note(first, "typed in the TUI")
    result = _verdict(seeded_db, str(first), "false", "--note", "from the CLI")
    assert result.exit_code == 0
    assert "its note 'typed in the TUI' is replaced" in result.stderr
    assert result.stdout.startswith(f"claim {first}: unreviewed -> false")
    notes = [h.note for h in Workbench(seeded_db).history(first)]
    assert notes == ["typed in the TUI", "from the CLI"]


def test_no_word_where_no_note_is_replaced(seeded_db: str) -> None:
    first = Workbench(seeded_db).claims()[0].id
    assert _verdict(seeded_db, str(first), "confirmed", "--note", "one").stderr == ""
    assert _verdict(seeded_db, str(first), "disputed").stderr == ""  # the note is kept
    assert _verdict(seeded_db, str(first), "false", "--note", "one").stderr == ""
