"""Counts of people named by any person noun's plural (person_plurals.py): "arrested
14 suspects" counts suspects, not the police who arrested them. Sentences written for
these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.extract.person_plurals import PERSON_PLURALS, plural


def _readings(text: str) -> list[tuple[str, object, str | None]]:
    return [(c.category.value, c.value, c.subject) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("singular", "expected"),
    [
        ("suspect", "suspects"),
        ("deputy", "deputies"),
        ("businessman", "businessmen"),
        ("brother-in-law", "brothers-in-law"),
        ("thief", "thieves"),
        ("witness", "witnesses"),
        ("attorney", "attorneys"),
        ("grandchild", "grandchildren"),
    ],
)
def test_plural_of_a_person_noun(singular: str, expected: str) -> None:
    assert plural(singular) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested 14 suspects in Kano on Friday.", ("arrested", 14, "suspects")),
        ("Officers said they detained nine accomplices.", ("arrested", 9, "accomplices")),
        ("Five smugglers were arrested at the border post.", ("arrested", 5, "smugglers")),
        ("Troops freed 20 hostages and arrested 3 informants.", ("arrested", 3, "informants")),
        ("The army said it had detained 11 collaborators.", ("arrested", 11, "collaborators")),
        ("Gunmen abducted six catechists from the parish.", ("kidnapped", 6, "catechists")),
    ],
)
def test_a_count_of_a_person_nouns_plural_counts_people(
    text: str, expected: tuple[str, object, str]
) -> None:
    assert expected in _readings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 14 suspects in Kano on Friday.",
        "Soldiers detained 8 traffickers near the river.",
    ],
)
def test_the_arresting_force_is_not_the_counted_people(text: str) -> None:
    subjects = [s for _, _, s in _readings(text)]
    assert subjects and all(s not in ("Police", "Soldiers") for s in subjects)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Twelve heads of cattle were stolen from the herders.", "heads"),
        ("The storm brought down 30 poles along the road.", "poles"),
    ],
)
def test_plurals_that_name_things_are_left_out(text: str, word: str) -> None:
    assert word not in PERSON_PLURALS
    assert all(r[2] is None or word not in r[2] for r in _readings(text))


def test_a_family_noun_keeps_its_family() -> None:
    """The plurals a family hangs on stay the lexicon's: "soldiers" are military."""
    assert "soldiers" not in PERSON_PLURALS and "villagers" not in PERSON_PLURALS
