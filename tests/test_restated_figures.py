"""A figure restated in brackets is one figure ("cinq (5) morts", "five (5) people"),
and a French day named with a weekday that slipped stays in the month before its report
(DRC trial, session 50: "Ce bilan est passé de 5 (cinq) à onze (11) morts" gave a toll
of five beside the eleven, and "le vendredi 16 août" in a report of 21 August 2025 was
put a year back, the weekday being 2024's). Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def read(text: str, language: str, published: dt.date | None = None) -> list[tuple]:
    doc = document_from_text("note.txt", text)
    doc = doc.model_copy(update={"language": language, "published": published})
    return [(c.category.value, c.value, c.date) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the earlier four too, an earlier figure since trial 79 (`french/earlier_counts.py`)
        (
            "Le bilan est passé de 4 (quatre) à neuf (9) morts.",
            "fr",
            [("killed", 4), ("killed", 9)],
        ),
        ("Il y a eu 4 (quatre) morts et 2 (deux) blessés.", "fr", [("killed", 4), ("wounded", 2)]),
        ("Gunmen killed four (4) people in Zaria.", "en", [("killed", 4)]),
    ],
)
def test_a_figure_restated_in_brackets_is_one_figure(text, language, expected):
    assert [(c, v) for c, v, _ in read(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # 12 September 2025 was a Friday: no slip
        ("L'attaque du vendredi 12 septembre a fait 9 morts à Djugu.", "2025-09-12"),
        # 16 September 2025 was a Tuesday, 2024's a Monday: the recent day, the weekday slipped
        ("L'attaque du lundi 16 septembre a fait 9 morts à Djugu.", "2025-09-16"),
        # a day months before the report whose weekday only the year before has: that year
        ("L'attaque du vendredi 4 octobre a fait 9 morts à Djugu.", "2024-10-04"),
    ],
)
def test_a_weekday_slip_of_a_recent_day_keeps_its_year(text, date):
    assert read(text, "fr", dt.date(2025, 9, 20))[0][2] == date
