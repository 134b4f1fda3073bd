"""A toll said to have risen ("the death toll has risen to 88") revises a smaller
count of one incident: two such tolls of a mass killing placed only in one country
on one day dispute each other, where tolls that far apart otherwise stay two
incidents. Sentences written for the tests."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.store.gazetteer import GazetteerFile


def in_pakistan(
    places: GazetteerFile, claim_id: int, text: str, low: int, sentence: str = ""
) -> MatchInput:
    """A killed toll placed only in Pakistan, dated 30 January 2023 by its text."""
    return placed_claim(
        places,
        claim_id,
        "Pakistan",
        low,
        country="Pakistan",
        text=text,
        sentence=sentence or f"On Monday, {text} in the blast, officials said.",
        subject=None,
        date="2023-01-30",
        published="2023-01-31",
    )


def test_a_toll_said_to_have_risen_disputes_the_smaller_count(places: GazetteerFile) -> None:
    first = in_pakistan(places, 1, "44 people were killed", 44)
    later = in_pakistan(places, 2, "the death toll has risen to 88", 88)
    [(relation, reason)] = related(first, later)
    assert relation is Relation.CONTRADICTS and "44 vs 88" in reason


def test_two_tolls_that_far_apart_without_a_rise_stay_two_incidents(
    places: GazetteerFile,
) -> None:
    first = in_pakistan(places, 1, "44 people were killed", 44)
    said = "Gunmen stormed a wedding on Monday and 88 people were killed, police said."
    other = in_pakistan(places, 2, "88 people were killed", 88, said)
    assert related(first, other) == []
    # the smaller said to have risen says nothing of a larger one
    risen_small = in_pakistan(places, 3, "the toll rose to 44", 44)
    assert related(risen_small, other) == []


def test_small_tolls_are_not_tied_by_a_rise(places: GazetteerFile) -> None:
    first = in_pakistan(places, 1, "three people were killed", 3)
    later = in_pakistan(places, 2, "the toll climbed to nine", 9)
    assert related(first, later) == []
