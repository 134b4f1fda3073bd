"""French figures by kind (issue 18), on sentences written for the tests: what a
figure counts when French reporting words it in ways no single article decides, and
the numbers that count no one (units, numbered roads, years, ages, calibres)."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def figures(text: str) -> list[tuple[str, object, str]]:
    """(category, low, qualifier) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.qualifier) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men named by what they fight for, "neutralisés" as killed
        ("Sept séparatistes ont été neutralisés par l'armée.", [("killed", 7, "exact")]),
        ("L'armée a neutralisé douze sécessionnistes.", [("killed", 12, "exact")]),
        ("Cinq coupeurs de route ont été neutralisés.", [("killed", 5, "exact")]),
        # an armed group's name right after the men counted, without "de"
        ("12 présumés ADF neutralisés par les FARDC.", [("killed", 12, "exact")]),
        ("Huit miliciens CODECO ont été neutralisés.", [("killed", 8, "exact")]),
        # a life left there
        ("Trois soldats y ont laissé la vie.", [("killed", 3, "exact")]),
        # people taken away by their attackers; not the wounded taken to care
        ("Les assaillants ont emmené une quinzaine de femmes.", [("kidnapped", 12, "about")]),
        ("Douze villageois ont été emmenés dans la brousse.", [("kidnapped", 12, "exact")]),
        ("Les secouristes ont emmené 12 blessés à l'hôpital.", [("wounded", 12, "exact")]),
        # what befell people named by what they were before
        ("Les rebelles auraient exécuté une vingtaine d'otages.", [("killed", 16, "about")]),
        ("Les assaillants ont tué 5 déplacés.", [("killed", 5, "exact")]),
        ("La libération de 20 otages a été annoncée.", [("kidnapped", 20, "exact")]),
        # a count put at its figure by whoever estimates it
        ("L'ONU a estimé le nombre de déplacés à 20 000.", [("displaced", 20000, "exact")]),
        ("Le HCR évalue le nombre de réfugiés à 600 000.", [("refugees", 600000, "exact")]),
        ("Le nombre de blessés a atteint 40.", [("wounded", 40, "exact")]),
        # another voice's figure for the toll a claim before it told
        (
            "Les médias parlent de 50 personnes tuées, tandis qu'une ONG a estimé le chiffre à 20.",
            [("killed", 50, "exact"), ("killed", 20, "exact")],
        ),
        # a bound told after its figure
        ("Vingt morts ou plus ont été recensés.", [("killed", 20, "at_least")]),
        ("Trente personnes, voire davantage, ont été tuées.", [("killed", 30, "at_least")]),
        # flight across a border is a refugee's
        ("Plus de 500 personnes ont fui vers le Tchad.", [("refugees", 500, "more_than")]),
        ("Quatre cents ménages ont fui au Nigeria voisin.", [("refugees", 400, "exact")]),
        ("Trois mille personnes ont fui dans les pays voisins.", [("refugees", 3000, "exact")]),
        # ... not toward a town, nor fleeing fighting in a country
        ("Deux mille personnes ont fui vers Goma.", [("displaced", 2000, "exact")]),
        ("Mille personnes ont fui les combats au Soudan.", [("displaced", 1000, "exact")]),
    ],
)
def test_a_kind_of_french_figure(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le bataillon 12 a été déployé à Gao.",
        "Le secteur 1 de la force a été renforcé.",
        "La RN 16 a été coupée par des hommes armés.",
        "Le poste 2 a été attaqué dans la nuit.",
        "La 5e région militaire a renforcé sa présence.",
        "Les 3 pays de l'AES ont signé un accord.",
        "Des fusils de calibre 12 et des AK-47 ont été saisis.",
        "Le décret n° 2024-112 a été signé.",
        "En 2023, l'armée a mené des opérations.",
        "Trois véhicules ont été incendiés.",
        "Douze civils ont été neutralisés.",
        "Le chiffre d'affaires a été estimé à 20 millions.",
    ],
)
def test_numbers_that_count_no_one(text):
    assert figures(text) == []


def test_a_unit_number_leaves_the_figure_after_it():
    assert figures("Le poste 2 a été attaqué : 4 gendarmes ont été tués.") == [
        ("killed", 4, "exact")
    ]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Dix personnes pourraient avoir été tuées.", True),
        ("Il y aurait une dizaine de morts.", True),
        ("On compterait une vingtaine de morts.", True),
        # negatives: a toll that may grow is told as it stands; the indicative
        ("Le bilan pourrait s'alourdir : 12 morts.", False),
        ("Il y a eu 12 morts.", False),
    ],
)
def test_a_conditional_figure_is_unconfirmed(text, hedged):
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    assert [c.hedged for c in extract_claims(doc)] == [hedged]
