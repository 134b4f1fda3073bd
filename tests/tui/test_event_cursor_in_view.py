"""At 80x24 an event of many voices and figures left two of its claims' rows in view,
and the cursor moved on below the fold: trial 62 split and moved a claim it could not
see. Pilot tests on the real app and a real database of reports written for them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.widgets import DataTable

from tests.tui.pilots import settle
from workbench.cli import main
from workbench.service import Workbench
from workbench.tui.app import make_app

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py

VOICES = (
    "the district commissioner of Kolofata",
    "a nurse at the regional hospital in Mora",
    "the spokesman of the national gendarmerie",
    "a local chief who asked not to be named",
    "the Red Cross delegation in the Far North",
    "a member of the vigilance committee",
    "the mayor of the neighbouring commune",
    "the coordinator of a human rights group",
)


def _ingested(tmp_path: Path, texts: list[str]) -> str:
    """A database holding `texts`, each a report of an outlet of its own."""
    for n, text in enumerate(texts):
        (tmp_path / f"r{n}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": f"Outlet {n}", "published": "2026-11-05"}
        (tmp_path / f"r{n}.json").write_text(json.dumps(meta), encoding="utf-8")
    db = str(tmp_path / "claims.db")
    result = CliRunner().invoke(main, ["--db", db, "ingest", str(tmp_path)])
    assert result.exit_code == 0, result.output
    return db


async def _open_the_event(app, pilot) -> None:
    """From the queue to the events, and into the first."""
    await settle(app, pilot)
    for key in ("v", "enter"):
        await pilot.press(key)
        await settle(app, pilot)


@pytest.fixture
def many_voices(tmp_path: Path) -> str:
    """One massacre told by eight reports, each in a voice of its own, each with its
    dead and its wounded: an event whose headline lists eight long voices."""
    return _ingested(
        tmp_path,
        [
            f"Gunmen killed {20 + n} villagers in Kolofata on Tuesday, {voice} said."
            f" At least {10 + n} people were wounded in Kolofata, {voice} said.\n"
            for n, voice in enumerate(VOICES)
        ],
    )


async def test_the_cursor_stays_in_view_as_it_moves_down_the_claims(many_voices):
    app = make_app(Workbench(many_voices, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_the_event(app, pilot)
        claims = app.screen.query_one("#event-claims", DataTable)
        panel = app.screen.query_one("#event")
        assert claims.has_focus and claims.row_count >= 10
        for _ in range(6):
            await pilot.press("j")
            await settle(app, pilot)
            row = claims.region.y + 1 + claims.cursor_row - round(claims.scroll_y)
            assert panel.region.y <= row < panel.region.bottom, (claims.cursor_row, row)


@pytest.fixture
def many_figures(tmp_path: Path) -> str:
    """One attack told by sixteen reports, each giving soldiers, attackers and civilians
    killed, the wounded, the abducted and the displaced: an event of many figure rows."""
    long_voices = [*VOICES, *(f"{v} of the Logone-et-Chari department" for v in VOICES)]
    return _ingested(
        tmp_path,
        [
            f"Gunmen killed {4 + n} soldiers and {2 + n} civilians in Kolofata on Tuesday,"
            f" and troops killed {10 + n} attackers, {voice} said. {12 + n} people were"
            f" wounded, {5 + n} abducted and {300 + n} displaced in Kolofata, {voice} said.\n"
            for n, voice in enumerate(long_voices)
        ],
    )


async def test_the_event_opens_on_its_figures_at_80x24(many_figures):
    """Trials 64 and 65: the screen opened scrolled to its claims, the figures above."""
    app = make_app(Workbench(many_figures, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_the_event(app, pilot)
        panel = app.screen.query_one("#event")
        assert panel.scroll_y == 0  # the headline and figures at the top, in view
        assert app.screen.query_one("#event-claims", DataTable).has_focus
