"""French money and past frames (trials 73 and 73b, issue 18): a sum with its currency
after it or its sign before ("4,2 milliards d'euros", "50 millions de nairas", "12 000 $")
is money, as the same sentence in English is; "en 2017" is a date; and a sentence in
the pluperfect goes on telling the past the sentence before dates ("En 2017, ... Les
combats avaient fait plus de 1 100 morts": 2017, not the week of the report), in French
and in English. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.models import Category, Claim


def french(text: str) -> list[Claim]:
    return french_claims(text, dt.date(2026, 11, 28))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Bruxelles a promis 3,5 milliards d'euros à Kiev.", 3_500_000_000, "EUR"),
        ("Washington a débloqué 1,2 milliard de dollars.", 1_200_000_000, "USD"),
        ("Les ravisseurs exigent 80 millions de nairas.", 80_000_000, "NGN"),
        ("Chaque famille recevra 8 000 hryvnias.", 8_000, "UAH"),
        ("Le projet coûtera 2 milliards de FCFA.", 2_000_000_000, "XOF"),
        ("Une prime de 12 000 $ est offerte.", 12_000, "USD"),
        ("Une récompense de deux millions de pesos est promise.", 2_000_000, "pesos"),
    ],
)
def test_a_french_sum_is_money(text, value, unit):
    (claim,) = french(text)
    assert (claim.category, claim.value, claim.unit) == (Category.MONEY, value, unit)


def test_a_french_toll_beside_a_sum_stays_a_toll():
    claims = french("L'attaque a fait 14 morts ; l'État versera 5 000 euros à chaque famille.")
    assert [(c.category, c.value) for c in claims] == [
        (Category.KILLED, 14),
        (Category.MONEY, 5_000),
    ]


def test_french_euros_after_people_are_no_money():
    # "euros" names no currency of the 12 people
    (claim,) = french("Douze personnes ont été tuées près de la frontière.")
    assert claim.category is Category.KILLED and claim.unit != "EUR"


def test_a_pluperfect_toll_takes_the_year_before_in_french():
    claims = french(
        "Ces violences rappellent le siège de la ville. En 2017, des rebelles avaient tenu "
        "la ville pendant cinq mois. Les combats avaient fait plus de 900 morts."
    )
    assert [(c.category, c.date) for c in claims] == [(Category.KILLED, "2017")]


def test_a_pluperfect_toll_takes_the_year_before_in_english():
    claims = claims_in(
        "In 2016, rebels held the town for three months. The fighting had killed more than "
        "700 people.",
        published=dt.date(2026, 11, 28),
    )
    killed = [c for c in claims if c.category is Category.KILLED]
    assert [c.date for c in killed] == ["2016"]


def test_a_toll_in_the_simple_past_does_not_take_the_year_before():
    claims = claims_in(
        "In 2016, rebels held the town for three months. Gunmen killed 7 people on Monday.",
        published=dt.date(2026, 11, 25),
    )
    killed = [c for c in claims if c.category is Category.KILLED]
    assert [c.date for c in killed] == ["2026-11-23"]


def test_a_pluperfect_toll_in_another_paragraph_keeps_its_own_reading():
    claims = claims_in(
        "In 2016, rebels held the town for three months.\n\nThe gunmen had killed 7 people.",
        published=dt.date(2026, 11, 25),
    )
    killed = [c for c in claims if c.category is Category.KILLED]
    assert killed and all(c.date != "2016" for c in killed)
