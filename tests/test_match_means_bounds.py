"""The means of an attack in the words reports use ("was bombed", "blew himself up"),
which tie two small agreeing tolls of one city and day; and "nearly N", a little
under N, not anything up to it. Claims and sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.match.features import generic
from workbench.match.means import attack_means
from workbench.match.places import crowded
from workbench.store.gazetteer import GazetteerFile


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy was bombed on Sunday, killing three guards.",
        "A man blew himself up outside the church, killing two.",
        "Two women blew themselves up at the checkpoint.",
        "Militants blew up a fuel tanker near the bridge.",
        "The minibus was blown up on the ring road.",
        "A booby-trapped motorcycle went off near the market.",
        "Their truck hit a mine on the road to the camp, killing four.",
    ],
)
def test_a_bombing_in_its_verbs(sentence: str) -> None:
    assert "bombing" in attack_means(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor blew up at reporters over the toll.",  # anger, no bomb
        "Gunmen shot three traders at the bus park.",
        "The bridge was closed after the attack.",
        "Two miners died when the roof of a gold mine collapsed.",
    ],
)
def test_no_bombing_where_none_is_told(sentence: str) -> None:
    assert "bombing" not in attack_means(sentence)


def _city(places: GazetteerFile, claim_id: int, sentence: str, low: int = 3) -> MatchInput:
    """A toll of `low` people in Nairobi (a crowded city), undated in its text."""
    return placed_claim(
        places,
        claim_id,
        "Nairobi",
        low=low,
        country="Kenya",
        subject="people",
        date=None,
        sentence=sentence,
        text=f"{low} people",
    )


def test_a_bombing_told_in_two_words_ties_a_small_toll_of_one_city(
    places: GazetteerFile,
) -> None:
    assert crowded(places.find("Nairobi", "Kenya")[0])
    one = _city(places, 1, "The consulate in Nairobi was bombed, killing 3 people.")
    other = _city(places, 2, "A blast at the consulate in Nairobi killed 3 people.")
    [(relation, _)] = related(one, other)
    assert relation is Relation.CORROBORATES


def test_a_bombing_and_a_shooting_in_one_city_stay_two_incidents(
    places: GazetteerFile,
) -> None:
    one = _city(places, 1, "The consulate in Nairobi was bombed, killing 3 people.")
    other = _city(places, 2, "Gunmen shot dead 3 people at a bar in Nairobi.")
    assert related(one, other) == []


def _town(claim_id: int, places: GazetteerFile, low: int, qualifier: str) -> MatchInput:
    """A wounded count in Lamu (a town, not crowded) on 5 June 2024."""
    high = low
    stored_low = None if qualifier in ("nearly", "up_to") else low
    return placed_claim(
        places,
        claim_id,
        "Lamu",
        country="Kenya",
        category="wounded",
        subject="people",
        low=stored_low,
        high=high,
        value=low,
        qualifier=qualifier,
        text=f"{qualifier} {low} people",
    )


def test_nearly_forty_and_thirty_cannot_both_be_right(places: GazetteerFile) -> None:
    assert not crowded(places.find("Lamu", "Kenya")[0])
    [(relation, _)] = related(_town(1, places, 40, "nearly"), _town(2, places, 30, "exact"))
    assert relation is Relation.CONTRADICTS


def test_nearly_forty_and_thirty_eight_agree(places: GazetteerFile) -> None:
    [(relation, _)] = related(_town(1, places, 40, "nearly"), _town(2, places, 38, "exact"))
    assert relation is Relation.CORROBORATES


def test_up_to_forty_still_reaches_thirty(places: GazetteerFile) -> None:
    [(relation, _)] = related(_town(1, places, 40, "up_to"), _town(2, places, 30, "exact"))
    assert relation is Relation.CORROBORATES


def test_another_is_anyone_one_more_of_them() -> None:
    assert generic("another") and generic("two other")
    assert not generic("other soldiers") and not generic("teachers")


def test_another_wounded_meets_a_count_of_the_same_size(places: GazetteerFile) -> None:
    # "four were killed while another was injured" and "one trader injured" in Lamu
    one = placed_claim(places, 1, "Lamu", low=1, country="Kenya", subject="another")
    other = placed_claim(places, 2, "Lamu", low=1, country="Kenya", subject="traders")
    [(relation, _)] = related(one, other)
    assert relation is Relation.CORROBORATES
    # a word of its own that names no one of the traders is no such tie
    brother = placed_claim(places, 3, "Lamu", low=1, country="Kenya", subject="his brother")
    assert related(brother, other) == []
