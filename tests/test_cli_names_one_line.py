"""A file whose name holds a newline keeps its row on one line, in the CLI's listings
and in the TUI's tables: `sources` and `claims` split the row of "new\\nline.txt" in
two, and the review's queue and sources screen showed it as "new". The CLI writes
the newline as `\\x0a`, as its one-line warnings do; the TUI as U+FFFD, as it shows
every other control character. Real files and a real database in tmp_path."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from textual.widgets import DataTable

from tests.tui.pilots import ready, settle
from workbench.cli import main
from workbench.service import Workbench
from workbench.tui.app import make_app

REPORT = "Gunmen killed 4 people in Kolda on Friday, police said.\n"


def loaded(tmp_path: Path) -> str:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "new\nline.txt").write_text(REPORT)
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return db


def rows(output: str, word: str) -> list[str]:
    return [line for line in output.splitlines() if word in line]


def test_sources_and_claims_keep_a_newline_named_file_on_its_row(tmp_path: Path) -> None:
    db = loaded(tmp_path)
    for command in ("sources", "claims"):
        result = CliRunner().invoke(main, [command, "--db", db])
        assert result.exit_code == 0, result.output
        assert len(result.stdout.splitlines()) == 2 + (command == "claims"), result.stdout
        (row,) = rows(result.stdout, "new")
        assert "new\\x0aline.txt" in row


async def test_the_review_shows_a_newline_named_file_on_one_line(tmp_path: Path) -> None:
    db = loaded(tmp_path)
    app = make_app(Workbench(db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 30)) as pilot:
        queue = await ready(app, pilot)
        table = queue.query_one("#queue", DataTable)
        (claim,) = table.rows
        assert str(table.get_cell(claim, "source")) == "new\ufffdline.txt"
        await pilot.press("s")
        await settle(app, pilot)
        documents = app.screen.query_one("#documents", DataTable)
        cells = [str(cell) for cell in documents.get_row_at(0)]
        assert cells[-1].endswith("new\ufffdline.txt")  # the path, the last column
        assert not any("\n" in cell for cell in cells)
