"""A military unit named by its number ("two soldiers of 7 Division were killed": two,
not seven; issue 13, paraphrase robustness). Sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


def killed(text: str) -> list[int]:
    """The figures of the killed claims the public API extracts from `text`."""
    claims = extract_claims(document_from_text("x.txt", text))
    return [c.low for c in claims if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text, total",
    [
        ("Two soldiers of 9 Division were killed near Kuta.", 2),
        ("Three troops of the 118 Battalion were killed in an ambush on 4 May 2017.", 3),
        ("Soldiers of the 31 Artillery Brigade killed 5 insurgents.", 5),
    ],
)
def test_units_and_origins(text: str, total: int) -> None:
    assert sum(killed(text)) == total


@pytest.mark.parametrize(
    "text, total",
    [
        # a unit's number in lower case, or people counted after it, stay counts
        ("The 3 battalions lost 40 soldiers in 2016.", 40),
        ("Raiders killed 7 soldiers of the Division at the gate.", 7),
        # ages and years after "from" are no victims
        ("Two men aged 30 from Kuri were killed.", 2),
    ],
)
def test_unit_negatives(text: str, total: int) -> None:
    assert sum(killed(text)) == total
