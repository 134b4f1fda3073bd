"""An analyst's corrections of claims (issue 17 §1): `workbench claim edit|dismiss|
restore|add` through click's CliRunner on the seeds, each correction seen wherever
the claim is read (listings, JSON, matching, events, exports), its history kept,
and a bad value refused with one line and nothing stored."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.service import ClaimFilter, Workbench

CHADIAN_SOURCE = 27  # "24 soldiers killed north of Kidal", contradicted by claim 32's 3
JOURNALIST = 32


def run(db: str, *args: str):
    return CliRunner().invoke(main, ["--db", db, *args])


def lines(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def claim_json(db: str, claim_id: int, *options: str) -> dict:
    found = [c for c in lines(run(db, "claims", "--json", *options)) if c["id"] == claim_id]
    assert len(found) == 1
    return found[0]


def test_a_corrected_figure_reads_everywhere_and_the_machine_reading_stays(seeded_db):
    edited = lines(
        run(
            seeded_db,
            "claim",
            "edit",
            str(CHADIAN_SOURCE),
            "--value",
            "3",
            "--note",
            "re-read",
            "--json",
        )
    )
    assert [(c["field"], c["old_value"], c["new_value"]) for c in edited] == [
        ("value", 24, 3),
        ("low", 24, 3),
        ("high", 24, 3),
    ]
    assert {c["note"] for c in edited} == {"re-read"}
    shown = claim_json(seeded_db, CHADIAN_SOURCE)
    assert (shown["value"], shown["low"], shown["high"]) == (3, 3, 3)
    assert shown["machine"] == {"value": 24, "low": 24, "high": 24}
    links = lines(run(seeded_db, "links", "--claim", str(CHADIAN_SOURCE), "--json"))
    assert [link["reason"].split(":")[0] for link in links] == ["3 vs 3 killed"]
    with closing(Workbench(seeded_db)) as bench:
        event = next(e for e in bench.events() if CHADIAN_SOURCE in e.claim_ids)
        assert event.figures[0].high == 3  # the event's figure is the corrected one
        exported = io.StringIO()
        bench.export("json", exported)
    claim = next(c for c in json.loads(exported.getvalue())["claims"] if c["id"] == CHADIAN_SOURCE)
    machine = claim["machine"]  # the export's writer may keep it as the stored JSON
    machine = json.loads(machine) if isinstance(machine, str) else machine
    assert claim["value"] == 3 and machine["value"] == 24


def test_every_field_is_corrected_and_shown_in_the_history(seeded_db):
    result = run(
        seeded_db,
        "claim",
        "edit",
        str(JOURNALIST),
        "--category",
        "wounded",
        "--subject",
        "Chadian soldiers",
        "--actor",
        "MUJAO",
        "--place",
        "Kidal",
        "--date",
        "2013-02-05",
        "--voice",
        "the Chadian army",
        "--scope",
        "cumulative",
        "--hedged",
        "yes",
        "--analyst",
        "ana",
    )
    assert result.exit_code == 0, result.output
    shown = claim_json(seeded_db, JOURNALIST)
    assert shown["category"] == "wounded" and shown["subject"] == "Chadian soldiers"
    assert (shown["actor"], shown["location"], shown["date"]) == ("MUJAO", "Kidal", "2013-02-05")
    assert (shown["voice"], shown["scope"], shown["hedged"]) == (
        "the Chadian army",
        "cumulative",
        True,
    )
    assert shown["place"]["name"] == "Kidal"  # looked up again in the gazetteer
    assert shown["machine"]["category"] == "killed"
    assert shown["machine"]["voice"].startswith("A Chadian journalist")
    history = run(seeded_db, "history", str(JOURNALIST)).stdout
    assert "ana: corrected category killed -> wounded" in history
    assert "corrected hedged no -> yes" in history
    assert "corrected place north of Kidal -> Kidal" in history


def test_a_range_and_the_bounds_are_checked_together(seeded_db):
    result = run(
        seeded_db, "claim", "edit", "11", "--qualifier", "range", "--low", "37", "--high", "48"
    )
    assert result.exit_code == 0, result.output
    shown = claim_json(seeded_db, 11)
    assert (shown["value"], shown["low"], shown["high"], shown["qualifier"]) == (
        None,
        37,
        48,
        "range",
    )


def test_a_count_of_people_is_whole_and_a_distance_need_not_be(seeded_db):
    """A trial's 'killed 3.5' was stored: a figure that counts people is whole."""
    killed = next(c for c in Workbench(seeded_db).claims() if c.category == "killed")
    result = run(seeded_db, "claim", "edit", str(killed.id), "--value", "3.5")
    assert result.exit_code == 2
    assert "value: 3.5 is not a whole number; a killed figure is a count" in result.output
    assert Workbench(seeded_db).claim(killed.id).value == killed.value
    far = next(c for c in Workbench(seeded_db).claims() if c.category == "distance")
    assert run(seeded_db, "claim", "edit", str(far.id), "--value", "2.5").exit_code == 0
    assert Workbench(seeded_db).claim(far.id).value == 2.5


