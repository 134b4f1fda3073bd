"""Events, figures per counting rule, independent voices and credibility, on the seeds
and on texts written for the tests, through the service and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.display import figure_notes
from workbench.errors import WorkbenchError
from workbench.events import independent_voices
from workbench.match import MatchInput
from workbench.models import EventDetail, EventSummary
from workbench.service import Metadata, Workbench

SEEDS = str(Path(__file__).parent.parent / "seeds")


@pytest.fixture
def seeded(seeded_db) -> Workbench:
    return Workbench(seeded_db, analyst="tester")


def event_holding(bench: Workbench, claim_text: str) -> int:
    """The id of the event that holds the claim whose text has these words."""
    claim = next(c for c in bench.claims() if claim_text in c.text)
    event_id = bench.event_of(claim.id)
    assert event_id is not None, f"{claim_text!r} is in no event"
    return event_id


def load(bench: Workbench, folder: Path, articles: dict[str, tuple[str, str]]) -> None:
    """Articles as name -> (outlet, text), all published on one day."""
    folder.mkdir()
    for name, (outlet, text) in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.json").write_text(
            json.dumps({"outlet": outlet, "published": "2021-03-05"}), encoding="utf-8"
        )
    report = bench.ingest([str(folder)], jobs=1)
    assert report.added == len(articles), report.errors


def test_the_chadian_ambush_is_one_contested_event_of_two_voices(seeded):
    event = seeded.event(event_holding(seeded, "killed twenty-four soldiers"))
    assert event.place == "north of Kidal"
    assert event.voices == 2
    assert event.contested
    assert {c.value for c in event.event_claims} == {24, 3}
    (killed,) = event.figures
    assert killed.category.value == "killed"
    assert (killed.low, killed.high, killed.conservative) == (3, 24, 3)
    assert (killed.minimum, killed.maximum) == (3, 24)
    assert killed.contested and killed.voices == 2
    assert killed.majority is None  # one voice each: no figure has more than half
    assert "ACLED" in killed.rules["conservative"] and "UCDP" in killed.rules["best"]


def test_a_restated_un_figure_counts_one_voice(seeded):
    event = seeded.event(event_holding(seeded, "150,000 people have fled"))
    refugees = next(f for f in event.figures if f.category.value == "refugees")
    assert refugees.claims == 2  # the headline bullet and the body sentence
    assert refugees.voices == 1
    assert refugees.majority == 150_000 and refugees.majority_voices == 1


def test_one_sentence_tells_one_incident(seeded):
    event = seeded.event(event_holding(seeded, "Malian soldiers"))
    assert {f.category.value for f in event.figures} >= {"killed", "wounded"}
    assert all("Gossi" in c.location for c in event.event_claims if c.location)


def test_three_outlets_relaying_one_wire_report_count_as_one_voice(tmp_path):
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    load(
        bench,
        tmp_path / "relays",
        {
            "a": ("Sahel Wire", "Twelve soldiers were killed in an ambush near Gao, AFP reported."),
            "b": ("Daily Post", "According to AFP, 12 soldiers were killed near Gao."),
            "c": ("Radio Nord", "AFP said 12 soldiers were killed in the ambush near Gao."),
        },
    )
    (event,) = bench.events()
    assert (event.claims, event.voices) == (3, 1)
    (killed,) = bench.event(event.id).figures
    assert killed.voices == 1
    suggested = bench.event(event.id).credibility[0].suggested
    assert suggested.grade == 3, suggested  # relays of one report confirm nothing


def test_a_reprinted_wire_story_counts_once():
    def claim(claim_id: int, document: int, voice: int, sentence: str) -> MatchInput:
        return MatchInput(
            claim_id, document, voice, f"outlet {voice}", "killed", 12, 12, 12, "exact",
            "soldiers", None, "Gao", "Mali", None, "2021-03-05", sentence, "12", False,
            "paragraph",
        )  # fmt: skip

    story = "Gunmen killed 12 soldiers near Gao on Thursday, the army said in a statement."
    origins = independent_voices(
        [
            claim(1, 1, 1, story),
            claim(2, 2, 2, story.replace("Thursday", "Thursday night")),
            claim(3, 3, 3, "A local official said 12 soldiers died in the attack near Gao."),
        ]
    )
    assert origins[1] == origins[2] != origins[3]


def test_one_army_under_several_names_is_one_voice():
    """The trial: "army (Chad)", its spokesman by name and "L'armée (Chad)" were three
    independent voices, and the army's figure corroborated by itself."""

    def claim(claim_id: int, voice: str, sentence: str) -> MatchInput:
        return MatchInput(
            claim_id, claim_id, claim_id, voice, "killed", 12, 12, 12, "exact",
            "soldiers", None, "Bol", "Chad", None, "2025-03-02", sentence, "12", False,
            "paragraph",
        )  # fmt: skip

    chad = [
        claim(1, "army (Chad)", "The army said 12 soldiers were killed near Bol."),
        claim(2, "army spokesman Colonel Azem Bermandoa", "Twelve of our soldiers died."),
        claim(3, "L'armée (Chad)", "L'armée a fait état de 12 morts près de Bol."),
        claim(4, "the Chadian army", "The Chadian army put the toll at 12 at Bol."),
        # an anonymous military source is not the army's voice
        claim(5, "a military source", "A military source said 12 soldiers died at Bol."),
    ]
    origins = independent_voices(chad)
    assert origins[1] == origins[2] == origins[3] == origins[4] != origins[5]
    # another country's army is another voice; a spokesman of no country named then
    # joins neither
    nigeria = claim(6, "the Nigerian army", "The Nigerian army said 12 of its men died.")
    origins = independent_voices([*chad, nigeria])
    assert origins[1] == origins[3] == origins[4] != origins[6]
    assert origins[2] not in (origins[1], origins[6])


