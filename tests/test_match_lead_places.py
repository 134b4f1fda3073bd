"""Session 46's matching kinds, on reports written for the tests: a place the gazetteer
lacks ("the Dhoobley Yar junction") lies in the town its report's lead names, so a
later report of a town's mass killing links to the first within the week; companion
tolls that are only open bounds far apart tie no two tolls of one city's day."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations

FIRST = (
    "MOGADISHU - At least 60 people were killed on Saturday when a truck bomb exploded "
    "at a busy checkpoint in Mogadishu, police said.",
    "2025-03-09",
)


def _later(town: str, toll: str, means: str = "truck bomb") -> tuple[str, str]:
    """A report four days later whose lead names `town` and whose count names only a
    junction the gazetteer does not know."""
    return (
        f"Somalia: {town} mourns as families bury the dead. The government said that the "
        f"{means} at the Dhoobley Yar junction killed {toll} people.",
        "2025-03-13",
    )


def test_a_junction_lies_in_the_town_its_report_leads_with(tmp_path: Path) -> None:
    bench = load(tmp_path, FIRST, _later("Mogadishu", "95"))
    assert relations(bench, "killed") == ["corroborates"]
    (link,) = bench.links()
    assert "Mogadishu" in (link.reason or "")


def test_a_revised_toll_of_the_town_disputes_the_first(tmp_path: Path) -> None:
    first = (FIRST[0].replace("At least 60", "Sixty"), FIRST[1])
    bench = load(tmp_path, first, _later("Mogadishu", "95"))
    assert relations(bench, "killed") == ["contradicts"]


def test_a_lead_naming_another_town_places_nothing_in_the_first(tmp_path: Path) -> None:
    bench = load(tmp_path, FIRST, _later("Kismayo", "95"))
    assert relations(bench, "killed") == []


def test_small_tolls_days_apart_stay_two_incidents(tmp_path: Path) -> None:
    first = (
        "MOGADISHU - Three people were killed on Saturday when a grenade exploded at a "
        "checkpoint in Mogadishu, police said.",
        "2025-03-09",
    )
    bench = load(tmp_path, first, _later("Mogadishu", "7", means="grenade"))
    assert relations(bench, "killed") == []


BAGHDAD = (
    "Two people were killed and at least seventeen injured when a car bomb exploded near "
    "a hotel in central Baghdad on Tuesday.",
    "2025-10-08",
)


def test_open_wounded_bounds_far_apart_tie_no_dispute(tmp_path: Path) -> None:
    other = (
        "A suicide truck bomb at a police compound in Baghdad on Tuesday killed ten people "
        "and wounded more than seventy.",
        "2025-10-08",
    )
    bench = load(tmp_path, BAGHDAD, other)
    assert relations(bench, "killed") == []


def test_wounded_bounds_close_still_tie_a_dispute(tmp_path: Path) -> None:
    other = (
        "A suicide car bomb near a hotel in Baghdad on Tuesday killed five people and "
        "wounded at least 15.",
        "2025-10-08",
    )
    bench = load(tmp_path, BAGHDAD, other)
    assert relations(bench, "killed") == ["contradicts"]
