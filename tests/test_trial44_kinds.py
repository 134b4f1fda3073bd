"""Kinds a trial on Sudan and eastern Chad found, on sentences written for the tests:
a long speaker's name after a toll is no victim, and a country typeset with a curly
apostrophe is that country."""

from __future__ import annotations

import pytest

from tests.news_helpers import news_claims
from workbench.extract.places import country_in
from workbench.models import Category


@pytest.mark.parametrize(
    "text",
    [
        "A shell hit the market and injured 14, United Nations Children's Fund chief "
        "Catherine Mary Russell said on Sunday.",
        "The strike injured 14, regional health bureau head Abdi Karim Yusuf said.",
    ],
)
def test_a_long_speakers_name_after_a_toll_is_no_victim(text):
    wounded = [c for c in news_claims(text) if c.category is Category.WOUNDED]
    assert [(c.value, c.text) for c in wounded] == [(14, "injured 14")]


def test_a_named_victim_after_a_toll_still_counts():
    killed = [
        c
        for c in news_claims(
            "Gunmen killed two traders and a village chief, Musa Bello Dangana, on Monday."
        )
        if c.value == 1
    ]
    assert len(killed) == 1


@pytest.mark.parametrize("name", ["Côte d’Ivoire", "Cote d’Ivoire", "le nord de la Côte d’Ivoire"])
def test_a_country_typeset_with_a_curly_apostrophe(name):
    country = country_in(name)
    assert country is not None and country.name == "Ivory Coast"


def test_a_headline_whose_name_strips_to_nothing_is_read():
    """ "Saudi-led airstrike kills 12 at market in Yemen's Saada" raised IndexError, and
    its document was dropped as unreadable."""
    found = news_claims(
        "Saudi-led airstrike kills 12 at market in Yemen's Saada\n\n"
        "The strike hit a crowded market on Monday, officials said.\n"
    )
    assert [(c.category, c.value) for c in found] == [(Category.KILLED, 12)]


@pytest.mark.parametrize(
    "text",
    [
        # a trial's "children between the ages of 3 and 14" gave 3 and 14 wounded
        "Pupils between the ages of 6 and 11 were wounded in the blast.",
        "Four herders aged 17 to 19 were wounded.",
        "The boys, aged seven and nine, were wounded.",
    ],
)
def test_ages_of_a_range_or_a_pair_are_no_toll(text):
    wounded = [c.value for c in news_claims(text) if c.category is Category.WOUNDED]
    assert not set(wounded) & {6, 11, 17, 19, 7, 9}


def test_a_count_after_an_age_still_counts():
    found = news_claims("A man aged 30 was killed and 12 others were wounded.")
    assert [c.value for c in found if c.category is Category.WOUNDED] == [12]


def test_men_from_a_neighbouring_country_do_not_make_it_the_storys():
    text = (
        "At least 14 villagers were killed on Monday in Tondara, Manyu Division.\n\n"
        "The attackers were men from neighbouring Nigeria, hired to guard the area, "
        "residents said."
    )
    assert {c.country for c in news_claims(text) if c.category is Category.KILLED} != {"Nigeria"}
