"""`end` on the claims queue goes to the last claim, however many are not read yet: the
queue reads its rows a page at a time, and a trial's `end` on 5,513 claims went only
200 further at each press. A pilot test on the real app and a real database of
claims written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.queue import PAGE

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


@pytest.fixture
def many(tmp_path: Path) -> str:
    """A database of more than two pages of claims, one a paragraph."""
    towns = ["Kaya", "Dori", "Gao", "Mopti", "Kidal"]
    paragraphs = [
        f"Gunmen killed {n + 2} villagers in {towns[n % 5]} on day {n}, police said."
        for n in range(2 * PAGE + 57)
    ]
    source = tmp_path / "many.txt"
    source.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    db = str(tmp_path / "claims.db")
    Workbench(db, analyst="ana").ingest([str(source)], jobs=1)
    return db


async def test_end_reads_every_claim_and_goes_to_the_last(many: str) -> None:
    app = make_app(Workbench(many, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        assert len(queue.rows) == PAGE < queue.total
        await pilot.press("end")
        for _ in range(3):  # the rest read, then the cursor moved
            await settle(app, pilot)
        table = queue.query_one("#queue")
        assert len(queue.rows) == queue.total
        assert table.cursor_row == queue.total - 1
        await pilot.press("home")
        await settle(app, pilot)
        assert table.cursor_row == 0 and len(queue.rows) == queue.total


async def test_a_selects_what_is_read_and_says_how_many_more_match(many: str) -> None:
    app = make_app(Workbench(many, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        assert len(queue.selected) == PAGE
        more = queue.total - PAGE
        said = [n.message for n in app._notifications]
        assert any(f"the {more:,} further down are not read yet" in line for line in said)
        await pilot.press("end")
        for _ in range(3):
            await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        assert len(queue.selected) == queue.total
