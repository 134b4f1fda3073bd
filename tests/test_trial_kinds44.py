"""Kinds left from the analyst trials (issue 13, en44): one more person missing told
with no number, a named person and his companion, people counted one by one, a long
voice's phrase, and a country named as the side behind an actor. Sentences written
for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark
from tests.news_helpers import news_claims
from workbench.models import Category

toll = load_benchmark("incident_toll").toll


def _figures(text: str, category: Category) -> list[tuple[int | None, str]]:
    return [(c.value, c.text) for c in news_claims(text) if c.category is category]


@pytest.mark.parametrize(
    "text",
    [
        "Six herders were killed near Lake Gora on Monday. Another is missing.",
        "Six herders were killed near Lake Gora on Monday. One other remains missing.",
        "Six herders were killed on Monday and another is still missing, officials said.",
        "Six herders were killed on Monday. A herder went missing in the attack.",
    ],
)
def test_one_more_person_missing_told_with_no_number(text: str) -> None:
    assert [v for v, _ in _figures(text, Category.MISSING)] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Six herders were killed on Monday. Another boat is missing.",
        "Six herders were killed on Monday. Police fear another could go missing.",
    ],
)
def test_a_thing_or_a_fear_is_no_one_missing(text: str) -> None:
    assert _figures(text, Category.MISSING) == []


@pytest.mark.parametrize(
    "text, dead",
    [
        ("Ward councillor Ojo Adamu and his secretary were killed in Ikole on Sunday.", 2),
        ("Ojo Adamu and his wife were shot dead by gunmen on Sunday.", 2),
        ("Ojo Adamu and his two sons were killed by gunmen on Sunday.", 3),
        ("The councillor and his driver were killed by gunmen on Sunday.", 2),
    ],
)
def test_a_person_named_with_his_companion_counts_both(text: str, dead: int) -> None:
    assert toll(news_claims(text), Category.KILLED) == dead


@pytest.mark.parametrize(
    "text, category, count",
    [
        ("A man and a woman were killed in the raid on Sunday.", Category.KILLED, 2),
        ("Ward councillor Ojo Adamu and his secretary were killed.", Category.KILLED, 2),
        ("Earlier, a nurse and a driver were injured in the strike.", Category.WOUNDED, 2),
        ("Earlier Monday, a nurse and a driver were hurt in a strike.", Category.WOUNDED, 2),
        ("Gunmen abducted a pastor, his wife and their son in Kauru.", Category.KIDNAPPED, 3),
    ],
)
def test_people_counted_one_by_one_are_one_figure(
    text: str, category: Category, count: int
) -> None:
    assert [v for v, _ in _figures(text, category)] == [count]


def test_people_told_before_stay_a_list() -> None:
    text = "Gunmen shot Ali Musa in Kano. Ali Musa and his driver were killed."
    assert [v for v, _ in _figures(text, Category.KILLED)][-2:] == [1, 1]


def test_a_list_with_a_number_stays_a_list() -> None:
    text = "A soldier and two civilians were killed in the raid."
    assert [v for v, _ in _figures(text, Category.KILLED)] == [1, 2]


def test_an_armed_group_with_his_men_is_no_person_named() -> None:
    text = "Boko Haram and his fighters were killed."
    assert toll(news_claims(text), Category.KILLED) == 0


@pytest.mark.parametrize(
    "text, voice, place",
    [
        (
            "Eight guards were killed in Lashio on Monday, according to a spokesman for "
            "the rebel army's political wing in the northern part of the state.",
            "a spokesman for the rebel army's political wing",
            "Lashio",
        ),
        (
            '"Eleven people died," said a senior official of the provincial rescue '
            "service in the mountain district of Chitral.",
            "a senior official of the provincial rescue service",
            "Chitral",
        ),
    ],
)
def test_a_long_voice_is_cut_back_to_its_head(text: str, voice: str, place: str) -> None:
    claim = next(c for c in news_claims(text) if c.category is Category.KILLED)
    assert claim.attribution == voice
    assert place in (claim.location or "")


def test_a_long_voice_that_is_a_document_stays_whole() -> None:
    text = (
        "Gunmen killed four people in Mueda on Tuesday, according to a report in "
        "Thursday's issue of the weekly newssheet Cabo Ligado."
    )
    claim = next(c for c in news_claims(text) if c.category is Category.KILLED)
    assert claim.attribution != "a report"


@pytest.mark.parametrize(
    "text",
    [
        "A militia backed by Iran killed six soldiers on Thursday.",
        "Six soldiers were killed by fighters loyal to Russia on Thursday.",
        "Rebels supported by Rwanda killed six soldiers on Thursday, officials said.",
        "The rebels, who are armed by Iran, said 6 soldiers were killed.",
    ],
)
def test_the_side_behind_an_actor_is_no_place(text: str) -> None:
    claim = next(c for c in news_claims(text) if c.category is Category.KILLED)
    assert claim.location is None, claim.location


def test_a_country_after_by_that_is_the_place_stays() -> None:
    claim = next(
        c
        for c in news_claims("Six soldiers were killed in Iran on Thursday.")
        if c.category is Category.KILLED
    )
    assert claim.location == "Iran"


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Drone strikes on Sunday in the Dera and Gimbi districts of West Wollega Zone, "
            "Oromia Region, have killed 12 civilians.",
            "West Wollega Zone",
        ),
        ("Shelling in the Gimbi district of West Wollega Zone, Oromia Region, killed 4.", "Gimbi"),
    ],
)
def test_a_region_after_a_zone_is_its_address(text: str, place: str) -> None:
    claim = next(c for c in news_claims(text) if c.category is Category.KILLED)
    assert (claim.location or "").startswith(place)


def test_two_regions_in_a_row_are_no_address() -> None:
    text = "Clashes in Oromia Region, Amhara Region killed 12 people."
    claim = next(c for c in news_claims(text) if c.category is Category.KILLED)
    assert claim.location == "Amhara Region"
