"""Rival accounts of one strike's dead (match.rivals, events.sides): a party to the
fighting counts fighters, another voice counts civilians of the same strike. Trials
67 and 68: the army's militants and the market's civilians were two events, or one
event whose figures added the two accounts up. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.test_study67_kinds import _bench
from workbench.cli import main
from workbench.display import correction_line
from workbench.events.sides import over_sides
from workbench.match.institutions import institution
from workbench.match.rivals import party_voice
from workbench.models import Category, CategoryFigures
from workbench.service import Workbench

_ARMY = (
    "The Ethiopian National Defense Force said on Sunday that it had neutralised 12 Fano "
    "militants near the town of Debark on Saturday. No civilians were harmed, it said."
)
_FANO = (
    "A drone strike on the Saturday market in Debark killed 45 civilians on Saturday, "
    "the Amhara Fano movement said on Sunday."
)


def _killed_rows(bench: Workbench) -> dict[str, CategoryFigures]:
    (event,) = bench.events()  # one incident: the strike
    return {f.side or "all": f for f in event.figures if f.category is Category.KILLED}


def test_a_partys_fighters_and_anothers_civilians_of_one_strike_dispute(
    tmp_path: Path,
) -> None:
    bench = _bench(tmp_path, [_ARMY, _FANO])
    # the party's 12 militants against the 45 civilians, and its "No civilians were
    # harmed" (a toll of none) against them too
    link, denial = sorted(bench.links(), key=lambda x: "rival accounts" not in x.reason)
    assert (denial.relation, denial.a.value) == ("contradicts", 0)
    assert link.relation == "contradicts"
    assert "rival accounts" in link.reason
    assert "'Fano militants' against 'civilians'" in link.reason
    rows = _killed_rows(bench)  # one event: the strike
    whole = rows["all"]
    assert (whole.conservative, whole.low, whole.best, whole.high) == (12, 12, 45, 45)
    assert whole.contested


def test_the_larger_toll_of_no_side_still_stands_over_rival_accounts(tmp_path: Path) -> None:
    hospital = (
        "Medics said 18 bodies were recovered at the market in Debark on Saturday after a "
        "drone struck it."
    )
    bench = _bench(tmp_path, [_ARMY, _FANO, hospital])
    whole = _killed_rows(bench)["all"]
    assert (whole.conservative, whole.best, whole.high) == (18, 45, 45)


@pytest.mark.parametrize(
    "army",
    [
        # fighters killed in an ambush: a clash fighters wage as well as suffer
        "The army said on Sunday that 12 Fano militants were killed when they ambushed a "
        "convoy near Debark on Saturday.",
        # fighters counted by no party to the fighting
        "Residents said on Sunday that 12 Fano militants were killed near Debark on Saturday.",
    ],
)
def test_fighters_of_a_clash_or_of_no_partys_word_are_no_rival_account(
    tmp_path: Path, army: str
) -> None:
    bench = _bench(tmp_path, [army, _FANO])
    assert not [link for link in bench.links() if "rival" in link.reason]


def test_one_partys_own_count_of_both_sides_is_a_toll_in_two_parts(tmp_path: Path) -> None:
    both = (
        "The army said its drone strike on the market in Debark killed 12 Fano militants "
        "and 3 civilians on Saturday."
    )
    bench = _bench(tmp_path, [both])
    assert not [link for link in bench.links() if "rival" in link.reason]


def side_row(side: str, figure: int, voices: int) -> CategoryFigures:
    """A side row of a killed count whose every figure is `figure`, `voices` voices strong."""
    return CategoryFigures(
        category=Category.KILLED,
        claims=voices,
        voices=voices,
        contested=False,
        conservative=figure,
        low=figure,
        best=figure,
        high=figure,
        minimum=figure,
        maximum=figure,
        majority=figure,
        majority_voices=voices,
        side=side,
    )


def test_rival_sides_are_taken_once_other_sides_still_add_up() -> None:
    sides = [
        side_row("military", 21, 1),
        side_row("armed_group", 70, 2),
        side_row("civilian", 57, 5),
    ]
    pooled = side_row("all", 0, 8).model_copy(update={"side": None})
    rivals = [frozenset({"armed_group", "civilian"})]
    row = over_sides(pooled, sides, linked=True, rivals=rivals)
    # the soldiers' 21 beside the one toll the two accounts give
    assert (row.conservative, row.low, row.best, row.high) == (21 + 57, 21 + 57, 21 + 57, 21 + 70)
    apart = over_sides(pooled, sides, linked=True)
    assert apart.conservative == 21 + 70 + 57  # no rivalry: three groups of dead


@pytest.mark.parametrize(
    "voice",
    [
        "Ethiopian National Defense Force",
        "the army",
        "SAF",
        "a Fano spokesman",
        "Les FSR",
        "RSF",
        # an army's office by its initials (trial 74c: no party, so its "12 terrorists"
        # were added to the strike's toll)
        "IDF Spokesperson's Unit",
    ],
)
def test_parties_to_the_fighting(voice: str) -> None:
    assert party_voice(voice)


@pytest.mark.parametrize(
    "voice",
    ["residents", "a doctor", "OCHA", "the UN", "local officials", "the Gaza health ministry"],
)
def test_voices_that_wage_no_fighting(voice: str) -> None:
    assert not party_voice(voice)


@pytest.mark.parametrize(
    ("voice", "country"),
    [
        ("Ethiopian National Defense Force", "ethiopia"),
        ("the Kenya Defence Forces", "kenya"),
        ("Israel Defense Forces", "israel"),
    ],
)
def test_defence_forces_are_their_countrys_army(voice: str, country: str) -> None:
    assert institution(voice) == ("army", country)


# The analyst's word on a claim's side (`claim edit --side`, and a corrected subject)


def _edit_cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["--db", str(db), "claim", "edit", *args])
    assert result.exit_code == 0, result.output
    return result.output


def _sides(bench: Workbench) -> list[str | None]:
    (event,) = bench.events()
    return [f.side for f in event.figures if f.category is Category.KILLED and f.side]


_CLAIMED = (
    "The RSF said on Sunday that its drones had struck army positions in Debark on "
    "Saturday and killed more than 70 fighters."
)


def test_a_corrected_subject_moves_the_claim_to_its_side(tmp_path: Path) -> None:
    """Trial 67: the RSF's fighters were the army's soldiers; the analyst corrected
    the subject and the event's row stayed the armed group's."""
    bench = _bench(tmp_path, [_CLAIMED, _FANO])
    (fighters,) = [c for c in bench.claims() if c.subject == "fighters"]
    assert "armed_group" in _sides(bench)
    bench.correct_claim(fighters.id, {"subject": "SAF soldiers"}, note="the army's men")
    assert bench.claim(fighters.id).unit == "military"
    assert _sides(bench) == ["military", "civilian"]
    fields = [c.field for c in bench.corrections(fighters.id)]
    assert fields == ["subject", "side"]  # the side it took is in the history


def test_the_side_typed_is_kept_by_a_subject_of_no_side(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    bench = _bench(tmp_path, [_CLAIMED, _FANO])
    (fighters,) = [c for c in bench.claims() if c.subject == "fighters"]
    bench.close()
    _edit_cli(db, str(fighters.id), "--side", "security forces")
    bench = Workbench(str(db), analyst="ana")
    assert bench.claim(fighters.id).unit == "military"
    bench.correct_claim(fighters.id, {"subject": "people"})
    assert bench.claim(fighters.id).unit == "military"  # "people": the side typed stays
    bench.correct_claim(fighters.id, {"subject": "soldats", "side": "civilians"})
    assert bench.claim(fighters.id).unit == "civilian"  # the side typed wins


def test_a_side_that_is_none_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "claims.db"
    bench = _bench(tmp_path, [_CLAIMED])
    (claim,) = bench.claims()
    bench.close()
    result = CliRunner().invoke(
        main, ["--db", str(db), "claim", "edit", str(claim.id), "--side", "rebels"]
    )
    assert result.exit_code != 0
    assert "side: 'rebels' is none of security forces" in result.output
    assert "Traceback" not in result.output


def test_a_sides_history_reads_in_the_words_typed(tmp_path: Path) -> None:
    """Re-trial 68: the history showed the stored units ("side person -> military")."""
    bench = _bench(tmp_path, [_CLAIMED])
    (claim,) = bench.claims()
    bench.correct_claim(claim.id, {"side": "security forces"})
    bench.correct_claim(claim.id, {"side": "unstated"})  # as the event's row is called
    lines = [correction_line(c) for c in bench.corrections(claim.id)]
    assert lines == ["side armed group -> security forces", "side security forces -> —"]
    assert bench.claim(claim.id).unit is None


_MINISTRY = (
    "An air strike on the Hamdan school in Tuffah killed 31 people on Monday, the health "
    "ministry said on Tuesday."
)
_ARMY_STRUCK = (
    "The army said on Tuesday that it had carried out a precise strike on a command centre "
    "at the Hamdan school in Tuffah on Monday, and that 9 terrorists were eliminated."
)


def test_a_strikers_count_of_its_enemy_is_no_more_dead_than_the_strikes_toll(
    tmp_path: Path,
) -> None:
    """Trial 74c: the army's 12 "terrorists" added to the ministry's 27 people killed in
    the same strike made a best of 39 no report gave."""
    bench = _bench(tmp_path, [_MINISTRY, _ARMY_STRUCK])
    rows = _killed_rows(bench)
    assert rows["armed_group"].best == 9
    whole = rows["all"]
    assert (whole.conservative, whole.best, whole.high) == (31, 31, 31)


def test_fighters_killed_attacking_are_still_added_to_their_victims(tmp_path: Path) -> None:
    raid = (
        "Gunmen attacked the market in Tuffah on Monday, killing 31 people. The army said "
        "on Tuesday that soldiers killed 9 gunmen as they fought them off in Tuffah."
    )
    whole = _killed_rows(_bench(tmp_path, [raid]))["all"]
    assert whole.best == 40  # the attackers' dead are counted apart from their victims
