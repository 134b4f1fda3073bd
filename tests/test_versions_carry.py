"""What an analyst did to a source's claims holds when a new version of it arrives
(a trial, issue 19's versions): merged events once broke for good (`KeyError` in
every later grouping: the merged claim was superseded), and a correction of a
misreading was lost on the new version's same sentence. Real files ingested twice
into a real SQLite file, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from workbench.cli import main

WIRE = (
    "Lake Chad ambush\n\n"
    "Gunmen killed 24 soldiers near Ngouboua on Sunday, a security source said.\n\n"
    "Five of the injured died of their wounds in hospital, the source added.\n"
)
REVISED = WIRE.replace("killed 24 soldiers", "killed 31 soldiers")
ARMY = (
    "Army statement\n\n"
    "The army said 9 soldiers were killed when its convoy was ambushed at Kaiga on Sunday.\n"
)


def run(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.stdout


def claims(db: Path) -> dict[int, dict]:
    return {c["id"]: c for c in map(json.loads, run(db, "claims", "--json").splitlines())}


def events(db: Path) -> list[dict]:
    return [json.loads(line) for line in run(db, "events", "--json").splitlines()]


def load(tmp_path: Path) -> tuple[Path, Path]:
    """The wire (document 1) and the army's statement (document 2), published the
    same day: the database and the wire's file."""
    db, wire, army = tmp_path / "claims.db", tmp_path / "wire.txt", tmp_path / "army.txt"
    wire.write_text(WIRE)
    army.write_text(ARMY)
    for path in (wire, army):
        run(db, "ingest", str(path), "--jobs", "1", "--published", "2026-03-09")
    return db, wire


def new_version(db: Path, wire: Path, text: str) -> None:
    wire.write_text(text)
    said = run(db, "ingest", str(wire), "--jobs", "1", "--published", "2026-03-10")
    assert "is a new version of document 1" in said


def killed_in(db: Path, document_id: int) -> dict:
    [claim] = [
        c
        for c in claims(db).values()
        if c["document_id"] == document_id and "soldiers" in c["text"] and c["value"] != 5
    ]
    return claim


def test_events_an_analyst_merged_hold_through_a_new_version(tmp_path):
    db, wire = load(tmp_path)
    first, army = killed_in(db, 1), killed_in(db, 2)
    by_claim = {i: e["id"] for e in events(db) for i in e["claim_ids"]}
    if by_claim[first["id"]] == by_claim[army["id"]]:  # the machine put them together
        run(db, "event", "split", str(by_claim[army["id"]]), str(army["id"]))
    by_claim = {i: e["id"] for e in events(db) for i in e["claim_ids"]}
    run(db, "event", "merge", str(by_claim[first["id"]]), str(by_claim[army["id"]]))
    new_version(db, wire, REVISED)
    revised = killed_in(db, 3)
    assert revised["value"] == 31
    [merged] = [e for e in events(db) if army["id"] in e["claim_ids"]]
    assert revised["id"] in merged["claim_ids"]  # the new version's toll took its place
    assert first["id"] not in merged["claim_ids"]  # the superseded one is not counted
    [killed] = [f for f in merged["figures"] if f["category"] == "killed"]
    assert (killed["low"], killed["high"]) == (9, 31)
    run(db, "match", "--all")  # the grouping after it works too
    run(db, "document", "remove", "2", "--yes")
    assert events(db)


def test_a_correction_is_made_again_on_the_new_versions_same_sentence(tmp_path):
    db, wire = load(tmp_path)
    [died] = [c for c in claims(db).values() if c["document_id"] == 1 and c["value"] == 5]
    run(db, "claim", "edit", str(died["id"]), "--subject", "soldiers", "--note", "the same men")
    first = killed_in(db, 1)
    run(db, "claim", "edit", str(first["id"]), "--value", "25", "--subject", "gendarmes")
    new_version(db, wire, REVISED)
    [again] = [c for c in claims(db).values() if c["document_id"] == 3 and c["value"] == 5]
    assert again["subject"] == "soldiers"  # the machine read it as before: corrected again
    assert f"carried from claim {died['id']} of document 1" in run(db, "history", str(again["id"]))
    revised = killed_in(db, 3)
    assert revised["value"] == 31  # the machine read another figure: the new one stands
    assert revised["subject"] == "gendarmes"  # the subject read as before: corrected again


def test_a_span_dismissed_as_no_claim_stays_dismissed_in_the_new_version(tmp_path):
    db, wire = load(tmp_path)
    [died] = [c for c in claims(db).values() if c["document_id"] == 1 and c["value"] == 5]
    run(db, "claim", "dismiss", str(died["id"]), "--note", "told twice")
    new_version(db, wire, REVISED)
    assert not [c for c in claims(db).values() if c["document_id"] == 3 and c["value"] == 5]


