"""Issue 17, section 1: the analyst corrects voices, documents and events from the TUI.
Events merged, split and moved from the events screens; a document edited (a bad date
refused in the form) or removed after a question; a voice renamed, merged, unmerged
and said to relay another. Each is a pilot test on the real app and a real database,
checked through a second Workbench as another process would see it."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label
from textual.widgets._footer import FooterKey

from tests.tui.pilots import ready, settle
from workbench.ingest.files import Metadata
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.confirm import ConfirmModal
from workbench.tui.screens.event import EventScreen
from workbench.tui.screens.events import EventsScreen
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.sources import SourcesScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py


def errors(app: WorkbenchApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


def footer_keys(app: WorkbenchApp) -> set[str]:
    return {key.key for key in app.screen.query(FooterKey)}


async def open_events(app: WorkbenchApp, pilot) -> EventsScreen:
    await ready(app, pilot)
    await pilot.press("v")
    await settle(app, pilot)
    assert isinstance(app.screen, EventsScreen)
    return app.screen


async def open_first_event(app: WorkbenchApp, pilot) -> EventScreen:
    """The events list, then the event under its cursor (the seeds' Kidal ambush)."""
    await open_events(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, EventScreen)
    return app.screen


async def open_sources(app: WorkbenchApp, pilot) -> SourcesScreen:
    await ready(app, pilot)
    await pilot.press("s")
    await settle(app, pilot)
    assert isinstance(app.screen, SourcesScreen)
    return app.screen


async def open_documents(app: WorkbenchApp, pilot) -> SourcesScreen:
    """The sources screen with its documents' table in focus (tab), where d and x act."""
    sources = await open_sources(app, pilot)
    await pilot.press("tab")
    await pilot.pause()
    return sources


async def test_m_on_the_events_merges_the_events_typed_into_the_one_under_the_cursor(
    seeded_db,
):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        events = await open_events(app, pilot)
        target = events.current()
        assert target is not None
        others = [e for e in events.events if e.id != target.id][:2]
        assert "m" in footer_keys(app)
        await pilot.press("m", *f"{others[0].id} {others[1].id}", "enter")
        await settle(app, pilot)
        assert errors(app) == []
        listed = {e.id: e for e in events.events}
        assert others[0].id not in listed and others[1].id not in listed
        expected = target.claims + others[0].claims + others[1].claims
        assert listed[target.id].claims == expected
    after = Workbench(seeded_db).event(target.id)
    assert after.claims == expected


async def test_a_merge_of_no_event_is_refused_in_the_dialog(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        events = await open_events(app, pilot)
        before = [e.id for e in events.events]
        await pilot.press("m", *"seven", "enter")
        await settle(app, pilot)
        assert "Give one or more ids" in str(app.screen.query_one("#line-error", Label).render())
        await pilot.press("escape")
        await settle(app, pilot)
        assert [e.id for e in events.events] == before


async def test_s_on_an_event_splits_off_the_claim_under_the_cursor(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        events = await open_events(app, pilot)
        event = events.current()
        assert event is not None and event.claims == 2  # the contested Kidal ambush
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, EventScreen)
        assert {"m", "s", "v"} <= footer_keys(app)
        claim = screen.current_claim()
        await pilot.press("s", "enter")  # the claim under the cursor is offered
        await settle(app, pilot)
        assert errors(app) == []
        assert screen.detail is not None and claim not in [c.id for c in screen.detail.event_claims]
    check = Workbench(seeded_db)
    assert claim is not None and check.event_of(claim) not in (None, event.id)
    assert check.event(event.id).claims == 1


async def test_ids_typed_in_the_split_dialog_replace_the_offered_claim(seeded_db):
    """A trial typed "49 19" after the offered id and got "249 19": the offer comes
    selected, so what is typed replaces it."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_events(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        await pilot.press(*"49 19")
        await pilot.pause()
        assert app.screen.query_one("#line", Input).value == "49 19"


async def test_v_on_an_event_moves_the_claim_to_the_event_typed_or_a_new_one(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        events = await open_events(app, pilot)
        event = events.current()
        other = events.events[-1]
        assert event is not None and other.id != event.id
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, EventScreen)
        first = screen.current_claim()
        await pilot.press("v", *"new", "enter")
        await settle(app, pilot)
        second = screen.current_claim()
        await pilot.press("v", *str(other.id), "enter")  # the event's last claim
        await settle(app, pilot)
        assert errors(app) == []
        assert screen.detail is not None and screen.event_id == other.id  # where it went
        assert second in [c.id for c in screen.detail.event_claims]
    check = Workbench(seeded_db)
    assert first is not None and check.event_of(first) not in (None, event.id, other.id)
    assert second is not None and check.event_of(second) == other.id


async def test_the_help_lists_the_new_keys_of_the_events_and_sources_screens(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_events(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.text()
        for words in ("Merge into", "Split off", "Move claim"):
            assert words in shown
        await pilot.press("escape", "escape", "escape")
        await settle(app, pilot)
        await pilot.press("s", "f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.text()
        for words in ("Rename voice", "Merge voice", "Relays", "Edit document", "Remove document"):
            assert words in shown


async def test_d_edits_a_document_and_a_bad_date_is_refused_in_the_form(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_documents(app, pilot)
        document = sources.sources[0]
        await pilot.press("d")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "DocumentModal"
        await pilot.press("ctrl+u", *"Reuters", "tab", "tab", "tab")
        await pilot.press("ctrl+u", *"2013-02-30", "enter")
        await settle(app, pilot)
        assert type(app.screen).__name__ == "DocumentModal"  # the form stays, saying why
        said = str(app.screen.query_one("#document-error", Label).render())
        assert "published" in said and "25 janvier 2013" in said
        assert Workbench(seeded_db).source(document.id).outlet == document.outlet
        await pilot.press("ctrl+u", *"2013-01-26", "enter")
        await settle(app, pilot)
        assert errors(app) == []
        assert sources.sources[0].outlet == "Reuters"
    edited = Workbench(seeded_db).source(document.id)
    assert (edited.outlet, edited.published) == ("Reuters", "2013-01-26")
    assert {c.action for c in Workbench(seeded_db).document_history(document.id)} == {
        "edit outlet",
        "edit published",
    }


async def test_x_removes_a_document_only_once_the_analyst_says_yes(seeded_db):
    bench = Workbench(seeded_db, analyst="ana")
    document = bench.sources()[0]
    claim = bench.document(document.id)[1][0].id
    bench.set_verdict(claim, "disputed", "two counts")
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_documents(app, pilot)
        await pilot.press("x")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(app, pilot)
        assert document.id in [s.id for s in sources.sources]
        await pilot.press("x", "y")
        await settle(app, pilot)
        assert errors(app) == []
        assert document.id not in [s.id for s in sources.sources]
    archived = {c.claim_id: c for c in Workbench(seeded_db).archived_claims()}
    assert archived[claim].status == "disputed" and archived[claim].note == "two counts"
    assert [h.new_status for h in archived[claim].history] == ["disputed"]


async def cursor_to(pilot, screen: SourcesScreen, voice_id: int) -> None:
    """The voices' cursor on the voice of this id (voices are listed by name; the
    cursor stays where it was after a dialog, so it is moved from the top)."""
    screen.query_one("#voices").move_cursor(row=0)
    await pilot.pause()
    for _ in range([v.id for v in screen.voices].index(voice_id)):
        await pilot.press("down")


async def test_n_renames_and_m_merges_and_unmerges_a_voice(seeded_db):
    bench = Workbench(seeded_db, analyst="ana")
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_sources(app, pilot)
        first, second = sources.voices[0], sources.voices[1]
        await pilot.press("n", "ctrl+u", *"the army", "enter")
        await settle(app, pilot)
        named = {v.id: v for v in sources.voices}
        assert named[first.id].name == "the army"
        await cursor_to(pilot, sources, first.id)
        await pilot.press("m", *str(second.id), "enter")
        await settle(app, pilot)
        assert errors(app) == []
        merged = next(v for v in sources.voices if v.id == first.id)
        assert merged.merged_into == second.name and merged.claims == 0
        await cursor_to(pilot, sources, first.id)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(app, pilot)
        back = next(v for v in sources.voices if v.id == first.id)
        assert back.merged_into is None and back.claims == first.claims
    actions = [c.action for c in Workbench(seeded_db).voice_history(str(first.id))]
    assert actions == ["rename", "merge", "unmerge"]


async def test_l_says_a_voice_relays_another_and_the_event_counts_one_voice(seeded_db):
    bench = Workbench(seeded_db, analyst="ana")
    kidal = next(e for e in bench.events() if e.voices == 2 and e.contested)
    relaying, source = bench.event(kidal.id).voice_names
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_sources(app, pilot)
        voice = next(v for v in sources.voices if v.name == relaying)
        await cursor_to(pilot, sources, voice.id)
        await pilot.press("l", *source, "enter")
        await settle(app, pilot)
        assert errors(app) == []
        assert next(v for v in sources.voices if v.id == voice.id).relays == source
    assert Workbench(seeded_db).event(kidal.id).voices == 1


async def test_the_document_form_and_the_removal_question_are_whole_at_80x24(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_documents(app, pilot)
        await pilot.press("d")
        await settle(app, pilot)
        save = app.screen.query_one("#document-save").region
        assert save.bottom <= 24 and save.right <= 80
        await pilot.press("escape", "x")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmModal)
        question = app.screen.query_one("#question").region
        assert question.right <= 80 and question.height >= 2  # wrapped, not cut


async def test_a_dialog_closed_leaves_the_cursor_on_the_row_the_analyst_chose(seeded_db):
    """After `x` and `n` on the third document the cursor stays there, so the next
    `x`, `y` removes that document, never the first (the trial's lost work); the
    events list keeps its place the same way."""
    bench = Workbench(seeded_db, analyst="ana")
    first, _, third, *_ = bench.sources()
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_sources(app, pilot)
        await pilot.press("tab", "down", "down")
        await pilot.press("x")
        await settle(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
        await pilot.press("x", "y")
        await settle(app, pilot)
        kept = [s.id for s in sources.sources]
        assert third.id not in kept and first.id in kept
        events = await open_events_from(app, pilot)
        table = events.query_one("#events")
        await pilot.press("down", "down")
        row = table.cursor_row
        events.show()
        await settle(app, pilot)
        assert table.cursor_row == row


async def open_events_from(app: WorkbenchApp, pilot) -> EventsScreen:
    await pilot.press("escape", "v")
    await settle(app, pilot)
    assert isinstance(app.screen, EventsScreen)
    return app.screen


FRENCH = (
    "Embuscade près de Ngouboua\n\n"
    "Vingt-quatre soldats tchadiens ont été tués dimanche dans une embuscade près de"
    " Ngouboua, selon l'armée.\n"
)


async def test_d_sets_a_documents_language_and_its_claims_are_read_again_in_it(tmp_path):
    """A French communiqué loaded as English gave no claims; the form had no language
    box, and a language set from the command line waited for a `reextract`."""
    text = tmp_path / "communique.txt"
    text.write_text(FRENCH, encoding="utf-8")
    bench = Workbench(tmp_path / "claims.db", analyst="ana")
    bench.ingest([str(text)], Metadata(language="en"), jobs=1)
    [source] = bench.sources()
    assert not [c for c in bench.document(source.id)[1] if c.category.value == "killed"]
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_documents(app, pilot)
        await pilot.press("d")
        await settle(app, pilot)
        await pilot.press("tab", "tab", "tab", "tab", "ctrl+u", *"fr", "enter")
        await settle(app, pilot)
        assert errors(app) == []
        assert any("read again" in n.message for n in app._notifications)
    again = Workbench(tmp_path / "claims.db")
    assert again.source(source.id).language == "fr"
    [killed] = [c for c in again.document(source.id)[1] if c.category.value == "killed"]
    assert killed.value == 24


async def test_a_voice_left_with_nothing_is_not_listed(seeded_db: str) -> None:
    """A voice whose one claim was corrected to another voice speaks nothing and has
    nothing the analyst gave it: the sources screen leaves it out (a trial's list kept
    leftovers at 0 claims); a graded voice of no claim stays."""
    bench = Workbench(seeded_db, analyst="ana")
    lone, other, graded = [v for v in bench.voices() if v.claims == 1][:3]
    claim = next(c for c in bench.claims() if c.voice_id == lone.id)
    bench.correct_claim(claim.id, {"voice": other.name})
    moved = next(c for c in bench.claims() if c.voice_id == graded.id)
    bench.correct_claim(moved.id, {"voice": other.name})
    bench.grade(str(graded.id), "B")
    app = make_app(bench, seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_sources(app, pilot)
        shown = {v.id for v in sources.voices}
    assert lone.id not in shown and {other.id, graded.id} <= shown
    assert lone.id in {v.id for v in Workbench(seeded_db).voices()}  # kept, and `voices` lists it


async def test_a_refused_merge_opens_its_dialog_again_and_later_keys_stay_in_it(seeded_db):
    """A trial's merge of an event that is not there closed the dialog on the refusal;
    its next keys acted on the screen behind, and the words it offered again had the
    next ones typed after them ('999' then '14 15' gave 'no event with id 99914')."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        events = await open_events(app, pilot)
        target = events.current()
        assert target is not None
        other = next(e for e in events.events if e.id != target.id)
        await pilot.press("m", *"999", "enter")
        await settle(app, pilot)
        assert any("no event with id 999" in line for line in errors(app))
        reopened = app.screen.query_one("#line", Input)  # the dialog, not the events
        assert reopened.value == "999"
        assert "999" in str(app.screen.query_one("#line-error", Label).render())
        await pilot.press(*str(other.id), "enter")  # typing replaces the refused words
        await settle(app, pilot)
        assert isinstance(app.screen, EventsScreen)
    assert Workbench(seeded_db).event(target.id).claims == target.claims + other.claims


async def test_a_refused_voice_name_opens_its_dialog_again_with_why(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        sources = await open_sources(app, pilot)
        voice = sources.current_voice()
        assert voice is not None
        taken = next(v.name for v in Workbench(seeded_db).voices() if v.id != voice.id)
        await pilot.press("n", *["ctrl+u"], *taken, "enter")
        await settle(app, pilot)
        assert "already" in str(app.screen.query_one("#line-error", Label).render())
        await pilot.press("d")  # would have disputed or removed on the screen behind
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
    assert {v.name for v in Workbench(seeded_db).voices()} >= {voice.name, taken}


async def test_a_merge_of_an_event_into_itself_is_refused_in_the_dialog(seeded_db):
    """A trial typed the event's own id: the dialog closed with a warning, and the
    next keys opened an event on the screen behind. It stays, and says why."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        events = await open_events(app, pilot)
        target = events.current()
        assert target is not None
        await pilot.press("m", *str(target.id), "enter")
        await settle(app, pilot)
        line = str(app.screen.query_one("#line-error", Label).render())
        assert f"Event {target.id} cannot be merged into itself" in line
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, EventsScreen)
