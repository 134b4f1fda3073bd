"""Two reports that date neither claim are each the news of their own days: small
tolls in reports more than a day apart are two days' news, not one incident's,
while a mass killing's undated tolls days apart may be its first and later counts
(relate `_two_days_news`). Claims written for the tests, with their negatives."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.store.gazetteer import GazetteerFile


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


def _city(
    places: GazetteerFile, claim_id: int, published: str, sentence: str, day: str | None = None
) -> MatchInput:
    """Two police officers killed in Nairobi, a city of millions, in a report out on
    `published`, dated in its text to `day` (None: undated)."""
    return placed_claim(
        places,
        claim_id,
        "Nairobi",
        low=2,
        country="Kenya",
        subject="police officers",
        date=day,
        published=published,
        sentence=sentence,
        text="two police officers",
    )


SHOT = "Gunmen shot dead two police officers at a roadblock in Nairobi."
OTHER = "Two police officers on patrol were killed by robbers in Nairobi, police said."
GRENADE = "A grenade thrown at a patrol killed two police officers in Nairobi."
BLAST = "Two police officers died when a blast tore through their car in Nairobi."


def test_one_family_ties_a_citys_small_tolls_of_one_day_only(places: GazetteerFile) -> None:
    first = _city(places, 1, "2024-06-06", SHOT)
    [(relation, _)] = related(first, _city(places, 2, "2024-06-06", OTHER))
    assert relation is Relation.CORROBORATES
    # the next day's report, or a day stated one apart: the city sees such a toll daily
    assert related(first, _city(places, 3, "2024-06-07", OTHER)) == []
    dated = _city(places, 4, "2024-06-06", SHOT, day="2024-06-05")
    assert related(dated, _city(places, 5, "2024-06-07", OTHER, day="2024-06-06")) == []


def test_a_rare_means_still_ties_a_citys_tolls_a_day_apart(places: GazetteerFile) -> None:
    first = _city(places, 1, "2024-06-06", GRENADE)
    [(relation, _)] = related(first, _city(places, 2, "2024-06-07", BLAST))
    assert relation is Relation.CORROBORATES