def test_a_link_the_analyst_rejected_stays_rejected_for_the_new_version(tmp_path):
    """A trial rejected the link between the army's toll and a wire's; the wire's new
    version suggested the same link again, and the confirmed claim went stale."""
    db, wire = load(tmp_path)
    first, army = killed_in(db, 1), killed_in(db, 2)
    run(db, "link", str(army["id"]), str(first["id"]), "--relation", "contradicts")
    run(db, "link", str(army["id"]), str(first["id"]), "--reject", "--note", "two ambushes")
    new_version(db, wire, REVISED)
    revised = killed_in(db, 3)
    carried = link_of(db, army["id"], revised["id"])
    assert carried["state"] == "rejected" and carried["note"] == "two ambushes"
    run(db, "match", "--all")  # matching again does not undo it
    assert link_of(db, army["id"], revised["id"])["state"] == "rejected"


def link_of(db: Path, a: int, b: int) -> dict:
    links = [
        json.loads(line) for line in run(db, "links", "--json", "--state", "rejected").splitlines()
    ]
    [found] = [link for link in links if {link["a_id"], link["b_id"]} == {a, b}]
    return found


def added_by_hand(db: Path, *args: str) -> int:
    return json.loads(run(db, "claim", "add", *args, "--json"))["id"]


def test_a_claim_added_by_hand_is_added_again_to_the_new_version(tmp_path):
    """A claim the analyst added (the machine missed it) was not in the new version:
    their work on the page stopped at the version before."""
    db, wire = load(tmp_path)
    added = added_by_hand(
        db, "1", "--text", "Five", "--category", "wounded", "--subject", "soldiers"
    )
    run(db, "claim", "edit", str(added), "--value", "6", "--note", "six in the army's list")
    new_version(db, wire, "Update: the road is closed.\n\n" + REVISED)
    [again] = [c for c in claims(db).values() if c["document_id"] == 3 and c["added_by"]]
    assert again["category"] == "wounded" and again["value"] == 6  # as it stood
    assert again["subject"] == "soldiers" and again["text"] == "Five"
    assert again["start"] > claims(db)[added]["start"]  # at its place in the new text
    assert f"carried from claim {added} of document 1" in run(db, "history", str(again["id"]))


def test_a_claim_added_by_hand_is_not_added_where_its_sentence_is_gone(tmp_path):
    db, wire = load(tmp_path)
    added_by_hand(db, "1", "--text", "Five", "--category", "wounded")
    new_version(db, wire, REVISED.replace("Five of the injured", "Two of the injured"))
    assert not [c for c in claims(db).values() if c["document_id"] == 3 and c["added_by"]]
    assert [c for c in claims(db).values() if c["document_id"] == 1 and c["added_by"]]


def test_a_claim_added_by_hand_is_not_doubled_where_the_new_reading_has_it(tmp_path):
    db, wire = load(tmp_path)
    first = killed_in(db, 1)
    added_by_hand(db, "1", "--text", "24", "--category", "killed", "--duplicate")
    new_version(db, wire, "Update: the road is closed.\n\n" + WIRE)
    in_new = [c for c in claims(db).values() if c["document_id"] == 3 and "24" in c["text"]]
    assert len(in_new) == 1 and not in_new[0]["added_by"]
    assert in_new[0]["value"] == first["value"]


def test_a_verdict_is_carried_where_the_figure_is_the_same_not_where_it_changed(tmp_path):
    """A trial re-judged every unchanged claim of a new version: the same words and
    figure came back unreviewed."""
    db, wire = load(tmp_path)
    [died] = [c for c in claims(db).values() if c["document_id"] == 1 and c["value"] == 5]
    first = killed_in(db, 1)
    run(db, "verdict", str(died["id"]), "confirmed", "--note", "hospital list")
    run(db, "verdict", str(first["id"]), "disputed", "--note", "army says 9")
    new_version(db, wire, REVISED)
    [again] = [c for c in claims(db).values() if c["document_id"] == 3 and c["value"] == 5]
    assert (again["status"], again["note"]) == ("confirmed", "hospital list")
    history = run(db, "history", str(again["id"]))
    assert f"carried from claim {died['id']} of document 1" in history
    assert killed_in(db, 3)["status"] == "unreviewed"  # 31, not 24: judged afresh
    assert claims(db)[first["id"]]["status"] == "disputed"  # the old one keeps its own
