"""A country's guns fire from afar: "Turkish artillery", "Israeli missiles", "Pakistani
mortars" say who fired, not where, as "Turkish strikes" and "Turkish shelling" did
already; and a bombardment, a bombing or shelling "on" a town names the town struck
("Turkish bombardment on Tal Rifaat"), as "the attack on" does. Sentences written for
the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _placed(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.location, c.country) for c in extract_claims(document_from_text("t.txt", text))]


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("11 civilians were killed by Turkish artillery in Qxzv Rifaat", [("Qxzv Rifaat", None)]),
        ("Pakistani mortars killed 4 civilians in Qxzvpur", [("Qxzvpur", None)]),
        ("Seven civilians killed in Turkish bombardment on Qxzv Rifaat", [("Qxzv Rifaat", None)]),
        ("Heavy shelling on Qxzvtown killed 5 people", [("Qxzvtown", None)]),
    ],
)
def test_guns_from_afar_and_the_town_struck(
    text: str, placed: list[tuple[str | None, str | None]]
) -> None:
    assert _placed(text) == placed


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Kenyan police killed 3 in Qxzvtown", "Kenya"),  # who acts at home
        ("Artillery shells killed 3 in Qxzvtown, Syria", "Syria"),
    ],
)
def test_a_country_still_named(text: str, country: str) -> None:
    assert [c for _, c in _placed(text)] == [country]


def test_one_town_s_toll_under_the_guns_of_another_country(tmp_path: Path) -> None:
    """Both headlines name the town; one says the guns were Turkish, and read as
    Turkey's the town met no report of it in Syria."""
    day = "2018-06-10"
    bench = load(
        tmp_path,
        ("Turkish shelling kills 7 in Syria's Qxzv Rifaat", day),
        ("Seven civilians killed by Turkish artillery in Qxzv Rifaat", day),
    )
    assert relations(bench, "killed") == ["corroborates"]
