"""`u` on events, through the service: an analyst's rename, merge, split or move of
events taken back while the events stand as the edit left them, and refused, writing
nothing, where another analyst (or a removed document) changed them since."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.test_events import event_holding
from workbench.errors import EventsChanged, NameChanged
from workbench.event_rows import EventState
from workbench.models import Seen
from workbench.service import Workbench


@pytest.fixture
def ana(seeded_db) -> Workbench:
    return Workbench(seeded_db, analyst="ana")


def edited(bench: Workbench, touched: list[int | None], edit: Callable[[], object]):
    """The events' state before and after `edit`, as the TUI keeps them for `u`."""
    before = bench.event_state(touched)
    edit()
    return before, bench.event_state_after(before)


def layout(bench: Workbench) -> dict[int, tuple[str, list[int]]]:
    """Every event's name and claims, by id: what an undo must give back whole."""
    return {e.id: (e.name, sorted(e.claim_ids)) for e in bench.events()}


def test_a_merge_taken_back_brings_the_merged_events_back_under_their_ids(ana):
    ambush = event_holding(ana, "killed twenty-four soldiers")
    hostages = event_holding(ana, "37 hostages")
    gossi = event_holding(ana, "Malian soldiers")
    start = layout(ana)
    before, after = edited(
        ana, [ambush, hostages, gossi], lambda: ana.merge_events(ambush, [hostages, gossi])
    )
    assert set(layout(ana)) == set(start) - {hostages, gossi}
    ana.undo_event_edit(before, after)
    assert layout(ana) == start
    assert [row["action"] for row in ana.store.event_log(hostages)][-1] == "undo"


def test_a_split_taken_back_leaves_no_event_of_its_own(ana):
    gossi = event_holding(ana, "Malian soldiers")
    wounded = next(c for c in ana.event(gossi).event_claims if c.category.value == "wounded")
    start = layout(ana)
    before, after = edited(ana, [gossi], lambda: ana.split_event(gossi, [wounded.id]))
    apart = ana.event_of(wounded.id)
    assert apart != gossi
    ana.undo_event_edit(before, after)
    assert layout(ana) == start and apart not in layout(ana)


def test_moving_an_events_last_claim_away_and_back(ana):
    ambush = event_holding(ana, "killed twenty-four soldiers")
    alone = next(e.id for e in ana.events() if len(e.claim_ids) == 1 and e.id != ambush)
    (claim,) = ana.event(alone).claim_ids
    start = layout(ana)
    before, after = edited(ana, [alone, ambush], lambda: ana.move_claim(claim, ambush))
    assert alone not in layout(ana)  # the event it left went
    ana.undo_event_edit(before, after)
    assert layout(ana) == start


def test_a_rename_taken_back_gives_the_event_back_to_the_machines_name(ana):
    gossi = event_holding(ana, "Malian soldiers")
    machine = ana.event(gossi).name
    before, after = edited(ana, [gossi], lambda: ana.rename_event(gossi, "Ambush at Gossi"))
    ana.undo_event_edit(before, after)
    back = ana.event(gossi)
    assert (back.name, back.named_by) == (machine, None)


def test_an_undo_is_refused_where_another_analyst_edited_the_events_since(ana, seeded_db):
    ambush = event_holding(ana, "killed twenty-four soldiers")
    hostages = event_holding(ana, "37 hostages")
    before, after = edited(ana, [ambush, hostages], lambda: ana.merge_events(ambush, [hostages]))
    bo = Workbench(seeded_db, analyst="bo")
    theirs = ana.event(ambush).claim_ids[0]
    bo.move_claim(theirs, None)
    kept = layout(ana)
    with pytest.raises(EventsChanged, match=r"bo moved a claim into event \d+ .*nothing undone"):
        ana.undo_event_edit(before, after)
    assert layout(ana) == kept  # nothing written: bo's move stands


def test_an_undo_is_refused_where_another_analyst_renamed_the_event_since(ana, seeded_db):
    gossi = event_holding(ana, "Malian soldiers")
    before, after = edited(ana, [gossi], lambda: ana.rename_event(gossi, "Gossi"))
    Workbench(seeded_db, analyst="bo").rename_event(gossi, "Gossi ambush, 4 soldiers")
    with pytest.raises(EventsChanged, match="bo renamed event"):
        ana.undo_event_edit(before, after)
    assert ana.event(gossi).name == "Gossi ambush, 4 soldiers"


def test_the_same_undo_twice_is_refused_the_second_time(ana):
    gossi = event_holding(ana, "Malian soldiers")
    wounded = next(c for c in ana.event(gossi).event_claims if c.category.value == "wounded")
    before, after = edited(ana, [gossi], lambda: ana.split_event(gossi, [wounded.id]))
    ana.undo_event_edit(before, after)
    start = layout(ana)
    with pytest.raises(EventsChanged, match="ana undid an edit of event"):
        ana.undo_event_edit(before, after)
    assert layout(ana) == start


def test_a_state_reads_only_the_events_named_and_passes_over_none(ana):
    gossi = event_holding(ana, "Malian soldiers")
    state = ana.event_state([gossi, None, 10_000])
    assert isinstance(state, EventState)
    assert state.claim_ids == sorted(ana.event(gossi).claim_ids)
    assert {event for _claim, event, _by in state.placements} == {gossi}
    assert ana.event_state([None]).claim_ids == []


def test_an_undo_is_refused_where_a_claim_went_with_its_document(ana):
    ambush = event_holding(ana, "killed twenty-four soldiers")
    hostages = event_holding(ana, "37 hostages")
    before, after = edited(ana, [ambush, hostages], lambda: ana.merge_events(ambush, [hostages]))
    (gone,) = [c for c in ana.claims() if "37" in c.text]
    ana.remove_document(gone.document_id)
    with pytest.raises(EventsChanged, match="regrouped or removed since; nothing undone"):
        ana.undo_event_edit(before, after)


def test_a_rename_over_a_name_another_analyst_gave_since_is_refused(ana, seeded_db):
    """A trial's two analysts renamed one event seconds apart: the second, from a
    stale screen, replaced the first's name unseen. Verdicts and grades were held."""
    gossi = event_holding(ana, "Malian soldiers")
    Workbench(seeded_db, analyst="bo").rename_event(gossi, "Gossi ambush", Seen(None))
    with pytest.raises(NameChanged, match=r"event \d+: bo named it 'Gossi ambush'"):
        ana.rename_event(gossi, "Ambush at Gossi", Seen(None))  # ana saw the machine's
    assert ana.event(gossi).name == "Gossi ambush"
    ana.rename_event(gossi, "Ambush at Gossi", Seen("Gossi ambush"))  # having seen bo's
    assert (ana.event(gossi).name, ana.event(gossi).named_by) == ("Ambush at Gossi", "ana")
