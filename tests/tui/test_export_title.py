"""Issue 17, section 3: the export dialog offers the report's title. A pilot test on
the real app and a real database, written to fail before the dialog had the box."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.export_modal import ExportModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def test_the_title_typed_in_the_dialog_heads_the_report(seeded_db, tmp_path, monkeypatch):
    """e, a title typed at once (the title's box has the focus, trial 58) and enter,
    which goes on to the file's box, then enter there: the report is written with
    that heading, at 80x24."""
    monkeypatch.chdir(tmp_path)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e", *"Mali desk, week 6", "enter", "enter")
        await settle(app, pilot)
        assert app.screen is queue
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Mali desk, week 6\n")


async def test_no_title_keeps_the_default_heading(seeded_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "enter", "enter")
        await settle(app, pilot)
    assert (
        (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# Verification report\n")
    )


async def test_enter_in_the_title_goes_on_to_the_file_and_exports_nothing(
    seeded_db, tmp_path, monkeypatch
):
    """A trial typed a path into the title's box and enter exported at once: enter
    there now moves to the file's box, whose file is named in full under it; the
    next enter exports."""
    desk = tmp_path / "a desk folder with a name longer than the box is wide" / "week 6"
    desk.mkdir(parents=True)
    monkeypatch.chdir(desk)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        modal = app.screen
        assert isinstance(modal, ExportModal)
        where = str(modal.query_one("#export-where", Label).render())
        await pilot.press("shift+tab", *"/tmp/elsewhere.md", "enter")
        await settle(app, pilot)
        assert app.screen is modal and not list(desk.iterdir())
        assert modal.focused is modal.query_one("#export-path", Input)
        await pilot.press(*"x")  # typing goes on in the file's box
        await settle(app, pilot)
        typed = modal.query_one("#export-path", Input).value
        changed = str(modal.query_one("#export-where", Label).render())
    assert " ".join(where.split()) == f"writes {desk / 'report.md'}"
    assert typed == f"{desk / 'report.md'}x" and changed.replace("\n", "").endswith("report.mdx")


async def test_a_title_typed_on_the_claims_list_goes_to_the_title_box(
    seeded_db, tmp_path, monkeypatch
):
    """A trial tabbed from the file's box to the claims list and typed a title, which
    the list dropped: the characters now go on in the title's box (space first would
    open the list, so the title starts with a letter), and the report has it."""
    monkeypatch.chdir(tmp_path)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "shift+tab", "shift+tab")
        await settle(app, pilot)
        modal = app.screen
        assert isinstance(modal, ExportModal)
        assert modal.focused is modal.query_one("#export-claims")
        await pilot.press(*"Chad desk", "enter", "enter")
        await settle(app, pilot)
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Chad desk\n")
