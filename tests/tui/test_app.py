"""The review TUI driven with Textual's pilot on real temporary databases."""

import csv
import io
from contextlib import closing
from pathlib import Path

import pytest
from textual.widgets import Checkbox, DataTable, Input, Select, Static

from tests.tui.pilots import ready, settle
from workbench.extract import extract_claims
from workbench.ingest import read_source
from workbench.service import Workbench
from workbench.service.places import placed
from workbench.tui.app import make_app
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.event import EventScreen
from workbench.tui.screens.events import EventsScreen
from workbench.tui.screens.export_modal import ExportModal
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.modals import GradeModal, NoteModal
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.screens.sources import SourcesScreen

SEEDS = Path(__file__).parent.parent.parent / "seeds"

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


@pytest.fixture
def seeded(seeded_db: str) -> str:
    """This test's copy of the seeds' database (conftest's `seeded_db`)."""
    return seeded_db


def queue_ids(screen: QueueScreen) -> list[int]:
    return [c.id for c in screen.rows]


async def test_an_empty_database_loads_the_seeds(tmp_path):
    app = make_app(Workbench(str(tmp_path / "claims.db"), analyst="ana"), seeds=SEEDS)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        assert queue.total == 37
        assert "37 claims" in queue.sub_title and "2 contested" in queue.sub_title


