"""Kinds from the analyst trials of session 73 in Iraq and Syria (73c) and in Mexico and
Colombia (73d), on texts written for these tests: aggressors neutralised, what an army
destroys or seizes besides people, dinars, a French timestamp in figures, a datelined
story's later toll placed where its lead says it happened, sums compared only where
they pay for one thing, and a site that names its own town. With their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from workbench.extract.french.dates import find_published
from workbench.geo.places import Kind, Place
from workbench.ingest import document_from_text
from workbench.match import weak_places
from workbench.match.money import purpose, same_purpose
from workbench.match.place_names import address_located, place_names
from workbench.match.victims import victim_family
from workbench.models import Category


def _read(text: str) -> list[tuple[Category, int | float | None]]:
    return [(c.category, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The security cabinet said six aggressors were neutralised in Uruapan.",
        'Troops "neutralised" six aggressors near Uruapan, the army said.',
    ],
)
def test_aggressors_neutralised_are_killed(text):
    assert _read(text) == [(Category.KILLED, 6)]


def test_what_troops_destroy_or_seize_is_no_one():
    assert _read("Troops destroyed 9 hideouts and seized 2 suicide vests in Hamrin.") == [
        (Category.OTHER, 9),
        (Category.OTHER, 2),
    ]


def test_people_seized_are_still_kidnapped():
    assert _read("Gunmen seized 4 farmers near Hawija.") == [(Category.KIDNAPPED, 4)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Baghdad allocated 3 trillion dinars for the displaced.", 3_000_000_000_000, "dinars"),
        ("The council approved IQD 40 billion for Sinjar.", 40_000_000_000, "IQD"),
    ],
)
def test_dinars_are_money(text, value, unit):
    (claim,) = claims_in(text)
    assert (claim.category, claim.value, claim.unit) == (Category.MONEY, value, unit)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Catatumbo : l'exode\n\nPublié le 29/11/2026 à 18h12\n\nTexte.", dt.date(2026, 11, 29)),
        ("Mis à jour le 02.12.2026\n\nTexte.", dt.date(2026, 12, 2)),
        # a count in figures, no timestamp's word: no date
        ("Bilan : 12/11 blessés le 3/4/2026 selon eux.", None),
        ("Publié le 31/02/2026", None),
    ],
)
def test_a_french_timestamp_in_figures(text, day):
    assert find_published(text) == day


LEAD = (
    "BAGHDAD, Nov 27 (Reuters) - Islamic State fighters ambushed an army patrol in the "
    "village of Imam Weis in Diyala province overnight, security sources said. "
    "The attackers used rifles and grenades. The patrol was returning to base. "
    "Reinforcements arrived at dawn. The area has seen several attacks. "
    "Officials said the army was searching the orchards. "
    "Four soldiers were killed and three were wounded, a security source said."
)


def test_a_toll_far_past_the_lead_takes_the_leads_place_not_the_datelines():
    claims = [c for c in claims_in(LEAD, published=dt.date(2026, 11, 27)) if c.value == 4]
    assert claims and "Diyala" in (claims[0].location or "")  # as the lead's own toll would be


def test_a_toll_with_no_place_in_a_lead_that_names_none_takes_the_dateline():
    text = (
        "BAGHDAD, Nov 27 (Reuters) - Gunmen opened fire at a market overnight. "
        "Four people were killed, police said."
    )
    (claim,) = claims_in(text, published=dt.date(2026, 11, 27))
    assert claim.location == "BAGHDAD" or "Baghdad" in (claim.location or "")


class _Sum:
    def __init__(self, text: str, sentence: str, subject: str | None = None) -> None:
        self.text, self.sentence, self.subject = text, sentence, subject


def test_sums_are_compared_only_for_one_purpose():
    reward = _Sum("500,000 pesos", "A reward of 500,000 pesos was offered.")
    other_reward = _Sum("$20,000", "The state doubled the bounty to $20,000.")
    budget = _Sum("2.8 billion pesos", "Its security budget is 2.8 billion pesos.")
    bare = _Sum("1.1 billion pesos", "The federal government added 1.1 billion pesos.")
    assert purpose(reward) == "reward" and purpose(budget) == "budget"
    assert same_purpose(purpose(reward), purpose(other_reward))
    assert not same_purpose(purpose(reward), purpose(budget))
    assert not same_purpose(purpose(bare), purpose(bare))  # no purpose named: nothing to compare


def test_homicides_are_deaths():
    (claim,) = claims_in("Police recorded 14 homicides in Culiacán over the weekend.")
    assert (claim.category, claim.value) == (Category.KILLED, 14)


def test_a_total_since_a_clause_dated_by_its_year_is_a_running_total():
    (claim,) = claims_in(
        "More than 95,000 people have been killed since the government sent troops into "
        "the mountains in March 2011.",
        published=dt.date(2026, 12, 3),
    )
    assert claim.scope == "cumulative"
    assert claim.date == "2011-03-01/2026-12-03"


def test_since_a_day_in_a_clause_stays_one_incident():
    (claim,) = claims_in(
        "Twelve people have been killed since gunmen stormed the town on Monday.",
        published=dt.date(2026, 12, 3),
    )
    assert claim.scope == "incident"


@pytest.mark.parametrize(
    ("subject", "family"),
    [
        ("fighters of the Popular Mobilisation Forces", "military"),
        ("Hashd fighters", "military"),
        ("Peshmerga fighters", "military"),
        ("Civilian JTF members", "military"),
        ("Islamic State fighters", "armed_group"),
        ("fighters", "armed_group"),
    ],
)
def test_a_states_other_forces_are_security_forces(subject, family):
    assert victim_family(None, subject) == family


def test_a_report_line_closing_on_its_date_is_no_link():
    text = (
        "Security Cabinet of the Government of Sonora\n"
        "Daily report on security actions, Monday, November 30, 2026\n\n"
        "Guaymas\n"
        "In Guaymas, five people were killed in an attack on a restaurant.\n"
    )
    doc = document_from_text("r.txt", text)
    assert doc.title == "Security Cabinet of the Government of Sonora"


def test_two_headlines_with_no_date_are_still_a_list():
    doc = document_from_text(
        "r.txt", "Gunmen kill 9 in Guaymas\nFloods kill 12 in Hermosillo\n\nNo figure here.\n"
    )
    assert doc.title is None or "kill" not in doc.title


def _town(name: str, population: int) -> Place:
    return Place(
        geonameid=1,
        name=name,
        kind=Kind.TOWN,
        country="Ukraine",
        country_code="UA",
        region=name,
        district=None,
        region_code="08",
        district_code="",
        latitude=46.6,
        longitude=32.6,
        population=population,
    )


def test_a_quarter_of_a_city_lies_in_the_city():
    kherson = _town("Kherson", 320_000)
    phrase = "Kherson, Korabelnyi district"
    assert address_located((kherson,), place_names(phrase), phrase) == (kherson,)


def test_a_district_named_after_a_small_town_floats_as_before():
    # no city of quarters: the district may be the region's, anywhere in it
    town = _town("Kherson", 5_000)
    phrase = "Kherson, Korabelnyi district"
    assert address_located((town,), place_names(phrase), phrase) == ()


@pytest.mark.parametrize(
    ("name", "mentions", "named"),
    [
        ("Deir ez-Zor", frozenset({"eastern deir ezor"}), True),
        ("Deir ez-Zor", frozenset({"deir ez zor"}), True),
        ("Deir ez-Zor", frozenset({"raqa"}), False),
    ],
)
def test_a_division_named_spelled_without_its_spaces(name, mentions, named):
    assert weak_places._mentioned(name, mentions) is named


def test_a_place_and_date_line_is_no_title():
    text = (
        "MINISTRY OF DEFENCE - REPUBLIC OF COLOMBIA\n"
        "Communiqué No. 301\n"
        "Bogotá, D.C., December 2, 2026\n\n"
        "The Ministry rejects the attack in which six soldiers were killed.\n"
    )
    assert document_from_text("c.txt", text).title != "Bogotá, D.C., December 2, 2026"
