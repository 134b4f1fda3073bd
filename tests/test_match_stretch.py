"""A place between two towns far apart ("on the road between Bankass and Hombori",
some 240 km) is no one of its towns: it agrees with either only at the level of the
division that holds them (a crowded region), never as one place; between towns near
each other it is near both, as before. Claims written for the tests, with negatives."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation, match, match_all_pairs
from workbench.match.features import features
from workbench.store.gazetteer import GazetteerFile

ROAD = "the road between Bankass and Hombori"


def claim(places: GazetteerFile, claim_id: int, location: str, low: int, **fields: object):
    return placed_claim(places, claim_id, location, low, **fields)


def test_a_stretch_between_far_towns_is_read_as_one(places: GazetteerFile) -> None:
    assert features(claim(places, 1, ROAD, 4)).span
    assert not features(claim(places, 1, "between Mopti and Sévaré", 4)).span  # 11 km
    assert not features(claim(places, 1, "Bankass", 4)).span


def test_small_tolls_on_a_long_road_and_in_one_of_its_towns_are_two_incidents(
    places: GazetteerFile,
) -> None:
    road = claim(places, 1, ROAD, 2, category="wounded")
    town = claim(places, 2, "Bankass", 8, category="wounded")
    assert related(road, town) == []
    # before, the road was Bankass itself: "same place", and 2 against 8 disputed
    assert related(claim(places, 1, "Bankass", 2, category="wounded"), town)


def test_a_long_road_and_one_of_its_towns_agree_only_at_region_level(
    places: GazetteerFile,
) -> None:
    # a mass killing's tolls that agree, one day, one region: linked, and said so
    [(relation, reason)] = related(claim(places, 1, ROAD, 30), claim(places, 2, "Bankass", 30))
    assert relation is Relation.CORROBORATES
    assert "same region: Mopti Region; 'the road between Bankass and Hombori' is no one town" in (
        reason
    )
    assert "same place" not in reason
    # a town of the region off the way (Mopti, some 85 km from Bankass on the other
    # side) is another place, as two far villages of one region are
    assert related(claim(places, 1, ROAD, 30), claim(places, 2, "Mopti", 30)) == []


def test_one_stretch_named_twice_is_one_place(places: GazetteerFile) -> None:
    [(relation, reason)] = related(
        claim(places, 1, ROAD, 2), claim(places, 2, "between Hombori and Bankass", 2)
    )
    assert relation is Relation.CORROBORATES and "same place" in reason


def test_a_road_between_towns_near_each_other_is_near_both(places: GazetteerFile) -> None:
    [(relation, reason)] = related(
        claim(places, 1, "the road between Mopti and Sévaré", 3), claim(places, 2, "Sévaré", 3)
    )
    assert relation is Relation.CORROBORATES and "same region" not in reason


def test_blocking_finds_every_link_of_a_stretch(places: GazetteerFile) -> None:
    claims: list[MatchInput] = [
        claim(places, 1, ROAD, 30),
        claim(places, 2, "Bankass", 30),
        claim(places, 3, "Hombori", 25),
        claim(places, 4, "the Mopti region", 28),
        claim(places, 5, "between Hombori and Bankass", 2),
        claim(places, 6, "Mopti", 2),
    ]
    blocked = {(s.a, s.b, s.relation) for s in match(claims, claims)}
    assert blocked == {(s.a, s.b, s.relation) for s in match_all_pairs(claims)}
    assert (1, 2, Relation.CORROBORATES) in blocked
