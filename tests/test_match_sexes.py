"""One victim said to be a woman and one said to be a man are two people, whatever
else two reports share (relate `_conflict`, match/victims.py `sex_of`). Claims
written for the tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.match.victims import sex_of
from workbench.store.gazetteer import GazetteerFile


def _one(places: GazetteerFile, claim_id: int, subject: str) -> MatchInput:
    """One `subject` killed in Garissa on 5 June, in a report of its own."""
    return placed_claim(
        places, claim_id, "Garissa", low=1, country="Kenya", subject=subject, text=subject
    )


@pytest.mark.parametrize(
    ("subject", "sex"),
    [("a woman", "female"), ("a 71-year-old man", "male"), ("schoolgirl", "female"),
     ("a person", None), ("a soldier", None), (None, None)],
)  # fmt: skip
def test_the_sex_a_subject_says(subject: str | None, sex: str | None) -> None:
    assert sex_of(subject) == sex


def test_a_woman_and_a_man_are_two_victims(places: GazetteerFile) -> None:
    assert related(_one(places, 1, "a woman"), _one(places, 2, "a man")) == []


@pytest.mark.parametrize("other", ["a person", "a mother", "a trader"])
def test_a_woman_and_anyone_of_her_sex_or_none_said_may_be_one(
    places: GazetteerFile, other: str
) -> None:
    [(relation, _)] = related(_one(places, 1, "a woman"), _one(places, 2, other))
    assert relation is Relation.CORROBORATES
