"""`workbench backup`: a copy of the database that holds what another open connection
(the review TUI) has saved, which a copy of the file alone can lack while the
write-ahead log is open (trial 59: a copy taken after twenty minutes of review showed
every claim unreviewed). A real database in a temporary folder, a second connection
kept open as the TUI's is, and the real command line."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main
from workbench.service import Workbench


def test_the_copy_holds_what_an_open_connection_saved(seeded_db: str, tmp_path: Path) -> None:
    tui = Workbench(seeded_db, analyst="ana")  # kept open: its saves wait in the log
    first = tui.claims()[0].id
    tui.set_verdict(first, "false", "one source only")
    tui.correct_claim(first, {"subject": "gendarmes"})
    plain = tmp_path / "plain.db"
    shutil.copyfile(seeded_db, plain)  # what cp does: the log is left behind
    target = tmp_path / "copy.db"
    result = CliRunner().invoke(main, ["--db", seeded_db, "backup", str(target)])
    assert result.exit_code == 0, result.output
    copied = Workbench(str(target)).claim(first)
    assert (copied.status, copied.note, copied.subject) == ("false", "one source only", "gendarmes")
    assert Workbench(str(plain)).claim(first).status == "unreviewed"  # why the command exists
    tui.close()


def test_an_existing_file_is_never_overwritten(seeded_db: str, tmp_path: Path) -> None:
    target = tmp_path / "kept.db"
    target.write_text("an analyst's file")
    result = CliRunner().invoke(main, ["--db", seeded_db, "backup", str(target)])
    assert result.exit_code == 1
    assert "kept.db: already exists; name a new file" in result.output
    assert target.read_text() == "an analyst's file"


def test_a_target_that_cannot_be_written_leaves_nothing(seeded_db: str, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "copy.db"
    result = CliRunner().invoke(main, ["--db", seeded_db, "backup", str(target)])
    assert result.exit_code == 1
    assert "cannot be written" in result.output and "Traceback" not in result.output
    assert not target.exists()
