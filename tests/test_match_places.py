"""Matching with the gazetteer's places, on claims made for the tests: containment,
distance, the level of agreement in the reason, families of victims, scope, bounds,
each with its negative; and blocking that finds what comparing every pair finds."""

from __future__ import annotations

import random

import pytest

from tests.match_helpers import placed_claim, related
from workbench.geo.places import Kind, Place
from workbench.match import LINKS_PER_CLAIM, MatchInput, Relation, match, match_all_pairs
from workbench.store.gazetteer import GazetteerFile

claim = placed_claim


def test_a_village_and_its_region_agree_at_region_level(places: GazetteerFile) -> None:
    [(relation, reason)] = related(
        claim(places, 1, "Bankass"), claim(places, 2, "the Mopti region")
    )
    assert relation is Relation.CORROBORATES
    assert "same region: Mopti Region" in reason


def test_a_village_and_its_district_agree_at_district_level(places: GazetteerFile) -> None:
    # GeoNames gives Yelle's district (most Malian villages have only a region)
    [(_, reason)] = related(claim(places, 1, "Yelle"), claim(places, 2, "Bankass Cercle"))
    assert "same district: Bankass Cercle" in reason


def test_two_far_villages_of_one_region_are_two_places(places: GazetteerFile) -> None:
    # Bankass and Hombori are both in the Mopti region, some 240 km apart
    assert related(claim(places, 1, "Bankass"), claim(places, 2, "Hombori")) == []


def test_villages_a_few_km_apart_are_near(places: GazetteerFile) -> None:
    # Mopti and Sévaré, its twin town, are 11 km apart
    [(relation, reason)] = related(claim(places, 1, "near Mopti"), claim(places, 2, "Sévaré"))
    assert relation is Relation.CORROBORATES
    assert "near: Mopti and Sévaré, 11 km apart" in reason


def test_spellings_meet_through_the_gazetteer(places: GazetteerFile) -> None:
    [(relation, reason)] = related(claim(places, 1, "Diabaly"), claim(places, 2, "Diabali"))
    assert relation is Relation.CORROBORATES
    assert "same place 'Diabaly' ~ 'Diabali'" in reason


def test_country_level_agrees_only_on_one_stated_day(places: GazetteerFile) -> None:
    central = claim(places, 1, "central Mali")
    [(relation, reason)] = related(central, claim(places, 2, "near Mopti"))
    assert relation is Relation.CORROBORATES and "same country: Mali" in reason
    # an undated report of three days later is not the news of that day
    undated = claim(places, 2, "near Mopti", date=None, published="2024-06-08")
    assert related(central, undated) == []
    a_day_later = claim(places, 2, "near Mopti", date="2024-06-06")
    assert related(central, a_day_later) == []


def test_places_in_two_countries_never_agree(places: GazetteerFile) -> None:
    mali = claim(places, 1, "Gao")
    niger = claim(places, 2, "Tillabéri", country="Niger")
    assert related(mali, niger) == []


def test_security_forces_are_one_family_and_civilians_another(places: GazetteerFile) -> None:
    soldiers = claim(places, 1, "Bankass", subject="soldiers", unit="military")
    gendarmes = claim(places, 2, "Bankass", subject="gendarmes", unit="military")
    [(relation, reason)] = related(soldiers, gendarmes)
    assert relation is Relation.CORROBORATES
    assert "both security forces: 'soldiers' ~ 'gendarmes'" in reason
    civilians = claim(places, 3, "Bankass", subject="civilians", unit="civilian")
    assert related(soldiers, civilians) == []
    people = claim(places, 4, "Bankass", subject="people")
    [(_, reason)] = related(soldiers, people)
    assert "'soldiers' among 'people'" in reason


def test_personnel_of_a_force_are_security_forces(places: GazetteerFile) -> None:
    soldiers = claim(places, 1, "Bankass", subject="soldiers", unit="military")
    [(relation, reason)] = related(soldiers, claim(places, 2, "Bankass", subject="Army personnel"))
    assert relation is Relation.CORROBORATES
    assert "both security forces: 'soldiers' ~ 'Army personnel'" in reason
    # personnel of no force named are no family: the words decide, and differ
    assert related(soldiers, claim(places, 3, "Bankass", subject="medical personnel")) == []
    # and civilians are not soldiers however they are counted
    assert (
        related(
            claim(places, 4, "Bankass", subject="security men"),
            claim(places, 5, "Bankass", subject="villagers", unit="civilian"),
        )
        == []
    )


