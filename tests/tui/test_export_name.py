"""Trial ux51: as the export dialog opened, the analyst typed the report's title and
pressed enter twice; the file's box has the focus, so the title went on the end of
the file's name and the report was written as "report.mdIturi TUI", without its .md.
A file whose name does not end as the format's files do is now written only once
the analyst answers y; a no says nothing was written. Pilot tests on the real app
and a real database, at 80x24."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.events import Key
from textual.widgets import Input

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.confirm import ConfirmModal
from workbench.tui.screens.export_modal import ExportModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def _desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder the analyst works in, apart from the database in `tmp_path`."""
    desk = tmp_path / "desk"
    desk.mkdir()
    monkeypatch.chdir(desk)
    return desk


async def test_a_title_typed_into_the_file_box_is_asked_about_not_written(
    seeded_db, tmp_path, monkeypatch
):
    """The trial's keys, in the file's box (enter in the title's goes on to it; the
    dialog opens on the title's since trial 58): the question names the file and the
    ending it lacks; the second enter says no (a destructive question), nothing is
    written, and the dialog stays with the name as typed, to correct."""
    desk = _desk(tmp_path, monkeypatch)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "enter", *"Ituri TUI", "enter")
        await settle(app, pilot)
        question = app.screen
        assert isinstance(question, ConfirmModal)
        assert question.question == (
            f"{desk / 'report.mdIturi TUI'} does not end in .md: "
            "write the Markdown report there all the same?"
        )
        await pilot.press("enter")
        await settle(app, pilot)
        modal = app.screen
        assert isinstance(modal, ExportModal)
        assert modal.query_one("#export-path", Input).value == str(desk / "report.mdIturi TUI")
        assert modal.focused is modal.query_one("#export-path", Input)
        said = [str(n.message) for n in app._notifications]  # trial 56: say it
        assert f"Nothing written to {desk / 'report.mdIturi TUI'}" in said[-1]
    assert list(desk.iterdir()) == []


async def test_y_writes_the_file_under_the_name_given(seeded_db, tmp_path, monkeypatch):
    desk = _desk(tmp_path, monkeypatch)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e", "enter", *"x", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen is queue
    assert (desk / "report.mdx").read_text(encoding="utf-8").startswith("# Verification")


async def test_a_usual_ending_asks_nothing(seeded_db, tmp_path, monkeypatch):
    """.markdown for a Markdown report, and the format's own ending, any case."""
    desk = _desk(tmp_path, monkeypatch)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        for name in ("week6.markdown", "WEEK7.MD"):
            await pilot.press("e", "enter", "ctrl+u", *str(desk / name), "enter")
            await settle(app, pilot)
            assert app.screen is queue
    assert sorted(p.name for p in desk.iterdir()) == ["WEEK7.MD", "week6.markdown"]


async def test_a_file_that_exists_and_ends_oddly_is_asked_about_twice(
    seeded_db, tmp_path, monkeypatch
):
    """y to the name, then y to replacing it: a file is only replaced after the
    question that says so."""
    desk = _desk(tmp_path, monkeypatch)
    (desk / "notes.txt").write_text("mine\n", encoding="utf-8")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e", "enter", "ctrl+u", *str(desk / "notes.txt"), "enter")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        question = app.screen
        assert isinstance(question, ConfirmModal) and "exists" in question.question
        assert (desk / "notes.txt").read_text(encoding="utf-8") == "mine\n"
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen is queue
    assert (desk / "notes.txt").read_text(encoding="utf-8").startswith("# Verification")


async def test_the_open_database_is_refused_before_any_question(seeded_db, tmp_path, monkeypatch):
    """Trial 55: naming the open database asked two generic questions, then replaced
    every verdict and note with the report. The dialog now refuses it at once and
    stays, and the database is left as it was."""
    _desk(tmp_path, monkeypatch)
    before = Path(seeded_db).read_bytes()
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "enter", "ctrl+u", *str(seeded_db), "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportModal)
        assert any("is a database" in str(n.message) for n in app._notifications)
    assert Path(seeded_db).read_bytes() == before


async def test_a_burst_typed_on_a_list_goes_on_in_the_title(seeded_db, tmp_path, monkeypatch):
    """Trial 57: tab to the claims list, then a burst of keys (a paste, a fast typist):
    the first key moved the focus to the title's box, the keys already sent to the
    list reached the dialog with the title focused, and were dropped: the title kept
    its first letter (seen in tmux, where keys come faster than the focus moves; here
    the keys on their way are handed to the dialog as the list hands them on)."""
    _desk(tmp_path, monkeypatch)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        modal = app.screen
        assert isinstance(modal, ExportModal)
        modal.query_one("#export-claims").focus()
        await pilot.press("B")
        await settle(app, pilot)
        title = modal.query_one("#export-title", Input)
        assert modal.focused is title
        for character in "urst typing":  # on their way to the list as the focus moved
            await modal.on_key(Key(character, character))
        await settle(app, pilot)
        assert title.value == "Burst typing"
        modal.query_one("#export-contested").focus()
        await pilot.press("space")  # a space still ticks the box it is sent to
        await settle(app, pilot)
        assert modal.query_one("#export-contested").value is True
        assert title.value == "Burst typing"


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_typing_as_the_dialog_opens_goes_into_the_title(
    seeded_db, tmp_path, monkeypatch, size
):
    """Trial 58: `e`, "Kapisa TUI", enter went into the file's box ("Nothing written
    to .../report.mdKapisa TUI"). The dialog reads top-down and opens on the title's
    box: the keys typed at once are the title, enter goes on to the file's box with
    its offered name untouched, and the next enter writes the report under that
    heading."""
    desk = _desk(tmp_path, monkeypatch)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=size) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e", *"Kapisa TUI", "enter")
        await settle(app, pilot)
        modal = app.screen
        assert isinstance(modal, ExportModal)
        assert modal.query_one("#export-title", Input).value == "Kapisa TUI"
        path = modal.query_one("#export-path", Input)
        assert modal.focused is path and path.value == str(desk / "report.md")
        assert list(desk.iterdir()) == []
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is queue
    assert (desk / "report.md").read_text(encoding="utf-8").startswith("# Kapisa TUI\n")
