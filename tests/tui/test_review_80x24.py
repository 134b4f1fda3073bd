"""Issue 17, section 2: at 80x24 what matters is on screen. Pilot tests on the real
app and a real database, written to fail before their fix."""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import DataTable
from textual.widgets._footer import FooterKey

from tests.tui.pilots import laid_out, ready, settle
from workbench.service import Workbench
from workbench.tui.app import make_app
from workbench.tui.keybar import KeyBar
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.queue import QueueScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
SIZE = (80, 24)


def on_screen(widget: Widget) -> bool:
    """Whether the whole of the widget is drawn inside the terminal."""
    region = widget.region
    return region.width > 0 and region.height > 0 and region.right <= SIZE[0]


async def test_every_filter_and_the_search_box_are_on_screen(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        for name in ("status", "category", "source", "contested", "stale", "search"):
            assert on_screen(queue.query_one(f"#{name}")), name


async def test_the_detail_shows_the_claim_in_its_paragraph(seeded_db):
    """The claim's paragraph is drawn at 80x24, not pushed below by an empty links table."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        context, claim = detail.query_one("#context"), detail.query_one("#claim")
        assert context.region.bottom <= claim.region.bottom, (context.region, claim.region)


async def test_right_reaches_every_column_in_a_few_presses_and_the_id_stays(seeded_db):
    """At 80 columns `right` moves the queue's view a quarter of its width, not one
    character (the trial needed about sixty presses to reach a claim's place), and
    the id column stays in view while it moves."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        table = queue.query_one("#queue")
        for _ in range(6):
            await pilot.press("right")
        await pilot.pause()
        assert table.scroll_x == table.max_scroll_x > 0  # the last column reached
        assert table.fixed_columns == 2  # the mark and the id


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
@pytest.mark.parametrize(
    "keys", [[], ["enter"], ["s"], ["v"]], ids=["queue", "detail", "sources", "events"]
)
async def test_the_footer_keys_all_fit_and_f1_is_among_them(seeded_db, size, keys):
    """The footer's keys end inside the terminal (Textual's own let the last ones fall
    off the right edge: at 80 columns the queue lost Search, Help and Export); f1,
    which lists every key, is always among them, and says so when some are left out."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        bar = app.screen.query_one(KeyBar)
        keys_shown = list(bar.query(FooterKey))
        assert all(key.region.right <= size[0] for key in keys_shown)
        assert bar.virtual_size.width <= size[0]
        labels = {key.key_display: key.description for key in keys_shown}
        assert labels.get("f1") in ("Help", "All keys"), labels
        assert labels.get("c", "Confirm") == "Confirm"  # the verdicts come first


async def test_a_wider_terminal_shows_the_keys_a_narrow_one_left_out(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        narrow = {key.key_display for key in app.screen.query(FooterKey)}
        await pilot.resize_terminal(200, 50)
        for _ in range(20):  # the footer composes its keys again after the resize
            await settle(app, pilot)
            wide = {key.key_display for key in app.screen.query(FooterKey)}
            if len(wide) > len(narrow):
                break
    assert "/" not in narrow and {"/", "s", "v", "e", "q"} <= wide


async def test_h_brings_the_history_into_view_and_gives_its_panel_the_keys(seeded_db):
    """At 80x24 the detail's history starts below the screen's edge; `h` shows it and
    hands its panel the keys, so pagedown scrolls the claim, not the links table."""
    Workbench(seeded_db, analyst="ana").set_verdict(1, "disputed", note="two figures")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        history, panel = detail.query_one("#history"), detail.query_one("#claim")
        await laid_out(pilot, history, panel)
        assert history.region.y >= panel.region.bottom  # not in view before
        await pilot.press("h")
        await laid_out(pilot, history, panel)
        assert panel.has_focus
        assert panel.region.y <= history.region.y < panel.region.bottom
        assert "ana: verdict unreviewed -> disputed" in str(history.render())


async def test_the_events_list_shows_which_are_contested_at_80_columns(seeded_db):
    """The contested mark was the last column, off the right edge at 80 columns; it
    now follows the id, and the name is drawn whole up to its clip."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        table = app.screen.query_one("#events")
        first = table.render_line(1).text
        # the machine's name with its place first (tests/tui/test_trial40_layout.py)
        assert "contested" in first and "north of Kidal: killed" in first, first


async def test_the_event_figures_show_the_majority_at_80_columns(seeded_db):
    """The figures by rule in full are wider than 80 columns: they narrow to fit
    (trial 79: cut after `min`, the majority reached with shift+tab and the arrows),
    the majority column in view as the screen opens; shift+tab still focuses them."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        figures = app.screen.query_one("#figures", DataTable)
        assert majority_in_view(figures)
        await pilot.press("shift+tab", "right", "right")
        await pilot.pause()
        assert figures.has_focus and majority_in_view(figures)


def majority_in_view(table: DataTable[object]) -> bool:
    """Whether the figures' majority column ends inside the table's view."""
    widths = [column.get_render_width(table) for column in table.ordered_columns]
    labels = [str(column.label) for column in table.ordered_columns]
    end = sum(widths[: labels.index("majority") + 1])
    return end <= table.scroll_x + table.size.width


@pytest.mark.parametrize("size", [SIZE, (200, 50)])
async def test_the_status_list_shows_each_status_on_one_line(seeded_db, size):
    """At 80 columns the status list's options were wrapped in its 14-column box
    ("unverifiabl" over "e"), and at 200 in its 17-column box (trial ux51); the open
    list is wide enough for the longest."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        status = app.screen.query_one("#status")
        status.focus()
        await pilot.press("enter")
        await pilot.pause()
        overlay = status.query_one("SelectOverlay")
        assert overlay.display and overlay.content_region.width >= len("unverifiable") + 2


@pytest.mark.parametrize(
    "keys", [["e"], ["n"], ["enter", "l"], ["enter", "m"], ["enter", "y"], ["s", "g"]]
)
async def test_every_line_of_a_dialog_ends_inside_the_terminal(seeded_db, keys):
    """A dialog's labels and hints end inside 80 columns (the export dialog's hint,
    beside its button, ran off the right edge: found in the trial)."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        labels = list(app.screen.query("Label"))
        assert labels, keys
        for label in labels:
            assert label.region.right <= SIZE[0], (keys, label, label.region)


async def test_the_event_claims_keep_their_id_and_t_shows_the_reports_by_day(seeded_db):
    """At 80x24 `right` on an event's claims scrolled one character and the id went
    (the second trial); the reports by day lay below the screen's edge with no key
    named to reach them. Its columns fit 80 now (the voices clipped to fit); `t` shows
    the reports by day."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        claims = app.screen.query_one("#event-claims", DataTable)
        assert claims.has_focus
        assert claims.max_scroll_x == 0 and claims.fixed_columns == 1
        timeline, panel = app.screen.query_one("#timeline"), app.screen.query_one("#event")
        await pilot.press("t")
        await laid_out(pilot, timeline, panel)
        assert panel.has_focus and panel.region.y <= timeline.region.y < panel.region.bottom


async def test_a_wide_terminal_shows_longer_names(seeded_db):
    """At 200 columns the queue clipped voices and sources as at 80, a third of the
    screen empty (the second trial): its name columns widen with the terminal."""
    names: dict[int, str] = {}
    for width in (100, 200):
        app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
        async with app.run_test(size=(width, 40)) as pilot:
            await settle(app, pilot)
            table = app.screen.query_one("#queue", DataTable)
            names[width] = "\n".join(table.render_line(row).text for row in range(1, 12))
    assert "U.S. State Department" in names[200] and "U.S. State Department" not in names[100]


async def test_a_figure_is_never_clipped_in_the_queue(seeded_db):
    """ "USD >1,800,000,000" showed as "USD >1,800,00…", which reads as another number
    (the fourth trial): a figure is drawn whole."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#queue", DataTable)
        figures = [str(table.get_row_at(row)[4]) for row in range(table.row_count)]
    assert figures and not any(f.endswith("…") for f in figures)
    assert any(len(f) > 14 for f in figures), figures


async def test_the_detail_links_show_the_ids_and_scroll_a_quarter(seeded_db):
    """The links table had no id of the linked claim and `right` moved one
    character at 80 columns (the fourth trial)."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        queue = await ready(app, pilot)
        chadian = next(c for c in queue.rows if c.text == "killed twenty-four soldiers")
        queue.move_to(chadian.id)
        await pilot.press("enter")
        await settle(app, pilot)
        links = app.screen.query_one("#links", DataTable)
        assert str(links.get_row_at(0)[0]).isdigit() and links.fixed_columns == 1
        await pilot.press("right")
        await pilot.pause()
        assert links.scroll_x >= 8


async def test_the_search_stays_readable_with_claims_selected(seeded_db):
    """At 80 columns the search box shows the end of a long search, and the line
    under the queue, once a claim was selected, was cut before the search ended
    (the fifth trial): the selection and the search come first."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"troops from Chad", "enter")
        await settle(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        line = str(app.screen.query_one("#queue-status").render())
    assert "search: troops from Chad" in line[: SIZE[0]] and "1 selected" in line


async def test_j_and_k_scroll_the_help(seeded_db):
    """At 80x24 the help runs below the edge; j scrolls it as in every table."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("f1")
        await settle(app, pilot)
        panel = app.screen.query_one("VerticalScroll")
        await pilot.press("j", "j")
        await pilot.pause()
        assert panel.scroll_y > 0


async def test_widening_the_terminal_shows_the_names_a_narrow_one_clipped(seeded_db):
    """A trial opened the queue at 80 columns and widened it to 200: voices stayed cut
    at 18 characters beside 60 empty columns. The rows are drawn again, and the
    cursor stays on its claim."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        table = queue.query_one("#queue", DataTable)
        longest = max(queue.rows, key=lambda c: len(c.voice))
        assert len(longest.voice) > 18, "the seeds have a voice longer than 18 characters"
        queue.move_to(longest.id)
        at = table.get_column_index("voice")

        def voice_shown() -> str:
            return str(table.get_row(str(longest.id))[at])

        narrow = voice_shown()
        assert narrow.endswith("…") and len(narrow) == 13  # the place shows beside it
        await pilot.resize_terminal(200, 50)
        await settle(app, pilot)
        # at least 18 for 120 columns in proportion (30), more where the room allows,
        # and nothing off the right edge
        assert len(voice_shown()) > 30 and table.max_scroll_x == 0
        assert longest.voice.startswith(voice_shown()[:-1])
        assert queue.current_id() == longest.id
        await pilot.resize_terminal(80, 24)  # and back: the column narrows again
        await settle(app, pilot)
        assert len(voice_shown()) == 13
        assert table.columns["voice"].get_render_width(table) <= 13 + 2