def test_two_independent_voices_that_agree_confirm_each_other(tmp_path):
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    load(
        bench,
        tmp_path / "agree",
        {
            "a": ("Sahel Wire", "The army said 12 soldiers were killed in an ambush near Gao."),
            "b": ("Daily Post", "A local official said 12 soldiers were killed near Gao."),
        },
    )
    (event,) = bench.events()
    detail = bench.event(event.id)
    assert detail.voices == 2 and not detail.contested
    assert [c.suggested.grade for c in detail.credibility] == [1, 1]
    assert detail.credibility[0].suggested.label == "confirmed by other sources"
    assert detail.figures[0].majority == 12 and detail.figures[0].majority_voices == 2


def test_a_lone_hedged_claim_is_no_better_than_possibly_true(tmp_path):
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    load(
        bench,
        tmp_path / "alone",
        {"a": ("Sahel Wire", "Seven civilians were reportedly killed in Kidal.")},
    )
    (claim,) = bench.claims()
    assert claim.hedged
    bench.grade(claim.voice, "A")  # even a reliable voice does not lift a hedged claim
    suggested = bench.credibility(claim.id).suggested
    assert suggested.grade >= 3 and suggested.label == "possibly true"


def test_the_analysts_grade_overrides_the_suggestion(seeded):
    claim = next(c for c in seeded.claims() if "twenty-four" in c.text)
    assert seeded.credibility(claim.id).effective.grade == 4  # contradicted by one voice
    graded = seeded.set_credibility(claim.id, 5, "the embedded journalist saw no ambush")
    assert graded.effective.grade == 5 and graded.analyst is not None
    assert graded.suggested.grade == 4 and graded.graded_by == "tester"
    again = seeded.event(seeded.event_of(claim.id)).credibility
    assert next(c for c in again if c.claim_id == claim.id).effective.label == "improbable"
    with pytest.raises(WorkbenchError):
        seeded.set_credibility(claim.id, 7)


def test_the_analysts_edits_survive_matching_again(seeded, tmp_path):
    gossi = event_holding(seeded, "Malian soldiers")
    wounded = next(c for c in seeded.event(gossi).event_claims if c.category.value == "wounded")
    apart = seeded.split_event(gossi, [wounded.id])
    seeded.rename_event(gossi, "Ambush at Gossi")
    ambush = event_holding(seeded, "killed twenty-four soldiers")
    algeria = event_holding(seeded, "37 hostages")
    seeded.merge_events(ambush, [algeria])
    seeded.match(replace=True)  # every machine link made again
    load(
        seeded,
        tmp_path / "more",
        {"x": ("Sahel Wire", "Four Malian soldiers were killed in Gossi.")},
    )
    assert seeded.event_of(wounded.id) == apart.id
    assert seeded.event(gossi).name == "Ambush at Gossi"
    listed = {e.id: e for e in seeded.events()}  # the stored summaries follow the edits
    assert listed[gossi].name == "Ambush at Gossi" and wounded.id in listed[apart.id].claim_ids
    assert wounded.id not in listed[gossi].claim_ids
    assert seeded.event(gossi).named_by == "tester"
    assert seeded.event_of(next(c.id for c in seeded.claims() if "37" in c.text)) == ambush
    with pytest.raises(WorkbenchError):
        seeded.event(algeria)  # merged away
    # split off alone, then asked into a new event: refused, it only gave it a new number
    with pytest.raises(WorkbenchError, match=f"claim {wounded.id} is alone in event {apart.id}"):
        seeded.move_claim(wounded.id, None)
    assert seeded.event_of(wounded.id) == apart.id
    moved = seeded.move_claim(wounded.id, gossi)  # and back: a move that changes something
    assert seeded.event_of(wounded.id) == gossi == moved.id


