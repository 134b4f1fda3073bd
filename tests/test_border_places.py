"""A toll told at a border is not at the dateline's city, and a country named beyond a
border or as where a strike came from is not the story's country. A trial's Chadian
soldiers, killed "near the Sudan border", were placed at N'Djamena (the dateline,
700 km away) in English and in Sudan in French. Reports written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.place_mention import is_border
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str, language: str | None = None) -> list[Claim]:
    doc = document_from_text("r.txt", text).model_copy(
        update={"language": language, "published": dt.date(2025, 3, 14)}
    )
    return extract_claims(doc)


def test_a_toll_at_a_border_is_not_at_the_datelines_city():
    [claim] = claims(
        "Drone strike\n\nN'DJAMENA, March 14 - A drone strike killed three soldiers at an army "
        "post near the Sudan border on Thursday, a security source said.\n"
    )
    assert claim.location != "N'Djamena" and claim.country == "Chad"


def test_a_toll_with_no_border_keeps_the_datelines_city():
    [claim] = claims(
        "Raid\n\nN'DJAMENA, March 14 - A drone strike killed three soldiers at an army post "
        "on Thursday, a security source said.\n"
    )
    assert claim.location == "N'Djamena"


def test_a_french_border_phrase_lies_in_the_storys_country():
    found = claims(
        "Trois gendarmes tués\n\nTrois gendarmes tchadiens ont été tués dans une attaque "
        "près de la frontière avec le Soudan. Un drone venu du Soudan a frappé leur poste à "
        "Adré, à l'est du Tchad.\n",
        "fr",
    )
    killed = [c for c in found if c.value == 3]
    assert killed and all(c.country == "Chad" for c in killed)
    assert killed[0].location == "près de la frontière avec le Soudan"


@pytest.mark.parametrize(
    "phrase",
    [
        "près de la frontière avec le Soudan",
        "à la frontière entre le Tchad et le Soudan",
        "on the border with Somalia",
        "near the Iraq-Syria border",
    ],
)
def test_border_phrases(phrase):
    assert is_border(phrase)


@pytest.mark.parametrize("phrase", ["Adré, près de Abéché", "la ville frontalière de Tiné"])
def test_places_that_are_no_border(phrase):
    assert not is_border(phrase)
