"""The pilot's idle wait, shortened for these tests.

Textual's pilot waits after each key until the process looks idle, sampling the
CPU time over 20 ms windows (`textual._wait.SLEEP_GRANULARITY`), so each key costs
at least 40 ms of sleeping. These tests never rely on that guess: each waits for
the app's workers (`app.workers.wait_for_complete()`) before it reads the screen.
A 5 ms window (idle below 5% of it, the same ratio) cuts the TUI tests' time by
about a third."""

from collections.abc import Iterator

import pytest
import textual._wait


@pytest.fixture(autouse=True)
def quick_idle_wait() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(textual._wait, "SLEEP_GRANULARITY", 0.005)
        patch.setattr(textual._wait, "SLEEP_IDLE", 0.005 / 20)
        yield
