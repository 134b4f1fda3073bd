"""Trial 59b: after an undo refused (another analyst's verdict came since), a second
`u`, meant to try again, took back an older change of another claim; the refusal moved
the cursor to the claim in conflict; and `u` after a verdict given again as it was was
told "the note" and logged the note again. The real app through its pilot, a real
database, and a second connection as the CLI's."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app


def _said(app: WorkbenchApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _two_verdicts_then_cli(app: WorkbenchApp, pilot: Pilot, db: str) -> tuple[int, int]:
    """`c` on the first two claims of the queue, then the CLI gives the second 'false';
    the two claims."""
    queue = await ready(app, pilot)
    first = queue.current_id()
    await pilot.press("c")
    await settle(app, pilot)
    second = queue.current_id()
    assert second != first
    await pilot.press("c")
    await settle(app, pilot)
    Workbench(db, analyst="ana").set_verdict(second, "false", "the CLI says false")
    return first, second


async def test_the_press_after_a_refused_undo_only_names_the_next(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        first, second = await _two_verdicts_then_cli(app, pilot, seeded_db)
        await pilot.press("u")  # refused: the CLI's 'false' stays
        await settle(app, pilot)
        await pilot.press("u")  # held: names the first claim's verdict, takes nothing back
        await settle(app, pilot)
        assert f"claim {first}" in _said(app)[-1] and "refused" in _said(app)[-1]
        assert Workbench(seeded_db).claim(first).status == "confirmed"
        await pilot.press("u")  # taken back
        await settle(app, pilot)
    assert Workbench(seeded_db).claim(first).status == "unreviewed"
    assert Workbench(seeded_db).claim(second).status == "false"


async def test_a_new_change_after_a_refusal_is_undone_at_once(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await _two_verdicts_then_cli(app, pilot, seeded_db)
        await pilot.press("u")  # refused
        await settle(app, pilot)
        queue = app.screen
        third = queue.current_id()  # type: ignore[attr-defined]
        await pilot.press("x")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
    assert Workbench(seeded_db).claim(third).status == "unreviewed"


async def test_a_refused_undo_leaves_the_cursor(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        _, second = await _two_verdicts_then_cli(app, pilot, seeded_db)
        queue = app.screen
        here = queue.current_id()  # type: ignore[attr-defined]
        await pilot.press("u")
        await settle(app, pilot)
        assert queue.current_id() == here != second  # type: ignore[attr-defined]


async def test_undoing_a_verdict_given_again_changes_nothing(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        claim = queue.current_id()
        await pilot.press("c")
        await settle(app, pilot)
        Workbench(seeded_db, analyst="ana").set_note(claim, "CLI note only")
        queue.move_to(claim)
        await pilot.press("c")  # confirmed again
        await settle(app, pilot)
        logged = len(Workbench(seeded_db).history(claim))
        await pilot.press("u")
        await settle(app, pilot)
        assert "nothing" in _said(app)[-1] and "note" not in _said(app)[-1].split(":")[0]
        assert len(Workbench(seeded_db).history(claim)) == logged
    after = Workbench(seeded_db).claim(claim)
    assert (after.status, after.note) == ("confirmed", "CLI note only")
