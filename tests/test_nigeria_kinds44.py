"""Kinds found in fresh English reporting about Nigeria and other conflicts (issue 13,
en44): a spokesman before "confirmed that the people were killed", Plateau State, where
a command's spokesman confirmed the news, a chairman who "confirmed the killing and
said", a headline's word before an armed group's name, "X Community" in a headline, an
incident set as "the latest" of a series, and a total since a state of siege. Sentences
written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.news_helpers import news_claims
from workbench.geo.resolve import resolve
from workbench.models import Category, Scope
from workbench.store.gazetteer import GazetteerFile


def _killed(text: str) -> list:
    return [c for c in news_claims(text) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text",
    [
        "When contacted, the Command's spokesman, DSP Bala Musa, confirmed the attack, "
        "stressing that the people were killed while the gunmen fled.",
        "The police spokesman, ASP Ade Ojo, confirmed that the people were killed by bandits.",
    ],
)
def test_who_confirms_that_the_people_were_killed_is_no_victim(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(
    "text, dead",
    [
        ("The police spokesman confirmed that two farmers were killed in Kauru.", 2),
        ("Two farmers, the spokesman said, were killed in Kauru.", 2),
    ],
)
def test_the_victims_after_a_saying_verb_stay(text: str, dead: int) -> None:
    assert [c.value for c in _killed(text)] == [dead]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed six persons in Bokkos Local Government Area of Plateau State.",
        "Gunmen kill six in Plateau",
    ],
)
def test_plateau_state_is_read_in_nigeria(text: str) -> None:
    assert _killed(text)[0].country == "Nigeria"


def test_plateau_resolves_in_nigeria() -> None:
    found = resolve("Bokkos Local Government Area of Plateau State", "Nigeria", GazetteerFile())
    assert found is not None and found.place.name == "Bokkos"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed four persons in Kwall village on Sunday. The PPRO, DSP Ali Bako, "
        "confirmed the incident on Monday in Jos.",
        "Gunmen killed four persons in Kwall village on Sunday. Confirming the incident to "
        "newsmen in Jos, the PPRO said the gunmen killed four persons.",
        "Gunmen killed four persons in Kwall village on Sunday. The PPRO confirmed to the "
        "News Agency of Nigeria (NAN) on Monday in Jos that two others were injured.",
    ],
)
def test_where_the_spokesman_confirmed_the_news_is_no_place(text: str) -> None:
    assert all("Jos" not in (c.location or "") for c in news_claims(text))


def test_the_place_of_the_killing_confirmed_stays() -> None:
    claim = _killed("Police confirmed the killing of 23 persons in Tunga village.")[0]
    assert "Tunga" in (claim.location or "")


def test_who_confirmed_the_killing_and_said_is_the_voice() -> None:
    text = "Chairman of the council, Musa Dogo confirmed the killing and said seven died."
    assert _killed(text)[0].attribution == "Musa Dogo"


def test_a_headline_word_before_an_armed_group_is_no_place() -> None:
    claim = _killed("12 farmers killed in Fresh ISWAP attack in Borno")[0]
    assert claim.location == "Borno"


def test_a_state_community_in_a_headline_is_the_state() -> None:
    found = resolve("Benue Community", "Nigeria", GazetteerFile())
    assert found is not None and found.place.name == "Benue"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed at least 14 people on Monday, residents said, the latest atrocity in "
        "the region's 18-month conflict.",
        "Rebels killed 12 civilians on Monday, officials said, the latest in a series of "
        "raids over the past two years.",
    ],
)
def test_the_latest_of_a_series_is_an_incident(text: str) -> None:
    assert _killed(text)[0].scope is Scope.INCIDENT


def test_a_total_told_with_the_latest_figures_stays_a_total() -> None:
    text = "The insurgency has killed 40,000 people since 2009, the latest figures show."
    assert _killed(text)[0].scope is Scope.CUMULATIVE


def test_a_total_since_a_state_of_siege_is_cumulative() -> None:
    text = "Some 900 civilians have been killed in the province since the state of siege began."
    assert _killed(text)[0].scope is Scope.CUMULATIVE


@pytest.mark.parametrize(
    "text, place",
    [
        ("Militants killed 9 people in Nigeria's northeastern Borno state on Sunday.", "Borno"),
        ("Rebels killed 9 people in Congo's eastern Beni territory, an official said.", "Beni"),
        ("Militants killed 9 people in Pakistan's northwestern Kurram district.", "Kurram"),
    ],
)
def test_a_place_a_country_owns_past_a_side_word(text: str, place: str) -> None:
    assert place in (_killed(text)[0].location or "")


def test_a_country_owning_a_person_stays_no_place_of_his() -> None:
    claim = _killed("Nigeria's northern governor said 9 people were killed in Gusau.")[0]
    assert "Gusau" in (claim.location or "")


@pytest.mark.parametrize(
    "text",
    [
        "In August alone, 14 attacks were carried out in five districts, killing 9 policemen.",
        "In March 2023 alone, 40 civilians were killed in the province.",
    ],
)
def test_a_month_alone_is_a_total(text: str) -> None:
    assert _killed(text)[0].scope is Scope.CUMULATIVE


def test_a_day_alone_is_no_total() -> None:
    assert _killed("Gunmen killed 4 people on Sunday alone.")[0].scope is Scope.INCIDENT


def test_a_speaker_named_after_his_noun_says_what_follows() -> None:
    text = (
        "A resident, Garba Isa, said the gunmen in their dozens on Friday went from house "
        "to house and killed two people."
    )
    assert _killed(text)[0].attribution == "Garba Isa"


def test_a_speaker_after_the_verb_stays() -> None:
    claim = _killed('"Two people died," a resident, Garba Isa, said on Friday.')[0]
    assert claim.attribution == "Garba Isa"


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed 12 soldiers on Monday in a war that has killed 9,000 people since 2016.",
        "Rebels killed 12 soldiers on Monday, reviving an insurgency that has claimed "
        "thousands of lives in a decade.",
    ],
)
def test_an_incident_before_a_war_with_its_own_toll_stays_an_incident(text: str) -> None:
    first, *rest = _killed(text)
    assert first.scope is Scope.INCIDENT
    assert all(c.scope is Scope.CUMULATIVE for c in rest)


def test_a_total_in_a_war_that_began_in_a_year_stays_a_total() -> None:
    text = "More than 3,000 people have been killed in violence that began in 2017."
    assert _killed(text)[0].scope is Scope.CUMULATIVE
