"""Two reports that date neither claim are each the news of their own days: small
tolls in reports more than a day apart are two days' news, not one incident's,
while a mass killing's undated tolls days apart may be its first and later counts
(relate `_two_days_news`). Claims written for the tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.store.gazetteer import GazetteerFile


@pytest.fixture(scope="module")
def places() -> GazetteerFile:
    """The shipped gazetteer in the file this run's test processes share (conftest)."""
    return GazetteerFile()


def _undated(places: GazetteerFile, claim_id: int, low: int, published: str) -> MatchInput:
    """A toll of `low` herders near Wajir in a report of its own voice, undated in its
    text, out on `published`."""
    sentence = f"Raiders killed {low} herders near Wajir and drove off their camels."
    return placed_claim(
        places,
        claim_id,
        "Wajir",
        low=low,
        country="Kenya",
        subject="herders",
        date=None,
        published=published,
        sentence=sentence,
        text=f"{low} herders",
    )


def test_small_undated_tolls_three_days_apart_are_two_days_news(places: GazetteerFile) -> None:
    first = _undated(places, 1, 2, "2024-06-06")
    assert related(first, _undated(places, 2, 2, "2024-06-09")) == []
    assert related(first, _undated(places, 3, 2, "2024-06-08")) == []


def test_small_undated_tolls_a_day_apart_may_be_one_incident(places: GazetteerFile) -> None:
    [(relation, _)] = related(
        _undated(places, 1, 2, "2024-06-06"), _undated(places, 2, 2, "2024-06-07")
    )
    assert relation is Relation.CORROBORATES


def test_a_mass_killings_undated_tolls_days_apart_still_meet(places: GazetteerFile) -> None:
    first = _undated(places, 1, 40, "2024-06-06")
    [(relation, _)] = related(first, _undated(places, 2, 40, "2024-06-09"))
    assert relation is Relation.CORROBORATES


def test_a_dated_small_toll_keeps_the_week_of_an_undated_report(places: GazetteerFile) -> None:
    # "on 5 June" and a report out on 8 June that dates nothing: the rule is for two
    # undated reports only
    dated = placed_claim(
        places, 1, "Wajir", low=2, country="Kenya", subject="herders", date="2024-06-05"
    )
    [(relation, _)] = related(dated, _undated(places, 2, 2, "2024-06-08"))
    assert relation is Relation.CORROBORATES
