"""Trial 79: at 80x24 an event's "Figures by rule" table was cut after `min`; max and
the majority took shift+tab and the arrows to reach. The table now narrows to fit
where it is wider than the screen, and shows as it did where it fits. Pilot tests on
the real app and real databases of reports written for them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable, Static

from tests.tui.pilots import settle
from workbench.cli import main
from workbench.display import FIGURE_COLUMNS
from workbench.service import Workbench
from workbench.tui.app import make_app

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def _ingested(tmp_path: Path, texts: list[str]) -> str:
    for n, text in enumerate(texts):
        (tmp_path / f"r{n}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": f"Outlet {n}", "published": "2026-11-18"}
        (tmp_path / f"r{n}.json").write_text(json.dumps(meta), encoding="utf-8")
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def sides(tmp_path: Path) -> str:
    """A crackdown its voices count apart: police and protesters wounded, people
    killed in rival tolls (contested), arrests."""
    return _ingested(
        tmp_path,
        [
            "Security forces killed 7 protesters in Conakry on Tuesday, the opposition"
            " said. Nineteen police officers and 60 protesters were wounded in Conakry,"
            " the opposition said.\n",
            "Two people were killed in Conakry on Tuesday, the government said. Police"
            " arrested 30 people in Conakry, the government said.\n",
            "Six people were killed and 32 people were wounded in Conakry on Tuesday, a"
            " rights group said. At least 19 police officers were wounded in Conakry, the"
            " rights group said.\n",
        ],
    )


async def _event(app, pilot) -> tuple[DataTable, list[Static]]:
    await settle(app, pilot)
    for key in ("v", "enter"):
        await pilot.press(key)
        await settle(app, pilot)
    await pilot.pause(0.2)
    notes = list(app.screen.query("#figure-notes").results(Static))  # the lines under it
    return app.screen.query_one("#figures", DataTable), notes


def fits(table: DataTable) -> bool:
    """Every column of the figures ends inside the table's width, with no scrolling."""
    widths = [column.get_render_width(table) for column in table.ordered_columns]
    return table.scroll_x == 0 and sum(widths) <= table.size.width


def labels(table: DataTable) -> list[str]:
    return [str(column.label) for column in table.ordered_columns]


async def test_the_figures_fit_at_80_columns(sides):
    app = make_app(Workbench(sides, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        table, _ = await _event(app, pilot)
        assert table.row_count >= 2 and fits(table)
        shown = labels(table)
        assert "majority" in shown and any(
            label.startswith("max") or "-max" in label for label in shown
        )


async def test_the_seeds_ambush_shows_its_majority_at_80_columns(seeded_db):
    """The seeds' contested ambush: max and the majority in view as the screen opens,
    and its contested note under the table, in words."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        table, notes = await _event(app, pilot)
        assert fits(table)
        assert labels(table)[-1] == "majority"
        assert [str(line.render()) for line in notes if line.display] == ["killed: contested"]


@pytest.mark.parametrize("width", [86, 100])
async def test_the_figures_fit_at_other_narrow_widths(sides, width):
    app = make_app(Workbench(sides, analyst="ana"), seeds=None)
    async with app.run_test(size=(width, 30)) as pilot:
        table, _ = await _event(app, pilot)
        assert fits(table)


@pytest.mark.parametrize("size", [(200, 50), (160, 40)])
async def test_a_wide_terminal_shows_the_figures_as_before(sides, size):
    app = make_app(Workbench(sides, analyst="ana"), seeds=None)
    async with app.run_test(size=size) as pilot:
        table, notes = await _event(app, pilot)
        assert labels(table) == list(FIGURE_COLUMNS)
        first = [str(cell) for cell in table.get_row_at(0)]
        assert first[3] != "" and "of" in first[-2]  # "7 (1 of 3)"
        assert not any(line.display for line in notes)
