"""People named by their country in the plural ("three Israelis", "two Kenyans") are
a side counted, as "Israeli soldiers" is (match/features.py `_sides`): it ties two
small tolls of one crowded city and keeps two sides apart. Claims written for the
tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.match.features import features
from workbench.store.gazetteer import GazetteerFile


def _hurt(places: GazetteerFile, claim_id: int, subject: str) -> MatchInput:
    """Three people of `subject` wounded in Nairobi, a crowded city, the same day."""
    return placed_claim(
        places,
        claim_id,
        "Nairobi",
        low=3,
        country="Kenya",
        category="wounded",
        subject=subject,
        text=f"three {subject}",
    )


@pytest.mark.parametrize(
    ("subject", "side"),
    [("Israelis", "Israel"), ("Kenyans", "Kenya"), ("Pakistanis", "Pakistan")],
)
def test_a_plural_demonym_names_its_side(places: GazetteerFile, subject: str, side: str) -> None:
    assert features(_hurt(places, 1, subject)).sides == {side}


def test_no_side_in_a_plural_that_is_no_demonym(places: GazetteerFile) -> None:
    assert features(_hurt(places, 1, "Travellers")).sides == frozenset()


def test_one_side_ties_small_tolls_of_a_city(places: GazetteerFile) -> None:
    [(relation, _)] = related(_hurt(places, 1, "Israelis"), _hurt(places, 2, "Israelis"))
    assert relation is Relation.CORROBORATES
    # "three people" twice in a city of millions that day share only the number
    assert related(_hurt(places, 3, "people"), _hurt(places, 4, "people")) == []


def test_two_sides_are_two_counts(places: GazetteerFile) -> None:
    assert related(_hurt(places, 1, "Israelis"), _hurt(places, 2, "Palestinians")) == []
