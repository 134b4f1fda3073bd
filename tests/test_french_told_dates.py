"""French dates told from another of the story's dates ("la veille", "le
lendemain", "le même jour", "cette nuit-là", "deux jours plus tard") date a claim
from the last day named before them, as English ones do; words counting from a
thing they name ("la veille de l'élection") date nothing. Sentences written for
the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text

_OPENING = "Des hommes armés ont attaqué Bol mardi, tuant quatre soldats.\n"  # 10 mars 2026


def _dated_fr(sentence: str) -> list[tuple[float | None, str | None, str | None]]:
    doc = document_from_text("fr.txt", _OPENING + sentence + "\n").model_copy(
        update={"published": dt.date(2026, 3, 12), "language": "fr"}
    )
    return [(c.value, c.date, c.date_text) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("La veille, au moins 6 civils ont été tués près de Ngouboua.", "2026-03-09"),
        ("Le lendemain, 3 blessés sont morts à l'hôpital.", "2026-03-11"),
        ("Le même jour, 5 soldats ont été tués à Baga Sola.", "2026-03-10"),
        ("Cette nuit-là, 2 pêcheurs ont été enlevés à Kaiga.", "2026-03-10"),
        ("Deux jours plus tard, 7 villageois ont été tués.", "2026-03-12"),
    ],
)
def test_a_french_told_date_counts_from_the_last_day_named(sentence, day):
    """A trial: "la veille" and "le lendemain" stayed undated (English's were read)."""
    assert _dated_fr(sentence)[1][1] == day


@pytest.mark.parametrize(
    "sentence",
    [
        "La veille de l'élection, 7 civils ont été tués.",
        "Trois jours après l'attaque, 2 soldats ont été tués.",
        "Le lendemain du scrutin, 4 militants ont été tués.",
    ],
)
def test_french_words_counting_from_a_thing_named_date_nothing(sentence):
    assert _dated_fr(sentence)[1][1:] == (None, None)
