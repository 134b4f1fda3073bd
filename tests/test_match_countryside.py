"""A town named for its countryside ("the countryside of Idlib", "rural Idlib") is
its province, where a village of it lies; the town itself stays the town. And a
count that reaches a several-site toll's floor is that toll told again, not a part
of it. On sentences written for the tests, with negatives (two incidents of one
region and day stay apart)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_match_texts import links, load
from workbench.geo.places import Kind, Place
from workbench.match.countryside import countryside


def _town(name: str, region: str) -> Place:
    return Place(
        geonameid=7,
        name=name,
        kind=Kind.TOWN,
        country="Syria",
        country_code="SY",
        region=region,
        district=None,
        region_code="08",
        district_code="",
        latitude=35.9,
        longitude=36.6,
        population=160_000,
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Warplanes killed 15 civilians in the countryside of Idlib.", Kind.REGION),
        ("Shelling killed 4 people in Idlib countryside.", Kind.REGION),
        ("Shelling killed 4 people in rural Idlib.", Kind.REGION),
        ("Shelling killed 4 people in Idlib.", Kind.TOWN),
        ("Shelling killed 4 people in Idlib city near the countryside market.", Kind.TOWN),
    ],
)
def test_a_towns_countryside_is_its_province(sentence: str, kind: Kind) -> None:
    [place] = countryside((_town("Idlib", "Idlib"),), "Idlib", sentence)
    assert place.kind is kind


def test_a_province_named_otherwise_is_not_guessed() -> None:
    town = _town("Maarrat al-Numan", "Idlib")
    sentence = "Shelling killed 4 people in the countryside of Maarrat al-Numan."
    assert countryside((town,), "Maarrat al-Numan", sentence) == (town,)


def test_villages_of_the_countryside_and_the_countryside_agree(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "More than 14 civilians were killed in Khan Tarfa town and Umm Sila town in "
            "Idlib countryside, Syria.",
            "2019-02-03",
        ),
        ("Warplanes killed 15 civilians in the countryside of Idlib, Syria.", "2019-02-04"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "corroborates" and "same region: Idlib ('Khan Tarfa town' in it)" in reason


def test_a_village_of_the_countryside_is_not_the_town(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("More than 14 civilians were killed in Khan Tarfa town, Syria.", "2019-02-03"),
        ("Warplanes killed 15 civilians in Idlib city, Syria.", "2019-02-04"),
    )
    assert links(bench) == []


def test_two_small_tolls_of_the_countryside_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "A sniper killed 2 civilians in Khan Tarfa village in Idlib countryside, Syria.",
            "2019-02-04",
        ),
        ("Shelling killed 3 civilians in the countryside of Idlib, Syria.", "2019-02-04"),
    )
    assert links(bench) == []
