"""A place the gazetteer took by its name alone (the claim's country unknown: the
largest town of the name in the world) says nothing against another report's
namesake in a known country: the names decide. Claims written for the tests."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import Relation
from workbench.store.gazetteer import GazetteerFile


def test_a_name_taken_alone_meets_its_namesake_in_a_known_country(
    places: GazetteerFile,
) -> None:
    # with no country, "Hangu" is the Chinese city; the report beside it is Pakistan's
    unknown = placed_claim(places, 1, "Hangu district", 6, country=None)
    known = placed_claim(places, 2, "Khyber Pakhtunkhwa's Hangu", 6, country="Pakistan")
    assert unknown.located[0].country_code != known.located[0].country_code
    [(relation, reason)] = related(unknown, known)
    assert relation is Relation.CORROBORATES and "same place" in reason


def test_another_name_in_the_known_country_stays_another_place(places: GazetteerFile) -> None:
    unknown = placed_claim(places, 1, "Hangu district", 6, country=None)
    other = placed_claim(places, 2, "Kohat", 6, country="Pakistan")
    assert related(unknown, other) == []


def test_two_namesakes_of_known_countries_stay_apart(places: GazetteerFile) -> None:
    china = placed_claim(places, 1, "Hangu", 6, country="China")
    pakistan = placed_claim(places, 2, "Hangu", 6, country="Pakistan")
    assert related(china, pakistan) == []
