"""`workbench event` as a group (issue 15): `event merge|split|move|rename` change events,
while `event EVENT_ID` and the earlier `event-merge`, ... work exactly as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.models import EventDetail, EventSummary

SEEDS = str(Path(__file__).parent.parent / "seeds")
EDITS = ("merge", "move", "rename", "split")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def detail(result) -> EventDetail:
    assert result.exit_code == 0, result.output
    return EventDetail.model_validate_json(result.stdout)


@pytest.fixture
def db(seeded_db) -> str:
    return seeded_db


def the_ambush(db: str) -> EventSummary:
    listed = run("events", "--db", db, "--json")
    events = [EventSummary.model_validate_json(line) for line in listed.stdout.splitlines()]
    return next(e for e in events if e.place == "north of Kidal")


def test_help_lists_the_commands_and_says_an_id_shows_one():
    result = run("event", "--help")
    assert result.exit_code == 0
    assert "event [OPTIONS] EVENT_ID" in result.output
    assert "event COMMAND [ARGS]..." in result.output
    assert "--json" in result.output and "--db" in result.output
    commands = result.output.split("Commands:")[1]
    assert all(f"  {name} " in commands for name in EDITS)
    assert "`workbench event EVENT_ID` shows one event" in result.output


def test_an_id_shows_the_event_as_before(db):
    ambush = the_ambush(db)
    for args in (
        ("event", str(ambush.id), "--db", db, "--json"),
        ("event", "--json", str(ambush.id), "--db", db),
        ("event", "--db", db, "--json", str(ambush.id)),
        ("--db", db, "event", str(ambush.id), "--json"),
    ):
        assert detail(run(*args)).id == ambush.id, args
    shown = run("event", str(ambush.id), "--db", db)
    assert shown.exit_code == 0 and f"Event {ambush.id}: " in shown.output


def test_what_is_neither_an_id_nor_a_command_is_refused_as_before(db):
    missing = run("event", "--db", db)
    assert missing.exit_code == 2 and "Missing argument 'EVENT_ID'" in missing.output
    wrong = run("event", "ambush", "--db", db)
    assert wrong.exit_code == 2 and "'ambush' is not a valid integer" in wrong.output
    assert "main event: " in wrong.output and "(see main event --help)" in wrong.output
    unknown = run("event", "999", "--db", db)
    assert unknown.exit_code == 1 and "no event with id 999" in unknown.output


def test_the_group_commands_change_events(db):
    ambush = the_ambush(db)
    renamed = detail(run("event", "rename", str(ambush.id), "Kidal ambush", "--db", db, "--json"))
    assert renamed.name == "Kidal ambush" and renamed.named_by
    claim = ambush.claim_ids[-1]
    apart = detail(run("event", "split", str(ambush.id), str(claim), "--db", db, "--json"))
    assert apart.id != ambush.id and [c.id for c in apart.event_claims] == [claim]
    merged = detail(run("event", "merge", str(ambush.id), str(apart.id), "--db", db, "--json"))
    assert merged.id == ambush.id and claim in [c.id for c in merged.event_claims]
    alone = detail(run("event", "move", str(claim), "new", "--db", db, "--json"))
    assert [c.id for c in alone.event_claims] == [claim]
    back = run("event", "move", str(claim), str(ambush.id), "--db", db)
    assert back.exit_code == 0 and back.output.startswith(f"event {ambush.id}: Kidal ambush (")
    refused = run("event", "move", str(claim), "nowhere", "--db", db)
    assert refused.exit_code == 2 and "neither an event id nor 'new'" in refused.output


def test_the_database_given_before_holds_for_a_group_command(db):
    ambush = the_ambush(db)
    renamed = detail(run("--db", db, "event", "rename", str(ambush.id), "Before", "--json"))
    assert renamed.name == "Before"


def test_the_earlier_names_still_change_events(db):
    ambush = the_ambush(db)
    claim = ambush.claim_ids[-1]
    renamed = detail(run("event-rename", str(ambush.id), "Kidal ambush", "--db", db, "--json"))
    assert renamed.name == "Kidal ambush"
    apart = detail(run("event-split", str(ambush.id), str(claim), "--db", db, "--json"))
    merged = detail(run("event-merge", str(ambush.id), str(apart.id), "--db", db, "--json"))
    assert claim in [c.id for c in merged.event_claims]
    alone = detail(run("event-move", str(claim), "new", "--db", db, "--json"))
    assert [c.id for c in alone.event_claims] == [claim]


@pytest.mark.parametrize("name", EDITS)
def test_each_command_has_the_same_help_under_both_names(name):
    grouped = run("event", name, "--help").output
    earlier = run(f"event-{name}", "--help").output
    assert earlier == grouped.replace(f"event {name}", f"event-{name}")
    assert f"workbench event {name} " in grouped and f"workbench event-{name} " in earlier


def _one_claim_events(db: str) -> list[EventSummary]:
    listed = run("events", "--db", db, "--json")
    events = [EventSummary.model_validate_json(line) for line in listed.stdout.splitlines()]
    return [e for e in events if e.claims == 1]


def test_an_emptied_event_s_id_says_where_its_claims_went(db):
    """A trial's analyst noted event 28; a regrouping moved its claims into another,
    and `event-merge 2 5 28` said only "no event with id 28"."""
    first, second = _one_claim_events(db)[:2]
    kept, gone = detail(run("event", str(first.id), "--db", db, "--json")), second.id
    claim = detail(run("event", str(gone), "--db", db, "--json")).event_claims[0].id
    linked = run(
        "link", str(kept.event_claims[0].id), str(claim), "--relation", "related", "--db", db
    )
    assert linked.exit_code == 0, linked.output
    for args in (("event", str(gone)), ("event-merge", str(first.id), str(gone))):
        result = run(*args, "--db", db)
        assert result.exit_code != 0
        assert f"no event with id {gone}: it emptied when events were regrouped" in result.output
        assert f"its claim {claim} is in event {first.id}" in result.output


def test_an_event_an_analyst_emptied_says_so(db):
    first, second = _one_claim_events(db)[:2]
    claim = detail(run("event", str(second.id), "--db", db, "--json")).event_claims[0].id
    assert run("event-move", str(claim), str(first.id), "--db", db).exit_code == 0
    result = run("event", str(second.id), "--db", db)
    assert result.exit_code != 0
    assert f"no event with id {second.id}: it emptied when events were moved by " in result.output
    assert f"its claim {claim} is in event {first.id}" in result.output


def test_an_id_no_event_ever_had_is_told_so(db):
    result = run("event", "9999", "--db", db)
    assert result.exit_code != 0 and "no event with id 9999\n" in result.output


def test_an_event_a_dismissal_emptied_says_so(db):
    """A dismissed claim empties its event as a merge does; its id then says why."""
    (only, *_) = _one_claim_events(db)
    claim = detail(run("event", str(only.id), "--db", db, "--json")).event_claims[0].id
    assert run("claim", "dismiss", str(claim), "--db", db).exit_code == 0
    result = run("event", str(only.id), "--db", db)
    assert result.exit_code != 0
    assert f"who dismissed claim {claim}" in result.output
    assert f"its claim {claim} is in no event now" in result.output
