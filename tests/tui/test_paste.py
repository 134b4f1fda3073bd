"""Text pasted into a one-line box: a note of several lines goes in whole, its lines
joined by a space (Textual's Input keeps the first line and drops the rest)."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app


async def test_a_note_pasted_in_lines_is_kept_whole(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("n", "ctrl+u")
        box = app.screen.query_one("#note", Input)
        box.post_message(events.Paste("Seen in OCHA's update\n\n  and in the army's  \n"))
        await pilot.pause()
        assert box.value == "Seen in OCHA's update and in the army's"
        await pilot.press("enter")
        await settle(app, pilot)
    assert first is not None
    assert Workbench(seeded_db).claim(first).note == "Seen in OCHA's update and in the army's"


async def test_control_characters_pasted_are_spaces(seeded_db: str) -> None:
    """A trial pasted text with an escape sequence and a tab into a note."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "ctrl+u")
        box = app.screen.query_one("#note", Input)
        box.post_message(events.Paste("one\n\ttwo\x1b[31m red"))
        await pilot.pause()
        assert box.value == "one two [31m red"
