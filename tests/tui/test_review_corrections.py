"""Issue 17, section 1: the analyst corrects the machine from the claim detail. `m`
opens the correction form with the claim's fields filled in; saving records the
correction and the detail and the queue show it; `D` dismisses the claim once asked
(and restores it); `u` takes a correction back. Pilot tests on the real app and a
real database, written to fail before the change; a snapshot of the form at 80x24."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from textual.widgets import Input, Label, Select

from tests.tui.pilots import ready, settle
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.confirm import ConfirmModal
from workbench.tui.screens.correction import CorrectionModal
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.queue import QueueScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py
ROOT = Path(__file__).parent.parent.parent
AMBUSH = "killed twenty-four soldiers"


async def open_the_ambush(app: WorkbenchApp, pilot) -> DetailScreen:
    await settle(app, pilot)
    queue = app.screen
    assert isinstance(queue, QueueScreen)
    ambush = next(c for c in queue.rows if c.text == AMBUSH)
    queue.move_to(ambush.id)
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, DetailScreen)
    return app.screen


async def open_the_form(app: WorkbenchApp, pilot) -> tuple[DetailScreen, CorrectionModal]:
    detail = await open_the_ambush(app, pilot)
    await pilot.press("m")
    await settle(app, pilot)
    assert isinstance(app.screen, CorrectionModal)
    return detail, app.screen


def field(form: CorrectionModal, name: str) -> Input:
    return form.query_one(f"#field-{name}", Input)


async def test_m_opens_the_form_with_the_claim_as_it_stands(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        _, form = await open_the_form(app, pilot)
        shown = {name: field(form, name).value for name in ("value", "low", "high")}
        assert shown == {"value": "24", "low": "24", "high": "24"}
        assert field(form, "category").value == "killed"
        assert field(form, "subject").value == "soldiers"
        assert field(form, "place").value == "north of Kidal"
        assert field(form, "voice").value == "A Chadian source"
        assert field(form, "hedged").value == "yes"
        assert field(form, "scope").value == "incident"
        assert form.focused is field(form, "value")


@pytest.mark.parametrize(
    ("name", "typed", "stored"),
    [
        ("value", "3", {"value": 3, "low": 3, "high": 3}),
        ("category", "wounded", {"category": "wounded"}),
        ("subject", "Chadian troops", {"subject": "Chadian troops"}),
        ("actor", "MUJAO", {"actor": "MUJAO"}),
        ("place", "Kidal", {"location": "Kidal"}),
        ("date", "2013-02-05", {"date": "2013-02-05"}),
        # a stored voice (a new one is test_review_new_voice.py)
        ("voice", "Mali's military", {"voice": "Mali's military"}),
        ("scope", "cumulative", {"scope": "cumulative"}),
        ("hedged", "no", {"hedged": False}),
        ("qualifier", "about", {"qualifier": "about", "low": 21, "high": 27}),
        ("low", "20", {"value": 24, "low": 20, "high": 24}),
    ],
)
async def test_saving_the_form_corrects_the_claim_on_the_detail_and_the_queue(
    seeded_db, name, typed, stored
):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        detail, form = await open_the_form(app, pilot)
        field(form, name).value = typed
        field(form, "value").focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is detail
        claim = Workbench(seeded_db).claim(detail.claim_id)
        assert {key: getattr(claim, key) for key in stored} == stored
        assert claim.machine is not None and name in {*claim.machine, "place"}
        assert detail.claim is not None and detail.claim.machine == claim.machine
        history = str(detail.query_one("#history").render())
        assert f"ana: corrected {name}" in history
        queue = next(s for s in app.screen_stack if isinstance(s, QueueScreen))
        row = next(c for c in queue.rows if c.id == detail.claim_id)
        assert {key: getattr(row, key) for key in stored} == stored


async def test_a_bad_value_is_named_in_the_form_and_nothing_is_stored(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        detail, form = await open_the_form(app, pilot)
        field(form, "value").value = "a great many"
        field(form, "date").value = "yesterday"
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is form
        problem = str(form.query_one("#problem", Label).render())
        assert "'a great many' is not a number" in problem
        assert field(form, "date").value == "yesterday"  # what was typed stays
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is detail
        assert Workbench(seeded_db).corrections(detail.claim_id) == []


async def test_u_takes_a_correction_back(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        detail, form = await open_the_form(app, pilot)
        field(form, "value").value = "3"
        field(form, "place").value = "Kidal"
        await pilot.press("enter")
        await settle(app, pilot)
        assert Workbench(seeded_db).claim(detail.claim_id).value == 3
        await pilot.press("u")
        await settle(app, pilot)
        claim = Workbench(seeded_db).claim(detail.claim_id)
        assert (claim.value, claim.low, claim.high, claim.location) == (
            24,
            24,
            24,
            "north of Kidal",
        )
        undone = [c.note for c in Workbench(seeded_db).corrections(detail.claim_id)]
        assert undone[-1] == "undone" and len(undone) == 8  # the history keeps both


async def test_D_dismisses_the_claim_once_asked_and_restores_it(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        detail = await open_the_ambush(app, pilot)
        await pilot.press("D")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(app, pilot)
        assert not Workbench(seeded_db).claim(detail.claim_id).dismissed
        await pilot.press("D")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert Workbench(seeded_db).claim(detail.claim_id).dismissed
        assert "DISMISSED" in str(detail.query_one("#headline").render())
        queue = next(s for s in app.screen_stack if isinstance(s, QueueScreen))
        assert detail.claim_id not in {c.id for c in queue.rows}
        await pilot.press("D", "y")
        await settle(app, pilot)
        assert not Workbench(seeded_db).claim(detail.claim_id).dismissed
        assert detail.claim_id in {c.id for c in queue.rows}


async def test_the_help_and_the_footer_name_the_keys(seeded_db):
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(200, 40)) as pilot:
        detail = await open_the_ambush(app, pilot)
        footer_keys = {key for key, active in detail.active_bindings.items() if active.binding.show}
        assert {"m", "D"} <= footer_keys
        await pilot.press("f1")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.text()
        assert "Correct" in text and "Dismiss/restore claim" in text


@pytest.fixture
def seeded_app(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # relative source paths: the same snapshot on any checkout
    db = str(tmp_path / "claims.db")
    Workbench(db).ingest(["seeds"], jobs=1)
    return make_app(Workbench(db, analyst="ana"), seeds=None)


def test_the_correction_form_at_80x24(snap_compare, seeded_app):
    async def open_the_form_of_the_ambush(pilot):
        for _ in range(200):  # the queue's rows, read in a thread (test_snapshots.opened)
            await pilot.app.workers.wait_for_complete()
            if getattr(pilot.app.screen, "rows", None):
                break
            await pilot.pause(0.05)
        queue = pilot.app.screen
        queue.move_to(next(c for c in queue.rows if c.text == AMBUSH).id)
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("m")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(seeded_app, terminal_size=(80, 24), run_before=open_the_form_of_the_ambush)


async def test_the_status_list_finds_the_dismissed_claims_and_D_restores_one(seeded_db):
    with closing(Workbench(seeded_db, analyst="ana")) as bench:
        bench.dismiss_claim(32, "no toll")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        queue = await ready(app, pilot)
        assert 32 not in {c.id for c in queue.rows}
        queue.query_one("#status", Select).value = "dismissed"
        for _ in range(100):  # the filtered rows are read in the reading thread
            await settle(app, pilot)
            if [c.id for c in queue.rows] == [32]:
                break
        assert [c.id for c in queue.rows] == [32]
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("D", "y")
        await settle(app, pilot)
        assert not Workbench(seeded_db).claim(32).dismissed
        assert queue.rows == []  # no dismissed claim is left


@pytest.mark.parametrize("size", [(80, 24), (200, 50)])
async def test_the_note_typed_in_the_form_is_drawn(seeded_db, size):
    """The note's box, focused, drew only its borders: what was typed was invisible
    at every size (found in the trial). Its line shows the words typed."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=size) as pilot:
        _, form = await open_the_form(app, pilot)
        note = form.query_one("#note", Input)
        note.focus()
        await pilot.press(*"burial count")
        await pilot.pause()
        assert note.has_focus and note.content_region.height >= 1
        drawn = app.screen.get_widget_at(note.content_region.x, note.content_region.y)[0]
        assert drawn is note
        assert "burial count" in "".join(s.text for s in note.render_line(0))


