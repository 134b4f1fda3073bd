"""Kinds from trial 79's English texts (session 79, helper en79), the first half: a
partitive after a toll is no victim of the next clause's verb; voices listed with their
tolls, the verb said once; a headline's arrest; a brief's fields and their brackets'
voices. Sentences written for these tests, with their negatives (the second half:
test_extract_en79_news.py)."""

from __future__ import annotations

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