def test_a_running_total_never_links_to_an_incident(places: GazetteerFile) -> None:
    incident = claim(places, 1, "Bankass", low=2000)
    total = claim(places, 2, "Bankass", low=2000, scope="cumulative")
    assert related(incident, total) == []
    other_total = claim(places, 3, "Bankass", low=2000, scope="cumulative")
    assert [r for r, _ in related(total, other_total)] == [Relation.CORROBORATES]


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        ((51, float("inf"), "more_than"), (20, 50, "range"), Relation.CONTRADICTS),
        ((400, float("inf"), "at_least"), (100, 200, "range"), Relation.CONTRADICTS),
        ((40, float("inf"), "at_least"), (20, 50, "range"), Relation.CORROBORATES),
    ],
)
def test_bounds_decide_agreement(
    places: GazetteerFile,
    first: tuple[float, float, str],
    second: tuple[float, float, str],
    relation: Relation,
) -> None:
    def bounded(claim_id: int, low: float, high: float, qualifier: str) -> MatchInput:
        base = claim(places, claim_id, "Bankass")
        value = None if qualifier == "range" else low
        fields = dict(low=low, high=high, value=value, qualifier=qualifier)
        return MatchInput(**{**base.__dict__, **fields})  # type: ignore[arg-type]

    [(found, _)] = related(bounded(1, *first), bounded(2, *second))
    assert found is relation


# Places of the shipped gazetteer at every level, some near, some one inside another
MIXED = [
    "Bankass",
    "Bankass Cercle",
    "the Mopti region",
    "Mopti",
    "Sévaré",
    "Hombori",
    "central Mali",
    "Diabaly",
    "Diabali",
    "Gao",
    "near Douentza",
    "Boni",
    "Yelle",
    "Ségou Region",
]


def mixed_claims(places: GazetteerFile, seed: int) -> list[MatchInput]:
    """55 claims placed at random among MIXED over five days: fewer than a crowded
    block's cap (NEIGHBOURS each side), so that blocking may drop nothing."""
    rng = random.Random(seed)
    return [
        claim(
            places,
            i,
            rng.choice(MIXED),
            low=rng.choice([10, 12, 40]),
            date=f"2024-06-{rng.randint(3, 7):02d}",
            subject=rng.choice(["civilians", "people"]),
            voice_id=rng.randint(1, 15),
            document_id=rng.randint(1, 50),
        )
        for i in range(1, 56)
    ]


def test_blocking_finds_what_every_pair_finds_with_places(places: GazetteerFile) -> None:
    claims = mixed_claims(places, 7)
    blocked = {(s.a, s.b, s.relation) for s in match(claims, claims)}
    every_pair = {(s.a, s.b, s.relation) for s in match_all_pairs(claims)}
    assert blocked == every_pair and len(blocked) > 20


def test_a_place_without_coordinates_is_never_near(places: GazetteerFile) -> None:
    region: Place = places.find("Mopti Region", "Mali")[0]
    assert region.latitude is not None  # the dump gave the region a point ...
    a = claim(places, 1, "the Mopti region")
    b = claim(places, 2, "Ségou Region")
    assert related(a, b) == []  # ... but a region is never "near" another


def test_a_later_toll_of_the_same_incident_links_with_both_report_dates(
    places: GazetteerFile,
) -> None:
    first = claim(places, 1, "Bankass", low=12)
    revised = claim(places, 2, "Bankass", low=37, published="2024-06-20")
    [(relation, reason)] = related(first, revised)
    assert relation is Relation.CONTRADICTS
    assert "reported 2024-06-06 and 2024-06-20" in reason
    # the later report that does not date the incident speaks of its own week
    undated = claim(places, 3, "Bankass", low=37, published="2024-06-20", date=None)
    assert related(first, undated) == []


def test_headings_from_one_place_that_disagree_are_two_places(places: GazetteerFile) -> None:
    north = claim(places, 1, "north of Kidal")
    # Anefis lies south of Kidal: the road between them is not north of it
    assert related(north, claim(places, 2, "the road linking Kidal and Anefis")) == []
    assert related(north, claim(places, 3, "south of Kidal")) == []
    assert len(related(north, claim(places, 4, "near Kidal"))) == 1
    assert len(related(north, claim(places, 5, "north-east of Kidal"))) == 1


