"""A French day and month with no year, read against the publication date as English
dates are: up to a week after it stays in its year (an update line, "Mise à jour,
vendredi 4 octobre", in a page dated the 3rd: a Haiti trial's was put a year back),
later than that it is last year's; a weekday named with it picks the year it fits."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def dated(text: str, published: dt.date) -> str | None:
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": published}
    )
    [claim] = extract_claims(doc)
    return claim.date


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Mise à jour, vendredi 4 octobre : le bilan s'élève à 115 morts, selon la mairie.",
            dt.date(2024, 10, 3),
            "2024-10-04",
        ),
        ("Le 30 décembre, 12 civils ont été tués à Kolofata.", dt.date(2025, 1, 5), "2024-12-30"),
        ("Le 20 octobre, 3 civils ont été tués à Maroua.", dt.date(2024, 10, 3), "2023-10-20"),
        # 9 October fell on a Wednesday in 2024, not in 2023: the weekday names the year
        ("Mercredi 9 octobre, 4 soldats ont été tués.", dt.date(2024, 10, 1), "2024-10-09"),
        ("Le 2 octobre, 4 soldats ont été tués.", dt.date(2024, 10, 3), "2024-10-02"),
    ],
)
def test_a_day_and_month_take_the_year_publication_gives(text, published, day):
    assert dated(text, published) == day
