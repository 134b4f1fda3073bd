"""A town GeoNames gives a region but no district lies in the district of that region
named after it (Kenya's dump: a county seat in its county's region code, no
district code): they agree at district level, as a seat with only the old
provinces' codes does (match/places.py `_seat_of`). Places written for the tests."""

from __future__ import annotations

from workbench.geo.places import Kind, Place
from workbench.match.places import agreement


def _place(
    geonameid: int, name: str, kind: Kind, region: str | None, region_code: str, district: str = ""
) -> Place:
    return Place(
        geonameid, name, kind, "Kenya", "KE", region, None, region_code, district, -2.0, 40.0, 0
    )


DISTRICT = _place(1, "Pwani District", Kind.DISTRICT, "Pwani", "30", "1")


def test_a_districtless_town_lies_in_its_regions_district_named_after_it() -> None:
    town = _place(2, "Pwani", Kind.TOWN, "Pwani", "30")
    found = agreement(DISTRICT, town)
    assert found is not None and found.level is Kind.DISTRICT
    assert found.words == "same district: Pwani District"


def test_a_town_of_another_region_or_name_is_not_its_seat() -> None:
    elsewhere = _place(3, "Pwani", Kind.TOWN, "Tana", "31")
    assert agreement(DISTRICT, elsewhere) is None
    other_name = _place(4, "Kiwayu", Kind.TOWN, "Pwani", "30")
    assert agreement(DISTRICT, other_name) is None


def test_a_town_with_its_own_district_is_left_to_containment() -> None:
    # a namesake town GeoNames puts in another district of the region
    placed = _place(5, "Pwani", Kind.TOWN, "Pwani", "30", district="7")
    assert agreement(DISTRICT, placed) is None
