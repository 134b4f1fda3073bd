"""A place named before a site after an attack's verb ("bombers attacked a Madagali motor
park") is the claim's place, as after "in" or "at" ("in a Potiskum market"); a group's
name there is none. Sentences written for the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import claims_in
from tests.test_match_country import load, relations


def _places(text: str) -> list[str | None]:
    return [c.location for c in claims_in(text) if c.category.value == "killed"]


def test_an_attacked_site_names_its_town() -> None:
    assert _places("Suicide bombers attacked a Gombi motor park on Monday, killing 14 people.") == [
        "Gombi"
    ]
    assert _places("A car bomb struck a Kirkuk checkpoint, killing three policemen.") == ["Kirkuk"]
    assert _places("Gunmen raided a Potiskum market on Friday, killing nine traders.") == [
        "Potiskum"
    ]


def test_a_groups_site_names_no_town() -> None:
    assert _places("Troops attacked a Boko Haram checkpoint, killing 12 militants.") == [None]
    assert _places("Militants attacked a Civilian JTF checkpoint, killing two members.") == [None]
    assert _places("Gunmen attacked a police station on Monday, killing two officers.") == [None]


def test_two_towns_attacked_the_same_day_are_two_incidents(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "",
            "Suicide bombers attacked a Gombi motor park in Nigeria, killing 30 people.",
            "2025-06-02",
        ),
        (
            "",
            "Suicide bombers attacked a Potiskum market in Nigeria, killing 25 people.",
            "2025-06-02",
        ),
    )
    assert relations(bench) == []
