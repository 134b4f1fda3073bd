"""The displaced are placed where they were displaced from, where their sentence names
no other place: "evacuated this week from Kostiantynivka" (trial 73b: placed in the town
the story told before), in English and French; not where they went. Texts written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.extract.flight_origin import flight_origin
from workbench.models import Category

STORY = (
    "A strike killed six people in central Horlivka on Thursday.\n\n"
    "Separately, 900 people were evacuated this week from Pokrovsk, officials said.\n"
)


def test_the_displaced_take_the_place_they_left():
    claims = claims_in(STORY, published=dt.date(2026, 11, 28))
    (displaced,) = [c for c in claims if c.category is Category.DISPLACED]
    assert displaced.location == "Pokrovsk"


def test_in_french_too():
    text = (
        "Une frappe a tué six personnes à Horlivka jeudi.\n\n"
        "Par ailleurs, 900 personnes ont été évacuées cette semaine de Pokrovsk.\n"
    )
    claims = french_claims(text, dt.date(2026, 11, 28))
    (displaced,) = [c for c in claims if c.category is Category.DISPLACED]
    assert displaced.location == "Pokrovsk"


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        ("900 people were evacuated from Pokrovsk.", "Pokrovsk"),
        ("About 300 families fled from the town of Gwoza.", "Gwoza"),
        # where they went is no origin
        ("500 personnes ont été évacuées vers la ville de Kramatorsk.", None),
        ("200 families were displaced from their homes.", None),
    ],
)
def test_flight_origin(sentence, origin):
    assert flight_origin(sentence, 0, len(sentence)) == origin


def test_a_killed_toll_keeps_its_own_reading():
    (killed,) = claims_in("Gunmen from Zamfara killed 7 people.")
    assert killed.location != "Zamfara"
