"""Trial 56: a note half typed was thrown away by ctrl+q with no word, and so was one
escape had closed (the dialog says what was typed is offered again) by q. Quitting
with typed words not saved now says what would be lost; ctrl+q again quits. The real
app through its pilot, on a real database."""

from __future__ import annotations

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.modals import NoteModal


def _said(app: WorkbenchApp, words: str) -> bool:
    return any(words in n.message for n in app._notifications)


async def test_quitting_with_a_note_being_typed_asks_first(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("n", *"half typed", "ctrl+q")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, NoteModal)
        assert _said(app, "the note being typed not saved: ctrl+q again quits")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running


async def test_quitting_with_a_draft_escape_kept_asks_first(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("n", *"half typed", "escape", "q")
        await pilot.pause()
        assert app.is_running
        assert _said(app, f"the note typed for claim {first} not saved")
        await settle(app, pilot)


async def test_quitting_with_nothing_typed_quits_at_once(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "escape", "q")
        await pilot.pause()
    assert not app.is_running
