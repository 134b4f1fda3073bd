"""Trial 79's findings in the claim detail: the history shows the analyst's link
decisions, and a note written with `n` is in the history at once."""

from __future__ import annotations

from contextlib import closing

import pytest
from textual.widgets import Static

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.detail import DetailScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def history_shown(detail: DetailScreen) -> str:
    return str(detail.query_one("#history", Static).render())


def newest_row_in_view(detail: DetailScreen) -> bool:
    """The history's last row is inside the claim panel's window."""
    window = detail.query_one("#claim").content_region
    history = detail.query_one("#history").region
    return window.y <= history.bottom - 1 < window.bottom


async def open_detail(app, pilot, claim_id: int) -> DetailScreen:
    queue = await ready(app, pilot)
    queue.move_to(claim_id)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, DetailScreen)
    return app.screen


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_a_note_is_in_the_history_at_once(seeded_db, size):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=size) as pilot:
        detail = await open_detail(app, pilot, 1)
        assert "no verdict" in history_shown(detail)
        await pilot.press("h")  # the history in view, as the trial had it
        await settle(app, pilot)
        await pilot.press("n", *"checked with OCHA", "enter")
        await settle(app, pilot)
        assert app.screen is detail
        shown = history_shown(detail)
        assert "ana: note" in shown and "checked with OCHA" in shown
        assert newest_row_in_view(detail)


async def test_a_note_leaves_the_panel_where_it_was_when_the_history_was_out_of_sight(
    seeded_db,
):
    """At 80x24 the history starts below the panel's edge: a note written while the
    analyst reads the paragraph does not scroll it away."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        detail = await open_detail(app, pilot, 1)
        await pilot.press("n", *"later", "enter")
        await settle(app, pilot)
        assert "later" in history_shown(detail)
        assert detail.query_one("#claim").scroll_offset.y == 0


async def test_a_link_rejected_in_the_detail_is_in_its_history(seeded_db):
    with closing(Workbench(seeded_db)) as bench:
        claim = bench.links()[0].a.id
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_detail(app, pilot, claim)
        other = detail._other(detail.links[0])
        await pilot.press("r")
        await settle(app, pilot)
        shown = history_shown(detail)
        assert f"ana: link to claim {other} (" in shown and ") rejected" in shown


async def test_a_suggested_link_is_no_step_of_the_history(seeded_db):
    with closing(Workbench(seeded_db)) as bench:
        claim = bench.links()[0].a.id
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_detail(app, pilot, claim)
        assert detail.links and "link to claim" not in history_shown(detail)
