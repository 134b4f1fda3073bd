"""What the pilot tests wait for: the app's reads and writes ended and the screen
redrawn, and the queue in front once the app has started."""

from __future__ import annotations

from textual.pilot import Pilot

from workbench.tui.app import WorkbenchApp
from workbench.tui.screens.queue import QueueScreen


async def settle(app: WorkbenchApp, pilot: Pilot) -> None:
    """Every read and write asked has ended (saved or not), every source added with
    `i` has loaded (in a thread of its own), and the screen is redrawn."""
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
