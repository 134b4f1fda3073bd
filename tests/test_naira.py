"""Sums in naira and rupees as the region's reporting writes them (trial 72: a Nigeria
desk's ransoms; trial 72b: Pakistan's compensation, "Rs1 million" read as a toll):
the sign ("₦12 million"), the code ("NGN 5 million") and the papers' capital N right
before the figure ("N50 million", "N12m", "N500,000") are money in NGN. A lone N before a
small figure is a road's or a unit's number, no sum ("the N1 highway"). "Rs" and "Rs."
are rupees, whose country the text tells ("PKR", "INR", "₹" name it). Sentences
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


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # trial 72b: "Rs1 million in compensation" was read as 1,000,000 killed
        (
            "The government announced Rs1 million for the family of each person killed.",
            1e6,
            "rupees",
        ),
        ("Each injured person will get Rs 500,000, officials said.", 500_000, "rupees"),
        ("The provincial government gave PKR 2m to each bereaved family.", 2e6, "PKR"),
        ("The state announced ₹10 lakh for each victim's family.", 1e6, "INR"),
    ],
)
def test_rupee_sums_are_money(text, value, unit):
    claims = claims_in(text)
    money = [c for c in claims if c.category is Category.MONEY]
    assert [(c.value, c.unit) for c in money] == [(value, unit)]
    assert not [c for c in claims if c.category is Category.KILLED and c.value == value]
