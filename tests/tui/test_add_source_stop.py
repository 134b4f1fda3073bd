"""Issue 19: a trial's page that trickled held the progress bar at 0% for up to two
minutes, and nothing but quitting stopped it. `ctrl+x` (shown in the footer while a
source loads) stops the loads; the bar counts a page's bytes as they arrive. Pilot
tests on the real app, a real database and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import time
from contextlib import closing

import pytest
from textual.widgets import Label
from textual.widgets._footer import FooterKey

from tests import web_server
from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1


def sources(db: str) -> list[str]:
    with closing(Workbench(db)) as workbench:
        return [s.path for s in workbench.sources()]


def footer_keys(app: WorkbenchApp) -> set[str]:
    return {key for key, active in app.screen.active_bindings.items() if active.enabled}


def bytes_shown(app: WorkbenchApp) -> str:
    shown = app.screen.query("#loading-bytes").results(Label)
    return " ".join(str(label.content) for label in shown)


async def test_ctrl_x_stops_a_trickling_page_and_nothing_is_stored(seeded_db, site):
    before = sources(seeded_db)
    url = site.page("/trickle.html", "<p>" + "z" * 600 + "</p>", trickle=0.05)  # ~30 s
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        assert "ctrl+x" not in footer_keys(app)  # nothing loads: the key is not offered
        await pilot.press("i", *url, "enter")
        for _ in range(100):  # the bytes arriving are counted under the bar
            if "bytes" in bytes_shown(app):
                break
            await pilot.pause(0.05)
        assert "bytes" in bytes_shown(app), "the bar does not count the bytes arriving"
        assert "ctrl+x" in footer_keys(app)
        pressed = time.monotonic()
        await pilot.press("ctrl+x")
        for _ in range(200):
            if not app.loading:
                break
            await pilot.pause(0.05)
        assert not app.loading, "the load did not stop"
        assert time.monotonic() - pressed < 10  # long before the ~30 s the page takes
        await settle(app, pilot)
        said = [str(n.message) for n in app._notifications]
        assert any(line.startswith(f"Stopped ({url}): 0 documents added") for line in said)
        assert f"{url}: stopped by the analyst" in said
        assert "ctrl+x" not in footer_keys(app)
        assert not app.screen.query("#loading")  # the bar is gone
    assert sources(seeded_db) == before


async def test_ctrl_x_is_in_the_footer_at_80_columns_while_a_page_loads(seeded_db, site):
    """A trial at 80x24 never saw ctrl+x: the footer dropped it for the screen's keys."""
    url = site.page("/trickle.html", "<p>" + "z" * 600 + "</p>", trickle=0.05)  # ~30 s
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *url, "enter")
        for _ in range(100):
            await pilot.pause(0.05)
            shown = {key.key_display for key in app.screen.query(FooterKey)}
            if "^x" in shown or "ctrl+x" in shown:
                break
        assert "^x" in shown or "ctrl+x" in shown, shown
        await pilot.press("ctrl+x")
        await settle(app, pilot)
