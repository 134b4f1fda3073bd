"""A pilot that knows when the app is idle, for the TUI tests that never hold a lock.

Textual's pilot waits after each key until the process looks idle: CPU time sampled
over 20 ms windows (`textual._wait.wait_for_idle`), at least 40 ms a key, half of
these tests' time spent sleeping. Here the app says so itself: every database answer
comes through a worker that ends once its message was handled (`WorkbenchApp.deliver`),
so the app is idle when none of its workers is pending or running and a 5 ms window
passes without work. A test whose worker waits on a held lock would wait here up to a
second a key: those (test_writes.py, test_responsive.py) keep Textual's own wait."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from time import monotonic, process_time

import pytest
import textual.app
import textual.pilot
from textual._context import active_app
from textual.worker import WorkerState

WINDOW_S = 0.005
ACTIVE = (WorkerState.PENDING, WorkerState.RUNNING)


async def wait_for_idle(min_sleep: float = 0.02, max_sleep: float = 1.0) -> None:
    """Textual's `wait_for_idle`, with the app's workers asked as well."""
    start = monotonic()
    while True:
        cpu = process_time()
        await asyncio.sleep(WINDOW_S)
        quiet = process_time() - cpu < WINDOW_S / 20 and not _working()
        elapsed = monotonic() - start
        if elapsed >= max_sleep or (elapsed > min_sleep and quiet):
            return


def _working() -> bool:
    app = active_app.get(None)
    return app is not None and any(worker.state in ACTIVE for worker in app.workers)


@pytest.fixture
def app_idle_wait() -> Iterator[None]:
    """The pilot waits with `wait_for_idle` above (use with `pytest.mark.usefixtures`)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textual.app, "wait_for_idle", wait_for_idle)
        patch.setattr(textual.pilot, "wait_for_idle", wait_for_idle)
        yield
