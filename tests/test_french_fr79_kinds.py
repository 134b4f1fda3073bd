"""Kinds from trial 79 (Guinea, twelve invented texts), on French sentences written for
the tests, with negatives: a wire's dateline of a short month and no year ("CONAKRY,
18 nov (AFP) -") dates its story."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.ingest.metadata import dateline_without_year

_TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("opening", "words", "day"),
    [
        ("CONAKRY, 18 nov (AFP) - Au moins cinq personnes", "18 nov", dt.date(2026, 11, 18)),
        ("LABÉ, 3 févr. (AFP) - Deux gendarmes", "3 févr.", dt.date(2026, 2, 3)),
        ("MAMOU, 1er oct (Reuters) - Quatre civils", "1er oct", dt.date(2026, 10, 1)),
        ("SIGUIRI, 4 janv. - Des orpailleurs", "4 janv.", dt.date(2026, 1, 4)),
        ("BOKÉ, 12 déc (AFP) - Trois morts", "12 déc", dt.date(2025, 12, 12)),  # last year's
        ("ÉDÉA, 5 août (AFP) — Six blessés", "5 août", dt.date(2026, 8, 5)),
        ("Kankan, 22 sept. (APS) - Un mort", "22 sept.", dt.date(2026, 9, 22)),
    ],
)
def test_a_french_dateline_of_no_year_dates_the_story(opening: str, words: str, day: dt.date):
    assert dateline_without_year(f"Titre\n\n{opening} ont été tués.\n", _TODAY) == (words, day)


@pytest.mark.parametrize(
    "text",
    [
        "CONAKRY, mardi (AFP) - Cinq personnes ont été tuées.",  # a weekday, no month
        "Le bilan, 18 morts - selon la préfecture.",  # a count, no month
        "KINDIA, 31 févr. (AFP) - Trois morts.",  # no such day
    ],
)
def test_no_french_yearless_day_without_a_month_and_a_day(text: str) -> None:
    assert dateline_without_year(text, _TODAY) is None
