"""Sums in naira as Nigerian reporting writes them (trial 72: a Nigeria desk's ransoms):
the sign ("₦12 million"), the code ("NGN 5 million") and the papers' capital N right
before the figure ("N50 million", "N12m", "N500,000") are money in NGN. A lone N before a
small figure is a road's or a unit's number, no sum ("the N1 highway"). Sentences
written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The kidnappers demanded N50 million for the release of the captives.", 50_000_000),
        ("Relatives said they paid N12m to the bandits.", 12_000_000),
        ("The state paid N500,000 to each bereaved family.", 500_000),
        ("Families paid ₦12 million, police said.", 12_000_000),
        ("The governor approved NGN 5 million for the victims.", 5_000_000),
        ("The bandits collected N2.5 billion in ransoms this year.", 2_500_000_000),
    ],
)
def test_naira_sums_are_money(text, value):
    money = [c for c in claims_in(text) if c.category is Category.MONEY]
    assert [(c.value, c.unit) for c in money] == [(value, "NGN")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 5 travellers on the N1 highway near Kano.",
        "The convoy was ambushed on the N2 road, police said.",
        "NATO said 12 soldiers were killed.",
    ],
)
def test_a_lone_n_before_a_small_figure_is_no_sum(text):
    claims = claims_in(text)
    assert not [c for c in claims if c.category is Category.MONEY]
    assert not [c for c in claims if c.value == 1 or c.value == 2]
