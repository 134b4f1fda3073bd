"""A French voice named by a pronoun after "selon" or "d'après" ("selon lui", "d'après
ce dernier") is the voice named before it (issue 18), on sentences written for the
tests; a pronoun with no voice before it stays as written."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def voices(text: str) -> list[str | None]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [c.attribution for c in extract_claims(doc)]


@pytest.mark.parametrize(
    "pronoun", ["Selon lui", "D'après lui", "Selon ce dernier", "D'après ce dernier"]
)
def test_pronoun_after_according_to(pronoun: str) -> None:
    said = "« Nous ne savons rien », a déclaré Ali Traoré, le maire."
    text = f"{said} {pronoun}, 12 civils ont été tués."
    assert voices(text) == ["Ali Traoré"]


def test_feminine_pronoun() -> None:
    text = "« La ville est calme », a affirmé Awa Diallo. Selon elle, 5 soldats ont été blessés."
    assert voices(text) == ["Awa Diallo"]


def test_pronoun_with_no_voice_before() -> None:
    assert voices("Selon lui, 12 civils ont été tués.") == ["lui"]
