"""Kinds of misses read in the study halves of session 63's fresh sets (unseen-m,
pairs-news-n), each fixed in general: sentences written for these tests, with their
negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "“Nine people died in the raid,” said a district official, on condition of anonymity.",
        "“Nine people died in the raid,” said a hospital worker on condition of anonymity.",
    ],
)
def test_a_speaker_after_the_quote_before_anonymity(text: str) -> None:
    assert [c.attribution for c in claims_in(text)] in (
        ["a district official"],
        ["a hospital worker"],
    )


def test_a_quote_with_no_speaker_after_it_has_no_voice() -> None:
    text = "“Nine people died in the raid,” the statement read, on condition of anonymity."
    assert [c.attribution for c in claims_in(text)] != ["a district official"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Activists condemned the “brutal massacre” of 23 farmers in the valley.", 23),
        ("The bishop denounced the “cold-blooded murder” of 7 worshippers.", 7),
    ],
)
def test_a_killing_noun_in_quotes_before_its_victims(text: str, expected: int) -> None:
    assert ("killed", expected) in _figures(text)


def test_a_quoted_word_before_of_is_no_killing() -> None:
    assert _figures("The report used the word “bodies” of 3 kinds of water.") == []
    assert ("killed", 2) not in _figures("The cuts were the “death” of 2 newspapers.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An army major and a corporal were killed in the ambush.", 2),
        ("Gunmen shot dead a police major near the checkpoint.", 1),
    ],
)
def test_a_major_by_rank_is_one_victim(text: str, expected: int) -> None:
    killed = [c.value for c in claims_in(text) if c.category is Category.KILLED]
    assert sum(v or 0 for v in killed) == expected


def test_a_major_attack_is_no_victim() -> None:
    assert _figures("A major attack killed three people in the town.") == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Tens of thousands of people have been killed in the war.", Category.KILLED),
        ("Hundreds of thousands of civilians have died since the siege.", Category.KILLED),
        ("Millions have been displaced by the fighting.", Category.DISPLACED),
    ],
)
def test_a_mass_told_in_words_with_a_perfect_tense_is_a_total(
    text: str, category: Category
) -> None:
    claims = [c for c in claims_in(text) if c.category is category]
    assert claims and all(c.scope == "cumulative" for c in claims)


def test_a_mass_flight_of_one_day_is_an_incident() -> None:
    text = "Tens of thousands of people fled the town on Tuesday after the attack."
    assert [c.scope for c in claims_in(text)] == ["incident"]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed four people, leaving 25 others with serious injuries.",
        "The blast left 25 people with shrapnel wounds.",
    ],
)
def test_people_left_with_injuries_are_wounded(text: str) -> None:
    assert ("wounded", 25) in _figures(text)


def test_a_place_left_with_things_is_no_wound() -> None:
    assert ("wounded", 2) not in _figures("The soldiers left the 2 bases with their weapons.")


@pytest.mark.parametrize(
    "text",
    [
        # acled-p study: "A drug suspect and police asset was killed" (read as nobody)
        "A trader and party stalwart was shot dead by gunmen in the market.",
        "A farmer and local rights advocate was killed by unknown men.",
    ],
)
def test_one_person_with_a_second_role_the_lexicon_does_not_know(text: str) -> None:
    assert _figures(text) == [("killed", 1)]


def test_a_second_person_counted_or_with_a_plural_verb_is_another() -> None:
    text = "A trader and three party stalwarts were shot dead by gunmen."
    assert sorted(v or 0 for _, v in _figures(text)) == [1, 3]


@pytest.mark.parametrize(
    "text",
    [
        "Members of the 400 Mawozo gang fled the town.",
        "Police arrested the leader of gang 5 Segonn.",
    ],
)
def test_a_number_in_a_gangs_name_is_no_count(text: str) -> None:
    assert _figures(text) == []


def test_gang_members_counted_are_a_count() -> None:
    assert _figures("Police arrested 12 gang members in the capital.") == [("arrested", 12)]


@pytest.mark.parametrize(
    "text",
    [
        # acled-p study: "A municipal councilor in Teresa town ... and his wife were killed"
        "A teacher at the village school and his wife were killed by gunmen.",
        "A trader from the market in Gombe and her husband were shot dead.",
    ],
)
def test_a_person_with_a_place_and_a_relative_are_two(text: str) -> None:
    assert sum(v or 0 for _, v in _figures(text)) == 2


def test_a_relative_counted_is_their_own_count() -> None:
    text = "A teacher at the village school and his two children were killed."
    assert sorted(v or 0 for _, v in _figures(text)) == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        # pairs-news-n study: no death read
        "Officials called the strike on the city, which claimed the lives of 11 people, brutal.",
        "The air strike that cost the lives of 11 people was condemned.",
    ],
)
def test_a_strike_that_takes_lives_in_a_relative_clause_kills(text: str) -> None:
    assert ("killed", 11) in _figures(text)


def test_a_denial_of_blame_denies_no_figure() -> None:
    # pairs-news-n study: "Turkey denies that its forces were responsible for ..."
    text = "The army denies that its troops were responsible for the fire that killed nine people."
    assert [(c.value, c.denies) for c in claims_in(text)] == [(9, False)]
    assert [c.denies for c in claims_in("The army denied that nine people were killed.")] == [True]


def test_a_country_before_an_office_is_no_place() -> None:
    # pairs-news-n study: a Kostiantynivka toll put in the United States
    text = (
        "At least 17 people were killed in the Ukrainian city of Kostiantynivka on"
        " Wednesday as U.S. Secretary of State Antony Blinken visited Kyiv."
    )
    assert [c.country for c in claims_in(text)] == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Hundreds of thousands of people fled the fighting.", "vague:hundreds-of-thousands"),
        ("Tens of thousands of people fled the fighting.", "vague:tens-of-thousands"),
        ("Hundreds of people fled the fighting.", "vague:hundreds"),
    ],
)
def test_a_scale_of_a_scale_keeps_both_words(text: str, qualifier: str) -> None:
    # trial 63: "hundreds of thousands" was shown as "hundreds"
    assert [c.qualifier for c in claims_in(text)] == [qualifier]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("A second eyewitness recounted seeing eight bodies in the street.", "A second eyewitness"),
        ("Residents recalled counting 14 bodies after the raid.", "Residents"),
    ],
)
def test_a_witness_telling_what_they_saw_is_the_voice(text: str, voice: str) -> None:
    # unseen-m study: "recounted seeing eight bodies" had no voice
    assert [c.attribution for c in claims_in(text)] == [voice]


def test_a_description_of_an_event_gives_no_voice_by_itself() -> None:
    found = claims_in("She described the attack in which 12 people died.")
    assert [c.attribution for c in found] == [None]
