"""--db given to a command group (`workbench document --db X edit 3`) holds for its
command, the way `workbench --db X ...` does; a command's own --db wins."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

SEEDS = str(Path(__file__).parent.parent / "seeds")


def run(*args: str):
    return CliRunner().invoke(main, list(args), env={"WORKBENCH_DB": None})


def ingested(path: str, _folder: Path) -> None:
    assert run("ingest", SEEDS, "--db", path, "--jobs", "1").exit_code == 0


@pytest.fixture
def db(templates, tmp_path) -> str:
    """This test's own copy of the seeds ingested by `workbench ingest`."""
    return templates.copy("seeds-by-cli", ingested, tmp_path / "claims.db")


def test_document_group_db_is_the_commands(db):
    result = run("document", "--db", db, "edit", "1", "--title", "Renamed by group --db")
    assert result.exit_code == 0, result.output
    shown = run("document", "history", "1", "--db", db)
    assert "Renamed by group --db" in shown.output, shown.output


def test_event_group_db_before_a_command_and_before_an_id(db):
    renamed = run("event", "--db", db, "rename", "1", "Ambush, group --db")
    assert renamed.exit_code == 0, renamed.output
    shown = run("event", f"--db={db}", "1", "--json")
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout.splitlines()[0])["name"] == "Ambush, group --db"


def test_voice_and_claim_groups_take_db(db):
    voices = run("voice", "--db", db, "history", "--json")
    assert voices.exit_code == 0, voices.output
    dismissed = run("claim", "--db", db, "dismiss", "1", "--note", "not a claim")
    assert dismissed.exit_code == 0, dismissed.output


def test_a_commands_own_db_wins_over_its_groups(db, tmp_path):
    missing = str(tmp_path / "nothing-here.db")
    result = run("document", "--db", db, "edit", "1", "--title", "x", "--db", missing)
    assert result.exit_code == 1
    assert "nothing-here.db: no database there" in result.output


def test_group_db_that_is_not_there_is_one_line(tmp_path):
    missing = str(tmp_path / "typo.db")
    result = run("document", "--db", missing, "edit", "1", "--title", "x")
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "typo.db" in result.output


@pytest.mark.parametrize(
    "command", [("claims",), ("events",), ("links",), ("export", "--format", "md")]
)
def test_a_read_command_on_an_empty_file_makes_no_database(tmp_path, command):
    """Trial 60: `: > z.db; workbench --db z.db claims` turned the empty file into a
    database; a read command now says what the file is, and leaves it empty."""
    empty = tmp_path / "z.db"
    empty.write_bytes(b"")
    result = run("--db", str(empty), *command)
    assert result.exit_code == 1
    assert "z.db: an empty file, no database" in result.output
    assert empty.stat().st_size == 0