def test_undated_reports_of_one_day_agree_at_country_level_if_one_names_whom(
    places: GazetteerFile,
) -> None:
    def undated(claim_id: int, location: str, subject: str) -> MatchInput:
        return claim(places, claim_id, location, subject=subject, date=None)

    # two reports published the same day, neither dating the attack in its text
    police = undated(1, "central Mali", "police officers")
    assert len(related(police, undated(2, "Bankass", "policemen"))) == 1
    # "12 people" against "7 people": nothing but the day and the country in common
    seven = claim(places, 4, "Bankass", low=7, subject="people", date=None)
    assert related(undated(3, "Mali", "people"), seven) == []
    # the same figure of people in general, in a country and a town of it that day
    [(relation, _)] = related(undated(3, "Mali", "people"), undated(5, "Bankass", "people"))
    assert relation is Relation.CORROBORATES
    # a day apart, a toll that small is any day's: two incidents (`ties._next_day_news`)
    seven_police = claim(places, 6, "central Mali", low=7, subject="police officers", date=None)
    a_day_later = claim(
        places, 7, "Bankass", low=7, subject="policemen", date=None, published="2024-06-07"
    )
    assert related(seven_police, a_day_later) == []


def test_near_places_across_a_cell_border_meet(places: GazetteerFile) -> None:
    def village(geonameid: int, latitude: float) -> Place:
        return Place(
            geonameid,
            f"V{geonameid}",
            Kind.TOWN,
            "Mali",
            "ML",
            None,
            None,
            "04",
            "",
            latitude,
            -4.0,
            0,
        )

    # 14.39 and 14.41 degrees north lie in two rows of the grid, 2 km apart
    a = claim(places, 1, "Aaa", located=(village(1, 14.39),))
    b = claim(places, 2, "Zzz", located=(village(2, 14.41),))
    [(relation, reason)] = related(a, b)
    assert relation is Relation.CORROBORATES and "2 km apart" in reason


def test_later_claims_alone_find_what_every_pair_finds(
    places: GazetteerFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    for relation in LINKS_PER_CLAIM:  # no pruning: each run keeps every link it finds
        monkeypatch.setitem(LINKS_PER_CLAIM, relation, 1000)
    claims = mixed_claims(places, 5)
    later = {c.id for c in claims[30:]}
    found = {(s.a, s.b, s.relation) for s in match(claims[30:], claims)}
    every = {(s.a, s.b, s.relation) for s in match_all_pairs(claims) if {s.a, s.b} & later}
    assert found == every and len(found) > 10


def test_undated_tolls_far_apart_at_one_place_are_two_incidents(places: GazetteerFile) -> None:
    def undated(claim_id: int, low: int, published: str = "2024-06-06") -> MatchInput:
        return claim(places, claim_id, "Bankass", low=low, date=None, published=published)

    # a market bombing's 48 dead and, the next day's news, 14 bodies found nearby
    assert related(undated(1, 48), undated(2, 14, "2024-06-07")) == []
    # 48 and 40: one incident's tolls that disagree
    [(relation, _)] = related(undated(3, 48), undated(4, 40))
    assert relation is Relation.CONTRADICTS
    # a later report that dates the incident may revise its toll more than threefold
    revised = claim(places, 5, "Bankass", low=48, date="2024-06-05", published="2024-06-09")
    [(relation, _)] = related(claim(places, 6, "Bankass", low=14), revised)
    assert relation is Relation.CONTRADICTS


def test_a_border_and_its_country_agree_at_country_level(places: GazetteerFile) -> None:
    # "Blast at Syria-Turkey border kills 20 rebels" and "Bomb blast kills at least 16
    # rebels in northern Syria", both the news of one day
    def rebels(claim_id: int, location: str, low: int, qualifier: str) -> MatchInput:
        high = None if qualifier == "at_least" else low
        return claim(
            places,
            claim_id,
            location,
            low=low,
            high=high,
            qualifier=qualifier,
            subject="rebels",
            country=None,
            date=None,
        )

    border = rebels(1, "Syria-Turkey border", 20, "exact")
    [(relation, reason)] = related(border, rebels(2, "northern Syria", 16, "at_least"))
    assert relation is Relation.CORROBORATES and "Syria" in reason
    # a border between two other countries is no place in Syria
    assert related(rebels(3, "the Kenya-Somalia border", 20, "exact"), border) == []
