"""Kinds found in the study halves' notes that gave no claim at all (session 53): a
body told as "a dead soldier", a nominal's bare count with its own verb ("the bodies
of two were found"), and "one killing" as a count of one death. Sentences written
for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


def _killed(text: str) -> list[int | None]:
    return [c.low for c in claims_in(text) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text",
    [
        "Herders found the body of a dead farmer near the river on Monday.",
        "The corpse of a dead policeman was dumped outside the station.",
    ],
)
def test_a_body_of_a_dead_person_is_one_death(text: str) -> None:
    assert _killed(text) == [1]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("After the clash the bodies of three were recovered by soldiers.", 3),
        ("The deaths of four were confirmed by the hospital.", 4),
        ("Police said the remains of two had been found in a well.", 2),
    ],
)
def test_a_nominals_bare_count_before_its_own_verb(text: str, count: int) -> None:
    assert _killed(text) == [count]


def test_a_bare_count_after_a_verb_is_another_clause() -> None:
    """ "killing six and two were wounded": the two are the wounded, not the dead."""
    claims = claims_in("Bandits raided the market, killing six and two were wounded.")
    assert [(c.category, c.low) for c in claims] == [
        (Category.KILLED, 6),
        (Category.WOUNDED, 2),
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("One killing was reported in the violence that followed the vote.", 1),
        ("Two killings were reported after the rally in the capital.", 2),
    ],
)
def test_a_killing_counted_is_a_death(text: str, count: int) -> None:
    assert _killed(text) == [count]


@pytest.mark.parametrize(
    "text",
    [
        "The dead man's brother was arrested at the checkpoint.",  # no count of a death
        "Youths protested the killing of a trader by soldiers last year.",  # background
    ],
)
def test_no_new_death_is_read(text: str) -> None:
    assert _killed(text) == []
