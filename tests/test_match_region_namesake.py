"""A town named as its own first-level division ("Guanajuato", "Kano"): a report's
"in the Mexican state of Guanajuato", which the gazetteer reads as the state's
capital, and another report's city in that state ("Celaya") agree at the region's
level; on texts written for the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

from tests.test_match_country import load, relations
from workbench.geo.places import Kind, Place
from workbench.match.places import agreement

STATE = "Gunmen opened fire on a party in the Mexican state of Guanajuato, wounding 21 people."
CITY = "Some 21 people were wounded when gunmen opened fire on a street party in {}, Mexico."


def _town(geonameid: int, name: str, lat: float, lon: float) -> Place:
    """A town of the state of Guanajuato (GeoNames' admin1 code 11)."""
    return Place(geonameid, name, Kind.TOWN, "Mexico", "MX", "Guanajuato", None,
                 "11", "", lat, lon, 100_000)  # fmt: skip


def test_the_state_named_as_its_capital_holds_a_city_of_the_state(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", STATE, "2025-06-25"), ("", CITY.format("Celaya"), "2025-06-25"))
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "same region: Guanajuato" in reason


def test_a_city_of_another_state_is_not_in_it(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", STATE, "2025-06-25"), ("", CITY.format("Morelia"), "2025-06-25"))
    assert relations(bench) == []


def test_only_a_town_named_as_its_region_stands_for_it() -> None:
    capital = _town(1, "Guanajuato", 21.02, -101.26)
    city = _town(2, "Celaya", 20.52, -100.82)
    other = _town(3, "Salamanca", 20.57, -101.19)
    assert agreement(capital, city) is not None and agreement(city, capital) is not None
    assert agreement(capital, city).level is Kind.REGION  # type: ignore[union-attr]
    # two cities of one state, neither named as it, are two places
    assert agreement(city, other) is None
