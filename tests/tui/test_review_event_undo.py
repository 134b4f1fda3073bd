"""`u` takes back an event's rename, merge, split or move from the events screens, and
says which (a trial merged two events by mistake and had to split them back by hand,
claim by claim). Pilot tests on the real app and a real database, checked through a
second Workbench as another process would see it."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.pilots import settle
from tests.tui.test_review_curation import errors, open_events, open_first_event
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.event import EventScreen
from workbench.tui.screens.events import EventsScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def said(app: WorkbenchApp) -> list[str]:
    return [n.message for n in app._notifications]


def layout(db: str) -> dict[int, tuple[str, list[int]]]:
    return {e.id: (e.name, sorted(e.claim_ids)) for e in Workbench(db).events()}


async def test_u_takes_back_a_merge_on_the_events_list(seeded_db: str) -> None:
    start = layout(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        events = await open_events(app, pilot)
        target = events.current()
        assert target is not None
        other = next(e for e in events.events if e.id != target.id)
        await pilot.press("m", *str(other.id), "enter")
        await settle(app, pilot)
        assert other.id not in layout(seeded_db)
        await pilot.press("u")
        await settle(app, pilot)
        assert errors(app) == []
        assert f"Undone: merging events {other.id} into event {target.id}" in said(app)
        assert other.id in [e.id for e in events.events]  # the list shows it back
    assert layout(seeded_db) == start


async def test_u_takes_back_a_split_then_a_rename_on_one_event(seeded_db: str) -> None:
    start = layout(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_event(app, pilot)
        event_id = screen.event_id
        await pilot.press("s", "enter")
        await settle(app, pilot)
        await pilot.press("n", "ctrl+u", *"Kidal ambush", "enter")
        await settle(app, pilot)
        assert Workbench(seeded_db).event(event_id).name == "Kidal ambush"
        await pilot.press("u")
        await settle(app, pilot)
        assert f"Undone: renaming event {event_id}" in said(app)
        assert Workbench(seeded_db).event(event_id).name != "Kidal ambush"
        await pilot.press("u")
        await settle(app, pilot)
        assert errors(app) == []
        assert any(line.startswith("Undone: splitting claims") for line in said(app))
        assert screen.detail is not None and screen.detail.claims == 2
    assert layout(seeded_db) == start


async def test_u_after_another_analyst_moved_the_claim_says_so_and_keeps_theirs(
    seeded_db: str,
) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_event(app, pilot)
        claim = screen.current_claim()
        assert claim is not None
        await pilot.press("v", *"new", "enter")
        await settle(app, pilot)
        moved_to = Workbench(seeded_db).event_of(claim)
        elsewhere = next(e.id for e in Workbench(seeded_db).events() if e.id != moved_to)
        Workbench(seeded_db, analyst="bo").move_claim(claim, elsewhere)
        theirs = layout(seeded_db)
        await pilot.press("u")
        await settle(app, pilot)
        assert any("bo moved a claim into event" in line for line in errors(app))
        await pilot.press("u")  # the refused undo was spent, not kept to fail again
        await settle(app, pilot)
        assert "Nothing to undo" in said(app)
    assert layout(seeded_db) == theirs and theirs.get(moved_to) is None


async def test_u_after_moving_an_events_last_claim_shows_the_event_it_went_back_to(
    seeded_db: str,
) -> None:
    start = layout(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_event(app, pilot)
        first, claim = screen.event_id, screen.current_claim()
        await pilot.press("v", *"new", "enter")  # the new event's only claim
        await settle(app, pilot)
        new = Workbench(seeded_db).event_of(claim)
        assert new != first
        await pilot.press("escape")
        await settle(app, pilot)
        events = app.screen
        assert isinstance(events, EventsScreen)
        events.query_one("#events").move_cursor(row=[e.id for e in events.events].index(new))
        await pilot.press("enter")
        await settle(app, pilot)
        alone = app.screen
        assert isinstance(alone, EventScreen) and alone.event_id == new
        await pilot.press("v", *"new", "enter")  # alone already: said, nothing renumbered
        await settle(app, pilot)
        assert any(f"is alone in event {new} already" in line for line in errors(app))
        assert app.screen is not alone  # the dialog, offered again with what was typed
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("u")  # the move, not the refusal: its event goes
        await settle(app, pilot)
        assert alone.event_id == first and alone.sub_title == f"event {first}"
    assert layout(seeded_db) == start


async def test_a_rename_over_another_analysts_new_name_is_refused_and_offered_again(
    seeded_db: str,
) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_event(app, pilot)
        event_id = screen.event_id
        Workbench(seeded_db, analyst="bo").rename_event(event_id, "Kidal ambush (bo)")
        await pilot.press("n", "ctrl+u", *"Kidal ambush (ana)", "enter")
        await settle(app, pilot)
        assert any("bo named it 'Kidal ambush (bo)'" in line for line in errors(app))
        assert Workbench(seeded_db).event(event_id).name == "Kidal ambush (bo)"
        await pilot.press("n")
        await settle(app, pilot)
        assert app.screen.query_one("#note", Input).value == "Kidal ambush (ana)"
