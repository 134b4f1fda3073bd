"""Kinds from trial 79's English texts (session 79, helper en79): a partitive after a
toll is no victim of the next clause's verb; voices listed with their tolls, the verb
said once. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from workbench.models import Category, Claim


def _rows(text: str) -> list[tuple[Category, float | None, str | None]]:
    """(category, value, voice) of each claim of `text`, in order."""
    return [(c.category, c.value, c.attribution) for c in claims_in(text)]


def _by_value(text: str) -> dict[float | None, Claim]:
    return {c.value: c for c in claims_in(text)}


# A partitive after a toll names one of its dead: no victim of the next clause's verb.
@pytest.mark.parametrize(
    ("text", "wounded"),
    [
        (
            "Two people died, one of them a police officer, and 19 members of the security "
            "forces were injured by stone-throwing youths, the spokesman said.",
            19,
        ),
        (
            "Three villagers were killed, one of them a child, and 12 others were wounded "
            "in the blast, police said.",
            12,
        ),
        (
            "Five miners died, one of them a foreman, and 40 workers were hurt when the shaft "
            "collapsed.",
            40,
        ),
    ],
)
def test_partitive_after_toll_is_no_victim_of_next_verb(text: str, wounded: int) -> None:
    rows = [(c.category, c.value) for c in claims_in(text)]
    assert rows[1:] == [(Category.WOUNDED, wounded)]
    assert rows[0][0] is Category.KILLED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no partitive: the officer is one of the injured
            "Two people died, and a police officer and 19 soldiers were injured, the "
            "spokesman said.",
            [(Category.KILLED, 2), (Category.WOUNDED, 1), (Category.WOUNDED, 19)],
        ),
        (  # set off by dashes: read so before
            "Six civilians were killed - two of them children - and 14 soldiers were injured.",
            [(Category.KILLED, 6), (Category.WOUNDED, 14)],
        ),
        (
            "Four soldiers died, two of them officers, and six were injured, the army said.",
            [(Category.KILLED, 4), (Category.WOUNDED, 6)],
        ),
    ],
)
def test_partitive_negatives(text: str, expected: list[tuple[Category, int]]) -> None:
    assert [(c.category, c.value) for c in claims_in(text)] == expected


# Voices listed with their tolls, the verb of telling said once.
@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "The toll is disputed: the opposition says 7 protesters died, the government 2, "
            "including one police officer, and the Guinean League for Human Rights (LGDH) 6.",
            {7: "opposition", 2: "government", 6: "Guinean League for Human Rights (LGDH)"},
        ),
        (
            "Police said 12 people were killed in the raid, the army 9 and local residents 15.",
            {12: "Police", 9: "army", 15: "local residents"},
        ),
        (
            "Residents say at least 20 villagers were killed, the military only 8.",
            {20: "Residents", 8: "military"},
        ),
        (
            "Local officials reported 40 people wounded, the health ministry 55, and hospital "
            "staff 61.",
            {40: "Local officials", 55: "health ministry", 61: "hospital staff"},
        ),
    ],
)
def test_listed_voices_tolls(text: str, voices: dict[int, str]) -> None:
    claims = _by_value(text)
    first = claims[next(iter(voices))]
    for value, voice in voices.items():
        assert claims[value].category is first.category, value
        assert claims[value].attribution == voice, value


def test_part_of_listed_voice_is_its_part() -> None:
    claims = _by_value(
        "The opposition says 7 protesters died, the government 2, including one police "
        "officer, and rights groups 6."
    )
    officer = claims[1]
    assert (officer.category, officer.attribution) == (Category.KILLED, "government")
    assert officer.text.startswith("including")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 12 people in the raid, the army 9.",  # no verb of telling
        "He said 7 people died in the town, the village 2.",  # a village is no voice
        "The army said 4 soldiers were killed, and the rebels 30 fighters.",  # its own noun
    ],
)
def test_listed_voices_negatives(text: str) -> None:
    rows = _rows(text)
    assert len({voice for _, _, voice in rows}) == 1
    assert sum(1 for category, _, _ in rows if category is Category.KILLED) <= 1


# A headline's present tense of arrest after a force: an arrest, not the force's strength.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police arrest three after deadly attack on border post\n\nThe attack was on Friday.", 3),
        ("Army detains 12 suspects after market bombing\n\nThe bombing was on Friday.", 12),
        ("Gendarmes arrest 3 after Yenga raid\n\nThe raid was on Friday.", 3),
        ("Security forces detain two dozen opposition supporters\n\nMore to come.", 24),
    ],
)
def test_headline_arrest(text: str, value: int) -> None:
    assert [(c.category, c.value) for c in claims_in(text)] == [(Category.ARRESTED, value)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police deploy 300 officers ahead of march\n\nMore to come.", Category.TROOPS),
        ("Police seek to arrest three suspects, officials said.", Category.OTHER),
        ("Villagers arrest two thieves in market\n\nMore to come.", Category.OTHER),
    ],
)
def test_headline_arrest_negatives(text: str, category: Category) -> None:
    assert [c.category for c in claims_in(text)] == [category]


# A brief's field: its label the category, the bracket after its figure the voice.
def test_field_line_voices_and_rival_figure() -> None:
    text = (
        "- 3 Mar | Bamenda | crackdown | killed: 4 (army) to 11 (rights groups) | wounded: "
        "12 soldiers (army), scores of villagers (residents) | arrested: 25 (police)"
    )
    rows = [(c.category, c.value, c.attribution, c.actor) for c in claims_in(text)]
    assert rows == [
        (Category.KILLED, 4, "army", None),
        (Category.KILLED, 11, "rights groups", None),
        (Category.WOUNDED, 12, "army", None),
        (Category.WOUNDED, None, "residents", None),
        (Category.ARRESTED, 25, "police", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Arrested: 14 students (university police)",
            (Category.ARRESTED, 14, "university police"),
        ),
        ("Detained: 6 (interior ministry)", (Category.ARRESTED, 6, "interior ministry")),
        (
            "- killed: 5 (prefecture, revised from 4) | wounded: 19",
            (Category.KILLED, 5, "prefecture"),
        ),
    ],
)
def test_field_arrests_and_voices(text: str, expected: tuple[Category, int, str]) -> None:
    first = claims_in(text)[0]
    assert (first.category, first.value, first.attribution) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fatalities: 10 (estimate). Armed clash in Kaduna.",  # the bracket qualifies
        "Fatalities: 3 (coded as 3). Attack on a village.",
        "Police said 12 people were killed (three of them children) in the raid.",  # no field
        "Arrests: 38 mercenaries (from Equatorial Guinea, Chad and Sudan) were held.",
        "- killed: 3 (Guinea) | wounded: 5 (Liberia)",  # places, no voices
        # a name's acronym closing the field's words
        "Arrests: An alleged leader of the outlawed Bangsamoro Islamic Freedom Fighters (BIFF) "
        "was arrested in Midsayap town on September 25.",
    ],
)
def test_field_voices_negatives(text: str) -> None:
    for claim in claims_in(text):
        assert claim.attribution in (None, "Police")


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
        ("The group called for justice for the killing of 12 villagers in Dambe on Tuesday.", 12),
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
