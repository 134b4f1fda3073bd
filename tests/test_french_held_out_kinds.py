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
