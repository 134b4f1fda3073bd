"""Trial 57: a verdict given in the TUI, then another given to the same claim in the CLI
by the same analyst, then `u` in the TUI: the undo put back "unreviewed" over the CLI's
"false", which survived only in the history. The undo is now refused where the claim's
verdict is no longer the one the TUI gave, whoever changed it. The real app through
its pilot, a real database, and a second connection as the CLI's."""

from __future__ import annotations

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app


async def test_undo_leaves_a_later_verdict_given_elsewhere(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        claim = queue.current_id()
        await pilot.press("c")
        await settle(app, pilot)
        Workbench(seeded_db, analyst="ana").set_verdict(claim, "false", "the CLI says false")
        await pilot.press("u")
        await settle(app, pilot)
        said = [str(n.message) for n in app._notifications]
        assert any("false" in line for line in said[-2:]), said
    after = Workbench(seeded_db).claim(claim)
    assert (after.status, after.note) == ("false", "the CLI says false")


async def test_undo_still_takes_back_its_own_verdict(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        claim = queue.current_id()
        await pilot.press("c")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
    assert Workbench(seeded_db).claim(claim).status == "unreviewed"


async def _note_then(seeded_db: str, elsewhere: tuple[str | None, str]) -> tuple[str, str | None]:
    """A note typed in the TUI on the first claim, then `elsewhere` (a verdict, or None
    for a note alone, and its note) written in the CLI by the same analyst, then `u`:
    the claim's verdict and note after."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        claim = queue.current_id()
        await pilot.press("n", *"TUI note", "enter")
        await settle(app, pilot)
        cli = Workbench(seeded_db, analyst="ana")
        status, note = elsewhere
        if status is None:
            cli.set_note(claim, note)
        else:
            cli.set_verdict(claim, status, note)
        await pilot.press("u")
        await settle(app, pilot)
    after = Workbench(seeded_db).claim(claim)
    return after.status, after.note


async def test_undoing_a_note_leaves_a_later_verdict_given_elsewhere(seeded_db: str) -> None:
    """Trial 59: the TUI's last change was a note; the CLI then gave the claim 'false'
    with a note; `u` put back 'unreviewed' and no note over both."""
    assert await _note_then(seeded_db, ("false", "CLI: false")) == ("false", "CLI: false")


async def test_undoing_a_note_leaves_a_later_note_written_elsewhere(seeded_db: str) -> None:
    assert await _note_then(seeded_db, (None, "CLI note")) == ("unreviewed", "CLI note")


async def test_undo_still_takes_back_its_own_note(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        claim = queue.current_id()
        await pilot.press("n", *"TUI note", "enter")
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        queue.move_to(claim)
        await pilot.press("u", "u")
        await settle(app, pilot)
    after = Workbench(seeded_db).claim(claim)
    assert (after.status, after.note or None) == ("unreviewed", None)
