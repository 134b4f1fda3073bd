"""An airline named by its country ("Air India Flight 182", "a Kenya Airways jet",
"Gulf Air") is the carrier, not where anything happened: the claim's place is the
one the sentence gives where it gives one, none otherwise. Sentences written for the
tests, with negatives (a country named as the place beside its airline, air strikes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.extract import extract_claims
from workbench.extract.country_roles import carrier_named
from workbench.ingest import document_from_text
from workbench.match.features import generic


def _places(text: str) -> list[str | None]:
    return [c.location for c in extract_claims(document_from_text("t.txt", text))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Air Canada Flight 12 was blown up off the coast of Portugal; all 210 aboard died.",
            "Portugal",
        ),
        ("A bomb exploded on a Kenya Airways plane, killing 4 people.", None),
        ("A bomb exploded on Gulf Air Flight 771, killing all 117 people aboard.", None),
        (
            "Gunmen killed 2 passengers on a Pakistan International Airlines bus in Lahore.",
            "Lahore",
        ),
    ],
)
def test_an_airline_is_no_place(text: str, place: str | None) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Air strikes in Syria killed 12 people.", "Syria"),
        ("A bomb killed 4 people in India near the offices of Air India.", "India"),
    ],
)
def test_a_country_beside_an_airline_stays_the_place(text: str, place: str) -> None:
    assert _places(text) == [place]


@pytest.mark.parametrize(
    ("text", "name", "carrier"),
    [
        ("the Air India jet", "India", True),
        ("a Kenya Airways jet", "Kenya", True),
        ("Pakistan International Airlines said", "Pakistan", True),
        ("in India on Tuesday", "India", False),
    ],
)
def test_carrier_named(text: str, name: str, carrier: bool) -> None:
    start = text.index(name)
    assert carrier_named(text, start, start + len(name)) is carrier


def test_all_aboard_and_the_passengers_are_one_count(tmp_path: Path) -> None:
    """ "All 210 aboard" counts whoever was on the plane: anyone, as "people" does, and
    agrees with "210 passengers and crew" of the other report (the airline named by
    its country placed it nowhere near)."""
    day = "1986-04-02"
    bench = load(
        tmp_path,
        ("Air Canada Flight 12 is blown up by a bomb off Portugal; all 210 aboard die.", day),
        (
            "PORTUGAL. A bomb exploded on an Air Canada jet off Portugal, killing 210 passengers.",
            day,
        ),
    )
    assert relations(bench, "killed") == ["corroborates"]
    assert generic("210 aboard") and not generic("210 passengers")


@pytest.mark.parametrize(
    "text", ["Pakistan Air Force jets struck", "the Nigeria Air Force said", "Kenya Air Defence"]
)
def test_a_country_s_air_force_is_no_airline(text: str) -> None:
    end = text.index(" Air")
    start = text.rfind(" ", 0, end) + 1
    assert not carrier_named(text, start, end)
