"""French running totals found on the thirteenth batch's study texts (issue 18), on
sentences written for the tests: "jusqu'à présent", "à ce jour" (a total with no
bounds, as English "to date") and "en six mois de combats"; a running total whose
sentence names no place is the country's; with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.french.scope import claim_scope
from workbench.ingest import document_from_text


def scope_of(text: str, figure: str) -> tuple[str, str | None]:
    at = text.index(figure)
    return claim_scope(text, 0, len(text), at, at + len(figure))


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Plus de 20 000 personnes ont été tuées jusqu'à présent.", "20 000", None),
        ("À ce jour, 300 civils ont été tués dans la province.", "300", None),
        ("Jusqu’ici, 45 soldats ont péri.", "45", None),
        (
            "En six mois de combats, 2 000 personnes ont été tuées.",
            "2 000",
            "En six mois de combats",
        ),
        (
            "En plus de deux ans de guerre, 15 000 civils ont été tués.",
            "15 000",
            "En plus de deux ans de guerre",
        ),
    ],
)
def test_running_total(text: str, figure: str, expected: str | None) -> None:
    assert scope_of(text, figure) == ("cumulative", expected)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Douze civils ont été tués mardi à Beni.", "Douze"),
        # a month as a duration of no war, an age in months
        ("Un bébé de six mois figure parmi les 12 morts.", "12"),
        ("Jusqu'à 5 soldats ont été blessés lundi.", "5"),
    ],
)
def test_incident(text: str, figure: str) -> None:
    assert scope_of(text, figure) == ("incident", None)


def test_total_takes_the_country() -> None:
    """A running total whose sentence names no place is the country's, not the camp's
    the story told before it."""
    text = (
        "Le Soudan est en guerre. Les FSR ont pris le camp de Zamzam, près d'El-Fasher. "
        "Plus de 20 000 personnes ont été tuées jusqu'à présent, selon l'ONU."
    )
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    [claim] = extract_claims(doc)
    assert (claim.low, claim.scope.value, claim.location) == (20000, "cumulative", "Sudan")


def test_total_keeps_a_province_told_before() -> None:
    """A province or region told before a running total stays its place: it is wide
    enough to hold the total; a town does not ("Les provinces du Sila et du Ouaddaï
    ... plus de 50 morts depuis le 9 août")."""
    story = (
        "Le Tchad a décrété l'état d'urgence. Les provinces du Sila et du Ouaddaï sont "
        "concernées par cette décision. Ces affrontements ont fait plus de 50 morts "
        "depuis le 9 août."
    )
    doc = document_from_text("fr.txt", story).model_copy(
        update={"language": "fr", "published": dt.date(2024, 9, 12)}
    )
    [claim] = extract_claims(doc)
    assert claim.location == "Les provinces du Sila et du Ouaddaï"
    town = story.replace(
        "Les provinces du Sila et du Ouaddaï sont", "Les villes de Goz Beïda et Abéché sont"
    )
    doc = document_from_text("fr.txt", town).model_copy(
        update={"language": "fr", "published": dt.date(2024, 9, 12)}
    )
    assert extract_claims(doc)[0].location == "Chad"
