"""Counts of other things than casualties compare by what they count (session 45, the
DR Congo trial: "some 30 houses had been set on fire" and "more than 70 people" were
linked as one count in dispute). Claims written for these tests."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import Relation
from workbench.store.gazetteer import GazetteerFile


def _other(places: GazetteerFile, claim_id: int, low: int, subject: str):
    return placed_claim(
        places,
        claim_id,
        "Bankass",
        low,
        category="other",
        subject=subject,
        text=f"{low} {subject}",
        sentence=f"{low} {subject} in Bankass.",
    )


def test_houses_and_people_are_no_one_count(places: GazetteerFile) -> None:
    assert related(_other(places, 1, 30, "houses"), _other(places, 2, 70, "people")) == []


def test_houses_and_houses_are(places: GazetteerFile) -> None:
    [(relation, _)] = related(_other(places, 1, 30, "houses"), _other(places, 2, 45, "houses"))
    assert relation is Relation.CONTRADICTS
