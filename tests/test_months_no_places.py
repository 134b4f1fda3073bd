"""A month, or its abbreviation, after "on" or "in" is a time, not a place: a Haiti
trial's "the gang assault on Jan. 28 left 50 dead" was placed in "Jan", and the event
named "... in Jan". A place the text names still stands."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import only_claim

PUBLISHED = dt.date(2025, 2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "An attack on Feb. 3 killed 12 people.",
        "The raid on Sept. 9 killed 4 soldiers.",
        "The assault on Jan. 28 left 50 dead.",
    ],
)
def test_an_abbreviated_month_is_no_place(text: str) -> None:
    assert only_claim(text, PUBLISHED).location is None


def test_the_place_named_beside_it_stands() -> None:
    claim = only_claim("The assault on Jan. 28 left 50 dead in Kenscoff.", PUBLISHED)
    assert (claim.location, claim.date) == ("Kenscoff", "2025-01-28")


def test_a_month_word_within_a_name_stays_a_place() -> None:
    claim = only_claim("A bomber killed 22 people at the Mar Elias church in Dweila.", PUBLISHED)
    assert claim.location is not None and "Mar Elias" in claim.location
