"""Issue 17, section 2: every key the help lists works on every screen (tab and
enter on the sources screen, j/k everywhere), and the palette offers every action.
Pilot tests on the real app and a real database, written to fail before their fix."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.document import DocumentScreen
from workbench.tui.screens.event import EventScreen
from workbench.tui.screens.events import EventsScreen
from workbench.tui.screens.export_modal import ExportModal
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


SCREENS = [QueueScreen, DetailScreen, EventsScreen, EventScreen, SourcesScreen, DocumentScreen]


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.__name__)
def test_every_key_of_every_screen_names_an_action_it_has(screen):
    """A binding whose action its screen (or, for `app.`, the app) lacks does nothing
    when pressed: `tab` on the sources screen named a focus_next no screen had."""
    for binding in screen.BINDINGS:
        owner, _, action = binding.action.rpartition(".")
        name = action.split("(")[0]
        found = WorkbenchApp if owner == "app" else screen
        assert hasattr(found, f"action_{name}"), (screen.__name__, binding.key, binding.action)


@pytest.mark.parametrize("screen", SCREENS[1:], ids=lambda s: s.__name__)
def test_j_and_k_are_keys_of_every_screen(screen):
    assert {"j", "k"} <= {b.key for b in screen.BINDINGS}


async def test_the_palette_offers_export_and_help(seeded_db):
    """ctrl+p offers the app's actions too: "Export" opens the export dialog."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        titles = [command.title for command in app.get_system_commands(queue)]
        assert "Export" in titles and "Help" in titles
        await pilot.press("ctrl+p", *"Export")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportModal)


async def test_sources_tab_enter_and_j_k(seeded_db):
    """On the sources screen tab moves between the tables, j/k move in them, and enter
    on a document opens its text with its claims highlighted."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        sources = app.screen
        assert isinstance(sources, SourcesScreen)
        voices = sources.query_one("#voices", DataTable)
        documents = sources.query_one("#documents", DataTable)
        assert app.focused is voices
        await pilot.press("j")
        assert voices.cursor_row == 1
        await pilot.press("tab")
        assert app.focused is documents
        await pilot.press("j", "j", "k")
        assert documents.cursor_row == 1
        await pilot.press("enter")
        await settle(app, pilot)
        document = app.screen
        assert isinstance(document, DocumentScreen)
        assert document.document_id == sources.sources[1].id and document.claims
        text = str(document.query_one("#document-text", Static).render())
        first = document.claims[0]
        assert first.text in text and f"[{first.id}: " in text


async def test_j_and_k_move_in_the_events_list(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        table = app.screen.query_one("#events", DataTable)
        await pilot.press("j", "j", "k")
        assert table.cursor_row == 1


async def test_home_and_end_go_to_the_first_and_last_row(seeded_db):
    """home and end did nothing in a table (they scrolled its view sideways)."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        table = queue.query_one("#queue", DataTable)
        await pilot.press("end")
        await settle(app, pilot)
        assert table.cursor_row == table.row_count - 1 > 0
        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_row == 0


async def test_the_help_names_the_keys_as_they_are_pressed(seeded_db):
    """f1 said "slash" for /, left out the table keys (←→, home, end) and enter on an
    event's claims."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("f1")
        await settle(app, pilot)
        queue_help = app.screen.text()
        await pilot.press("escape", "v", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, EventScreen)
        await pilot.press("f1")
        await settle(app, pilot)
        event_help = app.screen.text()
    lines = {line.split()[0]: line for line in queue_help.splitlines() if line.strip()}
    assert "/" in lines and "slash" not in lines and "home" in lines and "←" in lines
    assert any(line.split()[:1] == ["enter"] for line in event_help.splitlines())
