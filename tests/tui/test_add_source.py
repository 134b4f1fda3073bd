"""Issue 19: `i` opens a dialog to paste text or give a URL or a path, loaded in a
worker. Pilot tests on the real app, a real database and a real HTTP server on
127.0.0.1; they fail on the code before the key existed."""

from __future__ import annotations

import threading
from contextlib import closing

import pytest
from textual.widgets import Input, TextArea

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
        assert any(line.startswith("Not loaded: 0 documents added") for line in said)
    assert sources(seeded_db) == before


async def test_quitting_while_a_page_loads_says_so_then_does_not_wait(seeded_db, site):
    """A trial pressed q while a slow page loaded: a blank screen for half a minute
    (for ever on a page that trickles). q now says what is loading; q again quits at
    once, the load left behind (its thread a daemon), nothing stored lost."""
    before = sources(seeded_db)
    url = site.page("/slow.html", article(), delay=20)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *url, "enter")
        await pilot.pause()
        assert list(app.loading.values()) == [url]
        await pilot.press("q")
        assert app.is_running
        said = [str(n.message) for n in app._notifications]
        assert f"{url} still loading: q again quits without them" in said
        await pilot.press("q")
    assert not app.is_running
    assert any(t.name == "add-source" and t.daemon for t in threading.enumerate())
    assert sources(seeded_db) == before


async def test_what_failed_to_load_fills_the_dialog_again(seeded_db, site):
    """The dialog forgot a mistyped address: after a failure, `i` offers it again,
    with its title and outlet, to correct, selected so that typing replaces it (a
    trial's new address was stuck onto the old one); after a success it opens empty."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    gone = site.url("/gone.html")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *gone, "tab", "tab", *"Gao toll", "tab", *"Kledu", "enter")
        await settle(app, pilot)
        await pilot.press("i")
        modal = app.screen
        assert isinstance(modal, AddSourceModal)
        assert modal.query_one("#source-where", Input).value == gone
        assert modal.query_one("#source-title", Input).value == "Gao toll"
        assert modal.query_one("#source-outlet", Input).value == "Kledu"
        good = site.page("/gao.html", article())
        await pilot.press(*good)
        assert modal.query_one("#source-where", Input).value == good
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("i")
        assert app.screen.query_one("#source-where", Input).value == ""


async def test_a_new_version_with_many_changed_figures_fits_the_screen(seeded_db, site):
    """Nine revised figures made a notice taller than 80x24, its first line (which
    document, `document diff ID`) cut off: it lists three, then how many more."""

    def page(times: int) -> str:
        told = "".join(
            f"<p>{n * times} soldiers were killed in Gao on day {n}.</p>" for n in range(2, 11)
        )
        return f"<html><body><article>{told}</article></body></html>"

    url = site.page("/toll.html", page(1))
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *url, "enter")
        await settle(app, pilot)
        site.page("/toll.html", page(10))
        await pilot.press("i", *url, "enter")
        await settle(app, pilot)
        [notice] = [str(n.message) for n in app._notifications if n.title == "New version"]
    lines = notice.splitlines()
    assert "document diff" in lines[0] and lines[-1] == "  ... and 6 more figures"
    assert len(lines) == 5


async def test_a_feed_address_loads_its_items(seeded_db, site):
    """A feed's address in the dialog said "ingest it with --feed", advice for the
    command line the TUI could not follow: the dialog loads the items' pages."""
    from tests.test_web_feeds import feed

    site.page("/one.html", article(title="Gao market attack"))
    site.page("/two.html", article(toll=9, title="Ansongo ambush"))
    url = site.page(
        "/rss.xml", feed(site.base, "/one.html", "/two.html"), content_type="application/rss+xml"
    )
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *url, "enter")
        await settle(app, pilot)
        said = [str(n.message) for n in app._notifications]
    assert not any("--feed" in line for line in said)
    loaded = [path for path, _, _ in sources(seeded_db)]
    assert site.url("/one.html") in loaded and site.url("/two.html") in loaded
