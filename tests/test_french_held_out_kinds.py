"""French kinds a trial and a held-out set's building found (issue 18, french36), on
sentences written for the tests, with negatives: a settlement's kind before its name
("la petite localité de X", "la commune rurale de X" are X), a night across two
months, the conditional of more verbs, a vague subject that is a teller and no
victim, and a voice that "vient de préciser"."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 10, 5)}
    )
    return extract_claims(doc)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sept civils ont été tués dans la petite localité de Bakoro.", "Bakoro"),
        ("Quatre civils ont été tués dans le village de Mandaka.", "Mandaka"),
        ("Neuf personnes ont été tuées dans la commune rurale de Kalamba.", "Kalamba"),
        ("Neuf personnes ont été tuées dans la ville nigériane de Damasak.", "Damasak"),
        ("Neuf personnes ont été tuées dans la ville ghanéenne de Bawku.", "Bawku"),
        ("Neuf déplacés ont été tués au camp de déplacés de Kilomoni.", "Kilomoni"),
        # negatives: a village in a region, a place beside the named one, an area's level
        ("Neuf personnes ont été tuées dans un village de Zamfara.", "un village de Zamfara"),
        (
            "Neuf personnes ont été tuées dans la localité voisine de Mabalako.",
            "la localité voisine de Mabalako",
        ),
        ("Neuf personnes ont été tuées dans le territoire de Djugu.", "le territoire de Djugu"),
        (
            "Neuf personnes ont été tuées près de la ville de Tessoua.",
            "près de la ville de Tessoua",
        ),
    ],
)
def test_a_settlement_is_its_name(text: str, place: str) -> None:
    (claim,) = claims(text)
    assert claim.location == place


@pytest.mark.parametrize(
    ("night", "first", "last"),
    [
        ("dans la nuit du 30 septembre au 1er octobre", "2024-09-30", "2024-10-01"),
        ("dans la nuit du 2 octobre au 3 octobre", "2024-10-02", "2024-10-03"),
        ("dans la nuit de mercredi 2 à jeudi 3 octobre", "2024-10-02", "2024-10-03"),
        ("dans la nuit du 31 décembre 2022 au 1er janvier 2023", "2022-12-31", "2023-01-01"),
        ("dans la nuit du 2 au 3 octobre", "2024-10-02", "2024-10-03"),
    ],
)
def test_a_night_across_two_dates(night: str, first: str, last: str) -> None:
    (claim,) = claims(f"Douze soldats ont été tués {night} près de Tessoua.")
    assert claim.date_text == night
    assert str(claim.date) == f"{first}/{last}"


def test_two_dates_are_no_night() -> None:
    # negative: a day and another figure's day, no night between them
    first = claims("Douze soldats ont été tués le 2 octobre, et trois blessés le 3 octobre.")[0]
    assert first.date_text == "le 2 octobre"


@pytest.mark.parametrize(
    "text",
    [
        "L'attaque aurait coûté la vie à douze personnes à Kouri.",
        "Plus de 200 familles auraient fui Kouri.",
        "Douze morts seraient à déplorer à Kouri.",
        "Un soldat serait porté disparu depuis l'attaque de Kouri.",
        "Le bilan avoisinerait 50 morts à Kouri.",
        "Le bilan pourrait dépasser 50 morts à Kouri.",
        "Douze civils ont été tués à Kouri, selon un bilan non officiel.",
        "Douze civils ont été tués à Kouri, selon un bilan officieux.",
    ],
)
def test_a_conditional_or_unofficial_toll_is_hedged(text: str) -> None:
    (claim,) = claims(text)
    assert claim.hedged
    assert claim.attribution is None  # "un bilan officieux" is a toll, not a voice


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a toll counted that may grow, an official one, a conditional elsewhere
        "Le bilan pourrait s'alourdir : au moins dix morts ont été recensés à Garoua.",
        "Douze civils ont été tués à Kouri, selon un bilan officiel.",
        "Douze civils ont été tués à Kouri, où l'armée devrait arriver demain.",
    ],
)
def test_a_counted_toll_is_not_hedged(text: str) -> None:
    (claim,) = claims(text)
    assert not claim.hedged


def test_an_unofficial_toll_keeps_its_voice() -> None:
    (claim,) = claims("Douze civils ont été tués à Kouri, selon un bilan officieux de la police.")
    assert claim.attribution == "la police"
