"""Kinds of misses read in the study halves of session 62's fresh sets (unseen-l,
pairs-news-m), each fixed in general: sentences written for these tests, with their
negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


def _voices(text: str) -> list[str | None]:
    return [c.attribution for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four women and two men were pronounced dead at the scene, police said.", [4, 2]),
        ("Six villagers were declared dead on arrival at the clinic.", [6]),
        ("Twelve people were confirmed dead by Sunday evening.", [12]),
        ("A seventh victim, a boy, passed away later in hospital.", [1]),
        ("Two more of the injured passed away overnight.", [2]),
    ],
)
def test_a_doctors_word_for_death_is_a_death(text: str, expected: list[int]) -> None:
    killed = [c.value for c in claims_in(text) if c.category is Category.KILLED]
    assert killed == expected


def test_a_pronounced_policy_or_a_passed_law_is_no_death() -> None:
    assert _figures("The court pronounced 12 defendants guilty on Monday.") != [("killed", 12)]
    assert not any(
        c.category is Category.KILLED
        for c in claims_in("Parliament passed 3 laws and declared 2 days of mourning.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Police recovered six bodies at the market and three more from a nearby river.",
        "Rescuers found six bodies in the rubble and three more later in the day.",
        "Gunmen killed six farmers at the market and three more from a nearby village.",
        "Gunmen killed six farmers in Bama and three more.",
    ],
)
def test_and_n_more_after_a_toll_is_more_of_the_same_dead(text: str) -> None:
    assert _figures(text) == [("killed", 6), ("killed", 3)]


def test_n_more_of_another_fate_or_a_thing_is_not_more_dead() -> None:
    wounded = _figures("Six soldiers were killed in the ambush and three more were wounded.")
    assert wounded == [("killed", 6), ("wounded", 3)]
    rifles = _figures("The army killed six militants at the camp and seized three more rifles.")
    assert ("killed", 3) not in rifles


@pytest.mark.parametrize(
    "text",
    [
        "The attack was carried out by 30 gunmen, and at least four people were injured.",
        "Police arrested 30 suspects, and at least four people were injured.",
        "Gunmen killed 30 soldiers and four civilians were injured.",
    ],
)
def test_an_agents_or_objects_count_is_no_subject_of_a_later_passive(text: str) -> None:
    assert [c.value for c in claims_in(text) if c.category is Category.WOUNDED] == [4]


def test_a_passives_list_of_two_subjects_still_reads_both() -> None:
    assert _figures("Police said 30 soldiers and four civilians were injured.") == [
        ("wounded", 30),
        ("wounded", 4),
    ]
    assert _figures("Two days later 30 soldiers and four civilians were killed.") == [
        ("killed", 30),
        ("killed", 4),
    ]


def test_a_toll_revised_in_a_participle_marks_the_first_as_earlier() -> None:
    claims = claims_in(
        "At least 140 people were killed, the ministry said, revising up a toll it"
        " initially put at 96."
    )
    assert [(c.value, c.earlier_figure) for c in claims] == [(140, False), (96, True)]


def test_one_toll_told_with_a_comma_aside_is_no_revision() -> None:
    claims = claims_in("At least 140 people were killed, the ministry said, adding that 96 died.")
    assert not any(c.earlier_figure for c in claims)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Eleven people were killed in the blast in Kismayo, per the police.", "police"),
        ("Eleven people were killed in the blast, as per local officials.", "local officials"),
        ("A Reuters witness saw seven bodies near the market.", "A Reuters witness"),
        ("An AFP correspondent counted 14 bodies at the morgue.", "An AFP correspondent"),
    ],
)
def test_per_and_an_eyewitness_name_the_voice(text: str, voice: str) -> None:
    assert _voices(text) == [voice]


def test_a_rate_or_soldiers_who_saw_are_no_voice() -> None:
    assert _voices("Gunmen killed 5 people per day in March.") == [None]
    seen = claims_in("Soldiers saw five gunmen near the river and killed two.")
    assert all(c.attribution is None for c in seen)


@pytest.mark.parametrize(
    "headline",
    [
        "Airstrike Unleashes Havoc in Hodeidah, Claiming 14 Lives",
        "Car Bomb Hits Market, Leaving 14 Dead",
        "Clashes in Kasai, Costing 14 Lives",
    ],
)
def test_a_title_case_headlines_participle_is_no_models_name(headline: str) -> None:
    assert _figures(headline) == [("killed", 14)]


def test_a_models_name_before_a_number_stays_no_count() -> None:
    assert _figures("A Boeing 737 crashed near the airport.") == []


def test_a_speaker_who_serves_someone_ends_the_list_of_the_hurt() -> None:
    claims = claims_in(
        "The blast killed at least 18 people and wounded 36 others, a spokesman for the"
        " hospital said."
    )
    assert [(c.category.value, c.value) for c in claims] == [("killed", 18), ("wounded", 36)]
    assert {c.attribution for c in claims} == {"a spokesman for the hospital"}


def test_a_victim_from_somewhere_in_a_list_stays_a_victim() -> None:
    listed = _figures("Gunmen killed three farmers and a herder from the village, police said.")
    assert listed == [("killed", 3), ("killed", 1)]


def test_a_belief_verb_makes_a_toll_only_with_to_be() -> None:
    assert _figures("The death toll was said to be 30.") == [("killed", 30)]
    assert _figures("The toll was likely 30.") == [("killed", 30)]
    said = _figures(
        "The doctor confirmed the death toll and said five of the injured were in critical"
        " condition."
    )
    assert ("killed", 5) not in said


@pytest.mark.parametrize(
    "text",
    [
        "A ward councillor was stabbed and beaten to death by unidentified men.",
        "A local trader was stabbed, slashed and hacked to death near the bazar.",
        "A woman was strangulated to death by her neighbours.",
        "A mob beat dead an alleged robber in the market.",
    ],
)
def test_the_last_of_several_harms_to_death_is_a_killing(text: str) -> None:
    assert _figures(text) == [("killed", 1)]


def test_two_harms_without_death_stay_wounds() -> None:
    assert _figures("A guard was stabbed and beaten by robbers.") == [("wounded", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A farmer, injured by his neighbours over a land dispute, succumbed to his injuries.",
        "A farmer, injured by his neighbours, died.",
        "A farmer injured in the clash died later at the district hospital.",
    ],
)
def test_one_hurt_in_an_aside_who_then_died_is_dead(text: str) -> None:
    assert _figures(text) == [("killed", 1)]


def test_one_hurt_in_an_aside_who_was_treated_stays_hurt() -> None:
    assert _figures("A farmer, injured by his neighbours, was taken to hospital.") == [
        ("wounded", 1)
    ]


def test_an_age_after_a_full_name_closing_the_sentence_is_no_count() -> None:
    claims = claims_in("The hartal was marked by the death of a rickshaw driver, Karim Uddin, 45.")
    assert [(c.category.value, c.value) for c in claims] == [("killed", 1)]
    assert _figures("Gunmen killed 45.") == [("killed", 45)]


def _parts(text: str) -> list[tuple[str, float | None, bool]]:
    return [(c.category.value, c.value, bool(c.part)) for c in claims_in(text)]


def test_the_hurt_counted_by_their_state_are_a_part_of_the_toll_told() -> None:
    assert _parts("31 people were injured. Several remain in critical condition.")[-1][2]
    said = _parts(
        "At least 14 people were killed and 31 injured, officials said. A doctor said six of"
        " the injured were in critical condition."
    )
    assert said[-1] == ("wounded", 6, True)


def test_more_hurt_or_the_hurt_who_died_are_no_part() -> None:
    more = _parts(
        "Twelve people were wounded. Three more were critically injured in another blast."
    )
    assert more[-1] == ("wounded", 3, False)
    died = _parts("The bombs killed 68 people and wounded 200. Five of the injured died overnight.")
    assert ("killed", 5, False) in died
    alone = _parts("Five people were critically injured in the blast.")
    assert alone == [("wounded", 5, False)]
