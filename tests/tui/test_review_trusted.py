"""Issue 17, section 2: review screens that can be trusted. Each finding of the trial
as a pilot test on the real app and a real database, written to fail before its fix."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.app import App
from textual.widgets import DataTable, Input, Label, Static
from textual.widgets.data_table import ColumnKey

from tests.tui.pilots import ready, settle
from tests.tui.test_review_curation import open_first_event
from workbench.cli import main, reviewing
from workbench.service import LINK_STATES, ORDERS, ClaimFilter, Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.events import EventsScreen
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def errors(app: WorkbenchApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


async def test_every_sort_reverses(seeded_db):
    """`o` then `O` on each column: the rows come back in the reverse order, and no
    read fails (a reversed status sort was an SQL syntax error)."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        for _ in ORDERS:
            ascending = [c.id for c in queue.rows]
            await pilot.press("O")
            await settle(app, pilot)
            assert queue.where.descending, queue.where.order
            assert [c.id for c in queue.rows] == ascending[::-1], queue.where.order
            assert "reading" not in str(queue.query_one("#queue-status").render())
            await pilot.press("o")
            await settle(app, pilot)
        assert errors(app) == []


def test_a_crash_exits_with_a_status_and_one_line(seeded_db, monkeypatch, tmp_path):
    """An error nothing handles ends `workbench review` with status 70 and one line
    naming the error and the file keeping its traceback, not a screenful and 0."""

    def broken(self: QueueScreen) -> None:
        raise RuntimeError("the refresh broke")

    async def press_refresh(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.press("r")

    def run_headless(self: App[None], **_options: object) -> None:
        return App.run(self, headless=True, size=(80, 24), auto_pilot=press_refresh)

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the traceback goes
    monkeypatch.setattr(QueueScreen, "action_refresh", broken)
    monkeypatch.setattr(WorkbenchApp, "run", run_headless)
    monkeypatch.setattr(reviewing, "no_terminal", lambda: None)  # CliRunner's pipes
    result = CliRunner().invoke(main, ["--db", seeded_db, "review"])
    assert result.exit_code == 70, result.output  # sysexits.h's EX_SOFTWARE
    [line] = result.output.splitlines()
    assert "RuntimeError: the refresh broke" in line
    kept = Path(line.rsplit("traceback in ", 1)[1].rstrip(")"))
    assert kept.parent == tmp_path and 'raise RuntimeError("the refresh broke")' in kept.read_text()


async def test_the_note_dialog_adds_to_the_note_it_offers(seeded_db):
    """The first key typed in the note dialog goes after the old note, not over it."""
    bench = Workbench(seeded_db, analyst="ana")
    first = bench.claims(ClaimFilter())[0].id
    bench.set_verdict(first, "disputed", "UN figure")
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("n", *" from January", "enter")
        await settle(app, pilot)
        assert Workbench(seeded_db).claim(first).note == "UN figure from January"
        # words typed straight on follow it as words (a trial's "...Jan 27TUI note")
        await pilot.press("n", *"and OCHA", "enter")
        await settle(app, pilot)
    assert Workbench(seeded_db).claim(first).note == "UN figure from January and OCHA"


async def test_a_note_on_claims_whose_notes_differ_offers_none_and_says_so(seeded_db):
    """Two selected claims with different notes: the box starts empty and the title
    says the note replaces each (the trial found the first claim's note offered and
    the second's overwritten without a word)."""
    bench = Workbench(seeded_db, analyst="ana")
    first, second = (c.id for c in bench.claims(ClaimFilter())[:2])
    bench.set_verdict(first, "disputed", "UN figure")
    bench.set_verdict(second, "disputed", "army figure")
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("space", "j", "space", "n")
        await settle(app, pilot)
        assert app.screen.query_one("#note").value == ""
        title = str(app.screen.query_one(Label).render())
        assert "their notes differ" in title and "replaces each" in title
        await pilot.press(*"both checked", "enter")
        await settle(app, pilot)
    after = Workbench(seeded_db)
    assert after.claim(first).note == after.claim(second).note == "both checked"


async def test_the_event_name_dialog_adds_to_the_machine_name_after_end(seeded_db):
    """The machine's name is offered selected; `end` then the words add to it."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(130, 44)) as pilot:
        event = await open_first_event(app, pilot)
        assert event.detail is not None
        old = event.detail.name
        await pilot.press("n", "end", *" (ambush)", "enter")
        await settle(app, pilot)
    assert Workbench(seeded_db).event(event.event_id).name == f"{old} (ambush)"


async def _renamed_twice(seeded_db: str) -> tuple[str, str]:
    """The first event renamed by typing over what the dialog offers, twice: its names
    after each."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(130, 44)) as pilot:
        event = await open_first_event(app, pilot)
        await pilot.press("n", *"Mora post attack", "enter")
        await settle(app, pilot)
        first = Workbench(seeded_db).event(event.event_id).name
        await pilot.press("n", "end", *", 13 March", "enter")
        await settle(app, pilot)
    return first, Workbench(seeded_db).event(event.event_id).name


async def test_typing_replaces_the_events_name_and_end_adds_to_it(seeded_db):
    """Trial 60: "Mora army post attack" typed in the dialog went after the machine's
    "killed, wounded, missing near Mora, 2026-03-13" into the reports. Trial 76: a
    merge held the machine's name as the analyst's, and a new name typed went after it.
    A stored name is offered selected (typing replaces it); `end` keeps it to add to."""
    assert await _renamed_twice(seeded_db) == ("Mora post attack", "Mora post attack, 13 March")


async def test_a_renamed_event_shows_its_new_name_in_the_list(seeded_db):
    """Renamed from its own screen, the event has its new name in the events list."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(130, 44)) as pilot:
        await ready(app, pilot)
        await pilot.press("v")
        await settle(app, pilot)
        events = app.screen
        assert isinstance(events, EventsScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("n", "ctrl+u", *"Ambush near Kidal", "enter")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is events
        assert events.events[0].name == "Ambush near Kidal"
        assert str(events.query_one("#events", DataTable).get_row_at(0)[2]) == "Ambush near Kidal"


async def test_a_grade_given_on_the_sources_screen_shows_in_the_queue(seeded_db):
    """Back from the sources screen, the queue's voice column carries the new grade."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        sources = app.screen
        assert isinstance(sources, SourcesScreen)
        voice = sources.voices[0]
        await pilot.press("g", "down", "down", "enter")  # grade C
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is queue
        spoken = [c for c in queue.rows if c.voice_id == voice.id]
        assert spoken and all(c.voice_grade == "C" for c in spoken)


async def test_ctrl_r_shows_another_process_change_in_the_detail(seeded_db):
    """A verdict and a note another process wrote show in the open detail on ctrl+r."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        Workbench(seeded_db, analyst="ben").set_verdict(first, "false", "from the CLI")
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert detail.claim is not None
        assert (detail.claim.status, detail.claim.note) == ("false", "from the CLI")
        assert "from the CLI" in str(detail.query_one("#fields", Static).render())


def mark_cells(queue: QueueScreen) -> list[str]:
    """The marks' column as drawn: each row's first cell, cut to the column's width."""
    table = queue.query_one("#queue", DataTable)
    width = table.columns[ColumnKey("mark")].get_render_width(table) - 2 * table.cell_padding
    return [str(table.get_row_at(i)[0])[:width] for i in range(len(queue.rows))]


async def test_selected_rows_are_marked_and_counted(seeded_db):
    """space marks the row with ● (its column is wide enough to show it) and the
    status line counts the selection."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("space", "j", "j", "space")
        marks = mark_cells(queue)
        assert marks[0] == marks[2] == "●" and marks[1] == ""
        status = str(queue.query_one("#queue-status", Static).render())
        assert "2 selected" in status


async def test_a_bulk_verdict_says_how_many_it_will_change(seeded_db):
    """With claims selected, a verdict key asks first, naming how many claims and how
    many of them are not shown; escape changes nothing, y sets them all."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        queue = await ready(app, pilot)
        chosen = [c.id for c in queue.rows[:2]]
        await pilot.press("space", "j", "space")
        await pilot.press("slash", *"Kidal", "enter")  # the selected rows filtered out
        await settle(app, pilot)
        await pilot.press("f")
        question = str(app.screen.query_one("#question", Label).render())
        assert "2 selected claims to false" in question and "2 of them not shown" in question
        await pilot.press("escape")
        await settle(app, pilot)
        assert [Workbench(seeded_db).claim(i).status for i in chosen] == ["unreviewed"] * 2
        await pilot.press("f", "y")
        await settle(app, pilot)
    assert [Workbench(seeded_db).claim(i).status for i in chosen] == ["false"] * 2


def test_review_decides_as_the_analyst_given(seeded_db, monkeypatch):
    """`workbench review --analyst zoe`: a verdict given in the TUI is zoe's."""

    async def confirm_and_quit(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("c")
        await pilot.app.workers.wait_for_complete()
        await pilot.press("q")

    def run_headless(self: App[None], **_options: object) -> None:
        return App.run(self, headless=True, size=(80, 24), auto_pilot=confirm_and_quit)

    monkeypatch.setattr(WorkbenchApp, "run", run_headless)
    monkeypatch.setattr(reviewing, "no_terminal", lambda: None)  # CliRunner's pipes
    result = CliRunner().invoke(main, ["review", "--db", seeded_db, "--analyst", "zoe"])
    assert result.exit_code == 0, result.output
    first = Workbench(seeded_db).claims(ClaimFilter())[0].id
    assert [h.analyst for h in Workbench(seeded_db).history(first)] == ["zoe"]


def test_link_and_credibility_take_the_analyst_too(seeded_db):
    """The other commands that record who decided take --analyst as `verdict` does."""
    [first, second] = [c.id for c in Workbench(seeded_db).claims(ClaimFilter(limit=2))]
    runner = CliRunner()
    link = ["link", str(first), str(second), "--relation", "related", "--analyst", "zoe"]
    assert runner.invoke(main, ["--db", seeded_db, *link]).exit_code == 0
    graded = ["credibility", str(first), "2", "--analyst", "zoe"]
    assert runner.invoke(main, ["--db", seeded_db, *graded]).exit_code == 0
    bench = Workbench(seeded_db)
    [made] = [v for v in bench.links(first) if second in (v.a.id, v.b.id)]
    assert made.analyst == "zoe"
    assert bench.credibility(first).graded_by == "zoe"


async def test_a_rejected_link_stays_shown_with_its_reason_and_can_be_confirmed(seeded_db):
    """r on the ambush's link keeps it on the detail, struck out as rejected, with the
    matcher's reason; a confirms it again. `workbench links --state rejected` lists
    it meanwhile, with the reason; plain `links` leaves it out as before."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        ambush = next(c for c in queue.rows if c.text == "killed twenty-four soldiers")
        queue.move_to(ambush.id)
        await pilot.press("enter")
        await settle(app, pilot)
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        await pilot.press("r")
        await settle(app, pilot)
        [link] = detail.links
        assert link.state == "rejected"
        reason = str(detail.query_one("#link-reason", Static).render())
        assert "24 vs 3 killed" in reason and "rejected by ana" in reason
        listed = CliRunner().invoke(main, ["links", "--db", seeded_db, "--state", "rejected"])
        assert listed.exit_code == 0 and "24 vs 3 killed" in listed.output, listed.output
        plain = CliRunner().invoke(main, ["links", "--db", seeded_db, "--claim", str(ambush.id)])
        assert "0 links" in plain.output
        await pilot.press("a")
        await settle(app, pilot)
        [link] = detail.links
        assert (link.state, link.analyst) == ("confirmed", "ana")
        assert "24 vs 3 killed" in link.reason


async def test_each_mark_means_one_thing_and_the_help_lists_them(seeded_db):
    """`✗` is false only (the contradictions column is `▲`), `?` disputed only (a
    hedged figure is `*`), `~` about only (unverifiable is `∅`); the help has a legend."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        table = queue.query_one("#queue", DataTable)
        labels = [str(column.label) for column in table.columns.values()]
        assert "✗" not in labels and "▲" in labels
        hedged = next(c for c in queue.rows if c.hedged)
        figure = str(table.get_row(str(hedged.id))[labels.index("figure")])
        assert figure.endswith(" *") and "?" not in figure
        await pilot.press("x")
        await settle(app, pilot)
        assert str(table.get_row_at(0)[labels.index("st")]) == "∅"
        await pilot.press("f1")
        legend = app.screen.text()
        for mark, meaning in [("?", "disputed"), ("✗", "false"), ("∅", "unverifiable")]:
            assert any(mark in line and meaning in line for line in legend.splitlines())
        assert any("*" in line and "hedges" in line for line in legend.splitlines())


async def test_the_queue_shows_each_claim_id_and_date(seeded_db):
    """The id every CLI command and `l` need, and the date the claim speaks of."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        table = queue.query_one("#queue", DataTable)
        labels = [str(column.label) for column in table.columns.values()]
        for claim in queue.rows:
            row = [str(cell) for cell in table.get_row(str(claim.id))]
            assert row[labels.index("id")] == str(claim.id)
            assert row[labels.index("date")] == (claim.date or "")
        assert any(claim.date for claim in queue.rows)


def ambush_with_links(seeded_db: str) -> tuple[Workbench, int]:
    """The seeds' ambush claim with two more links suggested: at least three links."""
    bench = Workbench(seeded_db, analyst="ana")
    ambush = next(c for c in bench.claims() if c.text == "killed twenty-four soldiers")
    others = [c.id for c in bench.claims() if c.id != ambush.id and c.category == "killed"]
    for other in others[:2]:
        bench.set_link(ambush.id, other, relation="related", state="suggested")
    return bench, ambush.id


async def open_detail(app: WorkbenchApp, pilot, claim_id: int) -> DetailScreen:
    """The claim's detail screen, opened from the queue."""
    queue = await ready(app, pilot)
    queue.move_to(claim_id)
    await pilot.press("enter")
    await settle(app, pilot)
    detail = app.screen
    assert isinstance(detail, DetailScreen) and len(detail.links) >= 3
    return detail


@pytest.mark.parametrize("key", ["r", "a"])
async def test_a_link_decision_keeps_the_cursor_on_that_link(seeded_db, key):
    """Deciding a link once re-sorted the detail's links (a rejected one went last); the
    cursor went back to the first row, so a second key decided another link (the
    trial rejected a confirmed one). It stays on the link decided."""
    _, ambush = ambush_with_links(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_detail(app, pilot, ambush)
        await pilot.press("j")
        await pilot.pause()
        chosen = detail.current_link()
        assert chosen is not None
        await pilot.press(key)
        await settle(app, pilot)
        after = detail.current_link()
        assert after is not None and after.id == chosen.id


async def test_r_j_r_rejects_one_link_after_another(seeded_db):
    """A rejected link stays where it stood, struck out: `r j r` rejects the link under
    the cursor and then the next one. A trial's rejected link jumped to the bottom with
    the cursor, and the second r rejected it again ("link rejected" twice, one link)."""
    bench, ambush = ambush_with_links(seeded_db)
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_detail(app, pilot, ambush)
        first = [link.id for link in detail.links[:2]]
        await pilot.press("r")
        await settle(app, pilot)
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("r")
        await settle(app, pilot)
    states = {link.id: link.state for link in bench.links(ambush, states=LINK_STATES)}
    assert [states[i] for i in first] == ["rejected", "rejected"]


async def test_a_voice_key_on_the_documents_table_acts_on_no_voice(seeded_db):
    """With the documents' table in focus `g` graded (and m, n, l curated) the voice
    under the other table's cursor, out of the analyst's sight. It now says whose key
    it is and opens nothing; in the voices' table it works."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        sources = app.screen
        assert isinstance(sources, SourcesScreen)
        await pilot.press("tab")
        await pilot.pause()
        assert sources.query_one("#documents", DataTable).has_focus
        for key in ("g", "n", "m", "l"):
            await pilot.press(key)
            await settle(app, pilot)
            assert app.screen is sources, key
        await pilot.press("tab", "g")
        await settle(app, pilot)
        assert app.screen is not sources  # the grade list, for the voice in sight


async def test_words_a_write_refused_are_offered_again_by_their_dialog(seeded_db):
    """A link to a claim that is not there closed the dialog with one line, and the
    words typed were gone (the second trial; merges, relays, splits and moves alike):
    the dialog opens again by itself with them and the line why (a third trial's next
    keys acted on the screen behind), and the same dialog offers them after an
    escape, until a change is saved."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        await pilot.press("l", *"999 corroborates", "enter")
        await settle(app, pilot)
        assert app.screen.query_one("#link", Input).value == "999 corroborates"
        assert "999" in str(app.screen.query_one("#link-error", Label).render())
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, DetailScreen)
        await pilot.press("l")
        await settle(app, pilot)
        assert app.screen.query_one("#link", Input).value == "999 corroborates"
        await pilot.press("escape", "escape", "s")
        await settle(app, pilot)
        await pilot.press("m", *"Nobody Here", "enter")
        await settle(app, pilot)
        assert app.screen.query_one("#line", Input).value == "Nobody Here"
        await pilot.press("escape", "m")
        await settle(app, pilot)
        assert app.screen.query_one("#line", Input).value == "Nobody Here"


async def test_enter_on_the_machines_name_or_a_blank_one_saves_nothing(seeded_db):
    """Re-trial 60b: enter in the rename box on the machine's name made it the analyst's
    (the name no longer followed matching); a blank name was ignored without a word."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(130, 44)) as pilot:
        event = await open_first_event(app, pilot)
        await pilot.press("n", "enter")
        await settle(app, pilot)
        assert "keeps its name" in [str(n.message) for n in app._notifications][-1]
        await pilot.press("n", "ctrl+u", "enter")
        await settle(app, pilot)
        assert "cannot be blank" in [str(n.message) for n in app._notifications][-1]
    assert Workbench(seeded_db).event(event.event_id).named_by is None
