"""Two outlets' headlines of one car bomb or suicide attack, the same day: one places
it in a town and the other only in the country, with a first toll and a later one
up to three-fold apart (`ties.BLAST_RATIO`). A country sees such a blast seldom
twice a day; it sees air strikes, shelling and bombs in general many times, and
those keep the narrower two-fold ratio. Near misses (two towns, another day, other
means, tolls further apart) stay unlinked. Headlines written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.match.means import lone_blast
from workbench.service import Workbench

DAY = "2017-05-09"


def _both_counted(bench: Workbench) -> bool:
    """Whether each report gave a killed claim: a near miss is unlinked for its rule."""
    return len({c.document_id for c in bench.claims() if c.category.value == "killed"}) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Truck bomb kills 41 in Syria's Manbij: state media", "Suicide bombing in Syria kills 15"),
        (
            "15 killed by suicide attack on Manbij market",
            "More than 40 killed as car bomb hits Syria",
        ),
        ("Syria: 13 killed in car bomb blast in Jarablus", "Car bomb kills at least 35 in Syria"),
    ],
)
def test_a_first_and_a_later_toll_of_one_car_bomb(tmp_path: Path, first: str, second: str) -> None:
    bench = load(tmp_path, (first, DAY), (second, DAY))
    assert relations(bench, "killed") == ["contradicts"]


@pytest.mark.parametrize(
    ("first", "second", "second_day"),
    [
        # two towns named: two car bombs
        ("Car bomb kills 15 in Syria's Manbij", "Car bomb kills 40 in Syria's Jarablus", DAY),
        # another day
        (
            "Truck bomb kills 41 in Syria's Manbij",
            "Suicide bombing in Syria kills 15",
            "2017-05-12",
        ),
        # more than three-fold apart
        ("Truck bomb kills 12 in Syria's Manbij", "Suicide bombing in Syria kills 40", DAY),
        # a day's bombardment is no car bomb
        ("Bombing raids kill 15 in Syria's Manbij", "Suicide bombing in Syria kills 40", DAY),
        # a day's total of the country beside one car bomb
        (
            "Truck bomb kills 15 in Syria's Manbij",
            "45 civilians were killed yesterday in Syria in the bombing of aerial bombardment",
            DAY,
        ),
    ],
)
def test_two_incidents_of_one_country_stay_apart(
    tmp_path: Path, first: str, second: str, second_day: str
) -> None:
    bench = load(tmp_path, (first, DAY), (second, second_day))
    assert _both_counted(bench) and relations(bench, "killed") == []


@pytest.mark.parametrize(
    ("sentence", "lone"),
    [
        ("Truck bomb kills 41 in Manbij", True),
        ("A booby-trapped car exploded near the hospital", True),
        ("15 killed by suicide attack on the market", True),
        ("Suicide bomber kills 9 at a checkpoint", True),
        ("A VBIED struck the checkpoint", True),
        ("Bombing raids kill 15 in the town", False),
        ("A roadside bomb killed two soldiers", False),
        ("A blast killed three in the market", False),
    ],
)
def test_a_lone_blast(sentence: str, lone: bool) -> None:
    assert lone_blast(sentence) is lone
