"""What a fresh analyst met adding sources with `i` (issue 19): no URL or date for
pasted text, a total failure titled "Loaded", metadata dropped in silence on a source
loaded already, the progress bar drawn over the footer, the cursor left where it was.
Pilot tests on the real app, a real database and a real HTTP server on 127.0.0.1;
they fail on the code before."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from textual.widgets import Input, Label, ProgressBar, TextArea

from tests import web_server
from tests.test_web_ingest import article
from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.keybar import KeyBar
from workbench.tui.screens.add_source import AddSourceModal

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
site = web_server.site  # the fixture: a real HTTP server on 127.0.0.1
TEXT = "Gunmen killed 12 villagers near Gao on Thursday, a local official said.\n"


def documents(db: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT id, path, url, published, outlet FROM documents").fetchall()


def said(app) -> list[tuple[str | None, str]]:
    return [(n.title, str(n.message)) for n in app._notifications]


async def paste(app, pilot, text: str = TEXT, **boxes: str) -> AddSourceModal:
    """`i`, `text` pasted, each box (`url`, `published`, `outlet` ...) filled."""
    await pilot.press("i")
    await settle(app, pilot)
    modal = app.screen
    assert isinstance(modal, AddSourceModal)
    modal.query_one("#source-text", TextArea).text = text
    for box, value in boxes.items():
        modal.query_one(f"#source-{box}", Input).value = value
    return modal


async def test_pasted_text_takes_a_url_and_a_date(seeded_db):
    before = documents(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    url = "https://kledu.example/gao"
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        modal = await paste(app, pilot, url=url, published="25 January 2013")
        load = modal.query_one("#source-load")
        assert load.region.bottom <= 24  # the dialog, with its two new boxes, fits 80x24
        modal.query_one("#source-published", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
    [(_, path, stored_url, published, _)] = documents(seeded_db)[len(before) :]
    assert (path, stored_url, published) == (url, url, "2013-01-25")


async def test_a_bad_url_or_date_is_one_line_in_the_dialog(seeded_db):
    before = documents(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        modal = await paste(app, pilot, url="not a url")
        modal.query_one("#source-url", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is modal
        line = str(modal.query_one("#source-problem", Label).render())
        assert line == "URL: 'not a url' is not an http:// or https:// address"
        modal.query_one("#source-url", Input).value = ""
        modal.query_one("#source-published", Input).value = "soon"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is modal
        line = str(modal.query_one("#source-problem", Label).render())
        assert line.startswith("Published: cannot read the date 'soon'")
    assert documents(seeded_db) == before


async def test_nothing_loaded_is_titled_not_loaded(seeded_db, site):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *site.url("/gone.html"), "enter")
        await settle(app, pilot)
        lines = [line for _, line in said(app)]
    assert any(line.startswith("Not loaded: 0 documents added") for line in lines)
    assert not any(line.startswith("Loaded:") for line in lines)


async def test_metadata_not_applied_to_a_source_loaded_already_is_said(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        await paste(app, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        [(document, *_)] = documents(seeded_db)[-1:]
        await paste(app, pilot, outlet="Radio Kledu")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        notices = said(app)
    assert (
        "Loaded already",
        f"The outlet given was not applied to document {document}, loaded already:"
        " s, then d on it, edits it",
    ) in notices
    assert documents(seeded_db)[-1][4] is None


async def test_the_progress_bar_is_above_the_footer(seeded_db, site):
    url = site.page("/slow.html", article(), delay=2)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *url, "enter")
        await pilot.pause(0.3)
        bar = app.screen.query_one("#loading", ProgressBar)
        footer = app.screen.query_one(KeyBar)
        assert not bar.region.overlaps(footer.region)
        assert bar.region.bottom == footer.region.y  # right above it
        await settle(app, pilot)


async def test_the_cursor_goes_to_the_first_new_claim(seeded_db, site):
    url = site.page("/gao.html", article())
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("i", *url, "enter")
        await settle(app, pilot)
        with closing(Workbench(seeded_db)) as workbench:
            [document] = [s.id for s in workbench.sources() if s.path == url]
            first = min(c.id for c in workbench.claims() if c.document_id == document)
        assert queue.current_id() == first
        [summary] = [line for title, line in said(app) if line.startswith("Loaded:")]
        assert summary.endswith(f"; new claims from id {first}")


async def test_the_empty_database_warning_goes_once_a_source_is_added(tmp_path, site, monkeypatch):
    """A trial added a first source within the warning's 15 seconds: "the database is
    empty ... run `workbench ingest PATH`" stayed on screen beside "Loaded: 1 document
    added". The warning goes when a load adds a document; a failed load keeps it."""
    monkeypatch.setattr("workbench.tui.opening.EMPTY_SAID_FOR_S", 600.0)  # not gone by itself
    db = str(tmp_path / "new.db")
    app = make_app(Workbench(db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert any("is empty" in line for _, line in said(app))
        await pilot.press("i", *site.url("/gone.html"), "enter")  # HTTP 404: not loaded
        await settle(app, pilot)
        lines = [line for _, line in said(app)]
        assert any(line.startswith("Not loaded") for line in lines)
        assert any("is empty" in line for line in lines)
        await pilot.press("escape")  # the dialog offers the address again
        await settle(app, pilot)
        modal = await paste(app, pilot, where="")
        modal.query_one("#source-outlet", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        lines = [line for _, line in said(app)]
        assert not any("is empty" in line for line in lines)
        assert any(line.startswith("Loaded: 1 document added") for line in lines)
    assert len(documents(db)) == 1


async def test_the_dialog_takes_a_language_and_refuses_a_code_it_does_not_know(seeded_db):
    """A trial pasted a short French line: its language could not be told, it was
    read as English, and the dialog had no box to say it (the CLI has --language)."""
    before = documents(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        modal = await paste(app, pilot, text="9 morts à Bosso.\n")  # no language given
        modal.query_one("#source-outlet", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert any(  # said, as the CLI says it (a trial saw only "0 claims added")
            title == "Warning" and "its language is not clear" in line for title, line in said(app)
        )
        modal = await paste(app, pilot, text="12 morts à Diffa.\n", language="fra")
        assert modal.query_one("#source-load").region.bottom <= 24  # it still fits 80x24
        modal.query_one("#source-language", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, AddSourceModal)  # refused: the dialog stays
        assert ("Language: 'fra' is not an ISO 639-1 language code (en, fr ...)" in
                [line for _, line in said(app)])  # fmt: skip
        app.screen.query_one("#source-language", Input).value = "fr"
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, AddSourceModal)
    [_, added] = documents(seeded_db)[len(before) :]
    with closing(Workbench(seeded_db)) as workbench:
        [claim] = [c for c in workbench.claims() if c.document_id == added[0]]
        [source] = [s for s in workbench.sources() if s.id == added[0]]
    assert (claim.category, claim.value, source.language) == ("killed", 12, "fr")


async def test_escape_keeps_what_was_typed_for_the_next_i(seeded_db):
    """A trial pressed escape on a long pasted article and it was gone: escape loads
    nothing, and the next `i` offers what was typed; an empty dialog keeps nothing."""
    before = documents(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await paste(app, pilot, outlet="Studio Kalangou")
        await pilot.press("escape")
        await settle(app, pilot)
        assert any("what you typed is kept" in n.message for n in app._notifications)
        await pilot.press("i")
        await settle(app, pilot)
        modal = app.screen
        assert isinstance(modal, AddSourceModal)
        assert modal.query_one("#source-text", TextArea).text == TEXT
        assert modal.query_one("#source-outlet", Input).value == "Studio Kalangou"
        modal.query_one("#source-text", TextArea).text = ""
        modal.query_one("#source-outlet", Input).value = ""
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.source_again is None
    assert documents(seeded_db) == before


async def test_the_files_not_loaded_are_one_notice(seeded_db, tmp_path):
    """Trial 56: eight failed files came as eight notices, the first scrolled off at
    80x24. They are one notice now, naming the first five and how many more."""
    junk = tmp_path / "junk"
    junk.mkdir()
    for number in range(1, 8):
        (junk / f"bad{number}.txt").write_bytes(b"\x00" * 300)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await pilot.press("i", *str(junk), "enter")
        await settle(app, pilot)
        failed = [(title, line) for title, line in said(app) if title and "Not loaded" in title]
        assert len(failed) == 1
        title, line = failed[0]
        assert title == "Not loaded: 7 files"
        assert line.splitlines() == [
            *(f"{junk / f'bad{n}.txt'}: binary file, not text" for n in range(1, 6)),
            "... and 2 more (`workbench ingest` in a terminal lists every one)",
        ]
