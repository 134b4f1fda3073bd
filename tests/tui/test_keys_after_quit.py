"""Keys pressed after q, while the review closes: a trial typed its next shell command
(`clear; ...`) before the app had gone, and the `c` of `clear` asked for a verdict in
a writing thread already shut down: "the review stopped on an unexpected error". A
write or read asked after quitting is dropped; the app closes as asked."""

from __future__ import annotations

from tests.tui.pilots import ready
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.vocabulary import ClaimFilter


async def test_a_verdict_key_after_quit_is_dropped_not_a_crash(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        app.writer.close()  # as q does, the app not yet gone
        app.reader.close()
        await pilot.press("c", "j", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
    assert app.return_code in (0, None)
    statuses = {c.status for c in Workbench(seeded_db).claims(ClaimFilter())}
    assert statuses == {"unreviewed"}  # nothing saved after quitting, nothing lost before
