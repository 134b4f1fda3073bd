"""French place kinds a trial found on reports in no set (issue 18), on sentences
written for the tests: a protected area written with a capital ("le Parc national du
W", "la Forêt classée de X") or named without "de" ("le parc transfrontalier W")."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def places(text: str) -> list[str | None]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [c.location for c in extract_claims(doc)]


def test_protected_area_with_a_capital() -> None:
    assert places("Six gardes ont été tués dans le Parc national de la Comoé, au nord.") == [
        "le Parc national de la Comoé"
    ]
    assert places("Trois bergers ont été tués dans la Forêt classée de Tiogo.") == [
        "la Forêt classée de Tiogo"
    ]


def test_protected_area_named_without_de() -> None:
    assert places("Quatre soldats ont été tués dans le parc transfrontalier Arly.") == [
        "le parc transfrontalier Arly"
    ]


def test_capitalised_name_after_dans_le_is_kept() -> None:
    # negatives: a place that is no area word, and a side of a country
    assert places("Quatre soldats ont été tués dans le Gourma.") == ["le Gourma"]
    assert places("Quatre soldats ont été tués dans le Nord du Togo.") == ["le Nord du Togo"]
