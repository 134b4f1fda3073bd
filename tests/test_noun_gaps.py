"""A casualty noun's toll shares its predicate of record with gapped counts after it:
"Two fatalities were reported in Gareri and another in Kuwami" is three deaths, "Five
bodies were recovered in Maru and two in Anka" seven (trial 73: the one more was not
read). Sentences written for these tests; negatives included."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _tolls(text: str) -> list[tuple[str, int | None]]:
    claims = extract_claims(document_from_text("t.txt", text))
    return [(c.category.value, c.low) for c in claims if c.category.value != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three fatalities were reported in Dogo and another in Wuro.",
            [("killed", 3), ("killed", 1)],
        ),
        (
            "Four deaths were recorded in Bakin Ruwa and six in Tungan Daji.",
            [("killed", 4), ("killed", 6)],
        ),
        (
            "Eight bodies were recovered in Gidan Kara and three in Rafi.",
            [("killed", 8), ("killed", 3)],
        ),
        (
            "Two injuries were confirmed in Kofa and another in Zuru.",
            [("wounded", 2), ("wounded", 1)],
        ),
    ],
)
def test_a_noun_toll_shares_its_predicate(text: str, expected: list[tuple[str, int]]) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing of its own
        ("Five deaths were reported in Dogo and two vehicles in Wuro.", [("killed", 5)]),
        ("Five bodies were recovered in Dogo and two trucks were burned in Wuro.", [("killed", 5)]),
        # another of something else
        ("Two fatalities were reported in Dogo and another attack in Wuro.", [("killed", 2)]),
        # a predicate of its own after the count
        (
            "Four deaths were confirmed in Dogo and 3 in Wuro were wounded.",
            [("killed", 4), ("wounded", 3)],
        ),
    ],
)
def test_no_gap_where_the_count_is_another_s(text: str, expected: list[tuple[str, int]]) -> None:
    assert _tolls(text) == expected
