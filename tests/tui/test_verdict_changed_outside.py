"""Trial 58: one analyst, one login, a verdict given in the CLI while the TUI showed the
claim; the screen took the CLI's "false" in a few seconds later, and a `c` pressed a
second after replaced it unawares. The detail now says, when the verdict it shows
changes and this window did not change it, that it was given outside the window. The
real app through its pilot, a real database, a second connection as the CLI's."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app


async def _detail(app: WorkbenchApp, pilot: Pilot) -> int:
    queue = await ready(app, pilot)
    claim = queue.current_id()
    await pilot.press("enter")
    await settle(app, pilot)
    return claim


async def test_a_verdict_given_outside_is_said_when_the_detail_shows_it(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        claim = await _detail(app, pilot)
        Workbench(seeded_db, analyst="ana").set_verdict(claim, "false", "the CLI says false")
        for _ in range(40):  # the screen reads the database again on its own
            await pilot.pause(0.25)
            if app.screen.claim is not None and app.screen.claim.status == "false":
                break
        await settle(app, pilot)
        said = [str(n.message) for n in app._notifications]
    assert any("given outside this window" in line for line in said), said


async def test_a_verdict_given_in_the_window_is_not_said_again(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await _detail(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        await pilot.press("u")
        await settle(app, pilot)
        said = [str(n.message) for n in app._notifications]
    assert not any("outside this window" in line for line in said), said
