"""French figures and what they count (issue 18), on sentences written for the tests."""

from __future__ import annotations

import pytest

from workbench.extract.french.numbers import find_quantities
from workbench.extract.french.victims import read_sentence
from workbench.extract.lexicon import NounClass
from workbench.models import Category


def figures(text: str) -> list[tuple[str, object, object, object, str]]:
    """(words, value, low, high, qualifier) of each figure in `text`."""
    return [
        (text[q.start : q.end], q.value, q.low, q.high, q.qualifier)
        for q in find_quantities(text, 0, len(text))
    ]


def readings(text: str) -> list[tuple[str, object, str | None]]:
    """(category, value or low, subject) of each claim in the sentence `text`."""
    return [
        (r.category.value, r.quantity.value or r.quantity.low, r.subject)
        for r in read_sentence(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vingt-quatre soldats", ("vingt-quatre", 24, 24, 24, "exact")),
        ("quatre-vingt-onze morts", ("quatre-vingt-onze", 91, 91, 91, "exact")),
        ("deux cent mille déplacés", ("deux cent mille", 200_000, 200_000, 200_000, "exact")),
        ("vingt et un blessés", ("vingt et un", 21, 21, 21, "exact")),
        ("1 500 réfugiés", ("1 500", 1500, 1500, 1500, "exact")),
        ("1.500 réfugiés", ("1.500", 1500, 1500, 1500, "exact")),
        ("2,5 millions de déplacés", ("2,5 millions", 2_500_000, 2_500_000, 2_500_000, "exact")),
        ("un million de personnes", ("un million", 1_000_000, 1_000_000, 1_000_000, "exact")),
        ("une dizaine de blessés", ("une dizaine", 10, 8, 12, "about")),
        ("une trentaine d'assaillants", ("une trentaine", 30, 24, 36, "about")),
        ("une centaine de morts", ("une centaine", 100, 80, 120, "about")),
        ("des dizaines de morts", ("des dizaines", None, 20, 99, "vague:des-dizaines")),
        (
            "plusieurs centaines de personnes",
            ("plusieurs centaines", None, 300, 900, "vague:plusieurs-centaines"),
        ),
        ("près de 300 civils", ("près de 300", 300, None, 300, "nearly")),
        ("au moins 24 morts", ("au moins 24", 24, 24, None, "at_least")),
        ("plus de 50 civils", ("plus de 50", 50, 50, None, "more_than")),
        ("environ 300 soldats", ("environ 300", 300, 270, 330, "about")),
        ("jusqu'à 200 morts", ("jusqu'à 200", 200, None, 200, "up_to")),
        ("entre 20 et 30 morts", ("entre 20 et 30", None, 20, 30, "range")),
        ("de 20 à 30 morts", ("de 20 à 30", None, 20, 30, "range")),
        ("20-30 morts", ("20-30", None, 20, 30, "range")),
        ("2000 soldats", ("2000", 2000, 2000, 2000, "exact")),
    ],
)
def test_french_figures(text, expected):
    assert figures(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "le 3 juin 2021",  # a date and a year
        "en 2021, la situation",  # a year
        "la 5e région militaire",  # an ordinal
        "le 1er bataillon",
        "un fusil de calibre 12,7 mm",  # a calibre
        "un homme âgé de 25 ans",  # an age
        "à 14h30",  # a time
        "l'AK-47 saisi",  # a model
        "le décret n° 2021-123",  # a numbered text
        "un soldat",  # the article
    ],
)
def test_french_numbers_that_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vingt-quatre soldats tchadiens ont été tués dans l'embuscade.",
            [("killed", 24, "soldats tchadiens")],
        ),
        (
            "L'attaque a fait 12 morts et 30 blessés.",
            [("killed", 12, "morts"), ("wounded", 30, "blessés")],
        ),
        ("Les assaillants ont tué trois civils.", [("killed", 3, "civils")]),
        ("Une centaine de personnes ont perdu la vie.", [("killed", 100, "personnes")]),
        ("Au moins 24 personnes auraient été tuées.", [("killed", 24, "personnes")]),
        ("Cinq humanitaires ont été enlevés mardi.", [("kidnapped", 5, "humanitaires")]),
        ("Trente suspects ont été interpellés.", [("arrested", 30, "suspects")]),
        ("Plus de 3 000 personnes ont fui les violences.", [("displaced", 3000, "personnes")]),
        ("Deux civils de la commune ont été blessés.", [("wounded", 2, "civils de la commune")]),
        ("La France a déployé 5 100 soldats au Sahel.", [("troops", 5100, "soldats")]),
        # wounded on the forces' side, not a count of troops
        ("On compte 17 blessés du côté des Forces armées.", [("wounded", 17, "blessés")]),
    ],
)
def test_what_a_french_figure_counts(text, expected):
    assert readings(text) == expected


def test_neutralised_is_killed_only_of_an_armed_group():
    claims = read_sentence(*_whole("Une dizaine de terroristes ont été neutralisés."))
    assert [(c.category, c.noun) for c in claims] == [(Category.KILLED, NounClass.ARMED_GROUP)]
    assert readings("L'armée a neutralisé deux engins explosifs.") == []
    assert readings("Deux civils ont été neutralisés.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Les 3 pays de l'AES ont signé un accord.",
        "La 5e région compte 12 communes.",
        "Le décret n° 2021-123 fixe les règles.",
        "Le soldat, âgé de 25 ans, a été tué.",
        "En 2021, l'armée a acheté 40 véhicules.",
    ],
)
def test_figures_that_count_no_casualty(text):
    assert readings(text) == []


def _whole(text: str) -> tuple[str, int, int]:
    return text, 0, len(text)
