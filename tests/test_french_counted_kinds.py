"""French counts found on the thirteenth and fourteenth batches' study texts (issue
18), on sentences written for the tests: one of a side's people ("la mort d'un de ses
combattants"), some of those counted ("deux des assaillants", "deux des preneurs
d'otages") and people held for trial ("placés en détention", "sous mandat de dépôt"),
after an aside too; with negatives (years, ages, "la 5e région", "les 3 pays de l'AES", calibres,
numbered decrees)."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def claims(text: str) -> list[tuple[str, object]]:
    """(category, low) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le groupe a annoncé la mort d'un de ses combattants à Tyr.", [("killed", 1)]),
        ("L'armée a confirmé la mort d'un de ses soldats dans l'attaque.", [("killed", 1)]),
        ("Un de leurs enfants a été blessé à Goma.", [("wounded", 1)]),
        ("L'un des soldats a été tué à Kidal.", [("killed", 1)]),
        ("Deux des assaillants ont été neutralisés.", [("killed", 2)]),
        ("Deux des preneurs d'otages auraient été neutralisés.", [("killed", 2)]),
    ],
)
def test_one_of_a_side(text: str, expected: list[tuple[str, object]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plus de 80 individus ont été placés en détention à Moundou.", [("arrested", 80)]),
        # after an aside between commas
        (
            "Plus de 80 individus, soupçonnés d'implication dans les violences, ont été "
            "placés en détention pour les besoins de l'enquête.",
            [("arrested", 80)],
        ),
        ("Trente suspects ont été placés sous mandat de dépôt.", [("arrested", 30)]),
        ("Douze jeunes ont été mis en détention à Sarh.", [("arrested", 12)]),
    ],
)
def test_held_for_trial(text: str, expected: list[tuple[str, object]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one of whom, no fate: the speaker's title
        "Un de ses avocats a déclaré que l'enquête continue.",
        "Un des trois pays de l'AES a rompu avec la Cédéao.",
        "Les 3 pays de l'AES ont quitté la Cédéao en 2024.",
        "La 5e région a été placée en état d'urgence.",
        "Des armes de calibre 12,7 mm ont été saisies.",
        "Le décret n° 2024-45 a été placé sous le contrôle du ministre.",
        "Deux des régions du pays ont été touchées.",
    ],
)
def test_no_count(text: str) -> None:
    assert claims(text) == []


def test_age_is_no_count() -> None:
    # the man held is one; his age is no count
    assert claims("Un homme âgé de 45 ans a été placé en détention hier.") == [("arrested", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # a trial's "trois grands camps de réfugiés" read as 3 displaced
        "C'est l'un des trois grands camps de déplacés situés près de Kabalo.",
        "Deux autres véhicules ont été incendiés près de Kabalo.",
    ],
)
def test_things_counted_after_an_adjective_are_no_people(text):
    assert claims(text) == []


def test_people_after_an_adjective_are_still_people():
    assert claims("Deux autres soldats ont été tués près de Kabalo.") == [("killed", 2)]
