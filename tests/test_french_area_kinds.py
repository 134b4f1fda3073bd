"""French place kinds found on the thirteenth and fourteenth batches' study texts
(issue 18), on sentences written for the tests: an area named without its article
("en territoire de Djugu"), plural areas listing their places ("les districts de Tyr
et de Nabatiyé"), a police station ("le sous-commissariat de Bon-Repos"), an enclave,
a side of a country named with its article ("l'est de la RDC"), the backdrop of a
story ("sur fond de guerre à Gaza"), who an attack is put down to ("attribuée aux
Forces démocratiques alliées") and an area pointed back to ("dans cette région");
with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.french.places import find_places
from workbench.ingest import document_from_text


def places(text: str) -> list[tuple[str, bool]]:
    return [(p.name, p.locative) for p in find_places(text, 0, len(text))]


def claim_places(text: str) -> list[tuple[str, object, str | None]]:
    """(category, low, place) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.location) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area without its article, as Congolese reporting writes it
        (
            "Douze civils tués en territoire de Beni dans la province du Nord-Kivu.",
            [("territoire de Beni", True), ("la province du Nord-Kivu", False)],
        ),
        ("Une attaque en chefferie des Bapere.", [("chefferie des Bapere", True)]),
        ("Des combats en groupement de Bukoma.", [("groupement de Bukoma", True)]),
        # plural areas name all their places
        (
            "Des frappes ont visé les districts de Tyr et de Nabatiyé, dans le sud du Liban.",
            [("les districts de Tyr et de Nabatiyé", True), ("le sud du Liban", False)],
        ),
        (
            "Des raids dans les secteurs de Bapere et de Baswagha.",
            [("les secteurs de Bapere et de Baswagha", True)],
        ),
        # a police station, an enclave
        (
            "Le gang a attaqué le sous-commissariat de Carrefour.",
            [("le sous-commissariat de Carrefour", True)],
        ),
        ("Des tirs dans l'enclave musulmane du PK5.", [("l'enclave musulmane du PK5", True)]),
        # a side of a country named with its article
        ("Vingt civils ont été tués dans l'est de la RDC.", [("l'est de la RDC", True)]),
        (
            "Un casque bleu tué dans le sud-est de la Centrafrique.",
            [("le sud-est de la Centrafrique", True)],
        ),
        # ... which says where the place before it lies
        (
            "Dans la province du Nord-Kivu, dans l'est de la RDC, 10 000 personnes ont fui.",
            [("la province du Nord-Kivu", True), ("l'est de la RDC", False)],
        ),
    ],
)
def test_areas_read(text: str, expected: list[tuple[str, bool]]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "en" before a word that is no area, or an area with no name after it
        "Le pays est en état de siège depuis mai.",
        "Il est en poste depuis deux ans.",
        "Les habitants vivent en territoire occupé.",
        # a side of a town or of no name
        "Des tirs dans le nord de la ville.",
        # who an attack is put down to is no place
        "Une attaque attribuée aux Forces démocratiques alliées.",
        "Une attaque attribuée à l'Armée de résistance du seigneur.",
        "Une embuscade imputée aux Wazalendo.",
    ],
)
def test_no_area_read(text: str) -> None:
    assert places(text) == []


def test_backdrop_is_no_place() -> None:
    """A place in the story's backdrop ("sur fond de guerre menée par Israël à Gaza")
    is not where the toll was counted: the clause takes the place before it."""
    text = (
        "Un cessez-le-feu est en vigueur au Liban, après des attaques ayant fait plus de "
        "4 000 morts, sur fond de guerre menée par Israël à Gaza."
    )
    assert places(text) == [("Liban", True)]
    assert claim_places(text) == [("killed", 4000, "Liban")]


def test_backdrop_only_after_its_words() -> None:
    # "fond" in no backdrop phrase leaves the place alone
    assert places("Le fond de l'affaire: douze morts à Gaza.") == [("Gaza", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dans cette région, le conflit a fait plus de 3500 morts.", "cette région"),
        ("Au moins 150 000 personnes ont fui cette province.", "cette province"),
        ("Les morts se comptent par centaines dans cette province riche en or.", "cette province"),
    ],
)
def test_area_pointed_back_to(text: str, expected: str) -> None:
    """An area pointed back to is the claim's place as the text gives it, not one
    carried from another sentence."""
    story = "Deux soldats ont été tués samedi dans le sud-ouest. " + text
    assert claim_places(story)[-1][2] == expected


def test_area_pointed_back_to_gives_way() -> None:
    # a place the clause names comes first; "ce village de Kidal" names Kidal's area
    assert places("Dix civils ont été tués à Beni, où vivent les déplacés de cette ville.") == [
        ("Beni", True),
        ("cette ville", False),
    ]
    assert claim_places("Dix civils ont été tués à Beni, dans cette ville.") == [
        ("killed", 10, "Beni")
    ]
    assert places("Ce village de Kidal a perdu ses habitants.") == []
    # "cette attaque" is no area
    assert places("Cette attaque a fait 12 morts.") == []


def test_place_after_the_actor() -> None:
    # the place after who did it is still read
    text = "Douze civils tués dans une attaque attribuée aux Forces démocratiques alliées à Beni."
    assert places(text) == [("Beni", True)]