def test_edits_refuse_what_cannot_be(seeded):
    gossi = event_holding(seeded, "Malian soldiers")
    everything = [c.id for c in seeded.event(gossi).event_claims]
    with pytest.raises(WorkbenchError, match="name some, not all"):
        seeded.split_event(gossi, everything)
    with pytest.raises(WorkbenchError, match="not in event"):
        seeded.split_event(gossi, [1])
    with pytest.raises(WorkbenchError, match="no event"):
        seeded.merge_events(gossi, [999])
    with pytest.raises(WorkbenchError, match="cannot be empty"):
        seeded.rename_event(gossi, "  ")


def test_events_on_the_command_line(seeded):
    db = seeded.store.path
    runner = CliRunner()
    listed = runner.invoke(main, ["events", "--db", db, "--json"])
    assert listed.exit_code == 0, listed.output
    events = [EventSummary.model_validate_json(line) for line in listed.output.splitlines()]
    ambush = next(e for e in events if e.place == "north of Kidal")
    shown = runner.invoke(main, ["event", str(ambush.id), "--db", db])
    assert shown.exit_code == 0 and "conservative" in shown.output and "contested" in shown.output
    detail = EventDetail.model_validate_json(
        runner.invoke(main, ["event", str(ambush.id), "--db", db, "--json"]).output
    )
    assert [c.suggested.grade for c in detail.credibility] == [4, 4]
    assert detail.timeline and detail.voice_names == sorted({c.voice for c in detail.event_claims})
    renamed = runner.invoke(main, ["event-rename", str(ambush.id), "Kidal ambush", "--db", db])
    assert renamed.exit_code == 0 and "Kidal ambush" in renamed.output
    unknown = runner.invoke(main, ["event", "999", "--db", db])
    assert unknown.exit_code != 0 and "no event with id 999" in unknown.output
    graded = runner.invoke(main, ["credibility", "1", "2", "--db", db, "--json"])
    assert json.loads(graded.output)["analyst"]["grade"] == 2
    runner.invoke(main, ["grade", "A Chadian source", "E", "--db", db])
    listed = runner.invoke(main, ["claims", "--db", db, "--search", "Kidal"])
    assert "(E) A Chadian source" in listed.output  # the voice's grade beside each claim
    moved = runner.invoke(main, ["event-move", "1", "nowhere", "--db", db])
    assert moved.exit_code != 0 and "neither an event id nor 'new'" in moved.output


def test_an_events_figures_leave_out_false_claims_and_mark_disputed_ones(tmp_path):
    bench = Workbench(str(tmp_path / "claims.db"), analyst="tester")
    texts = {
        "a.txt": "Gunmen killed 12 villagers in Bankass on Tuesday, a local official said.\n",
        "b.txt": "Attackers killed 40 villagers in Bankass on Tuesday, a militia said.\n",
        "c.txt": "Twelve villagers were killed in Bankass on Tuesday, the governor said.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        bench.ingest([str(tmp_path / name)], Metadata(published="2024-06-05"), jobs=1)
    [event] = [e for e in bench.events() if e.claims == 3]
    (killed,) = event.figures
    assert (killed.low, killed.high, killed.left_out) == (12, 40, 0)
    forty = next(c for c in bench.claims() if c.value == 40)
    bench.set_verdict(forty.id, "false", "the militia inflates its tolls")
    twelve = next(c for c in bench.claims() if c.value == 12 and c.id != forty.id)
    bench.set_verdict(twelve.id, "disputed")
    (killed,) = bench.event(event.id).figures
    assert (killed.low, killed.high, killed.claims) == (12, 12, 2)
    assert (killed.left_out, killed.disputed) == (1, 1)
    (summed,) = next(e for e in bench.events() if e.id == event.id).figures
    assert (summed.high, summed.left_out) == (12, 1)  # the kept summary too, not only a read
    assert figure_notes(summed) == "1 false left out; 1 disputed"
    bench.set_verdict(forty.id, "confirmed")
    (again,) = bench.event(event.id).figures
    assert (again.high, again.left_out) == (40, 0)


def test_an_undated_event_is_named_by_the_days_its_reports_came_out(seeded):
    """The trial: "reported 2025-02-24 to 2025-03-03" named a week before any report,
    the window an undated report may speak of, not when it was reported."""
    names = [e.name for e in seeded.events()]
    assert "displaced, refugees in Mali, reported 2013-01-25" in names
    assert not any("reported 2013-01-18" in name for name in names)
