"""Issue 17, section 3: the export dialog offers the report's title. A pilot test on
the real app and a real database, written to fail before the dialog had the box."""

from __future__ import annotations

import pytest

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


async def test_the_title_typed_in_the_dialog_heads_the_report(seeded_db, tmp_path, monkeypatch):
    """e, then the title's box (tab back from the file's), a title and enter: the
    report is written with that heading, at 80x24."""
    monkeypatch.chdir(tmp_path)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e", "shift+tab", *"Mali desk, week 6", "enter")
        await settle(app, pilot)
        assert app.screen is queue
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert report.startswith("# Mali desk, week 6\n")


async def test_no_title_keeps_the_default_heading(seeded_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "enter")
        await settle(app, pilot)
    assert (
        (tmp_path / "report.md").read_text(encoding="utf-8").startswith("# Verification report\n")
    )
