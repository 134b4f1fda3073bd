"""Issue 17, section 2: at 80x24 what matters is on screen. Pilot tests on the real
app and a real database, written to fail before their fix."""

from __future__ import annotations

import pytest
from textual.widget import Widget

from tests.tui.pilots import settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.queue import QueueScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
SIZE = (80, 24)


def on_screen(widget: Widget) -> bool:
    """Whether the whole of the widget is drawn inside the terminal."""
    region = widget.region
    return region.width > 0 and region.height > 0 and region.right <= SIZE[0]


async def test_every_filter_and_the_search_box_are_on_screen(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        for name in ("status", "category", "source", "contested", "stale", "search"):
            assert on_screen(queue.query_one(f"#{name}")), name


async def test_the_detail_shows_the_claim_in_its_paragraph(seeded_db):
    """The claim's paragraph is drawn at 80x24, not pushed below by an empty links table."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        context, claim = detail.query_one("#context"), detail.query_one("#claim")
        assert context.region.bottom <= claim.region.bottom, (context.region, claim.region)


async def test_right_reaches_every_column_in_a_few_presses_and_the_id_stays(seeded_db):
    """At 80 columns `right` moves the queue's view a quarter of its width, not one
    character (the trial needed about sixty presses to reach a claim's place), and
    the id column stays in view while it moves."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        table = queue.query_one("#queue")
        for _ in range(6):
            await pilot.press("right")
        await pilot.pause()
        assert table.scroll_x == table.max_scroll_x > 0  # the last column reached
        assert table.fixed_columns == 2  # the mark and the id