def test_a_place_the_gazetteer_lacks_is_kept_and_said(seeded_db):
    """A trial's made-up place was taken without a word: it is kept as typed, and a
    line on stderr says it has no coordinates; a known town says nothing."""
    result = run(seeded_db, "claim", "edit", "11", "--place", "Zzzyzx-nowhere")
    assert result.exit_code == 0
    assert "the gazetteer has no place 'Zzzyzx-nowhere'" in result.output
    assert Workbench(seeded_db).claim(11).location == "Zzzyzx-nowhere"
    known = run(seeded_db, "claim", "edit", "11", "--place", "Algiers")
    assert known.exit_code == 0 and "gazetteer" not in known.output


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("28 novembre 2026", "2026-11-28"), ("5 February 2024", "2024-02-05")],
)
def test_a_full_date_in_english_or_french_is_stored_iso(seeded_db, typed, stored):
    """A trial typed the French date of a communiqué in the correction form and was
    refused, though ingest and `document edit --published` read it."""
    result = run(seeded_db, "claim", "edit", str(CHADIAN_SOURCE), "--date", typed)
    assert result.exit_code == 0, result.output
    assert claim_json(seeded_db, CHADIAN_SOURCE)["date"] == stored


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (("--value", "many"), "value: 'many' is not a number"),
        (("--value", "-4"), "value: a figure cannot be negative"),
        (("--low", "30", "--high", "20"), "low 30 is above high 20"),
        (("--qualifier", "lots"), "qualifier: 'lots' is none of exact"),
        (("--qualifier", "range", "--high", ""), "a range needs both bounds"),
        (("--category", "murdered"), "category: 'murdered' is none of killed"),
        (("--date", "5 February"), "date: '5 February' is no date"),
        (("--date", "2013-02-31"), "is no date"),
        (("--date", "2013-03/2013-02"), "ends before it starts"),
        (("--date", "2999-05-01"), "is in the future"),
        (("--scope", "ongoing"), "scope: 'ongoing' is none of incident, cumulative"),
        (("--hedged", "perhaps"), "hedged: 'perhaps' is neither yes nor no"),
        (("--subject", "two\nlines"), "subject: one line of text"),
        (("--voice", ""), "voice: give a name"),
        (("--value", "3", "--category", "murdered"), "category"),  # nothing of it stored
    ],
)
def test_a_bad_value_is_one_line_and_nothing_is_stored(seeded_db, options, said):
    before = claim_json(seeded_db, CHADIAN_SOURCE)
    result = run(seeded_db, "claim", "edit", str(CHADIAN_SOURCE), *options)
    assert result.exit_code == 2  # a wrong value, as docs/cli.md says (trial 76 read 1)
    assert said in result.output and len(result.output.strip().splitlines()) == 1
    assert claim_json(seeded_db, CHADIAN_SOURCE) == before
    assert "corrected" not in run(seeded_db, "history", str(CHADIAN_SOURCE)).stdout


