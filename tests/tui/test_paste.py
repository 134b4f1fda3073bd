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
