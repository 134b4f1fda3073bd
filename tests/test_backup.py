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


def test_a_target_in_no_folder_leaves_nothing(seeded_db: str, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "copy.db"
    result = CliRunner().invoke(main, ["--db", seeded_db, "backup", str(target)])
    assert result.exit_code == 1
    assert "no folder" in result.output and "Traceback" not in result.output
    assert not target.exists()


def test_a_dangling_link_a_blank_name_and_a_missing_folder_are_refused(
    seeded_db: str, tmp_path: Path
) -> None:
    """Trial 59b: a failed backup to a dangling link deleted the link; a blank name
    made a file named by spaces; a missing folder was told as 'cannot be written'."""
    link = tmp_path / "dangling.db"
    link.symlink_to(tmp_path / "nowhere" / "x.db")
    said = {
        str(link): "already exists",
        "   ": "name the new file",
        "": "name the new file",
        str(tmp_path / "no-folder" / "x.db"): "no folder",
        seeded_db: "already exists",  # the database itself
    }
    for target, words in said.items():
        result = CliRunner().invoke(main, ["--db", seeded_db, "backup", target])
        assert result.exit_code == 1 and words in result.output, (target, result.output)
    assert link.is_symlink()
    assert not (Path.cwd() / "   ").exists()
