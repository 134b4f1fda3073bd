"""Trial 79: the correction form's empty "side" field showed "security forces,
armed…", which read as a side stored. An empty field's placeholder now reads as one
("unset: e.g. civilians"), as does the link dialog's ("e.g. 41 corroborates"); a
field that holds a value shows it. Pilot tests on the real app and database."""

from __future__ import annotations

from contextlib import closing

import pytest
from textual.widgets import Input

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.correction import CorrectionModal, field_text
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.modals import LinkModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def _claims(db: str) -> tuple[int, int]:
    """A claim of the seeds with no side stored, and one with a side."""
    with closing(Workbench(db)) as bench:
        claims = bench.claims()
    bare = next(c.id for c in claims if not field_text(c, "side"))
    sided = next(c.id for c in claims if field_text(c, "side"))
    return bare, sided


async def _form(app, pilot, claim_id: int) -> CorrectionModal:
    queue = await ready(app, pilot)
    queue.move_to(claim_id)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, DetailScreen)
    await pilot.press("m")
    await settle(app, pilot)
    assert isinstance(app.screen, CorrectionModal)
    return app.screen


def _shown(box: Input) -> str:
    """The box's line as drawn."""
    return box.render_line(0).text.strip()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_an_empty_side_reads_as_unset(seeded_db, size):
    bare, _ = _claims(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=size) as pilot:
        form = await _form(app, pilot, bare)
        side = form.query_one("#field-side", Input)
        assert side.value == ""
        assert _shown(side).startswith("unset: e.g.")
        assert "security forces, armed" not in _shown(side)


async def test_the_link_dialogs_example_reads_as_one(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        queue = await ready(app, pilot)
        queue.move_to(1)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("l")
        await settle(app, pilot)
        assert isinstance(app.screen, LinkModal)
        assert _shown(app.screen.query_one("#link", Input)).startswith("e.g. 41")


async def test_a_side_stored_is_shown_as_it_is(seeded_db):
    _, sided = _claims(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _form(app, pilot, sided)
        side = form.query_one("#field-side", Input)
        assert side.value and _shown(side).startswith(side.value)


async def test_the_other_placeholders_say_what_they_take(seeded_db):
    bare, _ = _claims(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        form = await _form(app, pilot, bare)
        assert form.query_one("#field-part", Input).placeholder.startswith("yes/no")
        assert form.query_one("#note", Input).placeholder.startswith("Note: why")
