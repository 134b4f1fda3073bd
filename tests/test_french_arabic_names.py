"""Arabic place names in French with their article inside ("Deir ez-Zor", "Ras al-Aïn":
trial 73c read "Deir"), and "et" still joining two names, not one. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.french_helpers import french_claims


def places(text: str) -> list[str | None]:
    return [c.location for c in french_claims(text, dt.date(2026, 11, 28))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Quatre civils ont été tués à Deir ez-Zor, selon l'OSDH.", "Deir ez-Zor"),
        ("Deux soldats ont été tués à Ras al-Aïn jeudi.", "Ras al-Aïn"),
        ("Six civils ont été tués à Tell Abyad.", "Tell Abyad"),
    ],
)
def test_an_arabic_article_inside_a_french_name(text, place):
    assert places(text) == [place]


def test_et_still_joins_two_places():
    assert places("Trois civils ont été tués à Gao et Kidal mardi.") != ["Gao et Kidal"]
