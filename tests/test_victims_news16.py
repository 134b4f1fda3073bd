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
        # negatives: taken to safety is no abduction (the people counted, no fate, as
        # "three villagers" are); refuge for a thing; no count
        ("Three ministers were whisked away to safety by guards.", [("other", 3)]),
        ("Two judges were whisked off by their bodyguards.", [("other", 2)]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count with "more" or "others" that shares a passive said once, after any
        # phrase of the first count's
        (
            "About 40 people were killed in the first raid and some 15 more in later ones.",
            [("killed", 40), ("killed", 15)],
        ),
        (
            "Two guards were shot dead at the gate and three others during the escape.",
            [("killed", 2), ("killed", 3)],
        ),
        # negatives: a fate of its own, a count with no "more", things
        (
            "Nine people were killed in the raid and twelve more injured.",
            [("killed", 9), ("wounded", 12)],
        ),
        ("Nine people were killed in the raid and 30 houses in the fire.", [("killed", 9)]),
    ],
)
def test_gapped_more_after_any_phrase(text, expected):
    assert [f for f in _figures(text) if f[0] != "other"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The kidnappers seized 30 travellers but took eight with them.",
            [("kidnapped", 30), ("kidnapped", 8)],
        ),
        ("Armed bandits stormed the farm and took four workers with them.", [("kidnapped", 4)]),
        # negatives: no abductors, or no people
        ("The medics took two nurses with them to the camp.", []),
        ("The raiders took 60 goats with them.", []),
    ],
)
def test_taken_with_them(text, expected):
    assert [f for f in _figures(text) if f[0] not in ("other", "troops")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb right after "whose NOUN" is the possessed one's fate
        ("A farmer, whose wife was abducted, said the gunmen came at night.", [("kidnapped", 1)]),
        ("A witness, whose brother was killed, told reporters the army fled.", [("killed", 1)]),
        # negatives: a relative closed by its comma before the subject's own verb
        ("A pastor, whose church was burned, was killed on Sunday.", [("killed", 1)]),
    ],
)
def test_whose_clause_fate_is_the_possessed(text, expected):
    claims = [c for c in claims_in(text) if c.category.value != "other"]
    assert [(c.category.value, c.value) for c in claims] == expected
    subjects = [c.subject for c in claims]
    assert "farmer" not in subjects and "witness" not in subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # attackers counted by their attack are no force's size
        ("Three suicide bombers struck the market at noon.", [("other", 3)]),
        ("Two bombers detonated vests near the mosque.", [("other", 2)]),
        # negatives: a force told as such, a fighters' count, the bombers' deaths
        ("The group sent two suicide bombers to the base.", [("troops", 2)]),
        ("About 300 fighters attacked the town.", [("troops", 300)]),
        ("Two suicide bombers were killed at the gate.", [("killed", 2)]),
    ],
)
def test_bombers_are_no_troops(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague count of time is a date or a duration, as a number's is
        ("Villagers have fled since rebels arrived several years ago.", []),
        ("Gunmen have raided the area a few months ago.", []),
        ("The siege of the town lasted several weeks.", [("duration", None)]),
        # negatives: a vague count of people
        ("Several villagers were killed when rebels arrived.", [("killed", None)]),
    ],
)
def test_vague_time_is_no_count(text, expected):
    assert _figures(text) == expected


def test_whose_clause_with_a_later_phrase():
    claims = claims_in("A farmer, whose wife was abducted at dawn, said the gunmen fled.")
    assert [(c.category.value, c.value, c.subject) for c in claims] == [("kidnapped", 1, "wife")]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Bandits killed more 40 villagers in the raid.", "more_than"),
        ("More 40 villagers were killed in the raid.", "more_than"),
        # negatives: another count's "more", and the qualifier written whole
        ("Bandits killed 12, and more 40 were wounded.", "exact"),
        ("Bandits killed more than 40 villagers in the raid.", "more_than"),
    ],
)
def test_more_without_than(text, qualifier):
    assert claims_in(text)[-1].qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count told after a copula, its subject those who died or were hurt
        ("Those who were taken to hospital were about 25, a nurse said.", [("wounded", 25)]),
        ("Those killed in the raid numbered at least 14.", [("killed", 14)]),
        ("The people injured so far were 9, police said.", [("wounded", 9)]),
        # negatives: no count after the copula, another fate
        ("Those killed were mostly farmers from the valley.", []),
        ("Those arrested were 40 young men.", []),
        # the dead named with a copula (issue 13, paraphrase42): their list, which a toll
        # reads as the five again
        (
            "Gunmen killed five herders. Those killed were two boys and three men.",
            [("killed", 5), ("killed", 2), ("killed", 3)],
        ),
        # a part of the six, told as one (its text from "Among": breakdowns.py)
        (
            "A blast killed six people. Among those killed were two boys.",
            [("killed", 6), ("killed", 2)],
        ),
        ("Gunmen killed nine traders; of those killed were four brothers.", [("killed", 9)]),
    ],
)
def test_those_hurt_were_n(text, expected):
    assert [f for f in _figures(text) if f[0] != "other"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare part named before the relative clause of the whole count
        (
            "Some 40 villagers including women and children who are unaccounted for.",
            [("missing", 40)],
        ),
        (
            "About 25 travellers, including foreigners, who were abducted on the road.",
            [("kidnapped", 25)],
        ),
        # negatives: a counted or single part owns the relative clause
        (
            "Police detained 20 men including three who were wounded.",
            [("arrested", 20), ("wounded", 3)],
        ),
        ("Rebels held 40 people including a nurse who was wounded.", []),
    ],
)
def test_part_before_the_whole_relative(text, expected):
    assert [f for f in _figures(text) if f[0] != "other"] == expected
