"""Two small tolls one apart, tied by more than their country and day (a foreign
side's soldiers, a town one report names in passing), are one incident's in dispute:
a first count and a later one. Texts written for the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

from tests.test_match_country import load, relations

DAY = "2025-05-12"


def test_a_foreign_sides_soldiers_one_apart_contradict(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "Two Turkish soldiers killed in shelling from Syria's Jarablus: ministry", DAY),
        ("", "Syrian army attack killed one Turkish soldier in Jarablus, Ankara says", DAY),
    )
    [(relation, _)] = relations(bench)
    assert relation == "contradicts"


def test_a_foreign_sides_soldiers_two_apart_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "Three Turkish soldiers killed in shelling from Syria's Jarablus: ministry", DAY),
        ("", "Syrian army attack killed one Turkish soldier in Jarablus, Ankara says", DAY),
    )
    assert relations(bench) == []


def test_people_one_apart_in_one_country_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "A bomb killed two people in Syria on Monday.", DAY),
        ("", "One person was killed by gunfire in Syria on Monday.", DAY),
    )
    assert relations(bench) == []
