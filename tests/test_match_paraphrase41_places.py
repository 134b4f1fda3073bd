"""Paraphrased place phrases: a division named only as the address of a claim's own
place ("Syria's Afrin", "Afrin, Syria") ties it to nothing beyond that place."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations
from workbench.geo.places import Kind, Place
from workbench.match.places import own_places


def _place(geonameid: int, kind: Kind, region_code: str = "") -> Place:
    return Place(
        geonameid=geonameid,
        name=f"p{geonameid}",
        kind=kind,
        country="Syria",
        country_code="SY",
        region=None,
        district=None,
        region_code=region_code,
        district_code="",
        latitude=None,
        longitude=None,
        population=0,
    )


def test_the_address_of_a_place_is_left_out() -> None:
    town, region, country = (
        _place(1, Kind.TOWN, "09"),
        _place(2, Kind.REGION, "09"),
        _place(3, Kind.COUNTRY),
    )
    assert own_places((town, region, country)) == (town,)
    assert own_places((town,)) == (town,)


def test_places_side_by_side_are_kept() -> None:
    first, second = _place(1, Kind.TOWN, "09"), _place(4, Kind.TOWN, "12")
    assert own_places((first, second)) == (first, second)


def test_two_towns_of_one_country_named_with_it_are_two_places(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A car bomb killed 13 people in Syria's Afrin on 3 March 2019.", "2019-03-04"),
        ("Shelling killed 13 civilians in Idlib province on 3 March 2019.", "2019-03-04"),
    )
    assert relations(bench) == []


def test_a_town_named_with_its_country_and_alone_is_one_place(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A car bomb killed 13 people in Syria's Afrin on 3 March 2019.", "2019-03-04"),
        ("Thirteen people were killed by a car bomb in Afrin on 3 March 2019.", "2019-03-04"),
    )
    assert relations(bench) == ["corroborates"]


def test_a_village_named_with_its_district_meets_the_district(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "A man was killed in a clash between rival groups at Dighirpar village in Magura, "
            "Bangladesh, on 24 October 2015.",
            "2015-10-25",
        ),
        (
            "One person died in a clash between rival groups in Magura district, Bangladesh, "
            "on 24 October 2015.",
            "2015-10-25",
        ),
    )
    assert relations(bench) == ["corroborates"]


def test_a_village_named_with_its_district_and_another_district_stay_apart(
    tmp_path: Path,
) -> None:
    bench = load(
        tmp_path,
        (
            "A man was killed in a clash between rival groups at Dighirpar village in Magura, "
            "Bangladesh, on 24 October 2015.",
            "2015-10-25",
        ),
        (
            "One person died in a clash between rival groups in Jessore district, Bangladesh, "
            "on 24 October 2015.",
            "2015-10-25",
        ),
    )
    assert relations(bench) == []


def test_a_village_named_with_its_region_and_the_region_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "A man was killed in a clash between rival groups at Dighirpar village in Khulna "
            "Division, Bangladesh, on 24 October 2015.",
            "2015-10-25",
        ),
        (
            "One person died in a clash between rival groups in Khulna Division, Bangladesh, "
            "on 24 October 2015.",
            "2015-10-25",
        ),
    )
    assert relations(bench) == []
