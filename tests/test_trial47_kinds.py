"""Kinds a trial on Chad and Somalia news (2024-2025) found, on sentences written for
the tests, with their negatives: an event that "claims" soldiers, soldiers who "fell in
battle" and "the demise of" people are deaths; a count an attack targets is no force;
an attack's agent is after "by", its target after "on"; a border named by a country is
beside that country; an armed group owning a place is not part of its name."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.news_helpers import news_claims
from workbench.models import Category

REPORTED = dt.date(2025, 12, 1)


def _of(text: str, category: Category) -> list[int | None]:
    return [c.value for c in news_claims(text, REPORTED) if c.category is category]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two ambushes claim 17 gendarmes in the east, the ministry said on Monday.", 17),
        ("The bombing claimed 9 worshippers at a mosque in Kukawa in May 2025.", 9),
        ("Clashes have claimed at least 30 villagers since Friday.", 30),
        ("The ambush, in May 2025, led to the demise of 11 policemen.", 11),
        ("Villagers buried the 14 militiamen who fell in combat near the river.", 14),
        ("Six gendarmes fell in the line of duty on Tuesday.", 6),
    ],
)
def test_death_told_as_a_claim_a_fall_or_a_demise(text, value):
    assert _of(text, Category.KILLED) == [value]
    assert _of(text, Category.TROOPS) == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels claimed 12 raids in June 2025.",  # a claim of responsibility
        "The violence claimed three cows and a goat.",  # animals
        "Two gendarmes fell ill and 30 fell in line on parade.",
        "Prices fell in March by 12 percent.",
    ],
)
def test_no_death_in_a_claim_or_a_fall_of_another_kind(text):
    assert _of(text, Category.KILLED) == []


@pytest.mark.parametrize(
    "text",
    [
        "An attack targeting hundreds of gendarmes hit the camp on Sunday.",
        "The insurgents attacked 40 soldiers on patrol near Bol.",
        "An ambush on 25 soldiers was repelled.",
    ],
)
def test_a_count_an_attack_targets_is_no_force(text):
    found = news_claims(text)
    assert not [c for c in found if c.category in (Category.TROOPS, Category.KILLED)]


def test_a_force_deployed_is_still_a_force():
    assert _of("The government deployed 400 soldiers to the lake in 2025.", Category.TROOPS) == [
        400
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("An attack by ISWAP on the Cameroonian army killed 9 soldiers on Monday.", "ISWAP"),
        (
            "A raid carried out by suspected bandits against a police post killed 4 officers.",
            "suspected bandits",
        ),
        ("Assaults on the army by JNIM killed 8 soldiers on Friday.", "JNIM"),
        ("An ambush on a police convoy killed 5 officers on Friday.", None),
        ("Jihadist fighters attacked the army post and killed 6 soldiers.", "Jihadist fighters"),
    ],
)
def test_the_attacker_is_after_by_the_target_after_on(text, actor):
    killed = [c for c in news_claims(text) if c.category is Category.KILLED]
    assert [c.actor for c in killed] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 7 herders near Cameroon's border on Monday.",
        "Gunmen killed 7 herders near Cameroon’s northern border on Monday.",
    ],
)
def test_a_border_named_by_its_country_is_beside_it(text):
    (claim,) = [c for c in news_claims(text) if c.category is Category.KILLED]
    assert claim.country != "Cameroon"
    assert claim.location is not None and "border" in claim.location


def test_a_place_in_its_own_country_is_still_there():
    (claim,) = [
        c
        for c in news_claims("Gunmen killed 7 herders in Cameroon's Far North region.")
        if c.category is Category.KILLED
    ]
    assert claim.country == "Cameroon"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A blast killed 5 people at ISWAP's Tumbun camp.", "Tumbun camp"),
        ("Troops killed 12 fighters in Boko Haram's Sambisa Forest.", "Sambisa Forest"),
    ],
)
def test_an_armed_group_owning_a_place_is_not_its_name(text, place):
    (claim,) = [c for c in news_claims(text) if c.category is Category.KILLED]
    assert claim.location == place


def test_a_country_owning_a_place_stays_in_its_name():
    (claim,) = [
        c for c in news_claims("Gunmen killed 3 in Yemen's Taiz.") if c.category is Category.KILLED
    ]
    assert claim.country == "Yemen"


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents killed 12 soldiers in 2025.",
        "The raid, in May 2025, led to the demise of 12 soldiers.",
    ],
)
def test_a_year_of_the_report_dates_its_news(text):
    assert _of(text, Category.KILLED) == [12]


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("The radio quoted the governor as saying that 23 soldiers died in 2025.", "the governor"),
        ("According to the radio, which quoted a nurse, 23 soldiers died.", "a nurse"),
        ("According to the agency, which cited the army, 23 soldiers died.", "the army"),
        ("According to the radio, citing a nurse, 23 soldiers died.", "a nurse"),
    ],
)
def test_an_outlet_relays_the_voice_it_quotes(text, origin):
    killed = [c for c in news_claims(text, REPORTED) if c.category is Category.KILLED]
    assert [(c.value, c.origin) for c in killed] == [(23, origin)]
    assert killed[0].attribution is not None and killed[0].attribution != origin


def test_a_relative_clause_of_a_victim_relays_no_one():
    killed = [
        c
        for c in news_claims("The man who cited the law was killed on Monday.", REPORTED)
        if c.category is Category.KILLED
    ]
    assert [(c.value, c.origin) for c in killed] == [(1, None)]
