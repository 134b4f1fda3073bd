"""A person's noun typed with one slip names a victim still (extract/victim_typos.py).
Every sentence here was written for these tests, with negatives: real words one
letter from a person noun, and slips too far or too short to trust."""

from __future__ import annotations

import pytest

from tests.conftest import killed_in
from workbench.extract.victim_typos import near_person


@pytest.mark.parametrize(
    ("word", "noun"),
    [
        ("vigiliante", "vigilante"),
        ("civillian", "civilian"),
        ("policman", "policeman"),
        ("sodlier", "soldier"),
        ("secretery", "secretary"),
        ("vilager", "villager"),
        # negatives: words of their own, the lexicon's own words, short words, two slips
        ("worked", None),
        ("former", None),
        ("lighter", None),
        ("villager", None),
        ("tradr", None),
        ("vigiliantte", None),
    ],
)
def test_near_person(word: str, noun: str | None) -> None:
    assert near_person(word) == noun


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 3 May, a vigiliante was killed during a raid on Dogo.", 1),
        ("Gunmen shot dead a civillian near the well.", 1),
        ("The secretery of the farmers' union was shot dead at home.", 1),
        # negatives: a thing one letter from a person noun, and no death
        ("Rebels burned a trailer and a lorry near Dogo.", 0),
        ("A vigiliante was arrested in Dogo.", 0),
    ],
)
def test_a_victim_named_with_a_slip(text: str, dead: int) -> None:
    assert killed_in(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the active verb typed with a slip, as the passive was read already
        ("The army killled 12 insurgents near Dogo.", 12),
        ("Gunmen attacked Dogo, killling four farmers.", 4),
        ("Troops killd nine bandits at the river.", 9),
        # negatives: words that only begin like it
        ("The kiln in Dogo was fired for 12 hours.", 0),
        ("The killer was arrested with 3 rifles.", 0),
    ],
)
def test_the_active_verb_with_a_slip(text: str, dead: int) -> None:
    assert killed_in(text) == dead
