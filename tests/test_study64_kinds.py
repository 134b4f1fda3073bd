"""Kinds of misses read in the study halves in session 64 (acled-nigeria, -d, acled-q, rand,
and the fresh sets), each fixed in general: sentences written for these tests, with
their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from tests.test_trial_kinds43 import claims


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Four traders died, while 11 others sustained various degrees of injuries.",
        "Twelve passengers sustained varying degrees of injury in the crash.",
        "Nine pupils suffered different levels of burns in the fire.",
    ],
)
def test_a_range_of_severity_before_the_wound(text: str) -> None:
    assert ("wounded", 11 if "11" in text else (12 if "Twelve" in text else 9)) in _figures(text)


def test_a_range_of_severity_ends_a_list_of_the_dead() -> None:
    text = "Gunmen killed three farmers and two others sustained various degrees of injuries."
    assert _figures(text) == [("killed", 3), ("wounded", 2)]


def test_degrees_of_something_else_are_no_wound() -> None:
    assert _figures("Various degrees of pressure were applied on 3 officials.") == [("other", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Troops captured several pieces of heavy equipment from the attackers.",
        "The police seized 40 items of stolen property and two pieces of artillery.",
    ],
)
def test_pieces_and_items_are_things_not_captives(text: str) -> None:
    assert not [f for f in _figures(text) if f[0] in ("kidnapped", "arrested", "killed")]


def test_captured_people_beside_pieces_are_still_read() -> None:
    text = "Troops captured 12 militants and several pieces of equipment."
    assert _figures(text) == [("arrested", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "The bodyguards of the governor were killed.",
        "Relatives of the chief were killed in the raid.",
        "Supporters of the candidate were injured at the rally.",
        "The sons of the emir were abducted on Friday.",
    ],
)
def test_one_person_owning_a_plural_subject_is_not_the_victim(text: str) -> None:
    assert [f for f in _figures(text) if f[1] == 1] == []


def test_the_counted_subject_before_an_owned_plural_is_read() -> None:
    text = "Three rebel commanders and deputies to the leader were killed in an operation."
    assert _figures(text) == [("killed", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two relatives of the chief were killed.", [("killed", 2)]),
        ("The chief and his wife were killed.", [("killed", 1), ("killed", 1)]),
        ("The driver of the governor was killed.", [("killed", 1)]),
    ],
)
def test_counted_owners_and_lists_of_people_stand(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'At least two pastors have been "recently" killed in attacks on churches.',
        "Four soldiers were “reportedly” killed in the ambush.",
    ],
)
def test_a_quoted_adverb_between_auxiliary_and_participle(text: str) -> None:
    assert [f[0] for f in _figures(text)] == ["killed"]


def test_a_quoted_noun_before_the_verb_is_no_adverb() -> None:
    text = 'Two men were killed near the "family" compound.'
    assert _figures(text) == [("killed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Six recruits were killed when gunmen stopped the bus and killed all six men.",
        "Nine farmers died after bandits stormed the village and shot all of the nine.",
    ],
)
def test_all_of_a_group_told_again_is_one_toll(text: str) -> None:
    assert len([f for f in _figures(text) if f[0] == "killed"]) == 1


def test_the_same_figure_for_other_victims_is_not_restated() -> None:
    text = "Six soldiers were killed when gunmen attacked and killed six guards."
    assert _figures(text) == [("killed", 6), ("killed", 6)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided the house, killing him and another before escaping.",
        "Gunmen killed a guard and another during the raid.",
        "They killed one soldier and another on the way to the market.",
    ],
)
def test_another_alone_as_a_person_before_a_time_or_clause(text: str) -> None:
    assert sum(f[1] or 0 for f in _figures(text) if f[0] == "killed") == 2


def test_another_before_a_noun_is_not_a_person() -> None:
    text = "Gunmen killed two soldiers and another attack followed at dawn."
    assert _figures(text) == [("killed", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of student demonstrators set ablaze old furniture and tyres.",
        "Protesters set alight several vehicles near the station.",
    ],
)
def test_the_subject_of_an_active_arson_is_no_victim(text: str) -> None:
    assert [f for f in _figures(text) if f[0] == "killed"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Two suspected thieves set ablaze in the market by a mob.",
        "Seven people were set ablaze in their homes.",
    ],
)
def test_people_set_ablaze_are_still_dead(text: str) -> None:
    assert [f[0] for f in _figures(text)] == ["killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Several garment workers' rights bodies staged protest rallies.",
        "Two civil society bodies condemned the attack.",
    ],
)
def test_bodies_that_are_organisations_are_no_dead(text: str) -> None:
    assert _figures(text) == []


def test_bodies_recovered_are_the_dead() -> None:
    assert _figures("Police recovered 12 bodies from the river.") == [("killed", 12)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("6 people, including a trader, rickshaw puller, student and mason were killed.", 6),
        ("5 persons, including 1 laborer, student and 1 pupil, were killed after being shot.", 5),
    ],
)
def test_a_counted_subject_before_its_including_list(text: str, figure: int) -> None:
    assert _figures(text) == [("killed", figure)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eight people, including three soldiers, and 11 fighters were killed.",
            [("killed", 8), ("killed", 11)],
        ),
        (
            "Five people, including two aid workers, were wounded and one was killed.",
            [("wounded", 5), ("killed", 1)],
        ),
    ],
)
def test_an_including_list_holds_no_victims_or_verbs_of_its_own(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _figures(text) == expected


def test_an_including_list_with_no_comma_before_it() -> None:
    text = "At least seven people including a doctor and five labourers were killed."
    assert _figures(text) == [("killed", 7)]


def test_an_including_list_stays_in_its_sentence() -> None:
    text = "Protests were held in several towns including Asela and Fiche. Two police were wounded."
    assert _figures(text) == [("wounded", 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said five individuals are currently receiving treatment for their injuries.",
        "Five people are receiving treatment in hospital.",
    ],
)
def test_people_receiving_treatment_are_wounded(text: str) -> None:
    assert _figures(text) == [("wounded", 5)]


def test_treatment_for_no_wound_is_no_wound() -> None:
    assert _figures("Five people are receiving treatment for shock.") == [("other", 5)]


@pytest.mark.parametrize(
    "text",
    [
        "Protests Turn Deadly: Seven Killed Amid Calls for Resignation",
        "Seven Killed After Clashes in the Capital",
    ],
)
def test_a_title_cased_preposition_after_the_participle_is_no_name(text: str) -> None:
    assert _figures(text) == [("killed", 7)]


def test_a_title_cased_name_after_the_participle_is_its_object() -> None:
    assert _figures("Gunmen Killed Ali Musa In Kano") == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Police: Death toll in capital mosque bombing now 21",
        "The death toll in the bombing is now 21.",
    ],
)
def test_a_toll_now_at_its_figure(text: str) -> None:
    assert _figures(text) == [("killed", 21)]


def test_a_toll_now_with_no_figure_is_none() -> None:
    assert _figures("The toll now includes children.") == []


def test_already_in_a_year_is_a_running_count() -> None:
    found = claims("More than 160 activists have already been murdered in 2026.")  # 2026-11-11
    assert [(c.low, c.scope.value) for c in found] == [(160, "cumulative")]


def test_already_without_a_period_is_the_incident() -> None:
    found = claims_in("Five soldiers were already dead when help came.")
    assert [(c.value, c.scope.value) for c in found] == [(5, "incident")]
