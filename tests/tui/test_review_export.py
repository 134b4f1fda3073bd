"""Issue 17, section 2: the export dialog does what it says. Pilot tests on the real
app and a real database, written to fail before their fix."""

from __future__ import annotations

import pytest
from textual.widgets import Checkbox, Input, Label, Select

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.modals import ExportModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def test_enter_exports_at_once(seeded_db, tmp_path, monkeypatch):
    """e then enter writes the report, as the dialog says (enter opened the format list)."""
    monkeypatch.chdir(tmp_path)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e", "enter")
        await settle(app, pilot)
        assert app.screen is queue
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("#")


async def test_a_path_under_home_is_written_there(seeded_db, tmp_path, monkeypatch):
    """`~/r.md` is the home folder's r.md, not a folder named `~`."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "ctrl+u", *"~/r.md", "enter")
        await settle(app, pilot)
    assert (tmp_path / "r.md").exists() and not (tmp_path / "~").exists()


async def test_an_existing_file_is_replaced_only_once_asked(seeded_db, tmp_path):
    """Exporting over a file asks first: n keeps it as it was, y replaces it."""
    kept = tmp_path / "kept.md"
    kept.write_text("the analyst's draft", encoding="utf-8")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "ctrl+u", *str(kept), "enter")
        await settle(app, pilot)
        question = str(app.screen.query_one("#question", Label).render())
        assert str(kept) in question and "replace" in question
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportModal)
        assert kept.read_text(encoding="utf-8") == "the analyst's draft"
        await pilot.press("enter", "y")
        await settle(app, pilot)
    assert kept.read_text(encoding="utf-8").startswith("#")


async def test_the_dialog_starts_with_the_queue_filters(seeded_db):
    """With the queue showing contested confirmed claims, the export starts there too."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        queue.query_one("#status", Select).value = "confirmed"
        queue.query_one("#contested", Checkbox).value = True
        await settle(app, pilot)
        await pilot.press("e")
        modal = app.screen
        assert isinstance(modal, ExportModal)
        assert modal.query_one("#export-claims", Select).value == "confirmed"
        assert modal.query_one("#export-contested", Checkbox).value is True
        assert app.focused is modal.query_one("#export-path", Input)
