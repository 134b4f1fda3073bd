"""Currencies of the countries a trial followed (session 76, Bangladesh): the taka
("Tk 5 lakh", "Tk120 crore", "BDT 45 crore", "200,000 taka"), and by the same kind
Myanmar's kyat and Ethiopia's birr; with negatives (initials, a tank's name)."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _money(text: str) -> list[tuple[int | None, str | None]]:
    claims = extract_claims(document_from_text("t.txt", text))
    return [(c.low, c.unit) for c in claims if c.category.value == "money"]


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("Police announced a reward of Tk 3 lakh for the suspects.", 300_000, "BDT"),
        ("The council set aside Tk80 crore for new embankments.", 800_000_000, "BDT"),
        ("Donors pledged BDT 12 crore for the flood victims.", 120_000_000, "BDT"),
        ("Each family received Tk. 25,000 in cash.", 25_000, "BDT"),
        ("The trader was robbed of 450,000 taka on the highway.", 450_000, "BDT"),
        ("The junta offered 20 million kyats for his capture.", 20_000_000, "MMK"),
        ("The region budgeted MMK 900 million for the camps.", 900_000_000, "MMK"),
        ("The federal government released 2 billion birr for the displaced.", 2 * 10**9, "ETB"),
    ],
)
def test_a_sum_in_these_currencies_is_money(text: str, low: int, unit: str) -> None:
    assert _money(text) == [(low, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "TK Rahman said four people died in the clash.",
        "The Tk-2 bridge was closed to traffic for a week.",
        "Witnesses said the birr notes were burned in the square.",
    ],
)
def test_initials_and_names_are_no_sum(text: str) -> None:
    assert _money(text) == []
