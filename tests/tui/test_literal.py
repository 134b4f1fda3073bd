"""Text from sources is shown literally on every screen (issue 14, item 9): an outlet,
title, voice, file name, sentence or note holding console markup such as `[/]`,
`[white on white]` or `[link=...]` is neither interpreted nor able to crash a screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Label, Select, Static
from textual.widgets._data_table import default_cell_formatter

from tests.tui.pilots import settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.event import EventScreen
from workbench.tui.screens.events import EventsScreen
from workbench.tui.screens.modals import GradeModal
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.screens.sources import SourcesScreen

OUTLET = "[/]The [link=https://evil.example]Daily[/link]"
TITLE = "[white on white]hidden[/] ambush"
NOTE = "[/] seen [white on white]twice"
PAGE = """<html><head><title>{title}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="2024-03-02">
</head><body><article>
<p>Gunmen killed {killed} soldiers near [red]Gao[/] on Monday, the outlet said.</p>
</article></body></html>
"""

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


@pytest.fixture
def hostile(tmp_path: Path) -> str:
    """A database whose sources are full of markup."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "[bold]report[red].html").write_text(
        PAGE.format(title=TITLE, outlet=OUTLET, killed=12), "utf-8"
    )
    (pages / "other.html").write_text(
        PAGE.format(title="[/]", outlet="[link=https://evil.example]Monitor", killed=30), "utf-8"
    )
    db = str(tmp_path / "claims.db")
    Workbench(db).ingest([str(pages)], jobs=1)
    return db


def cells(table: DataTable) -> str:
    """Every cell of `table` as it is drawn, one line a row."""
    return "\n".join(
        " | ".join(default_cell_formatter(cell).plain for cell in table.get_row_at(row))
        for row in range(table.row_count)
    )


def drawn(widget: Static) -> str:
    return str(widget.render())


async def test_markup_in_sources_is_shown_as_typed_on_every_screen(hostile):
    app = make_app(Workbench(hostile, analyst="ana"), seeds=None)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen) and queue.total == 2
        shown = cells(queue.query_one("#queue", DataTable))
        assert "[/]The [link=http" in shown and "[bold]report[" in shown  # clipped, shown as typed
        source = queue.query_one("#source", Select)
        source.focus()
        await pilot.press("enter")  # the list of sources opens and draws its names
        await pilot.press("escape")
        queue.query_one("#queue", DataTable).focus()

        await pilot.press("enter")
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        await pilot.press("n", *NOTE, "enter")
        await settle(app, pilot)
        fields = drawn(detail.query_one("#fields", Static))
        assert OUTLET in fields and NOTE in fields
        assert "[red]Gao[/]" in drawn(detail.query_one("#context", Static))
        assert "[link=https://evil.example]Mon" in cells(detail.query_one("#links", DataTable))
        await pilot.press("escape", "s")

        sources = app.screen
        assert isinstance(sources, SourcesScreen)
        documents = cells(sources.query_one("#documents", DataTable))
        # the outlet's column is clipped so that the date fits: its start, as typed
        assert TITLE in documents and OUTLET[:16] in documents
        assert OUTLET in cells(sources.query_one("#voices", DataTable))
        await pilot.press("g")
        assert isinstance(app.screen, GradeModal)
        assert OUTLET in str(app.screen.query_one(Label).render())
        await pilot.press("escape", "escape", "v")
        await settle(app, pilot)

        assert isinstance(app.screen, EventsScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        event = app.screen
        assert isinstance(event, EventScreen)
        assert OUTLET[:20] in cells(event.query_one("#event-claims", DataTable))
        await pilot.press("escape", "escape")
        assert app.screen is queue and app.is_running


def test_control_characters_are_shown_inert_and_offsets_kept():
    from workbench.tui.format import literal, shown

    raw = "7 killed \x1b[30;40mhidden\x1b[0m \x9b and \u202e"
    assert "\x1b" not in shown(raw) and "\x9b" not in shown(raw) and len(shown(raw)) == len(raw)
    assert literal(raw).plain == shown(raw)
