"""A trial at 80x24 never saw a claim's highlighted paragraph (pagedown and end moved
the links table), read every event as "killed, wounded in…" (the place cut off),
and at 200x50 saw the links' voices and sources clipped beside half a screen of
nothing. The real app on the seeds' real database, at both sizes."""

from __future__ import annotations

from contextlib import closing

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from tests.tui.pilots import laid_out, ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.format import event_label, shares
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.events import EventsScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
LONG_VOICE = "A Chadian journalist called Abdelnasser Garboa"


def linked_widely(db: str) -> tuple[int, int]:
    """A claim linked to a dozen others, one of them spoken by the seeds' longest
    voice; (the claim, that other claim)."""
    with closing(Workbench(db, analyst="ana")) as bench:
        claims = bench.claims()
        long = next(c for c in claims if c.voice == LONG_VOICE)
        first = next(c for c in claims if c.id != long.id)
        others = [long, *[c for c in claims if c.id not in (first.id, long.id)][:11]]
        for other in others:
            bench.set_link(first.id, other.id, relation="related")
    return first.id, long.id


async def test_the_paragraph_is_in_view_at_80x24_and_pagedown_scrolls_the_claim(seeded_db):
    claim_id, _long = linked_widely(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        app.open_claim(claim_id)
        detail = await links_read(app, pilot)
        context, panel = detail.query_one("#context"), detail.query_one("#claim")
        links = detail.query_one("#links", DataTable)
        await laid_out(pilot, context, panel)
        assert links.row_count >= 12 and links.has_focus
        # the whole paragraph, its highlight within it, is drawn in the claim's panel
        assert panel.region.y <= context.region.y
        assert context.region.bottom <= panel.region.bottom, (context.region, panel.region)
        assert "reverse=True" in str(context.render().spans)  # type: ignore[union-attr]
        # pagedown scrolls the claim though the links have the focus; pageup back
        await pilot.press("pagedown")
        await laid_out(pilot, panel)
        assert panel.scroll_y > 0 and links.has_focus  # type: ignore[attr-defined]
        await pilot.press("pageup")
        await laid_out(pilot, panel)
        assert panel.scroll_y == 0  # type: ignore[attr-defined]
        # p: the paragraph at the panel's top, the panel in focus
        await pilot.press("h")
        await laid_out(pilot, panel)
        await pilot.press("p")
        await laid_out(pilot, context, panel)
        assert panel.has_focus and context.region.y == panel.region.y


async def test_the_links_name_columns_grow_with_the_terminal(seeded_db):
    claim_id, long = linked_widely(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(200, 50)) as pilot:
        await ready(app, pilot)
        app.open_claim(claim_id)
        links = (await links_read(app, pilot)).query_one("#links", DataTable)

        def voice_of(other: int) -> str:
            return str(links.get_row(str(_link_id(app.screen, other)))[5])

        wide = voice_of(long)
        assert links.max_scroll_x == 0  # nothing off the right edge
        await pilot.resize_terminal(80, 24)
        await settle(app, pilot)
        narrow = voice_of(long)
        assert links.row_count >= 12
        # the links take more rows on a tall terminal than on a short one
        short_rows = links.region.height
        await pilot.resize_terminal(200, 50)
        await settle(app, pilot)
        await laid_out(pilot, links)
        tall_rows = links.region.height
    assert wide == LONG_VOICE
    assert narrow.endswith("…") and LONG_VOICE.startswith(narrow[:-1])
    assert short_rows <= 6 < tall_rows


async def links_read(app: WorkbenchApp, pilot: Pilot[object]) -> DetailScreen:
    """The detail in front once its claim and links are read and drawn (10 s at most:
    a busy machine answers late)."""
    for _ in range(200):
        await settle(app, pilot)
        screen = app.screen
        drawn = isinstance(screen, DetailScreen) and bool(screen.links)
        if drawn and screen.query_one("#links", DataTable).row_count == len(screen.links):
            return screen
        await pilot.pause(0.05)
    raise AssertionError("the claim's links were never shown")


def _link_id(screen: object, other: int) -> int:
    assert isinstance(screen, DetailScreen)
    return next(link.id for link in screen.links if other in (link.a.id, link.b.id))


async def test_the_events_list_shows_each_events_place_first_at_80_columns(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        events = app.screen
        assert isinstance(events, EventsScreen)
        table = events.query_one("#events", DataTable)
        at = 2  # id, contested, event, ...
        shown = {e.id: str(table.get_row(str(e.id))[at]) for e in events.events}
        machine = [e for e in events.events if e.named_by is None]
        assert machine
        for e in machine:
            assert shown[e.id].startswith(e.place[: len(shown[e.id]) - 1]), (shown[e.id], e.place)
        await pilot.resize_terminal(200, 50)
        await settle(app, pilot)
        wide = {e.id: str(table.get_row(str(e.id))[at]) for e in events.events}
    assert not any(name.endswith("…") for name in wide.values())


def test_a_machines_name_puts_its_place_first_and_leaves_the_days_to_their_column():
    name = "killed, wounded in Nguétchéwé, 2020-08-01/2020-08-02"
    assert event_label(name, "Nguétchéwé", True) == "Nguétchéwé: killed, wounded"
    assert event_label("killed near Gao, 2013-01-25", "near Gao", True) == "near Gao: killed"
    reported = "displaced in Mozogo, reported 2020-08-06"
    assert event_label(reported, "Mozogo", True) == "Mozogo: displaced, reported 2020-08-06"
    assert event_label("Kalemie market attack", "Kalemie", False) == "Kalemie market attack"
    road = "killed on the road between Bol and Liwa, 2015-03-01"
    assert (
        event_label(road, "road between Bol and Liwa", True) == "road between Bol and Liwa: killed"
    )


def test_name_columns_take_the_room_there_is_and_keep_their_least():
    assert shares(200, [3, 10, 9, 6], [60, 46, 24], [30, 28, 16]) == [60, 46, 24]
    narrow = shares(80, [3, 10, 9, 6], [60, 46, 24], [30, 28, 16])
    assert narrow == [30, 28, 16]  # the table scrolls
    middle = shares(140, [3, 10, 9, 6], [90, 46, 24], [30, 28, 16])
    assert middle[1:] == [46, 24] or sum(middle) <= 140 - 28 - 16
    assert all(w >= least for w, least in zip(middle, [30, 28, 16], strict=True))