def test_an_unknown_claim_and_no_field_are_refused(seeded_db):
    missing = run(seeded_db, "claim", "edit", "999", "--value", "3")
    assert missing.exit_code == 1 and "no claim with id 999" in missing.output
    nothing = run(seeded_db, "claim", "edit", str(CHADIAN_SOURCE))
    assert nothing.exit_code == 2 and "give a field to correct" in nothing.output


def test_a_dismissed_claim_leaves_the_queue_matching_and_events_until_restored(seeded_db):
    with closing(Workbench(seeded_db)) as bench:
        event_id = bench.store.event_of(JOURNALIST)
    assert event_id is not None
    dismissed = lines(
        run(seeded_db, "claim", "dismiss", str(JOURNALIST), "--note", "no toll", "--json")
    )
    assert [(c["field"], c["new_value"], c["note"]) for c in dismissed] == [
        ("dismissed", True, "no toll")
    ]
    assert JOURNALIST not in {c["id"] for c in lines(run(seeded_db, "claims", "--json"))}
    assert claim_json(seeded_db, JOURNALIST, "--dismissed")["dismissed"] is True
    assert lines(run(seeded_db, "links", "--claim", str(CHADIAN_SOURCE), "--json")) == []
    with closing(Workbench(seeded_db)) as bench:
        assert all(JOURNALIST not in e.claim_ids for e in bench.events())
        assert JOURNALIST not in {r["id"] for r in bench.store.match_inputs()}
        assert bench.summary_counts()["claims"] == 36
        # not counted for its document or its voice, here or in a report's sources
        [document] = [s for s in bench.sources() if s.id == bench.claim(JOURNALIST).document_id]
        assert document.claims == 7  # 8 read from it, one dismissed
        voice = bench.claim(JOURNALIST).voice
        assert next(v for v in bench.voices() if v.name == voice).claims == 0
        logged = [(r["action"], r["detail"], r["analyst"]) for r in bench.store.event_log(event_id)]
        assert ("dismiss", str(JOURNALIST)) in [entry[:2] for entry in logged]
    again = run(seeded_db, "claim", "dismiss", str(JOURNALIST))
    assert again.exit_code == 1 and "already dismissed" in again.output
    assert run(seeded_db, "claim", "restore", str(JOURNALIST)).exit_code == 0
    assert claim_json(seeded_db, JOURNALIST)["dismissed"] is False
    links = lines(run(seeded_db, "links", "--claim", str(CHADIAN_SOURCE), "--json"))
    assert [(link["a_id"], link["b_id"]) for link in links] == [(CHADIAN_SOURCE, JOURNALIST)]
    history = run(seeded_db, "history", str(JOURNALIST)).stdout
    assert "dismissed as no claim  (no toll)" in history and "restored" in history


def test_a_claim_added_by_hand_keeps_its_offsets_and_the_analyst_as_its_origin(seeded_db):
    with closing(Workbench(seeded_db)) as bench:
        text, _ = bench.document(3)
    added = lines(
        run(
            seeded_db,
            "claim",
            "add",
            "002_d080ff34c8cf8f03.txt",
            "--text",
            "Chadian fatalities",
            "--category",
            "killed",
            "--value",
            "3",
            "--duplicate",  # claim 32 reads "3 Chadian fatalities" already
            "--analyst",
            "ana",
            "--json",
        )
    )[0]
    assert text[added["start"] : added["end"]] == added["text"] == "Chadian fatalities"
    assert added["added_by"] == "ana" and added["value"] == 3
    assert added["sentence"] in text and "Chadian fatalities" in added["sentence"]
    history = lines(run(seeded_db, "history", str(added["id"]), "--json"))
    assert history[0]["field"] == "added" and history[0]["new_value"]["start"] == added["start"]
    by_offsets = run(
        seeded_db, "claim", "add", "3", "--start", "0", "--end", "4", "--category", "killed"
    )
    assert by_offsets.exit_code == 1 and "is not one number" in by_offsets.output


