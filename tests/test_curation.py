"""Issue 17, section 1: the analyst's curation of voices and documents through the CLI
(`workbench voice`, `workbench document`) and the service, on invented wire stories and
on the seeds: each change logged, counted by the events, refused in one line when it
cannot be, and kept through re-ingest and `match --all`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from workbench.cli import main
from workbench.errors import WorkbenchError
from workbench.service import Workbench

STORIES = {  # name: (outlet, text): 12 soldiers killed, told by three voices
    "a": ("Sahel Wire", "The army said 12 soldiers were killed in an ambush near Gao on Monday"),
    "b": (
        "Bamako Daily",
        "Twelve soldiers died on Monday when gunmen attacked their convoy near Gao,"
        " FAMa said in a statement",
    ),
    "c": ("Mali Today", "FAMa said 14 soldiers were killed in the ambush near Gao on Monday"),
    "d": (
        "Gao Info",
        "Gunmen killed 12 soldiers in an ambush on a convoy near Gao on Monday,"
        " the second attack on the road this year",
    ),
}


def write(folder: Path, *names: str) -> list[str]:
    """The stories named, as files with their sidecars in `folder`."""
    folder.mkdir(exist_ok=True)
    paths = []
    for name in names:
        outlet, text = STORIES[name]
        path = folder / f"{name}.txt"
        path.write_text(f"Ambush near Gao\n\n{text}, 4 March 2024.\n", encoding="utf-8")
        sidecar = {"outlet": outlet, "published": "2024-03-05"}
        (folder / f"{name}.json").write_text(json.dumps(sidecar), encoding="utf-8")
        paths.append(str(path))
    return paths


def run(db: str, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["--db", db, *args], input=input)


def json_lines(result: Result) -> list[dict[str, object]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def wire(tmp_path: Path) -> tuple[str, Path]:
    """A database holding stories a, b and d: 12 killed, in the words of "the army",
    "FAMa" and the outlet Gao Info: three independent voices."""
    db = str(tmp_path / "wire.db")
    result = run(db, "ingest", *write(tmp_path / "wire", "a", "b", "d"))
    assert result.exit_code == 0, result.output
    return db, tmp_path / "wire"


def voice_named(db: str, name: str) -> dict[str, object]:
    return next(v for v in json_lines(run(db, "voices", "--json")) if v["name"] == name)


def test_merged_voices_count_as_one_and_a_later_ingest_follows_the_merge(wire):
    db, folder = wire
    [event] = json_lines(run(db, "events", "--json"))
    assert event["voices"] == 3
    [merged] = json_lines(run(db, "voice", "merge", "army", "FAMa", "--json", "--analyst", "ana"))
    assert (merged["name"], merged["claims"]) == ("army (Mali)", 2)
    assert voice_named(db, "FAMa")["merged_into"] == "army (Mali)"
    [event] = json_lines(run(db, "events", "--json"))
    assert event["voices"] == 2
    run(db, "ingest", *write(folder, "c"))  # a new story in FAMa's name
    assert voice_named(db, "army (Mali)")["claims"] == 3
    assert voice_named(db, "FAMa")["claims"] == 0
    [change] = json_lines(run(db, "voice", "history", "FAMa", "--json"))
    assert (change["action"], change["old"], change["new"]) == ("merge", "FAMa", "army (Mali)")
    assert change["analyst"] == "ana" and change["target"] == "speaker:fama"
    [back] = json_lines(run(db, "voice", "unmerge", "FAMa", "--json"))
    assert (back["claims"], back["merged_into"]) == (2, None)


def test_a_relay_makes_the_events_count_one_independent_voice(wire):
    db, _ = wire
    [relaying] = json_lines(run(db, "voice", "relay", "Gao Info", "army", "--json"))
    assert relaying["relays"] == "army (Mali)"
    json_lines(run(db, "voice", "relay", "FAMa", "Gao Info", "--json"))  # a chain
    [event] = json_lines(run(db, "events", "--json"))
    assert event["voices"] == 1
    [shown] = json_lines(run(db, "event", str(event["id"]), "--json"))
    assert sorted(shown["voice_names"]) == ["FAMa", "Gao Info", "army (Mali)"]  # each keeps its own
    json_lines(run(db, "voice", "relay", "FAMa", "--none", "--json"))
    [event] = json_lines(run(db, "events", "--json"))
    assert event["voices"] == 2


def test_a_relay_back_to_its_own_source_and_a_merge_into_itself_are_refused(wire):
    db, _ = wire
    assert run(db, "voice", "relay", "FAMa", "army").exit_code == 0
    refused = run(db, "voice", "relay", "army", "FAMa")
    assert refused.exit_code == 1 and "not the other way too" in refused.output
    refused = run(db, "voice", "relay", "army", "army")
    assert refused.exit_code == 1 and "'army (Mali)' cannot relay itself" in refused.output
    refused = run(db, "voice", "merge", "army", "army")
    assert refused.exit_code == 1 and "into itself" in refused.output
    assert voice_named(db, "FAMa")["merged_into"] is None
    # the voice merged into, named again among the others, is passed over (trial 75)
    assert run(db, "voice", "merge", "army", "FAMa", "army").exit_code == 0
    assert voice_named(db, "FAMa")["merged_into"] == "army (Mali)"
    refused = run(db, "voice", "merge", "FAMa", "army")
    assert refused.exit_code == 1 and "one voice already" in refused.output
    refused = run(db, "voice", "rename", "nobody here", "x")
    assert refused.exit_code == 1 and len(refused.output.splitlines()) == 1


def test_a_mistyped_voice_id_is_refused_not_made_a_voice(wire):
    """`voice merge 999 7` made a voice named "999" and moved voice 7's claims into it
    (a trial); a number that is no voice's id is refused, and nothing moves. So is a
    claim credited to one."""
    db, _ = wire
    fama = voice_named(db, "FAMa")
    refused = run(db, "voice", "merge", "999", str(fama["id"]))
    assert refused.exit_code == 1
    assert refused.output.splitlines() == [
        "workbench: no voice has the id 999; `workbench voices` lists them"
        " (a new voice needs a name, not a number)"
    ]
    assert voice_named(db, "FAMa") == fama
    assert "999" not in {v["name"] for v in json_lines(run(db, "voices", "--json"))}
    claim = json_lines(run(db, "claims", "--json"))[0]["id"]
    refused = run(db, "claim", "edit", str(claim), "--voice", " 4242 ")
    assert refused.exit_code == 1 and "no voice has the id 4242" in refused.output
    assert run(db, "voice", "merge", "Gao army office", "FAMa").exit_code == 0  # a name is


def test_a_new_outlet_takes_the_claims_added_in_its_voice_not_those_given_another(tmp_path):
    """A claim an analyst added with no voice speaks in the outlet's, so a corrected
    outlet takes it along (it stayed with the wrong outlet); a claim the analyst
    credited to another voice stays with that voice."""
    db = str(tmp_path / "w.db")
    folder = tmp_path / "plain"
    folder.mkdir()
    text = "Ambush near Gao\n\n12 soldiers were killed near Gao. The others succumbed later.\n"
    (folder / "note.txt").write_text(text)
    assert run(db, "ingest", str(folder)).exit_code == 0
    add = ("claim", "add", "1", "--text", "succumbed later", "--category", "wounded")
    assert run(db, *add, "--value", "3").exit_code == 0
    assert run(db, *add, "--value", "3", "--duplicate", "--voice", "the army").exit_code == 0
    assert run(db, "document", "edit", "1", "--outlet", "Sahel Wire").exit_code == 0
    by_voice = sorted(c.voice for c in Workbench(db).claims() if c.category == "wounded")
    assert by_voice == ["Sahel Wire", "the army"]
    assert voice_named(db, "Sahel Wire")["claims"] == 2  # the killed and one wounded


def test_a_document_edit_moves_the_outlet_voice_and_a_bad_date_changes_nothing(tmp_path):
    db = str(tmp_path / "w.db")
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "note.txt").write_text("Ambush near Gao\n\n12 soldiers were killed near Gao.\n")
    assert run(db, "ingest", str(folder)).exit_code == 0
    before = json_lines(run(db, "sources", "--json"))
    bad = run(db, "document", "edit", "1", "--outlet", "Sahel Wire", "--published", "2024-02-30")
    assert bad.exit_code == 2  # a wrong value (docs/cli.md)
    assert bad.output.strip() == (
        "workbench: published: '2024-02-30' is not a date; give it as 2013-01-25, 25 January 2013"
        " or 25 janvier 2013"
    )
    assert json_lines(run(db, "sources", "--json")) == before
    edited = run(
        db,
        "document",
        "edit",
        "1",
        "--outlet",
        "Sahel Wire",
        "--published",
        "2024-03-05",
        "--url",
        "https://sahel.example/gao",
        "--json",
    )
    [source] = json_lines(edited)
    assert (source["outlet"], source["published"]) == ("Sahel Wire", "2024-03-05")
    assert voice_named(db, "Sahel Wire")["claims"] == 1
    history = json_lines(run(db, "document", "history", "1", "--json"))
    assert [h["action"] for h in history] == ["edit outlet", "edit url", "edit published"]
    assert run(db, "document", "edit", "9", "--title", "x").exit_code == 1
    assert run(db, "document", "edit", "1").exit_code == 2  # nothing to set


def test_remove_asks_and_keeps_the_verdict_history_in_the_archive(wire):
    db, _ = wire
    assert run(db, "verdict", "1", "disputed", "--note", "one count").exit_code == 0
    assert run(db, "verdict", "1", "confirmed").exit_code == 0
    said_no = run(db, "document", "remove", "1", input="n\n")
    assert said_no.exit_code == 1 and "nothing removed" in said_no.output
    assert len(json_lines(run(db, "sources", "--json"))) == 3
    assert run(db, "document", "remove", "1", "--yes").exit_code == 0
    assert [s["id"] for s in json_lines(run(db, "sources", "--json"))] == [2, 3]
    [archived] = json_lines(run(db, "document", "archive", "--json"))
    assert (archived["claim_id"], archived["status"]) == (1, "confirmed")
    assert [h["new_status"] for h in archived["history"]] == ["disputed", "confirmed"]
    assert [c["id"] for c in json_lines(run(db, "claims", "--json"))] == [2, 3]
    [event] = json_lines(run(db, "events", "--json"))
    assert event["claims"] == 2


def test_a_document_removed_loaded_again_and_removed_again_keeps_both_archives(wire):
    """The last document's claims removed, the file loaded again gave its new claims
    the old ids (SQLite's largest id + 1), so a second removal clashed with the
    archive (UNIQUE constraint failed) and `history ID` mixed two claims. Ids are
    never reused, nor documents' ids: both removals are archived, each claim under
    its own id."""
    db, folder = wire
    last = json_lines(run(db, "sources", "--json"))[-1]
    [old] = [c["id"] for c in json_lines(run(db, "claims", "--json", "--source", str(last["id"])))]
    assert run(db, "verdict", str(old), "disputed", "--note", "first look").exit_code == 0
    assert run(db, "document", "remove", str(last["id"]), "--yes").exit_code == 0
    again = run(db, "ingest", str(folder / "d.txt"))
    assert again.exit_code == 0, again.output
    [new] = [c["id"] for c in json_lines(run(db, "claims", "--json")) if c["id"] > old - 1]
    assert new > old
    # its own history: the verdict given back from the archive (`restore_archived`)
    [restored] = json_lines(run(db, "history", str(new), "--json"))
    assert (restored["claim_id"], restored["new_status"]) == (new, "disputed")
    assert restored["note"].startswith(f"restored from claim {old} ")
    assert run(db, "verdict", str(new), "false").exit_code == 0
    document = json_lines(run(db, "sources", "--json"))[-1]["id"]
    assert document > last["id"]  # nor a document's: "document 3" names one text
    removed = run(db, "document", "remove", str(document), "--yes")
    assert removed.exit_code == 0, removed.output
    archived = {
        a["claim_id"]: a["status"] for a in json_lines(run(db, "document", "archive", "--json"))
    }
    assert archived == {old: "disputed", new: "false"}


def test_the_verdict_history_of_a_claim_still_stored_cannot_be_deleted(wire):
    db, _ = wire
    assert run(db, "verdict", "1", "disputed").exit_code == 0
    assert run(db, "voice", "rename", "army", "the army").exit_code == 0
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM verdict_history")
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM curation_log")


def test_curation_survives_reingest_and_match_all(wire):
    """A voice merge, a relay and a document edit stay when the same files are
    ingested again, the document is removed and loaded again, and `match --all` runs."""
    db, folder = wire
    assert run(db, "voice", "merge", "army", "FAMa").exit_code == 0
    assert run(db, "voice", "relay", "Gao Info", "army").exit_code == 0
    assert run(db, "voice", "rename", "army", "the Malian armed forces").exit_code == 0
    edit = ("document", "edit", "2", "--title", "Gao ambush", "--published", "2024-03-04")
    assert run(db, *edit).exit_code == 0
    assert run(db, "ingest", str(folder)).exit_code == 0
    assert run(db, "document", "remove", "2", "--yes").exit_code == 0
    assert run(db, "ingest", str(folder)).exit_code == 0  # b.txt back, as a new document
    assert run(db, "match", "--all").exit_code == 0
    sources = {Path(s["path"]).name: s for s in json_lines(run(db, "sources", "--json"))}
    assert (sources["b.txt"]["title"], sources["b.txt"]["published"]) == (
        "Gao ambush",
        "2024-03-04",
    )
    armed = voice_named(db, "the Malian armed forces")
    assert armed["claims"] == 2 and voice_named(db, "FAMa")["claims"] == 0
    assert voice_named(db, "Gao Info")["relays"] == "the Malian armed forces"
    bench = Workbench(db)
    assert {c.voice for c in bench.claims()} == {"the Malian armed forces", "Gao Info"}
    [event] = bench.events()
    assert event.voices == 1


def test_the_service_refuses_an_unknown_field_and_a_web_address_that_is_not_one(wire):
    db, _ = wire
    bench = Workbench(db, analyst="ana")
    with pytest.raises(WorkbenchError, match="no field 'author'"):
        bench.edit_document(1, author="x")
    with pytest.raises(WorkbenchError, match="not a web address"):
        bench.edit_document(1, url="ftp://example.org")
    assert bench.document_history(1) == []


def test_a_grade_is_the_analysts_and_is_logged(wire):
    """`grade --analyst` names who graded; the voice history keeps each grade with the
    one before it."""
    db, _ = wire
    army = voice_named(db, "army (Mali)")
    assert run(db, "grade", "the army", "B", "--analyst", "zoe").exit_code == 0
    assert run(db, "grade", "the army", "C", "--analyst", "ana").exit_code == 0
    log = json_lines(run(db, "voice", "history", "--json"))
    grades = [(e["analyst"], e["old"], e["new"]) for e in log if e["action"] == "grade"]
    assert grades == [("zoe", army["grade"], "B"), ("ana", "B", "C")]


def test_a_grade_and_a_credibility_can_be_taken_away_and_that_is_logged(wire):
    """`grade VOICE --clear` leaves the voice not graded, logged with the grade before;
    `credibility ID --clear` leaves the suggestion standing; a grade with --clear, or
    neither, is a usage error that changes nothing."""
    db, _ = wire
    assert run(db, "grade", "the army", "B", "--analyst", "zoe").exit_code == 0
    assert run(db, "grade", "the army", "B", "--clear").exit_code == 2
    assert run(db, "grade", "the army").exit_code == 2
    assert voice_named(db, "army (Mali)")["grade"] == "B"
    cleared = run(db, "grade", "the army", "--clear", "--analyst", "ana")
    assert cleared.exit_code == 0 and "grade none" in cleared.output
    assert voice_named(db, "army (Mali)")["grade"] in (None, "")
    log = json_lines(run(db, "voice", "history", "--json"))
    grades = [(e["analyst"], e["old"], e["new"]) for e in log if e["action"] == "grade"]
    assert grades[-1][:2] == ("ana", "B") and not grades[-1][2]
    claim = Workbench(db).claims()[0].id
    assert run(db, "credibility", str(claim), "5").exit_code == 0
    assert run(db, "credibility", str(claim), "5", "--clear").exit_code == 2
    shown = json_lines(run(db, "credibility", str(claim), "--clear", "--json"))
    assert shown[0]["analyst"] is None and Workbench(db).credibility(claim).analyst is None


def test_search_finds_a_claim_by_its_voice_as_it_stands(wire):
    """Search read only the words of the text (its attribution as written): after a
    rename or a merge, the voice's new name found none of its claims (the trial)."""
    db, _ = wire
    fama = voice_named(db, "FAMa")
    assert run(db, "voice", "rename", "FAMa", "Forces armées maliennes").exit_code == 0
    found = json_lines(run(db, "claims", "--search", "armées maliennes", "--json"))
    assert len(found) == fama["claims"] >= 1
    assert json_lines(run(db, "claims", "--search", "50%_", "--json")) == []


def test_a_voice_is_not_renamed_to_a_name_another_voice_has(wire):
    """Two voices of one name cannot be told apart (the CLI then refused the name as
    ambiguous): the rename is refused, naming the other voice, and nothing changes."""
    db, _ = wire
    fama = voice_named(db, "FAMa")
    refused = run(db, "voice", "rename", "FAMa", "ARMY (MALI)")
    assert refused.exit_code == 1 and "merge the two" in refused.output
    assert voice_named(db, "FAMa") == fama
    assert run(db, "voice", "rename", "FAMa", "fama").exit_code == 0  # its own name, recased


def test_a_publication_date_may_be_typed_in_french(tmp_path):
    """A trial typed "9 mars 2026" for a French daily's date: refused, though the
    reader reads French dates in the text. A full French date is taken; a relative
    one ("hier") is not: a publication date does not move with the day it is typed."""
    db = str(tmp_path / "w.db")
    note = tmp_path / "note.txt"
    note.write_text("Embuscade près de Bol\n\nDouze soldats ont été tués près de Bol.\n")
    assert run(db, "ingest", str(note), "--published", "lundi 9 mars 2026").exit_code == 0
    assert json_lines(run(db, "sources", "--json"))[0]["published"] == "2026-03-09"
    assert run(db, "document", "edit", "1", "--published", "1er avril 2026").exit_code == 0
    assert json_lines(run(db, "sources", "--json"))[0]["published"] == "2026-04-01"
    refused = run(db, "document", "edit", "1", "--published", "hier")
    assert refused.exit_code == 2 and "'hier' is not a date" in refused.output


def test_a_name_two_voices_shared_names_the_one_left_once_they_are_merged(tmp_path):
    """A trial merged the outlet AFP and a source "AFP" into one voice, then naming
    it was refused: "'AFP' names several voices (5: AFP; 17: AFP)"."""
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "own.txt").write_text("Raid near Gao\n\nGunmen killed 12 soldiers near Gao.\n")
    (folder / "own.json").write_text(json.dumps({"outlet": "FAMa"}))
    (folder / "cited.txt").write_text("Raid near Gao\n\nFAMa said 12 soldiers were killed.\n")
    (folder / "cited.json").write_text(json.dumps({"outlet": "Gao Info"}))
    db = str(tmp_path / "c.db")
    assert run(db, "ingest", str(folder)).exit_code == 0
    both = [v["id"] for v in json_lines(run(db, "voices", "--json")) if v["name"] == "FAMa"]
    assert len(both) == 2
    assert "names several voices" in run(db, "voice", "rename", "FAMa", "Malian army").output
    assert run(db, "voice", "merge", str(both[0]), str(both[1])).exit_code == 0
    renamed = run(db, "voice", "rename", "FAMa", "Malian army", "--json")
    assert renamed.exit_code == 0, renamed.output
    [voice] = json_lines(renamed)
    assert voice["id"] == both[0] and voice["name"] == "Malian army"


