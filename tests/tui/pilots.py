"""What the pilot tests wait for: the app's reads and writes ended and the screen
redrawn, and the queue in front once the app has started."""

from __future__ import annotations

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.queue import QueueScreen


async def settle(app: WorkbenchApp, pilot: Pilot) -> None:
    """Every read and write asked has ended (saved or not), every source added with
    `i` has loaded (in a thread of its own), and the screen is redrawn. Messages
    posted before (a filter's Changed) are handled first: the reads they ask are
    waited for too."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    for _ in range(600):  # 30 s at most
        if not app.loading:
            break
        await pilot.pause(0.05)
    assert not app.loading, f"still loading: {app.loading}"
    await app.workers.wait_for_complete()
    await pilot.pause()


async def ready(app: WorkbenchApp, pilot: Pilot) -> QueueScreen:
    """The started app's queue, once its first reads have ended."""
    await settle(app, pilot)
    assert isinstance(app.screen, QueueScreen)
    return app.screen


async def laid_out(pilot: Pilot, *widgets: Widget, checks: int = 3) -> None:
    """Wait until the widgets' regions have stayed the same for `checks` looks in a row
    (5 s at most): a busy machine lays a screen out over several frames, after its
    text arrived, and a test that measures a region must measure the last one."""
    seen: tuple[Region, ...] = ()
    same = 0
    for _ in range(100):
        await pilot.pause(0.05)
        now = tuple(widget.region for widget in widgets)
        same = same + 1 if now == seen else 0
        seen = now
        if same >= checks:
            return
