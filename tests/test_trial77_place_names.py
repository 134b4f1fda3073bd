"""Places from names that are no place (trial 77): a place word heading an institution's
name (« Centre hospitalier régional de X » gave "Centre"), a group's name after an
apostrophe read as "at" ("Jama'at Nusrat al-Islam" gave "Nusrat al-Islam"), where
travellers were going (« des commerçants qui se rendaient au marché de X », "traders
heading to the market in X") and where the wounded were cared for (« pris en charge au
CHR de X »). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims


def _places(text: str, language: str | None = None) -> list[str | None]:
    return [c.location for c in claims(text, language)]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Au Centre hospitalier régional de Sokodé, un médecin parle de six morts.", "Sokodé"),
        ("Au Centre de santé de Kara, un médecin parle de quatre blessés.", "Kara"),
        ("À l'Hôpital régional de Bassar, on compte cinq blessés.", "Bassar"),
        ("Au CHU de Parakou, un chirurgien parle de sept morts.", "Parakou"),
    ],
)
def test_an_institutions_name_gives_its_town_not_its_head_word(text, place):
    assert set(_places(text, "fr")) == {place}


def test_the_wounded_cared_for_at_a_hospital_take_the_scene_told_before():
    text = (
        "Dans la nuit de lundi, un poste de gendarmerie situé à Koundjoaré a été attaqué. "
        "Le bilan fait état de trois gendarmes tués et de six blessés, évacués et pris en "
        "charge au Centre hospitalier régional de Dapaong."
    )
    assert set(_places(text, "fr")) == {"Koundjoaré"}


@pytest.mark.parametrize(
    "text",
    [
        "Jama'at Ansar al-Islam said its fighters killed 11 soldiers.",
        "Jama’at Nusrat al-Islam wal-Muslimin said it killed 11 soldiers.",
        "Jama'at Ahl al-Sunna said it killed 11 soldiers.",
    ],
)
def test_a_groups_name_after_an_apostrophe_is_no_place(text):
    assert [p for p in _places(text) if p and ("Islam" in p or "Sunna" in p)] == []
    text = text.replace("soldiers.", "soldiers in Djibo.")
    assert _places(text) == ["Djibo"]


@pytest.mark.parametrize(
    "text, language, scene",
    [
        (
            "A bomb hit a bus west of Bolgatanga on Friday. It was carrying traders heading "
            "to the market in Bawku. Five people died instantly.",
            None,
            "west of Bolgatanga",
        ),
        (
            "Gunmen attacked a truck near Kantchari, killing six herders who were on their "
            "way to the cattle market at Fada.",
            None,
            "near Kantchari",
        ),
        (
            "Une mine a touché un camion à l'ouest de Sokodé vendredi. Il transportait des "
            "éleveurs qui se rendaient au marché de Bafilo. Cinq personnes sont mortes.",
            "fr",
            "à l'ouest de Sokodé",
        ),
        (
            "Près de Pissila, des hommes armés ont attaqué un car en route pour Kaya, tuant "
            "six passagers.",
            "fr",
            "Près de Pissila",
        ),
    ],
)
def test_where_travellers_were_going_is_not_where_they_were_hit(text, language, scene):
    assert set(_places(text, language)) == {scene}


@pytest.mark.parametrize(
    "text, language, place",
    [
        # negatives: a town named alone stays; where it happened stays
        ("Cinq villageois tués à Kaya se rendaient au marché.", "fr", "Kaya"),
        ("Trois civils ont été tués dans le Centre-Nord.", "fr", "le Centre-Nord"),
        ("Four traders were killed at the market in Bawku.", None, "Bawku"),
        ("Gunmen killed six people at Zabugu on Monday.", None, "Zabugu"),
    ],
)
def test_a_place_of_what_happened_stays(text, language, place):
    assert set(_places(text, language)) == {place}