def test_grading_a_voice_merged_away_grades_the_voice_it_speaks_as(wire):
    """A trial graded a merged-away voice in the sources screen: the grade was kept on
    it (0 claims) and the voice its claims speak in stayed ungraded."""
    db, _ = wire
    assert run(db, "voice", "merge", "army", "FAMa").exit_code == 0
    [graded] = json_lines(run(db, "grade", "FAMa", "B", "--json"))
    assert graded["name"] == "army (Mali)" and graded["grade"] == "B"
    assert voice_named(db, "FAMa")["grade"] in (None, "")


def test_naming_an_outlet_keeps_the_analysts_merge_of_its_voice(tmp_path):
    """A document's outlet voice the analyst merged into another stays merged when the
    document's outlet is named: its claims stay with that voice, and the new outlet's
    voice is merged into it too, logged (trial 75b: the communiqué's claims left the
    army's merged voice, which the events then counted twice)."""
    db = str(tmp_path / "w.db")
    folder = tmp_path / "plain"
    folder.mkdir()
    text = "COMMUNIQUE\n\nTwelve soldiers were killed near Gao on Monday.\n"
    (folder / "note.txt").write_text(text)
    assert run(db, "ingest", str(folder), "--published", "2024-03-05").exit_code == 0
    assert run(db, "voice", "merge", "Malian army", "author of COMMUNIQUE").exit_code == 0
    assert run(db, "document", "edit", "1", "--outlet", "Etat-major des armées").exit_code == 0
    assert [c.voice for c in Workbench(db).claims()] == ["Malian army"]
    names = {v["name"]: v for v in json_lines(run(db, "voices", "--json"))}
    assert "Etat-major des armées" not in names or names["Etat-major des armées"]["claims"] == 0
    merges = [h for h in Workbench(db).voice_history() if h.action == "merge"]
    assert [(m.old, m.new) for m in merges][-1] == ("Etat-major des armées", "Malian army")


def test_naming_an_outlet_of_no_merged_voice_moves_its_claims(tmp_path):
    db = str(tmp_path / "w.db")
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "note.txt").write_text("COMMUNIQUE\n\nTwelve soldiers were killed near Gao.\n")
    assert run(db, "ingest", str(folder)).exit_code == 0
    assert run(db, "document", "edit", "1", "--outlet", "Etat-major des armées").exit_code == 0
    assert [c.voice for c in Workbench(db).claims()] == ["Etat-major des armées"]
