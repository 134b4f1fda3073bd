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
