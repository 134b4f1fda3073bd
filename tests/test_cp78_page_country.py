"""A page's and a claim's country from one mention (trial 78: a Dakar paper's piece put
in Guinea-Bissau by "la médiation de la Guinée-Bissau"; a Gambian paper's burnt houses
put in Senegal by "the border with Senegal's Casamance"; a Casamance war's toll put in
The Gambia by "many into neighbouring Gambia"; OCHA's Gambian figures put in the page's
other country). Sentences written for the tests, other neighbours, with negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.extract.home_country import dominant_countries


def home(text: str) -> str | None:
    """The page's country, as its name."""
    country = dominant_countries([text])[0]
    return country.name if country else None


def countries(text: str) -> list[tuple[str, str | None]]:
    """Each claim's (text, country)."""
    return [(c.text, c.country) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mediator names no place of the story
        (
            "Gunmen killed six villagers near Beni on Monday. The talks, held under the "
            "mediation of Angola, have stalled; a truce brokered by Angola collapsed.",
            "Democratic Republic of the Congo",
        ),
        (
            "Des hommes armés ont tué quatre civils dans le Nord-Kivu. Le dialogue, sous "
            "l'égide du Kenya, reprendra en janvier, avec la facilitation du Kenya.",
            "Democratic Republic of the Congo",
        ),
        ("Talks mediated by Egypt resumed as shelling killed 12 in Khartoum.", "Sudan"),
        # where refugees live counts only for want of another country
        (
            "An attack killed five people in Abéché, Chad. More than 600,000 refugees "
            "registered in Sudan have fled; 200 asylum seekers in Sudan went back.",
            "Chad",
        ),
        (
            "Des affrontements ont fait trois morts à Kidira, au Sénégal. Plus de 2 000 "
            "réfugiés vivent toujours en Mauritanie, et 300 réfugiés en Mauritanie sont rentrés.",
            "Senegal",
        ),
        # the country beyond a border is a neighbour
        (
            "Five shepherds were killed along the border with Somalia's Gedo region, "
            "Kenyan police said. Mandera county officials confirmed the toll.",
            "Kenya",
        ),
        # where people went, next door
        (
            "The fighting in Goma has killed 900 people and driven thousands from their "
            "homes, many into neighbouring Rwanda and Burundi.",
            "Democratic Republic of the Congo",
        ),
    ],
)
def test_a_mediator_a_host_a_neighbour_is_not_the_page_s_country(
    text: str, expected: str | None
) -> None:
    assert home(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negatives: a country where it happened keeps counting
        ("Shelling killed 14 people in Lebanon on Sunday, the health ministry said.", "Lebanon"),
        ("Clashes in Togo killed three people near Dapaong.", "Togo"),
        ("Refugees fleeing Sudan were attacked in eastern Chad; 11 died.", "Chad"),
        ("Gunmen killed 20 people in Benin, close to the border town of Malanville.", "Benin"),
    ],
)
def test_a_country_where_it_happened_still_counts(text: str, expected: str) -> None:
    assert home(text) == expected


def test_a_neighbour_s_mediation_does_not_place_a_page_s_claims() -> None:
    text = (
        "Four soldiers were killed in an ambush on Monday, the army said.\n\n"
        "Fighting in North Kivu has flared since the talks, held under the mediation of "
        "Rwanda, stalled; the good offices of Rwanda are still sought."
    )
    assert countries(text) == [("Four soldiers were killed", "Democratic Republic of the Congo")]


def test_the_border_with_a_neighbour_leaves_the_claim_on_this_side() -> None:
    text = (
        "Shelling killed three farmers in Hermel, Lebanon, on Sunday.\n\n"
        "Smuggling has fuelled tension along the border with Syria's Homs province for "
        "years. Nine houses were destroyed in the shelling, according to residents."
    )
    found = dict(countries(text))
    assert found["Nine houses"] == "Lebanon"


def test_a_war_s_toll_is_not_placed_where_its_displaced_went() -> None:
    text = (
        "KISUMU - Police said two people were killed in Mandera on Tuesday.\n\n"
        "The insurgency has killed an estimated 4,000 people in the north and forced "
        "thousands from their homes, many into neighbouring Somalia and Ethiopia."
    )
    found = dict(countries(text))
    assert found["killed an estimated 4,000 people"] == "Kenya"


def test_a_place_carried_from_a_sentence_naming_its_country_keeps_that_country() -> None:
    text = (
        "Five people were killed near Goma, Democratic Republic of the Congo, on Monday. "
        "Goma's mayor said 30 houses burned.\n\n"
        "In Rwanda, officials said 12 houses were burned in Gisenyi on Sunday. "
        "Police reported 2 deaths and 5 people injured."
    )
    found = dict(countries(text))
    assert found["2 deaths"] == "Rwanda"
    assert found["Five people were killed"] == "Democratic Republic of the Congo"
