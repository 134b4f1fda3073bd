"""Injuries told with a range of severity ("suffered light to moderate injuries") are a
wounded count like "suffered minor injuries". Sentences written for the tests, with
negatives."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import claims_in
from tests.test_match_country import load, relations


def _wounded(text: str) -> list[tuple[int | None, str | None]]:
    return [(c.low, c.subject) for c in claims_in(text) if c.category.value == "wounded"]


def test_a_range_of_severity_before_injuries_is_a_wounded_count() -> None:
    assert _wounded("Six people suffered light to moderate injuries in the blast.") == [
        (6, "people")
    ]
    assert _wounded("Three guards sustained minor to serious wounds on Monday.") == [(3, "guards")]
    assert _wounded("Four officers suffered moderate to severe burns in the fire.") == [
        (4, "officers")
    ]


def test_no_injury_noun_no_wounded_count() -> None:
    assert _wounded("Two men suffered a blow to the head.") == []
    assert _wounded("Nine shops suffered light to moderate damage in the blast.") == []


def test_two_reports_of_one_bombing_told_with_a_range_corroborate(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "Six people suffered light to moderate injuries in a bombing in Haifa.", "2025-04-02"),
        ("", "Six people were wounded when a bomb exploded at a bus stop in Haifa.", "2025-04-02"),
    )
    assert [relation for relation, _ in relations(bench)] == ["corroborates"]
