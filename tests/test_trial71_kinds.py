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