async def test_navigate_and_open_a_claim(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("j", "j", "down", "k")
        assert queue.current_id() == queue.rows[2].id
        await pilot.press("enter")
        assert isinstance(app.screen, DetailScreen)
        assert app.screen.claim_id == queue.rows[2].id
        await pilot.press("escape")
        assert app.screen is queue


@pytest.mark.parametrize(
    ("key", "status"),
    [("c", "confirmed"), ("d", "disputed"), ("f", "false"), ("x", "unverifiable")],
)
async def test_each_verdict_lands_in_the_database_with_history(seeded, key, status):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press(key)
        assert queue.current_id() != first  # on to the next unreviewed claim
        await settle(app, pilot)
    bench = Workbench(seeded)
    assert bench.claim(first).status == status
    [change] = bench.history(first)
    assert (change.old_status, change.new_status, change.analyst) == ("unreviewed", status, "ana")


async def test_back_to_unreviewed_and_undo(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("c")
        queue.move_to(first)
        await pilot.press("0")
        await pilot.press("u")  # undoes the "0": confirmed again
        await pilot.press("u")  # undoes the "c": unreviewed
        await settle(app, pilot)
    bench = Workbench(seeded)
    assert bench.claim(first).status == "unreviewed"
    assert [h.new_status for h in bench.history(first)] == [
        "confirmed",
        "unreviewed",
        "confirmed",
        "unreviewed",
    ]


async def test_note_entry_keeps_the_verdict_and_is_stored(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("d")
        queue.move_to(first)
        await pilot.press("n")
        assert isinstance(app.screen, NoteModal)
        await pilot.press(*"UN figure from January")
        await pilot.press("enter")
        assert isinstance(app.screen, QueueScreen)
        await settle(app, pilot)
    claim = Workbench(seeded).claim(first)
    assert (claim.status, claim.note) == ("disputed", "UN figure from January")


async def test_the_note_dialog_names_the_claim_it_notes(seeded):
    """A verdict moves the cursor on: the note dialog then names the next claim and
    quotes its words, so a note meant for the claim just judged is not put unseen on
    the next one."""
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("d")
        await settle(app, pilot)
        second = queue.current_id()
        assert second != first
        await pilot.press("n")
        assert isinstance(app.screen, NoteModal)
        words = Workbench(seeded).claim(second).text
        assert app.screen.title_text == f"Note on claim {second}: \u201c{words}\u201d"


async def test_escape_in_the_note_dialog_changes_nothing(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("n", "x", "y", "escape")
    assert Workbench(seeded).history(first) == []


async def test_bulk_selection_sets_one_verdict_on_all(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        chosen = queue_ids(queue)[:3]
        await pilot.press("space", "j", "space", "j", "space", "c", "y")
        await settle(app, pilot)
    bench = Workbench(seeded)
    assert [bench.claim(i).status for i in chosen] == ["confirmed"] * 3


async def test_filters_and_search(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        queue.query_one("#category", Select).value = "killed"
        await settle(app, pilot)
        assert queue.rows and all(c.category == "killed" for c in queue.rows)
        queue.query_one("#category", Select).value = Select.NULL
        queue.query_one("#contested", Checkbox).value = True
        await settle(app, pilot)
        assert sorted(c.low for c in queue.rows) == [3, 24]
        queue.query_one("#contested", Checkbox).value = False
        queue.query_one("#source", Select).value = "004_413686130f767558.txt"
        await settle(app, pilot)
        assert len(queue.rows) == 2
        queue.query_one("#source", Select).value = Select.NULL
        await pilot.press("c")  # confirm the first claim
        await settle(app, pilot)
        queue.query_one("#status", Select).value = "confirmed"
        await settle(app, pilot)
        assert len(queue.rows) == 1
        queue.query_one("#status", Select).value = Select.NULL
        await settle(app, pilot)
        await pilot.press("slash", *"Kidal", "enter")
        await settle(app, pilot)
        assert queue.rows and all("Kidal" in (c.location or "") + c.sentence for c in queue.rows)
        assert isinstance(app.focused, DataTable)
        await pilot.press("escape")
        await settle(app, pilot)
        assert queue.query_one("#search", Input).value == "" and queue.total == 37


async def test_sort_by_a_column(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("o")  # status
        await pilot.press("o")  # category
        assert queue.where.order == "category"
        categories = [c.category.value for c in queue.rows]
        assert categories == sorted(categories)
        await pilot.press("O")
        assert [c.category.value for c in queue.rows] == sorted(categories, reverse=True)


async def test_the_chadian_ambush_link_is_shown_with_its_reason(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        ambush = next(c for c in queue.rows if c.text == "killed twenty-four soldiers")
        queue.move_to(ambush.id)
        await pilot.press("enter")
        detail = app.screen
        assert isinstance(detail, DetailScreen)
        [link] = detail.links
        assert link.relation == "contradicts"
        reason = str(detail.query_one("#link-reason", Static).render())
        assert "24 vs 3 killed" in reason and "north of Kidal" in reason
        await pilot.press("a")  # confirm the link
        await pilot.press("enter")  # open the other claim
        assert isinstance(app.screen, DetailScreen) and app.screen.claim_id != ambush.id
        await pilot.press("escape")
        assert app.screen is detail
        await settle(app, pilot)
    [stored] = Workbench(seeded).links(ambush.id)
    assert (stored.state, stored.origin) == ("confirmed", "analyst")


async def test_sources_screen_grades_a_voice(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)  # the voices are read in a worker (a loaded CI machine)
        assert isinstance(app.screen, SourcesScreen)
        voice = app.screen.voices[0]
        await pilot.press("g", "down", "down", "enter")  # grade C
        await pilot.press("escape")
        assert isinstance(app.screen, QueueScreen)
        await settle(app, pilot)
    assert next(v for v in Workbench(seeded).voices() if v.id == voice.id).grade == "C"


async def test_grading_a_merged_away_voice_grades_the_voice_it_speaks_as(seeded):
    """A trial graded a merged-away voice: the grade stayed on it, with no claims."""
    with closing(Workbench(seeded, analyst="ana")) as workbench:
        first, into = workbench.voices()[:2]
        workbench.merge_voices(str(into.id), [str(first.id)])
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        assert app.screen.current_voice() is not None
        assert app.screen.current_voice().id == first.id
        await pilot.press("g", "down", "down", "enter")  # grade C
        await settle(app, pilot)
    voices = {v.id: v for v in Workbench(seeded).voices()}
    assert (voices[into.id].grade, voices[first.id].grade) == ("C", None)


async def test_a_key_that_is_no_grade_says_so_and_the_dialog_stays(seeded):
    """`z` or `7` in the reliability dialog was ignored without a word (issue 17's
    closing note): it says which keys grade, and `b` then grades."""
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        voice = app.screen.voices[0]
        await pilot.press("g", "z", "7")
        assert isinstance(app.screen, GradeModal)
        said = [str(n.message) for n in app._notifications]
        assert "z is no grade here: a/b/c/d/e/f, or - clears" in said
        assert any(line.startswith("7 is no grade here") for line in said)
        await pilot.press("b")
        assert isinstance(app.screen, SourcesScreen)
        await settle(app, pilot)
    assert next(v for v in Workbench(seeded).voices() if v.id == voice.id).grade == "B"


async def test_help_and_palette_open_and_close(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        help_text = app.screen.text()
        for word in ("Confirm", "Dispute", "Undo", "Search", "Sources", "Quit"):
            assert word in help_text
        await pilot.press("escape")
        assert app.screen is queue
        await pilot.press("ctrl+p")
        assert app.screen is not queue
        await pilot.press(*"Confirm")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is queue


async def test_changes_from_another_process_show_on_refresh(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        Workbench(seeded, analyst="ben").set_verdict(first, "false", "from the CLI")
        await pilot.press("r")
        assert queue.rows[0].status == "false"


async def test_export_from_the_tui_writes_the_chosen_format_and_says_where(seeded, tmp_path):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("c")  # a verdict, so that the export has a reviewed claim
        await settle(app, pilot)
        await pilot.press("e")
        modal = app.screen
        assert isinstance(modal, ExportModal)
        modal.query_one("#export-format", Select).value = "csv"
        await pilot.pause()
        path = modal.query_one("#export-path", Input)
        assert path.value.endswith("report.csv")  # the extension follows the format
        modal.query_one("#export-claims", Select).value = "reviewed"
        path.value = str(tmp_path / "reviewed.csv")
        path.focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is queue
        rows = list(csv.DictReader(io.StringIO((tmp_path / "reviewed.csv").read_text("utf-8-sig"))))
        assert [r["status"] for r in rows] == ["confirmed"]
        messages = [n.message for n in app._notifications]
        assert any(f"Wrote {tmp_path / 'reviewed.csv'}: 1 of 37 claims" in m for m in messages)


async def test_an_export_to_a_missing_folder_says_so_and_writes_nothing(seeded, tmp_path):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        path = app.screen.query_one("#export-path", Input)
        path.value = str(tmp_path / "nowhere" / "report.md")
        path.focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("does not exist" in m for m in messages)
        assert not (tmp_path / "nowhere").exists()


async def test_events_screen_opens_the_ambush_with_its_figures_and_grades_a_claim(seeded):
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(130, 44)) as pilot:
        await ready(app, pilot)
        await pilot.press("v")
        await app.workers.wait_for_complete()
        await pilot.pause()
        events = app.screen
        assert isinstance(events, EventsScreen)
        assert events.events[0].place == "north of Kidal"  # contested events first
        await pilot.press("enter")
        await settle(app, pilot)
        event = app.screen
        assert isinstance(event, EventScreen) and event.detail is not None
        figures = event.query_one("#figures", DataTable)
        row = [str(cell) for cell in figures.get_row_at(0)]
        assert row[:7] == ["killed", "2", "2", "3", "3", "3", "24"]  # conservative, low, best, high
        assert "contested" in row[-1]
        timeline = str(event.query_one("#timeline", Static).render())
        assert "██ 2" in timeline
        await pilot.press("y")
        await pilot.press("down", "down", "down", "down", "enter")  # 5 improbable
        await settle(app, pilot)
        graded = app.workbench.credibility(event.detail.event_claims[0].id)
        assert graded.effective.grade == 5 and graded.graded_by == "ana"
        claims = event.query_one("#event-claims", DataTable)
        assert str(claims.get_row_at(0)[-1]) == "5 improbable (analyst)"
        why = str(event.query_one("#claim-credibility", Static).render())
        assert "suggested 4 doubtful (1 other voice contradicts it)" in why
        await pilot.press("n")
        name = app.screen.query_one("#note", Input)
        name.value = "Ambush north of Kidal, ~5 Feb 2013"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.workbench.event(event.event_id).name == "Ambush north of Kidal, ~5 Feb 2013"
        await pilot.press("enter")
        assert isinstance(app.screen, DetailScreen)
        fields = str(app.screen.query_one("#fields", Static).render())
        assert "5 improbable (analyst ana)" in fields and "suggested 4 doubtful" in fields
        await pilot.press("escape", "escape", "escape")
        assert isinstance(app.screen, QueueScreen)


async def test_opening_matches_what_an_interrupted_ingest_left_unmatched(tmp_path):
    """Documents stored and never matched, as a killed ingest leaves them (issue 14,
    item 3): the TUI matches them on opening and says so."""
    db = str(tmp_path / "claims.db")
    bench = Workbench(db)
    documents = [read_source(path) for path in sorted(SEEDS.glob("*.txt"))]
    # stored as ingest stores them: extracted and placed in the gazetteer
    bench.store.add_documents([(doc, list(placed(extract_claims(doc)))) for doc in documents])
    assert bench.store.unmatched_documents() and bench.store.count("links") == 0
    bench.close()
    app = make_app(Workbench(db, analyst="ana"), seeds=SEEDS)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("interrupted ingest" in m and "links suggested" in m for m in messages)
    bench = Workbench(db)
    assert bench.store.unmatched_documents() == []
    linked = bench.store.count("links")
    bench.close()
    whole = Workbench(str(tmp_path / "whole.db"))
    whole.ingest([str(SEEDS)], jobs=1)
    assert linked == whole.store.count("links") > 0
    whole.close()


async def test_slash_starts_a_new_search_over_the_last(seeded):
    """`/` again put the cursor after the last search, so the next words ran on from
    it ("Forty" and "toll" became "Fortytoll"): the last search is selected, and what
    is typed replaces it."""
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await pilot.press("slash", *"Kidal", "enter")
        await settle(app, pilot)
        await pilot.press("slash", *"Gao", "enter")
        await settle(app, pilot)
        assert queue.query_one("#search", Input).value == "Gao"


async def test_the_sources_screen_says_a_document_was_not_read(seeded, tmp_path):
    """A trial's Spanish report showed "es" and 0 claims, and nothing said why."""
    spanish = tmp_path / "es.txt"
    spanish.write_text(
        "Hombres armados mataron a 24 soldados en una emboscada al norte de Kidal, según el "
        "ejército, que no dio más detalles sobre el ataque.\n",
        encoding="utf-8",
    )
    Workbench(seeded, analyst="ana").ingest([str(spanish)], jobs=1)
    app = make_app(Workbench(seeded, analyst="ana"), seeds=None)
    async with app.run_test(size=(200, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        table = app.screen.query_one("#documents", DataTable)
        at = [str(column.label) for column in table.ordered_columns].index("lang")
        shown = [str(table.get_row_at(row)[at]) for row in range(table.row_count)]
    assert "es not read" in shown and "en" in shown
