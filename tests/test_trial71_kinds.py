"""Kinds trial 71 (Yemen: Marib, Hodeidah, Taiz) found beyond tolls of none
(tests/test_zero_tolls.py), each with its negative: a toll whose long subject runs
past the reach of the words before its figure, with a day between its verb and "to".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims
from workbench.models import Category


@pytest.mark.parametrize(
    "text, figure",
    [
        (
            "The death toll from the shelling carried out by the rebel militia with rockets "
            "and mortars on the Al-Noor settlement for displaced families in the eastern "
            "governorate rose on Wednesday to 23 people, the health office said.",
            23,
        ),
        ("The toll from the raid on the market in the old town climbed overnight to 9.", 9),
        ("The death toll, which stood at nine on Friday, rose on Saturday to 14.", 14),
    ],
)
def test_a_long_toll_with_a_day_before_its_figure_is_a_death_toll(text, figure):
    killed = [c.low for c in claims(text) if c.category is Category.KILLED]
    assert killed == [figure]


def test_a_count_that_rose_on_a_day_is_no_death_toll():
    found = claims("The number of schools in the district rose on Monday to 12.")
    assert all(c.category is not Category.KILLED for c in found)


@pytest.mark.parametrize(
    "text, voices",
    [
        # a place's relative clause with a voice of its own is that voice's
        (
            "L'armée a affirmé qu'aucun civil n'a été tué dans la frappe sur le marché de "
            "Koro, où des habitants font état de 11 morts.",
            {0: "L'armée", 11: "des habitants"},
        ),
        (
            "Le gouverneur a dit que l'obus est tombé à Bria, où des témoins parlent de 6 morts.",
            {6: "des témoins"},
        ),
        # one with no voice of its own stays the sentence's voice's
        (
            "La police a indiqué que l'attaque a eu lieu à Gao, où 12 personnes ont été tuées.",
            {12: "La police"},
        ),
    ],
)
def test_a_french_place_clause_with_its_own_voice_is_that_voices(text, voices):
    assert {c.value: c.attribution for c in claims(text, "fr")} == voices


@pytest.mark.parametrize(
    "text, scope",
    [
        # millions told displaced now: a stock, no incident's flight
        (
            "About 1 million people are displaced in the eastern governorate, OCHA said.",
            "cumulative",
        ),
        ("Some 2.3 million people remain internally displaced across the country.", "cumulative"),
        # a town's thousands after a clash: the incident's
        ("About 4,000 people are displaced after the clashes in Kuri.", "incident"),
    ],
)
def test_millions_displaced_now_are_a_stock(text, scope):
    [claim] = [c for c in claims(text) if c.category is Category.DISPLACED]
    assert claim.scope.value == scope


def test_a_currencys_letters_name_no_place():
    found = claims(
        "Yemen update\n\nMARIB - Clashes displaced 2,000 people.\n\nThe response plan, "
        "which seeks US$2.5 billion, is 6 per cent funded."
    )
    assert all(c.country != "United States" for c in found)
    assert claims("Four soldiers died in the US on Monday.")[0].country == "United States"


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Officials said the number of soldiers who were martyred in the raid rose to eight.", 8),
        ("The number of martyrs from the strike rose to 14, the agency said.", 14),
    ],
)
def test_martyrs_counted_by_their_number_are_dead(text, figure):
    assert [c.low for c in claims(text) if c.category is Category.KILLED] == [figure]
    assert not [c for c in claims(text) if c.category is Category.TROOPS]