def test_a_span_a_claim_already_reads_is_refused_unless_duplicate(seeded_db):
    """Adding by hand what the machine already read (the same category, overlapping
    characters) would count the figure twice in the event: refused, naming the claim,
    nothing stored; --duplicate adds it anyway; another category is no duplicate."""
    with closing(Workbench(seeded_db)) as bench:
        read = bench.claims(ClaimFilter(category="killed"))[0]
    before = len(Workbench(seeded_db).claims())
    span = ("--start", str(read.start), "--end", str(read.end))
    add = ("claim", "add", str(read.document_id), *span, "--value", "7", "--category")
    refused = run(seeded_db, *add, "killed")
    assert refused.exit_code == 1 and f"claim {read.id} already reads killed" in refused.output
    assert len(Workbench(seeded_db).claims()) == before
    other = run(seeded_db, *add, "wounded")
    again = run(seeded_db, *add, "killed", "--duplicate")
    assert other.exit_code == 0 and again.exit_code == 0
    assert len(Workbench(seeded_db).claims()) == before + 2


@pytest.mark.parametrize(
    ("options", "said"),
    [
        (("--start", "5", "--end", "999999"), "are not a span of its"),
        (("--start", "9", "--end", "5"), "are not a span of its"),
        (("--text", "no such words"), "does not occur in document 3"),
        (("--text", "Kidal"), "occurs"),
        (("--start", "0", "--end", "3", "--text", "zzz"), "characters 0-3 of document 3 are not"),
        (("--start", "0"), "give the span"),
    ],
)
def test_a_span_not_in_the_document_is_refused(seeded_db, options, said):
    result = run(seeded_db, "claim", "add", "3", *options, "--category", "killed", "--value", "1")
    assert result.exit_code != 0 and said in result.output
    assert len(lines(run(seeded_db, "claims", "--json"))) == 37


