"""The `i` dialog's hints read as hints, not as values set: "Published: 2013-01-25"
in a trial's dialog, pasting a report of March 2026, read as the date it would be
given, and "Language: fr" as French chosen for an English text. The hints name the
form a date takes and the languages there are; what the boxes hold stays empty."""

from __future__ import annotations

import re

from textual.widgets import Input

from tests.tui.pilots import ready
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.add_source import AddSourceModal


async def test_the_date_and_language_hints_are_no_values(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, AddSourceModal)
        published = app.screen.query_one("#source-published", Input)
        language = app.screen.query_one("#source-language", Input)
        assert published.value == "" and language.value == ""
        assert not re.search(r"\d", published.placeholder)
        assert "YYYY-MM-DD" in published.placeholder
        assert "en" in language.placeholder and "fr" in language.placeholder
        assert published.region.width > len(published.placeholder)  # seen whole at 80
        assert language.region.width > len(language.placeholder)
