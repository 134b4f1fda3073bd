"""At 80x24 a long name hid the columns after it: the sources screen showed a voice's
name and a document's title but no grade, outlet or date; the events list cut its
claims column to "cl" and hid the voices and days; an event's claims cut their
credibility to "4 doub"; the add-source dialog cut its boxes' hints ("URL it was
publishe"). The names are clipped so that the columns fit (`format.fitted`), and
widen again on a wider terminal. The real app on the seeds, through its pilot."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static

from tests.tui.pilots import settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.format import short_days
from workbench.tui.screens.add_source import AddSourceModal
from workbench.tui.screens.event import EventScreen
from workbench.tui.screens.events import EventsScreen
from workbench.tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
SIZE = (80, 24)


def in_view(table: DataTable) -> list[str]:
    """The labels of the columns drawn whole without scrolling the table sideways."""
    room, used, seen = table.scrollable_content_region.width, 0, []
    for column in table.columns.values():
        used += column.get_render_width(table)
        if used > room:
            break
        seen.append(str(column.label))
    return seen


def rows(table: DataTable) -> str:
    return "\n".join(table.render_line(y).text for y in range(table.size.height))


async def test_the_sources_screen_shows_grades_outlets_and_dates_at_80_columns(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SourcesScreen)
        voices = in_view(screen.query_one("#voices", DataTable))
        documents = in_view(screen.query_one("#documents", DataTable))
    assert voices[:5] == ["id", "voice", "kind", "grade", "claims"]
    assert documents[:7] == ["id", "document", "version", "outlet", "published", "lang", "claims"]


async def test_the_events_list_and_an_events_claims_fit_80_columns(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        events = app.screen
        assert isinstance(events, EventsScreen)
        table = events.query_one("#events", DataTable)
        listed, first = in_view(table), table.render_line(1).text
        await pilot.press("enter")
        await settle(app, pilot)
        event = app.screen
        assert isinstance(event, EventScreen)
        claims = event.query_one("#event-claims", DataTable)
        shown, drawn = in_view(claims), rows(claims)
        why = str(event.query_one("#claim-credibility", Static).render())
    assert listed == ["id", "", "event", "claims", "voices", "days"]
    assert "contested  north of Kidal: killed" in first and first.rstrip().endswith("undated")
    # each claim's place, date and source beside its figure (a trial could not tell
    # a claim's incident without opening it); its credibility as its grade, in full
    # on the line under the table
    assert shown == ["id", "category", "figure", "place", "date", "voice", "source", "cred"]
    assert "north of Kidal" in drawn and "A Chadian" in drawn
    assert "4 doubtful" in why


async def test_names_widen_again_on_a_wider_terminal(seeded_db):
    long_voice = "A Chadian journalist called Abdelnasser Garboa"
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        voices = app.screen.query_one("#voices", DataTable)
        narrow = rows(voices)
        await pilot.resize_terminal(200, 50)
        await settle(app, pilot)
        every = ["id", "voice", "kind", "grade", "claims", "note", "curated"]
        for _ in range(100):  # a loaded machine lays the wider table out a moment later
            if in_view(voices) == every:
                break
            await pilot.pause(0.05)
        wide = rows(voices)
        assert in_view(voices) == every
    assert long_voice not in narrow and long_voice[:30] in narrow
    assert long_voice in wide


async def test_the_add_source_boxes_show_their_hints_whole_at_80_columns(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("i")
        await settle(app, pilot)
        modal = app.screen
        assert isinstance(modal, AddSourceModal)
        boxes = list(modal.query(Input))
        cut = {
            box.id: box.placeholder
            for box in boxes
            if box.content_region.width < len(box.placeholder)
        }
        assert boxes and all(box.region.right <= SIZE[0] for box in boxes)
    assert cut == {}


def test_an_events_days_are_short_in_a_narrow_column():
    assert short_days(None, None) == "undated"
    assert short_days("2013-01-25", "2013-01-25") == "2013-01-25"
    assert short_days("2013-01-18", "2013-01-25") == "2013-01-18 to 25"
    assert short_days("2013-01-30", "2013-02-06") == "2013-01-30 to 02-06"
    assert short_days("2012-12-30", "2013-01-02") == "2012-12-30 to 2013-01-02"
