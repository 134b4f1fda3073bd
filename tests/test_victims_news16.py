"""Kinds of wording seen in news prose (issue 13): a fate "as many" shares, a part of
the hurt who died later, the fight an operation followed, and words of abduction,
displacement and death that news uses (extract/victim_as_many.py,
victim_reasons.SAME_FIGHT, victim_words, lexicon). Every sentence here was written for
these tests; each kind has its negatives beside it."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _figures(text: str) -> list[tuple[str, object]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as many" after a count gives the second fate the same count
        (
            "Gunmen raided the post, leaving five guards dead and as many injured.",
            [("killed", 5), ("wounded", 5)],
        ),
        ("The shelling killed three farmers and wounded as many.", [("killed", 3), ("wounded", 3)]),
        ("Six people were injured and as many killed in Kuri.", [("wounded", 6), ("killed", 6)]),
        # negatives: "as many as" is a bound, things are no victims' fate
        (
            "Two people were killed and as many as nine wounded in Kuri.",
            [("killed", 2), ("wounded", 9)],
        ),
        ("Raiders killed four herders and as many cows.", [("killed", 4)]),
        ("Four traders were killed, and as many shops burned.", [("killed", 4)]),
    ],
)
def test_as_many(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A mine injured at least six people including a teacher who later died.",
            [("wounded", 6), ("killed", 1)],
        ),
        (
            "The blast wounded nine people, among them a policeman who subsequently died.",
            [("wounded", 9), ("killed", 1)],
        ),
        # negatives: the part did something else; a part that is no person
        ("Eight people were hurt, including a nurse who later spoke to us.", [("wounded", 8)]),
        ("A mine wounded five people including a guard that later fled.", [("wounded", 5)]),
    ],
)
def test_part_of_the_hurt_died_later(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the operation's own fight
        (
            "Troops took the hill after a six-hour battle that killed four militants and "
            "wounded two soldiers.",
            [("killed", 4), ("wounded", 2)],
        ),
        (
            "Police stormed the hideout following a gunfight which killed two robbers.",
            [("killed", 2)],
        ),
        # negatives: an earlier event's deaths, told as what this one followed
        ("Police raided the camp following a bombing that killed seven.", []),
        ("Troops raided the camp days after a clash that killed three soldiers.", []),
        ("The army shelled the town in revenge for a battle that killed two soldiers.", []),
    ],
)
def test_same_fight(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty pupils were whisked away by gunmen at dawn.", [("kidnapped", 40)]),
        ("Nine traders were whisked off into the bush by the raiders.", [("kidnapped", 9)]),
        ("About 200 families were forced to take refuge in a church.", [("displaced", 200)]),
        ("Some 90 villagers were forced to seek shelter in the school.", [("displaced", 90)]),
        ("Rebels shelled the outpost, resulting in the martyrdom of two guards.", [("killed", 2)]),
        # negatives: taken to safety is no abduction; refuge for a thing; no count
        ("Three ministers were whisked away to safety by guards.", []),
        ("Two judges were whisked off by their bodyguards.", []),
        ("The convoy was whisked away to the capital.", []),
        ("Four lorries were forced to take refuge in a depot.", []),
    ],
)
def test_news_words(text, expected):
    assert _figures(text) == expected


def test_martyrdom_of_a_count_not_of_a_saint():
    assert _figures("Pilgrims marked the martyrdom of Imam Ali in the city.") == []
    assert _figures("The feast marks the martyrdom of a revered saint.") == []
    assert _figures("Gunmen fired on the post, causing the martyrdom of one sentry.") == [
        ("killed", 1)
    ]
