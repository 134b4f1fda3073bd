"""The grade dialog opens on the grade given now, so that enter keeps it (re-trial 61:
enter on a voice graded E made it A, unsaid); on a real database through the pilot."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.modals import GradeModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def test_enter_keeps_the_grade_given_now(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        voice = app.screen.voices[0]
        await pilot.press("g", "e")
        await settle(app, pilot)
        await pilot.press("g")
        assert isinstance(app.screen, GradeModal)
        options = app.screen.query_one(OptionList)
        assert options.highlighted == 4 and "(now)" in str(options.get_option_at_index(4).prompt)
        await pilot.press("enter")
        await settle(app, pilot)
    assert next(v for v in Workbench(seeded_db).voices() if v.id == voice.id).grade == "E"


async def test_an_ungraded_voice_opens_on_the_first_grade(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s", "g")
        options = app.screen.query_one(OptionList)
        assert options.highlighted == 0
        assert "(now)" not in str(options.get_option_at_index(0).prompt)
