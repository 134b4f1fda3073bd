"""Crowded places: a region or a city sees many incidents a day, so two reports whose
tolls disagree and that place them no more finely than that link only where more
ties them (close tolls, another toll agreeing, one story retold, a revised toll).
Claims made for the tests, placed by the shipped gazetteer; each rule with its
negative, and the small places that keep linking as before."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation, match
from workbench.match.places import crowded
from workbench.store.gazetteer import GazetteerFile


def undated(
    places: GazetteerFile, claim_id: int, location: str, low: int, **fields: object
) -> MatchInput:
    """A toll of `low` civilians in a report published 6 June 2024 that does not
    date the incident in its text."""
    given: dict[str, object] = {"date": None, "published": "2024-06-06", **fields}
    return placed_claim(places, claim_id, location, low=low, **given)


def test_regions_and_cities_are_crowded_villages_and_districts_are_not(
    places: GazetteerFile,
) -> None:
    [bamako] = [p for p in places.find("Bamako", "Mali") if p.kind.value == "town"][:1]
    [region] = [p for p in places.find("Mopti Region", "Mali")][:1]
    [bankass] = [p for p in places.find("Bankass", "Mali") if p.kind.value == "town"][:1]
    [cercle] = [p for p in places.find("Bankass Cercle", "Mali")][:1]
    assert crowded(bamako) and crowded(region)
    assert not crowded(bankass) and not crowded(cercle)


def test_a_village_and_its_region_with_tolls_far_apart_are_two_incidents(
    places: GazetteerFile,
) -> None:
    # "gunmen killed four passengers in Bankass" and "two passers-by killed in the
    # Mopti region", both the news of 6 June: two incidents of one region that day
    village = undated(places, 1, "Bankass", 4)
    assert related(village, undated(places, 2, "the Mopti region", 2)) == []
    # four against three are close, but a region sees many tolls that small a day:
    # closeness ties two tolls only from MASS_CASUALTIES up
    assert related(village, undated(places, 3, "the Mopti region", 3)) == []
    # fourteen against twelve: one toll in dispute
    big = undated(places, 4, "Bankass", 14)
    [(relation, reason)] = related(big, undated(places, 5, "the Mopti region", 12))
    assert relation is Relation.CONTRADICTS and "same region: Mopti Region" in reason


def test_one_small_toll_twice_in_a_region_or_city_is_two_incidents(
    places: GazetteerFile,
) -> None:
    # "killing 1 pastoralist" in Jonglei state twice the same day, "two people were
    # shot" twice in Bamako: a region or a city sees many such killings a day
    first = undated(places, 1, "the Mopti region", 1, subject="pastoralist")
    assert related(first, undated(places, 2, "the Mopti region", 1, subject="pastoralist")) == []
    city = undated(places, 3, "Bamako", 2, subject="people")
    assert related(city, undated(places, 4, "Bamako", 2, subject="people")) == []
    # both naming one family in its own words ties them ("civilians" twice)
    [(relation, _)] = related(undated(places, 11, "Bamako", 2), undated(places, 12, "Bamako", 2))
    assert relation is Relation.CORROBORATES
    # the same toll in a village is one incident's
    [(relation, _)] = related(undated(places, 5, "Bankass", 2), undated(places, 6, "Bankass", 2))
    assert relation is Relation.CORROBORATES
    # in the city, a toll of ten or more agreeing is one incident's
    [(relation, _)] = related(undated(places, 7, "Bamako", 12), undated(places, 8, "Bamako", 12))
    assert relation is Relation.CORROBORATES
    # and so are small tolls that name one side ("two Turkish soldiers")
    one = undated(places, 9, "Bamako", 2, subject="Turkish soldiers", unit="military")
    other = undated(places, 10, "Bamako", 2, subject="Turkish soldiers", unit="military")
    [(relation, _)] = related(one, other)
    assert relation is Relation.CORROBORATES


def test_one_city_with_tolls_far_apart_is_two_incidents(places: GazetteerFile) -> None:
    # "one person died in a shooting in Bamako" and "two fatalities in Bamako"
    one = undated(places, 1, "Bamako", 1)
    assert related(one, undated(places, 2, "Bamako", 2)) == []
    # "at least 20 killed" and "22 killed": one bombing's toll in dispute
    [(relation, _)] = related(undated(places, 3, "Bamako", 20), undated(places, 4, "Bamako", 22))
    assert relation is Relation.CONTRADICTS
    # "14 killed" and "41 killed" the same day: a first and a later toll of one
    # bombing (a city seldom sees two that large in a day); 4 and 12 are two incidents
    [(relation, _)] = related(undated(places, 5, "Bamako", 14), undated(places, 6, "Bamako", 41))
    assert relation is Relation.CONTRADICTS
    assert related(undated(places, 7, "Bamako", 4), undated(places, 8, "Bamako", 12)) == []


def test_a_small_town_with_tolls_far_apart_is_still_one_incident(
    places: GazetteerFile,
) -> None:
    # Bankass is no city: one death against two there that day is one toll in dispute
    [(relation, _)] = related(undated(places, 1, "Bankass", 1), undated(places, 2, "Bankass", 2))
    assert relation is Relation.CONTRADICTS


def test_a_revised_toll_in_a_city_still_links(places: GazetteerFile) -> None:
    # "four killed by a bomb in Mopti" (6 June) and, a week later, "the bombing in
    # Mopti on 5 June killed 12": the later report dates the incident
    first = undated(places, 1, "Mopti", 4)
    revised = placed_claim(places, 2, "Mopti", low=12, date="2024-06-05", published="2024-06-12")
    [(relation, reason)] = related(first, revised)
    assert relation is Relation.CONTRADICTS
    assert "reported 2024-06-06 and 2024-06-12" in reason
    # published the same day, a dated toll revises nothing: two incidents
    same_day = placed_claim(places, 3, "Mopti", low=12, date="2024-06-05", published="2024-06-06")
    assert related(first, same_day) == []


def test_another_toll_agreeing_ties_a_city_s_disputed_toll(places: GazetteerFile) -> None:
    sentence_a = "A bomb in Bamako killed four people and wounded 30 others."
    sentence_b = "Two people were killed and 30 wounded when a bomb exploded in Bamako."

    def toll(claim_id: int, report: int, category: str, low: int, sentence: str) -> MatchInput:
        return undated(
            places,
            claim_id,
            "Bamako",
            low,
            category=category,
            sentence=sentence,
            text=f"{low} {category}",
            document_id=report,
            voice_id=report,
        )

    claims = [
        toll(1, 1, "killed", 4, sentence_a),
        toll(2, 1, "wounded", 30, sentence_a),
        toll(3, 2, "killed", 2, sentence_b),
        toll(4, 2, "wounded", 30, sentence_b),
    ]
    found = {(s.a, s.b): s.relation for s in match(claims, claims)}
    assert found[(1, 3)] is Relation.CONTRADICTS
    assert found[(2, 4)] is Relation.CORROBORATES
