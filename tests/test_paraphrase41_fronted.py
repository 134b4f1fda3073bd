"""The fate fronted before its victims, opening the sentence (issue 13, paraphrase
robustness): "Killed in the attack were four vigilantes and a farmer" is five killed,
as "Four vigilantes and a farmer were killed in the attack" is. Sentences written for
these tests."""

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
        ("Killed in the raid were three herders and a boy.", 4),
        ("Raiders struck Kuta at dawn. Killed were two guards and a cook.", 3),
        ("Killed in the ambush were 6 soldiers.", 6),
        ("Killed was a village head, aged 61.", 1),
    ],
)
def test_fronted_fate(text: str, total: int) -> None:
    assert sum(killed(text)) == total


@pytest.mark.parametrize(
    "text",
    [
        "Killed in the raid were 40 cattle and 12 goats.",
        "Killed in 2019 were 3 cows.",
        "The men who killed were arrested in 2020.",
        "Gunmen killed were never found.",
    ],
)
def test_fronted_fate_negatives(text: str) -> None:
    assert killed(text) == []
