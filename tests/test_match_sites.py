"""A site inside a crowded city that both reports name ties their small tolls as a
town's would: "Nairobi's Eastleigh" and a sentence naming Eastleigh agree at
Eastleigh, not only in Nairobi. Claims and sentences written for the tests."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.match.features import features
from workbench.match.places import crowded
from workbench.match.sites import shared_site
from workbench.store.gazetteer import GazetteerFile


def _toll(
    places: GazetteerFile, claim_id: int, location: str, low: int, sentence: str
) -> MatchInput:
    """A toll of `low` people in Kenya, in a report undated in its text."""
    return placed_claim(
        places,
        claim_id,
        location,
        low=low,
        country="Kenya",
        subject="people",
        date=None,
        sentence=sentence,
        text=f"{low} people",
    )


def _eastleigh(places: GazetteerFile, claim_id: int, low: int) -> MatchInput:
    sentence = f"{low} people were killed when gunmen raided a hotel in Nairobi's Eastleigh."
    return _toll(places, claim_id, "Nairobi's Eastleigh", low, sentence)


def _nairobi(places: GazetteerFile, claim_id: int, low: int, quarter: str) -> MatchInput:
    sentence = f"Gunmen raided a hotel in the {quarter} area of Nairobi, killing {low} people."
    return _toll(places, claim_id, "Nairobi", low, sentence)


def test_the_site_both_name(places: GazetteerFile) -> None:
    assert crowded(places.find("Nairobi", "Kenya")[0])
    one = features(_eastleigh(places, 1, 7))
    assert shared_site(one, features(_nairobi(places, 2, 6, "Eastleigh"))) == "eastleigh"
    assert shared_site(one, features(_nairobi(places, 3, 6, "Kibera"))) is None


def test_the_city_itself_is_no_site(places: GazetteerFile) -> None:
    city = _toll(places, 1, "Nairobi", 3, "Three people were shot in Nairobi.")
    other = _toll(places, 2, "Nairobi", 3, "In Nairobi three people died.")
    assert shared_site(features(city), features(other)) is None


def test_a_disputed_small_toll_at_one_site_of_a_city_links(places: GazetteerFile) -> None:
    [(relation, reason)] = related(_eastleigh(places, 1, 7), _nairobi(places, 2, 6, "Eastleigh"))
    assert relation is Relation.CONTRADICTS
    assert "both name 'eastleigh'" in reason


def test_small_tolls_at_two_sites_of_a_city_stay_two_incidents(places: GazetteerFile) -> None:
    assert related(_eastleigh(places, 1, 7), _nairobi(places, 2, 6, "Kibera")) == []
    assert related(_eastleigh(places, 1, 3), _nairobi(places, 2, 3, "Kibera")) == []


def test_an_agreeing_small_toll_at_one_site_links(places: GazetteerFile) -> None:
    [(relation, _)] = related(_eastleigh(places, 1, 3), _nairobi(places, 2, 3, "Eastleigh"))
    assert relation is Relation.CORROBORATES


def test_the_division_a_place_lies_in_is_no_site(places: GazetteerFile) -> None:
    # "the Garissa region" and "Garissa County": the region both lie in, not a site
    one = _toll(places, 1, "the Garissa region", 1, "One trader was shot in the Garissa region.")
    other = _toll(places, 2, "Garissa County", 1, "A herder was shot in Garissa County.")
    assert shared_site(features(one), features(other)) is None
