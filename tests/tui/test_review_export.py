"""Issue 17, section 2: the export dialog does what it says. Pilot tests on the real
app and a real database, written to fail before their fix."""

from __future__ import annotations

import gzip
import json
from contextlib import closing

import pytest
from textual.widgets import Checkbox, Input, Label, Select

from tests import web_server
from tests.test_web_ingest import article
from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.export_modal import ExportModal
from workbench.vocabulary import ClaimFilter

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1


async def test_enter_exports_at_once(seeded_db, tmp_path, monkeypatch):
    """e then enter twice writes the report, as the dialog says (enter opened the format
    list): the first goes from the title's box to the file's."""
    monkeypatch.chdir(tmp_path)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e", "enter", "enter")
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
        await pilot.press("e", "enter", "ctrl+u", *"~/r.md", "enter")
        await settle(app, pilot)
    assert (tmp_path / "r.md").exists() and not (tmp_path / "~").exists()


async def test_an_existing_file_is_replaced_only_once_asked(seeded_db, tmp_path):
    """Exporting over a file asks first: n keeps it as it was, and so does enter (a
    trial's analyst replaced their own report with a second enter); y replaces it."""
    kept = tmp_path / "kept.md"
    kept.write_text("the analyst's draft", encoding="utf-8")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e", "enter", "ctrl+u", *str(kept), "enter")
        await settle(app, pilot)
        question = str(app.screen.query_one("#question", Label).render())
        assert str(kept) in question and "replace" in question
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportModal)
        assert kept.read_text(encoding="utf-8") == "the analyst's draft"
        await pilot.press("enter")
        await settle(app, pilot)
        assert "y: yes" in str(app.screen.query_one(".hint", Label).render())
        await pilot.press("enter")
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
        assert app.focused is modal.query_one("#export-title", Input)  # trial 58


async def test_the_export_keeps_the_queues_category_and_search(seeded_db, tmp_path):
    """With the queue narrowed to killed claims holding "soldiers", the dialog offers
    those filters, ticked; the export holds those claims only, and says so."""
    out = tmp_path / "killed.md"
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        queue.query_one("#category", Select).value = "killed"
        queue.query_one("#search", Input).value = "soldiers"
        await settle(app, pilot)
        await pilot.press("e")
        modal = app.screen
        assert isinstance(modal, ExportModal)
        narrow = modal.query_one("#export-narrow", Checkbox)
        assert narrow.value is True and "category killed" in str(narrow.label)
        await pilot.press("enter", "ctrl+u", *str(out), "enter")
        await settle(app, pilot)
    text = out.read_text(encoding="utf-8")
    assert "category killed; claims holding “soldiers”" in text
    with closing(Workbench(seeded_db)) as bench:
        killed = bench.claims(ClaimFilter(category="killed", search="soldiers"))
    assert killed and f"({len(killed)} claims)" in text


async def test_a_folder_is_refused_in_the_dialog_before_any_question(seeded_db, tmp_path):
    """A folder for the file: said at once, the dialog stays with the title typed (the
    trial was asked to replace the folder, then lost the title on the error)."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        modal = app.screen
        modal.query_one("#export-title", Input).value = "Mali, February"
        await pilot.press("enter", "ctrl+u", *str(tmp_path), "enter")
        await settle(app, pilot)
        assert app.screen is modal
        assert modal.query_one("#export-title", Input).value == "Mali, February"
        assert any("is a folder" in str(n.message) for n in app._notifications)


async def test_the_dialog_exports_geojson_as_the_cli_does(seeded_db, tmp_path):
    """The dialog offered no GeoJSON, which the CLI writes (the second trial)."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    target = tmp_path / "claims.geojson"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        app.screen.query_one("#export-format", Select).value = "geojson"
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter", "enter")  # title's box, then the file's
        await settle(app, pilot)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and data["features"]


async def test_the_dialog_exports_the_captures_as_warc(seeded_db, site, tmp_path):
    """The dialog offered no WARC, which `export --format warc` writes (issue 17's
    closing note): the page fetched comes back out as a WARC record."""
    url = site.page("/gao.html", article())
    with closing(Workbench(seeded_db)) as bench:
        bench.ingest_urls([url])
    target = tmp_path / "captures.warc.gz"
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        app.screen.query_one("#export-format", Select).value = "warc"
        await pilot.pause()
        assert app.screen.query_one("#export-path", Input).value.endswith("report.warc.gz")
        assert app.screen.query_one("#export-claims", Select).disabled  # no claims in a WARC
        assert app.screen.query_one("#export-title", Input).disabled
        box = app.screen.query_one("#export-path", Input)
        assert box.cursor_position == len(box.value)  # typing goes on at the end
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        assert any("1 capture as WARC" in str(n.message) for n in app._notifications)
    with gzip.open(target, "rb") as warc:
        body = warc.read()
    assert b"WARC-Type: response" in body and url.encode() in body


async def test_the_next_export_starts_from_the_last_choices(seeded_db, tmp_path):
    """A second export in one session offers the format, title and file of the first
    (the trial's analyst retyped them each time); the claims follow the queue."""
    target = tmp_path / "mali.html"
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e")
        app.screen.query_one("#export-format", Select).value = "html"
        await pilot.pause()
        app.screen.query_one("#export-title", Input).value = "Mali, February"
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter", "enter")  # title's box, then the file's
        await settle(app, pilot)
        queue.query_one("#status", Select).value = "confirmed"
        await settle(app, pilot)
        await pilot.press("e")
        modal = app.screen
        assert isinstance(modal, ExportModal)
        assert modal.query_one("#export-format", Select).value == "html"
        assert modal.query_one("#export-title", Input).value == "Mali, February"
        assert modal.query_one("#export-path", Input).value == str(target)
        assert modal.query_one("#export-claims", Select).value == "confirmed"
    assert "Mali, February" in target.read_text(encoding="utf-8")


async def test_the_file_offered_is_one_no_report_has_yet(seeded_db, tmp_path, monkeypatch):
    """A trial's dialog offered report.md, an earlier session's report, to be replaced:
    the dialog offers the first free name, and enter writes it at once."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report.md").write_text("an earlier report\n", encoding="utf-8")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert app.screen.query_one("#export-path", Input).value == str(tmp_path / "report-2.md")
        await pilot.press("enter", "enter")  # title's box, then the file's
        await settle(app, pilot)
        assert app.screen is queue  # written, no question asked
    assert (tmp_path / "report.md").read_text(encoding="utf-8") == "an earlier report\n"
    assert (tmp_path / "report-2.md").read_text(encoding="utf-8").startswith("#")
