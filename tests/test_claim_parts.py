"""The analyst's word on a part of a toll (`claim edit --part yes|no`, `claim add
--part`): two trials' analysts could not take "five children died in the attack" out
of the figures of an event whose toll was 24, nor say that a figure read as a part
is a whole toll. Real SQLite files in a temporary folder, the real CLI; the reports
are written for these tests."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.service.workbench import Workbench
from workbench.tui.format import PART_MARK, claim_figure

_HEAD = "Title: {title}\nPublished: {day}\nOutlet: {outlet}\n\n"
POLICE = _HEAD.format(title="Gunmen kill 24 in Tondara", day="2025-03-05", outlet="Daily Test")
POLICE += (
    "Gunmen killed 24 villagers in Tondara, Kaduna State, on Tuesday, police said. "
    "Five children died in the attack on the village, a local official said.\n"
)
RESIDENTS = _HEAD.format(title="Tondara attack", day="2025-03-06", outlet="Other Test")
RESIDENTS += (
    "At least 24 people were killed in Tondara on Tuesday when gunmen attacked the "
    "village, residents said.\n"
)
# the words mark a part ("among those killed"): the analyst says it is a toll of its own
AMONG = _HEAD.format(title="Raid on Kulmi", day="2025-04-10", outlet="Daily Test")
AMONG += (
    "Gunmen killed 30 villagers in Kulmi, Kaduna State, on Wednesday, police said. "
    "Seven farmers were among those killed, a local official said.\n"
)


def run(db: Path, *args: str):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def loaded(tmp_path: Path, **texts: str) -> Path:
    """A fresh database with each text stored as NAME.txt and ingested."""
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "claims.db"
    files = [str(tmp_path / f"{name}.txt") for name in texts]
    assert run(db, "ingest", *files).exit_code == 0
    return db


def claims(db: Path) -> dict[int, dict]:
    result = run(db, "claims", "--json")
    assert result.exit_code == 0, result.output
    return {c["id"]: c for c in map(json.loads, result.stdout.splitlines())}


def claim_with(db: Path, figure: int) -> int:
    (found,) = [i for i, c in claims(db).items() if c["value"] == figure]
    return found


def event_killed(db: Path) -> dict:
    """The killed figures of the database's one event."""
    result = run(db, "events", "--json")
    assert result.exit_code == 0, result.output
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    (killed,) = [f for f in event["figures"] if f["category"] == "killed"]
    return killed


def relations(db: Path, claim_id: int) -> set[str]:
    result = run(db, "links", "--claim", str(claim_id), "--json")
    assert result.exit_code == 0, result.output
    return {json.loads(line)["relation"] for line in result.stdout.splitlines()}


def test_a_figure_marked_as_a_part_leaves_the_event_figures_and_contradicts_nothing(tmp_path):
    db = loaded(tmp_path, police=POLICE, residents=RESIDENTS)
    children = claim_with(db, 5)
    assert "contradicts" in relations(db, children)  # read as a toll of its own
    result = run(db, "claim", "edit", str(children), "--part", "yes", "--note", "the 24 hold it")
    assert result.exit_code == 0, result.output
    assert "part as its words read -> yes" in result.output
    assert relations(db, children) == {"related"}
    event = event_killed(db)
    assert not event["contested"]
    assert event["low"] == 24
    assert claims(db)[children]["part"] is True


def test_a_figure_the_words_mark_as_a_part_can_be_made_a_whole_toll(tmp_path):
    db = loaded(tmp_path, among=AMONG)
    farmers = claim_with(db, 7)
    assert claims(db)[farmers]["part"] is None  # its words decide: a part
    assert not event_killed(db)["contested"]
    assert run(db, "claim", "edit", str(farmers), "--part", "no").exit_code == 0
    event = event_killed(db)
    assert event["contested"]
    assert event["low"] == 7


def test_an_empty_part_gives_the_decision_back_to_the_words(tmp_path):
    db = loaded(tmp_path, police=POLICE, residents=RESIDENTS)
    children = claim_with(db, 5)
    run(db, "claim", "edit", str(children), "--part", "yes")
    result = run(db, "claim", "edit", str(children), "--part", "")
    assert "part yes -> as its words read" in result.output
    assert claims(db)[children]["part"] is None
    assert event_killed(db)["contested"]


def test_a_bad_part_is_one_line_and_stores_nothing(tmp_path):
    db = loaded(tmp_path, police=POLICE)
    children = claim_with(db, 5)
    result = run(db, "claim", "edit", str(children), "--part", "perhaps")
    assert result.exit_code != 0
    assert "part: 'perhaps' is neither yes nor no" in result.output
    assert "Traceback" not in result.output
    assert claims(db)[children]["part"] is None
    assert run(db, "history", str(children)).output.count("part") == 0


def test_reading_the_documents_again_keeps_the_analysts_part(tmp_path):
    db = loaded(tmp_path, police=POLICE, residents=RESIDENTS)
    children = claim_with(db, 5)
    run(db, "claim", "edit", str(children), "--part", "yes")
    assert run(db, "reextract").exit_code == 0
    assert claims(db)[children]["part"] is True
    assert not event_killed(db)["contested"]


@pytest.mark.parametrize(("word", "stored"), [("yes", True), ("no", False)])
def test_a_claim_added_by_hand_takes_the_analysts_part(tmp_path, word, stored):
    db = loaded(tmp_path, residents=RESIDENTS)
    (tmp_path / "note.txt").write_text(
        _HEAD.format(title="Note", day="2025-03-07", outlet="Field note")
        + "The headmaster said the school would stay shut; two teachers are mourned"
        " in Tondara.\n",
        encoding="utf-8",
    )
    assert run(db, "ingest", str(tmp_path / "note.txt")).exit_code == 0
    result = run(
        db,
        "claim",
        "add",
        "note.txt",
        "--text",
        "two teachers",
        "--category",
        "killed",
        "--value",
        "2",
        "--part",
        word,
    )
    assert result.exit_code == 0, result.output
    added = max(claims(db).values(), key=lambda c: c["id"])
    assert (added["value"], added["part"]) == (2, stored)


def test_the_claims_list_and_the_review_screen_show_a_part(tmp_path: Path) -> None:
    """A part is marked where the analyst reads figures ("7 (part)" in `claims`, "7 ⊂"
    in the TUI's tables), by its words or the analyst's word; a trial's analyst could
    not tell which of an event's figures were parts."""
    db = loaded(tmp_path, among=AMONG)
    farmers = claim_with(db, 7)
    listed = run(db, "claims").stdout
    assert "7 (part)" in listed and "30 (part)" not in listed
    with closing(Workbench(str(db))) as service:
        shown = {c.value: claim_figure(c) for c in service.claims()}
    assert shown[7] == f"7 {PART_MARK}" and PART_MARK not in shown[30]
    assert run(db, "claim", "edit", str(farmers), "--part", "no").exit_code == 0
    assert "(part)" not in run(db, "claims").stdout
