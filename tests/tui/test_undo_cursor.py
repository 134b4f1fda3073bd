"""Trial 56: after a verdict moved the cursor on, `u` took the verdict back but left the
cursor on the next claim, and enter opened that one. The cursor now goes back to the
claim undone. The real app through its pilot, on a real database."""

from __future__ import annotations

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app


async def test_undo_puts_the_cursor_back_on_the_claim_undone(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("d")
        await settle(app, pilot)
        second = queue.current_id()
        await pilot.press("f")
        await settle(app, pilot)
        assert queue.current_id() != second
        await pilot.press("u")
        await settle(app, pilot)
        assert queue.current_id() == second
    assert Workbench(seeded_db).claim(second).status == "unreviewed"


async def test_nothing_to_undo_leaves_the_cursor(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("j")
        here = queue.current_id()
        await pilot.press("u")
        await settle(app, pilot)
        assert queue.current_id() == here
