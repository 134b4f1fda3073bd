"""A page's country and a claim's place (session 76, the Bangladesh trial), by kind:

1. A country named only as where shells were fired from or refugees fled ("tirés depuis
   le Soudan", "fired from across the border in Israel", "who fled Sudan", "ont fui la
   Birmanie") made the page's country, and the claims' country, over the towns the
   report names.
2. A currency named by a country's code ("US$25 million", "40 million US dollars") made
   the page's country the United States, and a claim's place "US".
3. A clause that tells its place by description ("in a nearby village", "in villages
   near the border", "dans des villages proches de la frontière", "le camp 4 de
   Farchana") took the town an earlier clause or sentence named; an earlier event's
   clause ("three days after a clash ... killed nine people in a nearby village") took
   the sentence's day too.

Sentences written for these tests (none is a trial's), with negatives; the report is
dated Wednesday 11 November 2026."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims
from workbench.models import Claim


def _claim(text: str, value: float, language: str | None = None) -> Claim:
    found = [c for c in claims(text, language) if c.value == value]
    assert found, claims(text, language)
    return found[-1]


# 1. A country named as where something came from


@pytest.mark.parametrize(
    "text, value, language, country",
    [
        (
            "FARCHANA, 3 novembre 2026 (AFP) - Quatre réfugiés ont été tués lundi dans le "
            "camp de Farchana par des obus tirés depuis le Soudan voisin, selon le HCR. Le "
            "camp, situé dans l'est du Tchad, accueille 40 000 personnes.",
            4,
            "fr",
            "Chad",
        ),
        (
            "DACCA, 10 novembre 2026 (AFP) - Au moins six personnes ont été tuées mardi lors "
            "de heurts à Dacca, selon la police. Des obus tirés depuis la Birmanie ont aussi "
            "tué deux villageois près de la frontière.",
            6,
            "fr",
            "Bangladesh",
        ),
        (
            "More than 2,000 people who fled Sudan reached Adré, in eastern Chad, this week, "
            "and 14 of them died of cholera in the transit camp, MSF said. Others are still "
            "crossing from Sudan each day.",
            2000,
            None,
            "Chad",
        ),
        (
            "Shells fired from across the border in Israel killed three people in Khiam on "
            "Tuesday, the health ministry in southern Lebanon said. Shelling from Israel also "
            "hit Kfar Kila.",
            3,
            None,
            "Lebanon",
        ),
    ],
)
def test_a_country_things_came_from_is_not_the_pages(
    text: str, value: float, language: str | None, country: str
) -> None:
    assert _claim(text, value, language).country == country


@pytest.mark.parametrize(
    "text, value, language",
    [
        (
            "Trois réfugiés ont été tués mardi à Kutupalong, selon la police bangladaise. Ils "
            "avaient fui la Birmanie en 2017. Des obus tirés depuis la Birmanie sont tombés "
            "près du camp.",
            3,
            "fr",
        ),
        (
            "KHIAM, Nov 10 (Reuters) - Artillery shells fired from Israel killed three people "
            "in this border village on Tuesday, a civil defence official said. Residents said "
            "the shelling from Israel lasted two hours.",
            3,
            None,
        ),
    ],
)
def test_a_country_named_only_as_an_origin_places_nothing(
    text: str, value: float, language: str | None
) -> None:
    claim = _claim(text, value, language)
    assert claim.country not in ("Myanmar", "Israel")
    assert claim.location not in ("Myanmar", "Israel")


@pytest.mark.parametrize(
    "text, value, language, place, country",
    [
        # a story of Myanmar that names Bangladesh as where people fled to
        (
            "YANGON, Nov 10 (Reuters) - Myanmar army airstrikes killed 12 people in a village "
            "in Rakhine state on Monday, residents said, and about 400 fled to Bangladesh.",
            12,
            None,
            "Rakhine state",
            "Myanmar",
        ),
        (
            "Twelve people were killed in Myanmar's Rakhine state on Monday, and 300 fled "
            "across the border into Bangladesh, where refugees from Myanmar already number a "
            "million.",
            12,
            None,
            "Myanmar's Rakhine state",
            "Myanmar",
        ),
        # a town where it happened, whatever the shells' origin
        (
            "Les obus tirés depuis Israël ont tué trois personnes mardi à Khiam, au Liban, a "
            "indiqué le ministère de la Santé.",
            3,
            "fr",
            "Khiam",
            "Lebanon",
        ),
    ],
)
def test_a_story_of_the_country_it_names_stays_there(
    text: str, value: float, language: str | None, place: str, country: str
) -> None:
    claim = _claim(text, value, language)
    assert (claim.location, claim.country) == (place, country)


# 2. A currency names no place


@pytest.mark.parametrize(
    "text, value, language, place, country",
    [
        (
            "The relief budget of 40 million US dollars was cut. At least 11 people were "
            "killed in clashes in Kakuma camp in Kenya on Monday, police said.",
            40_000_000,
            None,
            "Kenya",
            "Kenya",
        ),
    ],
)
def test_a_currency_names_no_place(
    text: str, value: float, language: str | None, place: str, country: str
) -> None:
    claim = _claim(text, value, language)
    assert (claim.location, claim.country) == (place, country)


def test_a_sum_in_us_dollars_puts_nothing_in_the_united_states() -> None:
    text = (
        "The appeal for US$25 million is only 20 percent funded. At least 11 people were "
        "killed in clashes in Kakuma camp on Monday, police said."
    )
    assert all(c.country != "United States" for c in claims(text))


@pytest.mark.parametrize(
    "text, value",
    [
        (
            "A gunman killed five people at a school in Washington on Friday, and the city "
            "will pay $2 million in dollars of damages.",
            5,
        ),
        (
            "A gunman killed five people in the United States capital on Friday. The US$2 "
            "million reward stands.",
            5,
        ),
    ],
)
def test_a_story_of_the_united_states_stays_there(text: str, value: float) -> None:
    assert _claim(text, value).country == "United States"


# 3. A place told by description in the claim's own clause


@pytest.mark.parametrize(
    "text, value, language, place, day",
    [
        (
            "Gunmen killed four farmers near the market town of Gwoza on Friday, police said, "
            "three days after a clash between rival gangs killed nine people in a nearby "
            "village.",
            9,
            None,
            "Nigeria",
            "2026-11-03",
        ),
        (
            "Two soldiers died in an ambush outside Beni on Monday, a week after a gunfight "
            "between rival militias killed 12 civilians in a nearby village.",
            12,
            None,
            "Democratic Republic of the Congo",
            "2026-11-02",
        ),
        (
            "ADRÉ, Chad, Nov 10 (Reuters) - Two civilians were killed by stray shells in Adré "
            "on Monday. Heavy fighting was reported last week across the border in Geneina. "
            "About 3,000 people fled their homes in villages near the border, the UNHCR said.",
            3000,
            None,
            "Chad",
            None,
        ),
        (
            "Police said three people were shot dead in Kakuma, Kenya, on Tuesday. Two more "
            "were killed in a neighbouring settlement the same night.",
            2,
            None,
            "Kenya",
            "2026-11-10",
        ),
        (
            "Des obus ont tué deux villageois lundi à Adré, au Tchad. De violents combats ont "
            "eu lieu à Geneina. Environ 900 personnes ont fui leurs maisons dans des villages "
            "proches de la frontière, selon le HCR.",
            900,
            "fr",
            "Chad",
            "any",
        ),
    ],
)
def test_a_place_told_by_description_takes_no_town_from_before(
    text: str, value: float, language: str | None, place: str, day: str | None
) -> None:
    claim = _claim(text, value, language)
    assert claim.location == place
    if day != "any":
        assert claim.date == day


def test_a_camp_named_by_its_number_is_the_clauses_place() -> None:
    text = (
        "Des obus ont tué deux villageois lundi à Adré. Ces tirs interviennent trois jours "
        "après des affrontements dans le camp 4 de Farchana, qui ont fait six morts."
    )
    assert "Farchana" in (_claim(text, 6, "fr").location or "")
    assert _claim(text, 2, "fr").location == "Adré"


@pytest.mark.parametrize(
    "text, value, place",
    [
        # "the town", "the camp": the one named before
        (
            "Gunmen attacked Gwoza on Monday, killing 12 people. They burned houses in the "
            "town, and five more bodies were found later.",
            5,
            "Gwoza",
        ),
        (
            "Fighting broke out in Kakuma camp in Kenya on Monday. Two refugees were killed in "
            "the camp, police said.",
            2,
            "Kakuma camp, Kenya",
        ),
        # where people went is no place of what happened: the town before stays theirs
        (
            "Gunmen attacked Gwoza on Monday, killing 12 people. About 3,000 residents sought "
            "refuge in nearby villages, officials said.",
            3000,
            "Gwoza",
        ),
        (
            "Gunmen attacked Gwoza on Monday, killing 12 people. About 3,000 residents fled "
            "into a nearby camp, officials said.",
            3000,
            "Gwoza",
        ),
        # the first clause's own town stays its figures'
        (
            "Gunmen killed four farmers near the market town of Gwoza on Friday, police said, "
            "three days after a clash between rival gangs killed nine people in a nearby "
            "village.",
            4,
            "near Gwoza",
        ),
    ],
)
def test_a_place_named_before_is_still_carried(text: str, value: float, place: str) -> None:
    assert _claim(text, value).location == place


# A town named "since" a year is where a running total goes on, not history


def test_a_running_total_since_a_year_keeps_its_towns_country() -> None:
    text = (
        "More than 90 people have been killed in the camps of Turkana since 2015, according "
        "to police figures. At least 11 were killed this year."
    )
    assert _claim(text, 90).country == "Kenya"


def test_a_country_named_since_a_year_is_still_history() -> None:
    text = (
        "Boko Haram has waged an insurgency in Nigeria since 2009. On Monday its fighters "
        "killed 12 people in Kolofata, in Cameroon's Far North region."
    )
    assert _claim(text, 12).country == "Cameroon"
