"""The queue's check boxes draw their X only when checked: Textual's Checkbox draws
it either way and tells the two apart by colour alone, so that at 80x24 in tmux (and
on any terminal of few colours) the queue read as filtered to contested and stale
claims while it showed them all. The real app on a real database, through its pilot."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets import Checkbox

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.fields import CheckField

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def drawn(box: Checkbox) -> str:
    """The box as the screen shows it, without its colours."""
    lines = box.render_lines(Region(0, 0, *box.outer_size))
    return " ".join(line.text for line in lines)


async def test_an_unchecked_box_draws_no_x_and_a_checked_one_does(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        contested = queue.query_one("#contested", Checkbox)
        stale = queue.query_one("#stale", Checkbox)
        assert isinstance(contested, CheckField)
        assert "▐ ▌" in drawn(contested) and "X" not in drawn(contested)
        assert "X" not in drawn(stale)
        all_shown = queue.total
        await pilot.click("#contested")
        await settle(app, pilot)
        assert contested.value is True
        assert "▐X▌" in drawn(contested)
        assert queue.total < all_shown  # the filter is on: only contested claims
        await pilot.click("#contested")
        await settle(app, pilot)
        assert contested.value is False
        assert "X" not in drawn(contested)
        assert queue.total == all_shown  # Changed still reaches the queue


async def test_the_export_dialogs_boxes_show_their_state(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        box = app.screen.query_one("#export-contested", Checkbox)
        assert box.value is False and "X" not in drawn(box)
        box.value = True
        await pilot.pause()
        assert "▐X▌" in drawn(box)
