"""Two outlets' headlines of one attack whose tolls differ, one placing it in a town and
the other only in the country: tied by the town the coarser one names, one foreign
side both count, or one attack told alike (a rarer means and one kind of site). Near
misses (other sides, a shooting alone, tolls far apart, another day, another country's
town) stay unlinked. Headlines written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.service import Workbench

DAY = "2017-03-14"


def _both_counted(bench: Workbench, category: str = "killed") -> bool:
    """Whether each report gave a claim of the category: a near miss is unlinked for its rule."""
    return len({c.document_id for c in bench.claims() if c.category.value == category}) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an air strike on a market told by both, one placing it in a district
        (
            "Coalition air strike kills 11 at a market in Yemen's Hodeidah",
            "Air strike on Yemen market kills 19: rebel television",
        ),
        # a car bomb at a checkpoint, the country's direction only in the second
        (
            "Car bomb at a checkpoint kills 9 in Kandahar",
            "Car bomb at Afghan checkpoint kills 15: officials",
        ),
        # shelling of a school: the town's report names no country
        (
            "Mortar shells hit a school in Kirkuk, killing 6 pupils",
            "Shelling of a school in northern Iraq kills 10",
        ),
    ],
)
def test_one_attack_told_alike_disputes_its_toll(tmp_path: Path, first: str, second: str) -> None:
    bench = load(tmp_path, (first, DAY), (second, DAY))
    assert relations(bench, "killed") == ["contradicts"]


def test_the_coarser_headline_naming_the_town_ties_the_dispute(tmp_path: Path) -> None:
    # placed in the country by its headline, whose words name the town anyway, spelled
    # otherwise: the tolls 1.6 apart, a first count and a later one
    bench = load(
        tmp_path,
        ("Warplanes kill 10 civilians in Khan Shaykhun", DAY),
        ("Air raids on Syria's Khan Sheikhoun kill 16 people: rescuers", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]


def test_a_foreign_sides_dead_dispute_a_small_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Two Russian soldiers killed in Syria's Hama: ministry", DAY),
        ("Three Russian soldiers killed in Syria clash", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two foreign sides: two incidents
        ("Two Russian soldiers killed in Syria's Hama", "Three Turkish soldiers killed in Syria"),
        # the country's own soldiers: any day's news of a country at war
        ("Two Syrian soldiers killed in Hama", "Three Syrian soldiers killed in Syria"),
        # a shooting both tell, no site: the tolls too far apart for that tie alone
        ("Gunmen kill 10 in Kandahar", "Gunmen kill 16 in Afghanistan"),
        # one attack told alike, but its tolls more than twice apart
        (
            "Car bomb at a checkpoint kills 9 in Kandahar",
            "Car bomb at Afghan checkpoint kills 25: officials",
        ),
        # the air strike and the shelling: two means, two attacks
        (
            "Coalition air strike kills 11 at a market in Yemen's Hodeidah",
            "Shelling of a Yemen market kills 19",
        ),
    ],
)
def test_weak_ties_leave_two_incidents_apart(tmp_path: Path, first: str, second: str) -> None:
    bench = load(tmp_path, (first, DAY), (second, DAY))
    assert _both_counted(bench)
    assert relations(bench, "killed") == []


def test_another_day_is_another_attack(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Coalition air strike kills 11 at a market in Yemen's Hodeidah", DAY),
        ("Air strike on Yemen market kills 19: rebel television", "2017-03-24"),
    )
    assert relations(bench, "killed") == []


def test_a_town_named_abroad_ties_nothing(tmp_path: Path) -> None:
    # the coarser headline names a namesake town of another country
    bench = load(
        tmp_path,
        ("Air strike kills 10 civilians in Hama", DAY),
        ("Air strike in Iraq kills 16, a day after raids on Syria's Hama", DAY),
    )
    assert relations(bench, "killed") == []


def test_a_small_toll_of_no_known_country_agrees_with_one_attack(tmp_path: Path) -> None:
    # a town the gazetteer lacks, in a headline naming no country: one car bomb, one figure
    bench = load(
        tmp_path,
        ("Booby-trapped car explodes in Tell Hamis, killing 6 people", DAY),
        ("Car bomb kills six in northeast Syria town: Kurdish media", DAY),
    )
    assert relations(bench, "killed") == ["corroborates"]


def test_a_small_toll_of_no_known_country_shot_ties_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen kill 6 people in Tell Hamis", DAY),
        ("Gunmen kill six in northeast Syria town: Kurdish media", DAY),
    )
    assert _both_counted(bench)
    assert relations(bench, "killed") == []


def test_a_dispute_of_no_known_country_tied_by_one_attack(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Booby-trapped car explodes in Tell Hamis, killing 6 people", DAY),
        ("Car bomb kills nine in northeast Syria town: Kurdish media", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]


def test_a_dispute_of_no_known_country_far_apart_ties_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Booby-trapped car explodes in Tell Hamis, killing 6 people", DAY),
        ("Car bomb kills 19 in northeast Syria town: Kurdish media", DAY),
    )
    assert _both_counted(bench)
    assert relations(bench, "killed") == []


def test_one_car_bomb_in_a_town_and_its_province_disputes_its_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Car bomb kills 8 in al-Bab city", DAY),
        ("13 killed in car bomb explosion in Aleppo countryside", DAY),
    )
    assert relations(bench, "killed") == ["contradicts"]


@pytest.mark.parametrize(
    "second",
    [
        # two sites named: two car bombs
        "13 killed in car bomb explosion at a hospital in Aleppo countryside",
        # air strikes on a province: a campaign, many a day
        "Air strikes kill 13 in Aleppo countryside",
    ],
)
def test_a_province_holds_other_attacks(tmp_path: Path, second: str) -> None:
    bench = load(tmp_path, ("Car bomb kills 8 at a market in al-Bab city", DAY), (second, DAY))
    assert _both_counted(bench)
    assert relations(bench, "killed") == []
