"""Kinds from trial 79's English texts (session 79, helper en79), the second half: a
killing called to account for with its day is news; protesters fired on are no reason;
a doubt about tolls told elsewhere hedges them; a river crossed is no place; police act
in their own country; the people a report's researchers heard are no claim. Sentences
written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from workbench.models import Category


# A killing the report calls someone to account for, told with its own day: its news.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Authorities must open an independent investigation into the killing of at least "
            "six people, including a boy, when security forces fired live ammunition at "
            "protesters in Conakry on November 17, the rights group said today.",
            6,
        ),
        (
            "The group called for accountability for the killing of 12 villagers in Dambe on "
            "Tuesday.",
            12,
        ),
        (  # a protest in the headline is no protest of the lead's sentence
            "Rights group urges probe after Lome protest\n\n(Dakar, November 21, 2026) - "
            "Togo must open an inquiry into the killing of 9 people in Lome on November 18, "
            "the group said today.",
            9,
        ),
        (
            "Amnesty demanded a probe into the killing of four students by police in Kisumu on "
            "Nov. 18, the group said.",
            4,
        ),
    ],
)
def test_killing_called_to_account_is_news(text: str, value: int) -> None:
    claims = claims_in(text, published=dt.date(2026, 11, 21))
    assert [(c.category, c.low) for c in claims] == [(Category.KILLED, value)]


@pytest.mark.parametrize(
    "text",
    [
        "The panel investigating the killing of 12 villagers in Dambe in 2019 met on Tuesday.",
        "Protesters demanded justice for the killing of two students last year, in a march on "
        "Tuesday.",
        "Youths marched on Tuesday over the killing of three traders.",
        # the protesters' words (acled-u study): "justice for" is no call the report makes
        "Fishers staged a protest in Mannar. They also demanded justice for the deaths of "
        "two fishers following a collision with an Indian vessel on January 27.",
        "Hundreds joined a protest outside the embassy to condemn the killing of six herders "
        "on 14 December in Pec.",
    ],
)
def test_killing_called_to_account_negatives(text: str) -> None:
    claims = claims_in(text, published=dt.date(2026, 11, 21))
    assert [c for c in claims if c.category is Category.KILLED] == []


# Protesters fired on are the victims' side, no reason for their deaths.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Security forces fire on protesters in Conakry, opposition says seven dead\n\nMore.", 7),
        ("Troops fire on protesters in Bamako, activists say 12 dead\n\nMore.", 12),
        (
            "Police fired live rounds at protesters in Kano where witnesses said 5 people were "
            "killed.",
            5,
        ),
        (
            "Soldiers cracked down on opposition protesters in Lome, activists saying 9 were "
            "killed.",
            9,
        ),
    ],
)
def test_protesters_fired_on_are_no_reason(text: str, value: int) -> None:
    assert [(c.category, c.value) for c in claims_in(text)] == [(Category.KILLED, value)]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters blocked roads after two were killed.",
        "Students protested in Kano after police shot dead two classmates.",
    ],
)
def test_protest_reason_negatives(text: str) -> None:
    assert [c for c in claims_in(text) if c.category is Category.KILLED] == []


# A doubt about tolls told elsewhere than in their sentence.
def _hedged(text: str) -> list[tuple[Category, float | None, bool]]:
    return [(c.category, c.value, c.hedged) for c in claims_in(text)]


@pytest.mark.parametrize(
    "doubt",
    [
        "The agency could not independently verify either toll.",
        "Neither toll could be independently verified.",
        "We were unable to confirm the figures.",
    ],
)
def test_tolls_named_back_hedged(doubt: str) -> None:
    text = (
        "Rebels said they killed 14 soldiers in the ambush near Beni on Monday.\n\n"
        "The army said four soldiers died and 9 were wounded.\n\n"
        f"{doubt} Residents said the road was closed.\n\n"
        "Earlier this year, at least 30 people were killed in the district."
    )
    rows = _hedged(text)
    assert [hedged for _, _, hedged in rows[:3]] == [True, True, True]
    assert rows[3][2] is False  # told after the doubt


def test_tolls_named_back_leave_arrests() -> None:
    text = (
        "Opposition leaders said 7 people were killed on Tuesday. Police arrested 30 people.\n\n"
        "Reuters could not independently verify either toll."
    )
    assert [(c.category, c.hedged) for c in claims_in(text)] == [
        (Category.KILLED, True),
        (Category.ARRESTED, False),
    ]


def test_list_note_hedges_its_lines() -> None:
    text = (
        "Weekly brief\n\n"
        "Key incidents this week (figures as reported; not independently verified):\n\n"
        "- 3 Mar | Bamenda | raid | killed: 4 (army) | arrested: 12 (police)\n"
        "- 5 Mar | Buea | ambush | killed: 2 (army)\n\n"
        "Separately, 6 people were wounded in Kumba on Friday, police said."
    )
    assert [hedged for _, _, hedged in _hedged(text)] == [True, True, True, False]


def test_appositive_unconfirmed_figure_hedged() -> None:
    for text in (
        "Residents said 12 people were killed, a toll police did not confirm.",
        "Residents said 12 people were killed, a number that officials have yet to confirm.",
    ):
        assert _hedged(text) == [(Category.KILLED, 12, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Police said 9 people were killed.\n\nReporters could not verify the video.",
        "Police said 9 people were killed.\n\nThe agency could not confirm the identity of "
        "the dead.",
        "Police did not confirm the arrests, but residents said 9 people were killed.",
        "Key incidents (as reported by police):\n\n- killed: 9 (police)",  # no doubt
    ],
)
def test_doubt_negatives(text: str) -> None:
    assert not any(hedged for _, _, hedged in _hedged(text))


# A river the attackers came across is no place of what the next sentence tells.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "BAMAKO, Mali (AP) - Gunmen attacked a checkpoint in the village of Dioura on "
            "Friday, killing three soldiers, the army said.\n\nThe attackers came from across "
            "the Niger river, the army said. Two gendarmes were wounded, according to a local "
            "official.",
            "Dioura",
        ),
        (
            "CONAKRY, Guinea (AP) - Gunmen attacked a customs post in the village of Yenga on "
            "Friday, killing four soldiers.\n\nThe attackers came from across the Makona river, "
            "the army said in a statement. Two customs officers were wounded, according to a "
            "local official.",
            "Yenga",
        ),
        (
            "NIAMEY (Reuters) - Bandits raided the market town of Tera on Monday, killing 5 "
            "traders.\n\nThe raiders came from across the Sirba river, the mayor said. Four "
            "people were injured, according to a nurse.",
            "Tera",
        ),
    ],
)
def test_river_crossed_is_no_place(text: str, place: str) -> None:
    assert {c.location for c in claims_in(text)} == {place}


# Police act in their own country: a place their words tell lies in it.
@pytest.mark.parametrize(
    ("police", "country"),
    [
        ("Sierra Leone police", "Sierra Leone"),
        ("Liberian police", "Liberia"),
        ("The Ivorian police", "Ivory Coast"),
    ],
)
def test_police_country_places_their_arrests(police: str, country: str) -> None:
    text = (
        "CONAKRY, Guinea (AP) - Gunmen attacked a customs post in Yenga on Friday, killing "
        f"four soldiers.\n\n{police} said they had arrested two suspects near the town of "
        'Foyabo. "We have two men in custody," a police spokesman said.'
    )
    arrests = [c for c in claims_in(text) if c.category is Category.ARRESTED]
    assert [c.country for c in arrests] == [country, country]


@pytest.mark.parametrize(
    "text",
    [
        "CONAKRY, Guinea (AP) - Police said they had arrested two suspects near the town of "
        "Foyabo.",  # no country's police
        "CONAKRY, Guinea (AP) - The Liberian army said it had killed two rebels near the town "
        "of Foyabo.",  # an army acts abroad
    ],
)
def test_police_country_negatives(text: str) -> None:
    assert {c.country for c in claims_in(text)} == {"Guinea"}


# The people a report's researchers heard are its method, no claim.
@pytest.mark.parametrize(
    "text",
    [
        "The group interviewed 14 witnesses, relatives and medical staff in Bambeto.",
        "Researchers spoke to 20 survivors in the camp.",
        "Human Rights Watch interviewed more than 35 people, including survivors.",
    ],
)
def test_people_interviewed_no_claim(text: str) -> None:
    assert claims_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police interviewed 14 witnesses and arrested 3 suspects.",
            [(Category.ARRESTED, 3)],
        ),
        (
            "Gunmen killed 14 people in the village, witnesses told investigators.",
            [(Category.KILLED, 14)],
        ),
    ],
)
def test_people_interviewed_negatives(text: str, expected: list[tuple[Category, int]]) -> None:
    rows = [(c.category, c.value) for c in claims_in(text)]
    assert [row for row in rows if row[0] is not Category.OTHER] == expected