def test_the_history_is_append_only(seeded_db):
    assert run(seeded_db, "claim", "edit", "11", "--subject", "hostages taken").exit_code == 0
    with closing(sqlite3.connect(seeded_db)) as conn:
        for statement in (
            "UPDATE claim_corrections SET note = 'x'",
            "DELETE FROM claim_corrections",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(statement)


def test_a_database_of_the_schema_before_is_upgraded(tmp_path: Path):
    from tests.conftest import database_before

    database_before(tmp_path / "old.db", "m010_corrections", value=12, low=12, high=12).close()
    with closing(Workbench(str(tmp_path / "old.db"))) as bench:
        claim = bench.claims(ClaimFilter())[0]
        assert (claim.machine, claim.dismissed, claim.added_by) == (None, False, None)
        bench.correct_claim(claim.id, {"value": "13"})
        assert bench.claim(claim.id).machine == {"value": 12, "low": 12, "high": 12}


def test_a_dismissed_claim_takes_no_verdict_link_or_edit_until_restored(seeded_db):
    """A claim dismissed as none is refused a verdict, a link and an edit in one line
    (the trial made all three without a word); restored, it takes them again."""
    run(seeded_db, "claim", "dismiss", str(JOURNALIST))
    refused = run(seeded_db, "verdict", str(JOURNALIST), "confirmed")
    assert refused.exit_code == 1 and "is dismissed as no claim" in refused.output
    linked = run(seeded_db, "link", str(JOURNALIST), "1", "--relation", "corroborates")
    assert linked.exit_code == 1 and "claim restore" in linked.output
    edited = run(seeded_db, "claim", "edit", str(JOURNALIST), "--value", "4")
    assert edited.exit_code == 1 and "is dismissed as no claim" in edited.output
    run(seeded_db, "claim", "restore", str(JOURNALIST))
    assert run(seeded_db, "verdict", str(JOURNALIST), "confirmed").exit_code == 0


def test_a_field_corrected_back_to_the_machines_reading_is_no_longer_corrected(seeded_db):
    """Edited and then set back (as `u` does), the claim reads as the machine's again:
    the trial saw "· corrected" stay on the detail."""
    before = claim_json(seeded_db, JOURNALIST)
    run(seeded_db, "claim", "edit", str(JOURNALIST), "--subject", "Chadian troops")
    machine = claim_json(seeded_db, JOURNALIST)["machine"]  # troops: the side follows
    assert machine == {"subject": before["subject"], "side": before["unit"]}
    run(seeded_db, "claim", "edit", str(JOURNALIST), "--subject", before["subject"])
    assert claim_json(seeded_db, JOURNALIST)["machine"] is None


def test_a_voice_nobody_has_is_made_and_said_to_be_new(seeded_db):
    """A slip in --voice would count as one more independent voice: the CLI says the
    voice is new (stderr), and says nothing of a voice that is there, in any case."""
    made = run(seeded_db, "claim", "edit", "3", "--voice", "Chadian amry")
    assert made.exit_code == 0, made.output
    assert "'Chadian amry' is a new voice" in made.stderr
    known = run(seeded_db, "claim", "edit", "4", "--voice", "mali's military")
    assert known.exit_code == 0, known.output
    assert "new voice" not in known.stderr
    assert claim_json(seeded_db, 4)["voice"] == "Mali's military"


def test_a_claim_added_by_hand_takes_the_place_and_date_of_its_paragraph(tmp_path):
    """A trial's hand-added 'total to at least 38' had no place or date and joined no
    event: it takes those of the machine's claim beside it in its paragraph, and
    nothing from another paragraph; a place given wins."""
    story = tmp_path / "story.txt"
    story.write_text(
        "Gunmen killed 12 people in Kaya on 3 May 2024, police said, bringing the toll this"
        " week to at least 20.\n\nIn a separate attack, 7 people were killed in Gao.\n"
        "Officials put the total at 9.\n"
    )
    db = str(tmp_path / "claims.db")
    assert run(db, "ingest", str(story)).exit_code == 0
    text = story.read_text()
    workbench = Workbench(db, analyst="ana")
    kaya = workbench.claims()[0]
    added = workbench.add_claim(
        kaya.document_id,
        text.index("at least 20"),
        text.index("at least 20") + len("at least 20"),
        {"category": "wounded", "value": "20", "qualifier": "at_least"},
    )
    assert added.location == kaya.location == "Kaya"
    assert added.date is not None and added.date.startswith("2024-")
    given = workbench.add_claim(
        kaya.document_id,
        text.index("9."),
        text.index("9.") + 1,
        {"category": "missing", "place": "Ansongo"},  # the machine reads "killed 9" there
    )
    assert given.location == "Ansongo"


def test_a_claim_added_alone_in_its_paragraph_takes_the_one_place_its_article_names(tmp_path):
    """A trial's hand-added 'killed at least 15 people' stood in a paragraph of its
    own and joined no event: an article whose claims all name one place gives it
    that place; one that names two gives it none."""
    one = tmp_path / "one.txt"
    one.write_text(
        "Gunmen killed 12 people in Kaya on 3 May 2024, police said.\n\n"
        "Residents said the shelling went on for hours and left many dead.\n"
    )
    two = tmp_path / "two.txt"
    two.write_text(
        "Gunmen killed 12 people in Kaya on 3 May 2024.\n\nFive died in Dori on 4 May 2024.\n\n"
        "Residents said the shelling went on for hours and left many dead.\n"
    )
    db = str(tmp_path / "claims.db")
    assert run(db, "ingest", str(one), str(two)).exit_code == 0
    workbench = Workbench(db, analyst="ana")
    by_path = {c.source: c.document_id for c in workbench.claims()}
    found = []
    for path in (one, two):
        text = path.read_text()
        at = text.index("left many dead")
        span = {"category": "killed", "value": "20", "qualifier": "about"}
        added = workbench.add_claim(by_path[str(path)], at, at + 14, span)
        found.append(added.location)
    assert found == ["Kaya", None]


@pytest.mark.parametrize(("typed", "figure"), [("neuf", 9), ("douze", 12), ("twenty", 20)])
def test_a_figure_typed_in_words_of_either_language(seeded_db, typed, figure):
    """A trial's analyst typed "neuf" and "douze" from a French report: refused."""
    edited = lines(run(seeded_db, "claim", "edit", str(JOURNALIST), "--value", typed, "--json"))
    assert edited[0]["new_value"] == figure
    refused = run(seeded_db, "claim", "edit", str(JOURNALIST), "--value", "beaucoup")
    assert refused.exit_code != 0 and "'beaucoup' is not a number" in refused.output
