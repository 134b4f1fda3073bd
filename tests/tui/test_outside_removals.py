"""Claims another process (the CLI) dismissed or removed with their document while the
TUI is open: the screen in front reads again at its next look (`check_outside`, every
few seconds) and drops them; a claim's detail whose claim went says so and closes. A
trial's queue kept showing claims `workbench claim dismiss` and `document remove` had
taken out, its detail of a removed claim stayed, and a verdict or a correction made on
it failed with a bare "no claim with id". The real app on a real database (tmp_path),
the other process's writes made through a second Workbench on the same file."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.queue import QueueScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def shown_ids(queue: QueueScreen) -> set[int]:
    table = queue.query_one("#queue", DataTable)
    return {int(str(row.key.value)) for row in table.ordered_rows}


def lines(app: WorkbenchApp) -> list[str]:
    return [n.message for n in app._notifications]


async def look(app: WorkbenchApp, pilot) -> None:
    """The app's periodic look for other processes' writes, once, and its answer."""
    app.check_outside()
    await settle(app, pilot)


async def test_the_queue_drops_a_claim_the_cli_dismissed(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        assert first is not None and first in shown_ids(queue)
        Workbench(seeded_db, analyst="cli").dismiss_claim(first, "not a claim")
        await look(app, pilot)
        assert first not in shown_ids(queue)
        assert queue.total == len(Workbench(seeded_db).claims())


async def test_the_queue_drops_the_claims_of_a_document_the_cli_removed(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        other = Workbench(seeded_db, analyst="cli")
        document = other.claims()[-1].document_id
        theirs = {c.id for c in other.claims() if c.document_id == document}
        assert theirs <= shown_ids(queue)
        other.remove_document(document)
        await look(app, pilot)
        assert not theirs & shown_ids(queue)
        await look(app, pilot)  # nothing more written: nothing read again
        assert not theirs & shown_ids(queue)


async def _open_first(app: WorkbenchApp, pilot) -> tuple[QueueScreen, int]:
    """The queue, and the id of its first claim, whose detail is now open."""
    queue = await ready(app, pilot)
    first = queue.current_id()
    assert first is not None
    await pilot.press("enter")
    await settle(app, pilot)
    return queue, first


async def test_a_detail_whose_claim_the_cli_removed_says_so_and_closes(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue, first = await _open_first(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        other = Workbench(seeded_db, analyst="cli")
        other.remove_document(other.claim(first).document_id)
        await look(app, pilot)
        assert app.screen is queue
        assert any(f"Claim {first} is no longer stored" in line for line in lines(app))
        assert first not in shown_ids(queue)


async def test_a_verdict_on_a_detail_whose_claim_went_closes_it(seeded_db: str) -> None:
    """The key pressed before the next look: the verdict is refused in one line, and
    the detail, read again after it, closes."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue, first = await _open_first(app, pilot)
        other = Workbench(seeded_db, analyst="cli")
        other.remove_document(other.claim(first).document_id)
        await pilot.press("c")
        await settle(app, pilot)
        assert app.screen is queue
        assert any(f"Claim {first} is no longer stored" in line for line in lines(app))
        assert first not in shown_ids(queue)


async def test_a_detail_shows_a_correction_the_cli_made(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        _, first = await _open_first(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen) and detail.claim is not None
        Workbench(seeded_db, analyst="cli").correct_claim(first, {"value": "4321"}, "cli")
        await look(app, pilot)
        assert detail.claim is not None and detail.claim.value == 4321
