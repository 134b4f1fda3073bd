"""Extraction kinds found in the study halves read in session 56, each named at its
test. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category.value, c.low, c.high) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "about" after a word of speaking, knowing or feeling names a topic, no bound
        ("There was no news about 40 villagers abducted.", [("kidnapped", 40, 40)]),
        ("They talked about 12 soldiers killed at the base.", [("killed", 12, 12)]),
        (
            "What can anyone say about nine pupils and a guard getting killed?",
            [("killed", 9, 9), ("killed", 1, 1)],
        ),
        # a verb that tells or takes a figure keeps "about" a bound
        ("Police said about 20 people were killed.", [("killed", 18, 22)]),
        ("Gunmen killed about 20 people in the raid.", [("killed", 18, 22)]),
        ("We think about 30 people died.", [("killed", 27, 33)]),
    ],
)
def test_about_as_a_topic_or_a_bound(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "claimed lives of" without its article, as "claimed the lives of"
        ("The clashes claimed lives of 57 people, the mission said.", [("killed", 57, 57)]),
        ("The ambush cost lives of 12 soldiers.", [("killed", 12, 12)]),
        ("The strike claimed lives of 8 civilians.", [("killed", 8, 8)]),
    ],
)
def test_lives_of_without_the_article(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert _figures(text) == expected


def test_lives_with_no_count_give_none() -> None:
    assert _figures("The war claimed many lives.") == []


def test_a_birth_year_dates_no_toll() -> None:
    """'two of them born in 2008 and 2011': a person's birth, not the incident's day."""
    text = (
        "A missile hit a cafe in Dovzhenko on Tuesday, killing eight people, two of them "
        "born in 2008 and 2011."
    )
    [toll, *_] = claims_in(text, published=dt.date(2023, 6, 28))
    assert (toll.low, str(toll.date)) == (8, "2023-06-27")


def test_a_year_after_in_still_dates_a_toll() -> None:
    text = "Gunmen born in the town killed 14 soldiers near Dovzhenko in 2023."
    [toll] = claims_in(text, published=dt.date(2023, 6, 28))
    assert (toll.low, str(toll.date)) == (14, "2023")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a festival is a time, not a place: "during Maulud celebrations"
        (
            "A religious leader said 50 people died during Maulud celebrations. Witnesses "
            "said around 80 were killed.",
            None,
        ),
        ("Worshippers at the Mawlud gathering in Tudun Biri said 80 died.", "Tudun Biri"),
    ],
)
def test_a_festival_is_no_place(text: str, place: str | None) -> None:
    assert {c.location for c in claims_in(text)} == {place}


def test_a_place_ending_a_titled_name_is_no_victim() -> None:
    """'Igabi Local Government Area, many villagers are feared dead': 'Government'
    reads as a title, but a name ending in 'Area' is a place, not a person killed."""
    [claim] = claims_in("In Igabi Local Government Area, many villagers are feared dead.")
    assert (claim.low, claim.location) == (None, "Igabi Local Government Area")


def test_a_titled_persons_name_is_still_a_victim() -> None:
    [claim] = claims_in("Gunmen killed Police Commissioner Ahmed Musa in Kaduna.")
    assert (claim.low, claim.subject) == (1, "Police Commissioner Ahmed Musa")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # two adjectives between a French area and its name
        (
            "Au moins 30 personnes ont été tuées dans la province méridionale syrienne de "
            "Souweïda, selon l'OSDH.",
            "la province méridionale syrienne de Souweïda",
        ),
        (
            "Quinze soldats ont péri dans la région orientale de l'Ituri.",
            "la région orientale de l'Ituri",
        ),
        ("Deux civils ont été tués dans la commune rurale de Boni.", "Boni"),
    ],
)
def test_a_french_area_with_two_adjectives(text: str, place: str) -> None:
    [claim] = french_claims(text)
    assert claim.location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a country named only as where a person comes from is no place of the story
        (
            "The death toll from the attack on the market has risen to five. The suspect, "
            "a psychiatrist from Saudi Arabia, was arrested.",
            None,
        ),
        ("Gunmen killed five people at a market. They were migrants from Syria.", None),
        ("A citizen of Kenya said gunmen killed five people at a market.", None),
        # a country named as where it happened still is
        ("Gunmen killed five people at a market in Syria, police said.", "Syria"),
        ("A drone attack from Syria killed five people.", "Syria"),
    ],
)
def test_a_persons_country_is_no_place_of_the_story(text: str, place: str | None) -> None:
    assert {c.location for c in claims_in(text)} == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town's feast named after it: the town, or the market as a site
        (
            "The death toll from the attack on the Dortmund Christmas market rose to five.",
            "Dortmund",
        ),
        ("Five people were killed at the Dortmund Christmas Market.", "Dortmund Christmas Market"),
        ("Bombers struck on Christmas Eve in Jos, killing 12.", "Jos"),
        ("Two people were killed on New Year's Eve in Kano.", "Kano"),
    ],
)
def test_a_towns_feast_names_the_town(text: str, place: str) -> None:
    assert {c.location for c in claims_in(text)} == {place}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one member named by an armed group's name after "a"/"an" (ACLED Somalia)
        ("A soldier shot and killed a suspected Al Shabaab near Jowhar.", [("killed", 1, 1)]),
        ("Troops killed an ISWAP near Bama.", [("killed", 1, 1)]),
        # a group's count with a part set off by "including": the count, not one name
        ("2 Al Shabaab, including a senior commander, were killed.", [("killed", 2, 2)]),
        # a note coding the next clause's event leaves the deaths before it
        (
            "11 militants were killed and the strike continued the following day "
            "(coded separately).",
            [("killed", 11, 11)],
        ),
    ],
)
def test_acled_somalia_kinds(text: str, expected: list[tuple[str, int, int]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers repelled a Boko Haram attack on Monday.",
        "1 man shot dead by police near the camp (coded separately).",
    ],
)
def test_acled_somalia_kinds_negatives(text: str) -> None:
    assert _figures(text) == []


def test_a_described_name_is_still_one_victim() -> None:
    assert _figures("Musa Adamu Bello, a trader from Kano, was shot dead.") == [("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one bound over two counts of nouns joined by "and"
        (
            "The bombs caused at least 73 deaths and 171 injuries, state media said.",
            [("killed", 73, None), ("wounded", 171, None)],
        ),
        (
            "At least 5 soldiers and 3 civilians were killed.",
            [("killed", 5, None), ("killed", 3, None)],
        ),
        # a verb between: each count its own
        (
            "Gunmen killed at least 10 people and wounded 20.",
            [("killed", 10, None), ("wounded", 20, 20)],
        ),
        ("More than 10 killed and 5 injured in Kano.", [("killed", 10, None), ("wounded", 5, 5)]),
    ],
)
def test_one_bound_over_two_counts(text: str, expected: list[tuple[str, int, int | None]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a French toll brought up to date by a voice: "actualisé", "mis à jour", "révisé"
        (
            "Au moins 1 311 personnes ont été tuées à Souweïda. Ce bilan, actualisé mardi par "
            "l'Observatoire syrien des droits de l'homme, met en lumière la violence.",
            "l'Observatoire syrien des droits de l'homme",
        ),
        ("Le bilan a été mis à jour hier par la police : 12 morts.", "la police"),
        ("Le bilan a été révisé à la hausse par la police : 12 morts.", "la police"),
        # a toll no one is said to have given: none
        ("Le bilan, très lourd, fait état de 40 morts.", None),
    ],
)
def test_a_french_toll_brought_up_to_date_by_a_voice(text: str, voice: str | None) -> None:
    [claim] = french_claims(text)
    assert claim.attribution == voice


@pytest.mark.parametrize(
    "text",
    [
        # "death" modifying another noun counts no deaths (a RAND note's threats)
        "He claims he has received at least four death threats from the group.",
        "Two death sentences were handed down in Kano.",
        "The court signed three death warrants.",
    ],
)
def test_death_modifying_a_noun_is_no_toll(text: str) -> None:
    assert [c for c in claims_in(text) if c.category.value == "killed"] == []


def test_deaths_counted_still_are() -> None:
    assert _figures("One death was reported in Kano. There were 3 deaths in Jos.") == [
        ("killed", 1, 1),
        ("killed", 3, 3),
    ]
