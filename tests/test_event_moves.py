"""A write that moves other claims between events says so (trial 61: correcting one
claim's place took three claims of the army's communiqué out of the massacre's event
into a new one, with no word), and a figure a report denies is not one of its own
tolls, which kept that claim apart. Reports written for these tests, in real SQLite
files; with their negatives."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from tests.match_helpers import match_input
from workbench.cli import main
from workbench.display import moves_line
from workbench.event_rows import EventMove
from workbench.events import EventLink, group
from workbench.events.report_tolls import report_toll
from workbench.service import Workbench

CHIEF = "Gunmen killed 12 villagers in Kalemba on Monday night, the village chief said.\n"
ARMY = (
    "The army said on Tuesday that 12 villagers were killed and five wounded in Kalemba"
    " on Monday night.\n"
)


def _ingest(folder: Path) -> Path:
    for name, text in {"chief": CHIEF, "army": ARMY}.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        meta = {"outlet": name, "published": "2026-11-03"}
        (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    db = folder / "claims.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    return db


def _ids(db: Path) -> dict[tuple[str, str], int]:
    """Claim ids by (outlet file, category)."""
    result = CliRunner().invoke(main, ["--db", str(db), "claims", "--json"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {(Path(c["source"]).name, c["category"]): c["id"] for c in rows}


def _edit(db: Path, *args: str):
    result = CliRunner().invoke(main, ["--db", str(db), "claim", "edit", *args])
    assert result.exit_code == 0, result.output
    return result


def test_a_corrected_place_says_which_other_claims_left_the_event(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    ids = _ids(db)
    killed, wounded = ids[("army.txt", "killed")], ids[("army.txt", "wounded")]
    with closing(Workbench(str(db))) as bench:
        event = bench.event_of(wounded)
        assert event is not None and bench.event_of(killed) == event  # one report's counts
    result = _edit(db, str(killed), "--place", "Goma")
    with closing(Workbench(str(db))) as bench:
        moved_to = bench.event_of(wounded)
    assert moved_to not in (None, event)
    assert f"regrouped: claim {wounded} from event {event} into event {moved_to}" in result.stderr


def test_a_correction_that_moves_nothing_says_nothing_of_events(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    wounded = _ids(db)[("army.txt", "wounded")]
    result = _edit(db, str(wounded), "--value", "6", "--note", "re-read")
    assert "regrouped" not in result.stderr


def test_the_service_keeps_the_last_regroupings_moves(tmp_path: Path) -> None:
    db = _ingest(tmp_path)
    ids = _ids(db)
    killed, wounded = ids[("army.txt", "killed")], ids[("army.txt", "wounded")]
    with closing(Workbench(str(db))) as bench:
        event = bench.event_of(wounded)
        assert event is not None
        bench.correct_claim(killed, {"place": "Goma"})
        assert bench.last_moves == [EventMove((wounded,), event, bench.event_of(wounded))]
        bench.correct_claim(wounded, {"value": "6"})
        assert bench.last_moves == []


def test_the_moves_line_names_claims_events_and_how_many_more() -> None:
    moves = [EventMove((8, 9, 10), 1, 8), EventMove((11,), 1, None), EventMove((3,), 2, 4)]
    assert moves_line(moves) == (
        "regrouped: claims 8, 9, 10 from event 1 into event 8; claim 11 out of event 1;"
        " claim 3 from event 2 into event 4"
    )
    assert moves_line(moves, shown=1) == (
        "regrouped: claims 8, 9, 10 from event 1 into event 8; 2 more moves (`workbench events`)"
    )
    assert moves_line([]) is None


def test_a_denied_figure_is_no_toll_of_its_report() -> None:
    own = match_input(1, 18, location="Beni", document_id=7)
    denied = match_input(2, 42, location="Kalemba", document_id=7, figure_denied=True)
    assert report_toll(own, False) is not None
    assert report_toll(denied, False) is None


def test_a_communiques_own_toll_and_the_figure_it_denies_stay_one_event() -> None:
    """The army's 18 "near Beni" and the 42 "in Kalemba" it denies, each linked to the
    chief's 42 at Kalemba: one incident, not the report's two places' tolls."""
    own = match_input(1, 18, location="near Beni", document_id=7, voice_id=7)
    denied = match_input(2, 42, location="Kalemba", document_id=7, voice_id=7, figure_denied=True)
    chief = match_input(3, 42, location="Kalemba", document_id=8, voice_id=8)
    links = [EventLink(1, 3, "contradicts", 0.9), EventLink(2, 3, "contradicts", 0.9)]
    groups = group([own, denied, chief], links, {}, {})
    assert sorted(len(g.claim_ids) for g in groups) == [3]


def test_a_reports_two_own_tolls_at_two_places_stay_two_events() -> None:
    """The negative: the same two figures, neither denied, are the report's two
    places' tolls (`two_incidents_told`), whatever links them."""
    own = match_input(1, 18, location="near Beni", document_id=7, voice_id=7)
    other = match_input(2, 42, location="Kalemba", document_id=7, voice_id=7)
    chief = match_input(3, 42, location="Kalemba", document_id=8, voice_id=8)
    links = [EventLink(1, 3, "contradicts", 0.9), EventLink(2, 3, "corroborates", 0.9)]
    groups = group([own, other, chief], links, {}, {})
    assert sorted(len(g.claim_ids) for g in groups) == [1, 2]


def test_a_headline_joins_its_bodys_telling_of_its_figure() -> None:
    headline = match_input(
        1, 38, location="près de Pont-Sondé", document_id=7, voice_id=7, section="title"
    )
    body = match_input(2, 38, location="Lapierre", document_id=7, voice_id=7)
    other = match_input(3, 12, location="Gonaïves", document_id=7, voice_id=7, section="title")
    groups = group([headline, body, other], [], {}, {})
    assert sorted(sorted(g.claim_ids) for g in groups) == [[1, 2], [3]]


def test_a_claim_placed_in_its_country_alone_joins_one_event_not_two(places) -> None:
    """The BINUH's 38 "in Haiti" corroborates one massacre's 38 and a later attack's 38
    elsewhere: it joins the first (its strongest link), and the two stay two."""
    from tests.match_helpers import placed_claim

    country = placed_claim(places, 1, "Mali", 38, document_id=1, voice_id=1)
    first = match_input(2, 38, location="Boni", document_id=2, voice_id=2)
    second = match_input(3, 38, location="Hombori", document_id=3, voice_id=3)
    links = [EventLink(1, 2, "corroborates", 0.95), EventLink(1, 3, "corroborates", 0.9)]
    groups = group([country, first, second], links, {}, {})
    assert sorted(sorted(g.claim_ids) for g in groups) == [[1, 2], [3]]