async def test_a_corrected_date_says_so_and_a_note_is_no_verdict(seeded_db):
    """The detail said "(not stated)" beside a date the analyst corrected, and
    "unreviewed by ana at ..." once a note was written on a claim never judged."""
    with closing(Workbench(seeded_db, analyst="ana")) as bench:
        claim = next(c for c in bench.claims() if c.text == AMBUSH)
        bench.correct_claim(claim.id, {"date": "2013-02-05"})
        bench.set_note(claim.id, "one source only")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        detail = await open_the_ambush(app, pilot)
        fields = str(detail.query_one("#fields").render())
    assert "2013-02-05  (corrected)" in fields
    assert "unreviewed by" not in fields and "one source only" in fields


async def test_a_correction_that_moves_claims_between_events_says_so(tmp_path):
    """Trial 61: a corrected place moved other claims into a new event with no word.
    Two reports written for the test (tests/test_event_moves.py): the army's killed
    corrected to another town takes its wounded, joined by the report, out of the
    event."""
    from tests.test_event_moves import _ids, _ingest

    db = _ingest(tmp_path)
    ids = _ids(db)
    killed, wounded = ids[("army.txt", "killed")], ids[("army.txt", "wounded")]
    with closing(Workbench(str(db))) as bench:
        before = bench.event_of(wounded)
    app = make_app(Workbench(str(db), analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        queue.move_to(killed)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        form = app.screen
        assert isinstance(form, CorrectionModal)
        field(form, "place").value = "Goma"
        field(form, "value").focus()
        await pilot.press("enter")
        await settle(app, pilot)
        with closing(Workbench(str(db))) as bench:
            after = bench.event_of(wounded)
        said = [str(n.message) for n in app._notifications]
    assert after != before
    moved = f"claim {wounded} from event {before} into event {after}"
    assert any("regrouped:" in line and moved in line for line in said), said
