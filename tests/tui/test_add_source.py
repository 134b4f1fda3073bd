"""Issue 19: `i` opens a dialog to paste text or give a URL or a path, loaded in a
worker. Pilot tests on the real app, a real database and a real HTTP server on
127.0.0.1; they fail on the code before the key existed."""

from __future__ import annotations

from contextlib import closing

import pytest
from textual.widgets import TextArea

from tests import web_server
from tests.test_web_ingest import article
from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.add_source import AddSourceModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1


def sources(db: str) -> list[tuple[str, str | None, int]]:
    with closing(Workbench(db)) as workbench:
        return [(s.path, s.outlet, s.claims) for s in workbench.sources()]


async def test_pasted_text_is_loaded_with_its_outlet(seeded_db):
    before = sources(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("i")
        await settle(app, pilot)
        assert isinstance(app.screen, AddSourceModal)
        app.screen.query_one(
            "#source-text", TextArea
        ).text = "Gunmen killed 12 villagers near Gao on Thursday, a local official said.\n"
        app.screen.query_one("#source-outlet").focus()
        await pilot.press(*"Radio Kledu", "enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, AddSourceModal)
    after = sources(seeded_db)
    assert after[: len(before)] == before  # nothing stored is lost
    [(path, outlet, claims)] = after[len(before) :]
    assert path.startswith("pasted-") and outlet == "Radio Kledu" and claims == 1


async def test_a_url_is_fetched_in_a_worker(seeded_db, site):
    url = site.page("/gao.html", article())
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *url, "enter")
        await settle(app, pilot)
    assert sources(seeded_db)[-1][:2] == (url, "Sahel Monitor")


async def test_a_failure_is_one_line_and_the_dialog_asks_for_one_thing(seeded_db, site):
    before = sources(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", "enter")  # nothing given: the dialog stays
        await settle(app, pilot)
        assert isinstance(app.screen, AddSourceModal)
        await pilot.press(*site.url("/gone.html"), "enter")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
        assert any("HTTP 404 Not Found" in line for line in said)
        assert any(line.startswith("Loaded: 0 documents added") for line in said)
    assert sources(seeded_db) == before
