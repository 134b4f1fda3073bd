"""A trial could not tell which incident an event's claim spoke of without opening
each: the event's claims had no place, date or source at any width, and the queue at
80 columns showed no place; at 200x50 the claims stopped at 15 rows above 20 empty
lines. The claims now give their place, date and source fitted to the width, the
queue its place at 80 columns, and the claims use the height there is. The real app
on real SQLite files, through its pilot; reports written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.tui.pilots import laid_out, ready, settle
from tests.tui.test_narrow_tables import in_view
from workbench.models import Category, StoredClaim
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.event import CLAIM_ROWS, EventScreen
from workbench.tui.screens.event_claims import day

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
RESIDENTS = [
    f"{first} {last}"
    for first in ("Ali", "Musa", "Fatima", "Zara")
    for last in ("Bukar", "Yero", "Kolo", "Gana", "Modu")
]


@pytest.fixture
def damboa(tmp_path: Path) -> str:
    """Twenty reports of one attack, each in another outlet and voice."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for at, name in enumerate(RESIDENTS):
        text = f"Gunmen killed {12 + at} villagers in Damboa on 3 March 2021, resident {name} said."
        (folder / f"report{at:02}.txt").write_text(text + "\n", encoding="utf-8")
        sidecar = {"outlet": f"Borno Outlet {at}", "published": "2021-03-04"}
        (folder / f"report{at:02}.json").write_text(json.dumps(sidecar), encoding="utf-8")
    db = str(tmp_path / "claims.db")
    Workbench(db, analyst="ana").ingest([str(folder)], jobs=1)
    return db


async def _event(app, pilot, size: tuple[int, int]) -> EventScreen:
    await ready(app, pilot)
    await pilot.press("v")
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    screen = app.screen
    assert isinstance(screen, EventScreen) and screen.detail is not None
    claims = screen.query_one("#event-claims", DataTable)
    await laid_out(pilot, claims)
    return screen


async def test_an_events_claims_give_place_date_and_source_at_80x24(damboa: str) -> None:
    app = make_app(Workbench(damboa, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        event = await _event(app, pilot, (80, 24))
        claims = event.query_one("#event-claims", DataTable)
        shown = in_view(claims)
        first = [str(cell) for cell in claims.get_row_at(0)]
        height = claims.size.height
        why = str(event.query_one("#claim-credibility", Static).render())
    assert shown == ["id", "category", "figure", "place", "date", "voice", "source", "cred"]
    assert first[3] == "Damboa" and first[4] == "3 Mar" and first[6].startswith("report")
    assert first[7].rstrip("*").isdigit() and why.startswith("claim ")
    assert height <= CLAIM_ROWS


async def test_an_events_claims_use_the_height_at_200x50(damboa: str) -> None:
    app = make_app(Workbench(damboa, analyst="ana"), seeds=None)
    async with app.run_test(size=(200, 50)) as pilot:
        event = await _event(app, pilot, (200, 50))
        claims = event.query_one("#event-claims", DataTable)
        height, rows = claims.size.height, claims.row_count
        columns = [str(c.label) for c in claims.ordered_columns]
        first = [str(cell) for cell in claims.get_row_at(0)]
    assert rows == len(RESIDENTS)
    assert height == rows + 1 > CLAIM_ROWS  # every claim and the header, none hidden
    assert columns[-1] == "credibility" and first[-1].endswith("(suggested)")
    assert first[6] == "report00.txt"


async def test_the_queue_shows_the_place_at_80_columns(damboa: str) -> None:
    app = make_app(Workbench(damboa, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        table = queue.query_one("#queue", DataTable)
        await laid_out(pilot, table)
        shown = in_view(table)
        at = table.get_column_index("place")
        place = str(table.get_row_at(0)[at])
    assert "place" in shown and "voice" in shown
    assert place == "Damboa"


def _claim(date: str | None) -> StoredClaim:
    return StoredClaim(
        source="r.txt",
        start=0,
        end=1,
        text="1",
        sentence="1",
        category=Category.KILLED,
        value=1,
        low=1,
        high=1,
        qualifier="exact",
        date=date,
        id=1,
        document_id=1,
        voice_id=1,
        voice="v",
    )


@pytest.mark.parametrize(
    ("date", "years", "shown"),
    [
        ("2021-03-03", False, "3 Mar"),
        ("2021-03-02/2021-03-03", False, "2-3 Mar"),
        ("2021-02-27/2021-03-03", False, "27 Feb-3 Mar"),
        ("2021-03", False, "Mar"),
        ("2021", False, "2021"),
        ("2020-12-30/2021-01-02", False, "2020-12-30 to 2021-01-02"),
        ("2021-03-03", True, "2021-03-03"),  # the table's dates are of several years
        (None, False, ""),
    ],
)
def test_a_claims_date_as_the_event_gives_it(date: str | None, years: bool, shown: str) -> None:
    assert day(_claim(date), years) == shown
