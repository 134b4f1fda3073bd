"""The correction form's voice field: a name no voice has is not made into a new
voice at the first enter (a slip, "Chadian amry", would count as one more
independent source); the form says so, offers the nearest voice, and makes the
voice only when saved again. Typing offers the stored voices' names."""

from __future__ import annotations

import pytest
from textual.widgets import Label

from tests.tui.pilots import settle
from tests.tui.test_review_corrections import field, open_the_form
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.correction import CorrectionModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def voice_names(db) -> list[str]:
    return [v.name for v in Workbench(db).voices()]


async def save_voice(app, pilot, form, voice: str) -> None:
    """Type `voice` in the form's voice field and press enter."""
    field(form, "voice").value = voice
    field(form, "value").focus()
    await pilot.press("enter")
    await settle(app, pilot)


async def test_a_new_voice_is_named_first_and_made_only_when_saved_again(seeded_db):
    before = voice_names(seeded_db)
    known = next(name for name in before if len(name) > 8)
    slip = known[:-2] + known[-1] + known[-2]  # two letters swapped at the end
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        detail, form = await open_the_form(app, pilot)
        await save_voice(app, pilot, form, slip)
        assert app.screen is form  # not saved
        problem = str(form.query_one("#problem", Label).render())
        assert f"no voice is named {slip!r} yet" in problem
        assert f"did you mean {known!r}" in problem
        assert voice_names(seeded_db) == before
        await pilot.press("enter")  # the analyst means it
        await settle(app, pilot)
        assert app.screen is detail
        assert Workbench(seeded_db).claim(detail.claim_id).voice == slip
        assert len(voice_names(seeded_db)) == len(before) + 1


async def test_a_known_voice_saves_at_once_in_any_case(seeded_db):
    known = voice_names(seeded_db)[0]
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        detail, form = await open_the_form(app, pilot)
        await save_voice(app, pilot, form, known.upper())
        assert app.screen is detail
        assert Workbench(seeded_db).claim(detail.claim_id).voice == known


async def test_typing_a_voice_offers_a_stored_one(seeded_db):
    known = next(name for name in voice_names(seeded_db) if len(name) > 8)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        _, form = await open_the_form(app, pilot)
        assert isinstance(form, CorrectionModal)
        box = field(form, "voice")
        box.value = ""
        box.focus()
        await pilot.press(*known[:5].lower())
        await settle(app, pilot)
        await pilot.press("right")
        await settle(app, pilot)
        assert box.value.lower() == known.lower()


async def test_the_detail_says_the_attribution_is_the_texts_once_the_voice_is_corrected(
    seeded_db,
):
    known = "Mali's military"
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        detail, form = await open_the_form(app, pilot)
        await save_voice(app, pilot, form, known)
        assert app.screen is detail
        shown = str(detail.query_one("#fields").render())
        assert known in shown
        assert "A Chadian source (as the text has it; the voice corrected)" in shown
