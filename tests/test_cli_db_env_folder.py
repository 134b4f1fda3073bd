"""Trial ux51: WORKBENCH_DB named a folder. `workbench claims --db good.db` was
refused ("Invalid value for '--db': File ... is a directory", naming an option the
analyst had typed right), and a command without --db named no variable. WORKBENCH_DB
is now read only where no --db is typed, and a folder there is one line naming it.
Real databases in tmp_path, through click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main

REPORT = "Gunmen killed 12 villagers in Kaya on 3 May 2024, a local official said.\n"


def run(*args: str, env: dict[str, str | None]):
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture
def good(tmp_path: Path) -> str:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    db = str(tmp_path / "good.db")
    result = run("ingest", str(tmp_path / "a.txt"), "--db", db, "--jobs", "1", env={})
    assert result.exit_code == 0, result.output
    return db


@pytest.mark.parametrize(
    "args",
    [
        ("claims", "--db", "{db}"),
        ("--db", "{db}", "claims"),
        ("document", "--db", "{db}", "show", "1"),
        ("verdict", "1", "confirmed", "--db", "{db}"),
    ],
)
def test_a_typed_db_is_used_whatever_workbench_db_names(good, tmp_path, args):
    result = run(*(a.format(db=good) for a in args), env={"WORKBENCH_DB": str(tmp_path)})
    assert result.exit_code == 0, result.output
    assert "Invalid value" not in result.output


@pytest.mark.parametrize("args", [("claims",), ("sources",), ()])
def test_a_folder_in_workbench_db_is_one_line_naming_it(tmp_path, args):
    result = run(*args, env={"WORKBENCH_DB": str(tmp_path)})
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"workbench: WORKBENCH_DB: {tmp_path}: is a folder, not a database file; "
        "name the file (claims.db in it?) or give --db"
    ]
    assert list(tmp_path.iterdir()) == []  # no database made anywhere in it


def test_a_file_in_workbench_db_is_still_read(good):
    result = run("claims", "--json", env={"WORKBENCH_DB": good})
    assert result.exit_code == 0, result.output
    assert '"value": 12' in result.stdout


def test_an_empty_workbench_db_is_one_line_not_claims_db(tmp_path: Path, monkeypatch) -> None:
    """Trial 55: `WORKBENCH_DB=""` (an unset shell variable) opened ./claims.db silently."""
    monkeypatch.chdir(tmp_path)
    result = run("claims", env={"WORKBENCH_DB": ""})
    assert result.exit_code == 1
    assert result.output.strip() == (
        "workbench: WORKBENCH_DB: is set but empty; name the database file or unset it"
    )
    assert not (tmp_path / "claims.db").exists()


def test_an_empty_db_before_no_command_is_refused(tmp_path: Path, monkeypatch) -> None:
    """Trial 55: `workbench --db ""` with no command opened the review on ./claims.db."""
    monkeypatch.chdir(tmp_path)
    result = run("--db", "", env={})
    assert result.exit_code == 1
    assert result.output.strip() == "workbench: --db: an empty path; name the database file"
    assert not (tmp_path / "claims.db").exists()
