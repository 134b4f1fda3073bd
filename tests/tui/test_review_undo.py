"""Issue 17, section 2: `u` takes back link decisions and grades as well as verdicts.
Pilot tests on the real app and a real database, written to fail before their fix."""

from __future__ import annotations

import pytest

from tests.tui.pilots import settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def open_the_ambush(app: WorkbenchApp, pilot) -> DetailScreen:
    await settle(app, pilot)
    queue = app.screen
    assert isinstance(queue, QueueScreen)
    ambush = next(c for c in queue.rows if c.text == "killed twenty-four soldiers")
    queue.move_to(ambush.id)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, DetailScreen)
    return app.screen


def stored_links(db: str, claim_id: int) -> list[tuple[str, str, str, str | None]]:
    """The claim's links as stored, rejected ones too."""
    return [
        (r["relation"], r["state"], r["reason"], r["analyst"])
        for r in Workbench(db).store.iter_links()
        if claim_id in (r["a_id"], r["b_id"])
    ]


@pytest.mark.parametrize("keys", [("r",), ("a",), ("delete",)], ids=["reject", "confirm", "remove"])
async def test_u_takes_back_a_link_decision(seeded_db, keys):
    """After r, a or delete on the ambush's link, u leaves the link as the matcher
    suggested it: its state, reason and no analyst."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_the_ambush(app, pilot)
        before = stored_links(seeded_db, detail.claim_id)
        await pilot.press(*keys)
        await settle(app, pilot)
        assert stored_links(seeded_db, detail.claim_id) != before
        await pilot.press("u")
        await settle(app, pilot)
        assert stored_links(seeded_db, detail.claim_id) == before
        assert [link.state for link in detail.links][:1] == ["suggested"]


async def test_u_takes_back_a_link_the_analyst_added(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_the_ambush(app, pilot)
        before = stored_links(seeded_db, detail.claim_id)
        other = 1 if detail.claim_id != 1 else 2
        await pilot.press("l", *f"{other} related", "enter")
        await settle(app, pilot)
        assert len(stored_links(seeded_db, detail.claim_id)) == len(before) + 1
        await pilot.press("u")
        await settle(app, pilot)
        assert stored_links(seeded_db, detail.claim_id) == before


async def test_u_takes_back_a_credibility_grade(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_the_ambush(app, pilot)
        await pilot.press("y", "down", "enter")  # 2 probably true
        await settle(app, pilot)
        assert Workbench(seeded_db).credibility(detail.claim_id).analyst is not None
        await pilot.press("u")
        await settle(app, pilot)
    assert Workbench(seeded_db).credibility(detail.claim_id).analyst is None


async def test_u_takes_back_a_voice_grade(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        sources = app.screen
        assert isinstance(sources, SourcesScreen)
        voice = sources.voices[0]
        await pilot.press("g", "down", "down", "enter")  # grade C
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("u")  # in the queue: the last change was the grade
        await settle(app, pilot)
    after = next(v for v in Workbench(seeded_db).voices() if v.id == voice.id)
    assert (after.grade, after.note) == (voice.grade, voice.note)


async def test_a_grade_key_chooses_and_minus_takes_the_grade_away(seeded_db):
    """In the grade list a grade's own key chooses it (the trial had only arrows),
    and `-` takes the analyst's grade away: the voice is not graded again."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        sources = app.screen
        assert isinstance(sources, SourcesScreen)
        voice = sources.voices[0]
        await pilot.press("g", "e")
        await settle(app, pilot)
        graded = next(v for v in Workbench(seeded_db).voices() if v.id == voice.id)
        assert graded.grade == "E"
        await pilot.press("g", "minus")
        await settle(app, pilot)
    cleared = next(v for v in Workbench(seeded_db).voices() if v.id == voice.id)
    assert cleared.grade is None


async def test_a_credibility_key_chooses_and_minus_leaves_the_suggestion(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_the_ambush(app, pilot)
        await pilot.press("y", "5")
        await settle(app, pilot)
        graded = Workbench(seeded_db).credibility(detail.claim_id).analyst
        assert graded is not None and graded.grade == 5
        await pilot.press("y", "minus")
        await settle(app, pilot)
    assert Workbench(seeded_db).credibility(detail.claim_id).analyst is None


@pytest.mark.parametrize("where", ["event", "sources"])
async def test_u_undoes_on_the_screen_whose_dialog_says_so(seeded_db, where):
    """The grade dialogs say "u takes it back", but on the event and the sources
    screens `u` did nothing (the third trial): it takes the grade back there too."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        keys = ["v", "enter", "y", "6"] if where == "event" else ["s", "g", "e"]
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        screen = app.screen
        graded = Workbench(seeded_db)
        assert any(c.analyst for c in (graded.credibility(i.id) for i in graded.claims())) or any(
            v.grade for v in graded.voices()
        )
        await pilot.press("u")
        await settle(app, pilot)
        assert app.screen is screen
    after = Workbench(seeded_db)
    assert not any(after.credibility(c.id).analyst for c in after.claims())
    assert not any(v.grade for v in after.voices())


async def test_undo_says_what_it_took_back(seeded_db):
    """`u` on another screen took back a note made on the detail and said only
    "1 claim undone" (the fourth and fifth trials): it names what and whose."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_the_ambush(app, pilot)
        await pilot.press("n", *"one source", "enter")
        await settle(app, pilot)
        await pilot.press("escape", "s")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
    assert any(f"Undone: the note of claim {detail.claim_id}" == m for m in said), said
