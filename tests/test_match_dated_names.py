"""A note's place names written with their day ("Bakari-14/03"): the village is named,
the day is no part of its name. On texts written for the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

from tests.test_match_country import load, relations
from workbench.match.place_names import sentence_names

TWO_VILLAGES = (
    "Gunmen killed at least 25 people during attacks on two villages in Gwoza "
    "({}-14/03 and Dure-15/03) over two days in Borno State."
)
ONE_VILLAGE = "Gunmen attacked the village of Bakari in Nigeria on Friday, killing 17 people."


def test_a_day_after_a_hyphen_ends_the_name() -> None:
    names = sentence_names("Attacks on two villages (Bakari-14/03 and Dure-15/03) in Borno.")
    assert {"bakari", "dure", "borno"} <= names
    assert not any(any(c.isdigit() for c in name) for name in names)


def test_hyphenated_names_stay_whole() -> None:
    names = sentence_names("Fighting near Pul-i-Khumri and Ras al-Ain, Al-Qamishli.")
    assert {"pul i khumri", "al qamishli"} <= names


def test_a_village_a_dated_list_names_is_a_part_of_its_total(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Event notes — Nigeria", TWO_VILLAGES.format("Bakari"), "2025-03-15"),
        ("", ONE_VILLAGE, "2025-03-15"),
    )
    [(relation, _)] = relations(bench)
    assert relation == "related"


def test_a_dated_list_of_other_villages_stays_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Event notes — Nigeria", TWO_VILLAGES.format("Kurmi"), "2025-03-15"),
        ("", ONE_VILLAGE, "2025-03-15"),
    )
    assert relations(bench) == []
