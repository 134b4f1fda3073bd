"""French voices found on the thirteenth batch's study texts (issue 18), on sentences
written for the tests: a voice named by a pronoun after "selon" or "d'après" ("selon
lui", "d'après ce dernier") is the voice named before it (a pronoun with no voice
before it stays as written); a voice after the one word of whom it told or where
(", a confié à Sahutiafrica X", ", a déclaré à Goma le gouverneur"); whose toll
speaks ("le bilan des autorités fait état de")."""

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
    # a pronoun standing for no one named is no voice (analyst trial 40)
    assert voices("Selon lui, 12 civils ont été tués.") == [None]


@pytest.mark.parametrize(
    ("told", "voice"),
    [
        ("a confié à Sahutiafrica Charité Banza", "Charité Banza"),
        ("a déclaré à Actualite.cd le maire de Beni", "le maire de Beni"),
        ("a déclaré à Goma le gouverneur", "le gouverneur"),
        ("a indiqué à l'AFP le gouverneur", "le gouverneur"),
    ],
)
def test_voice_after_whom_told(told: str, voice: str) -> None:
    assert voices(f"Douze civils ont été tués, {told}.") == [voice]


@pytest.mark.parametrize(
    "told",
    [
        "a déclaré à Goma",  # no voice after the place
        "a déclaré à propos de la situation",
        "a déclaré à son retour",
    ],
)
def test_no_voice_after_whom_told(told: str) -> None:
    assert voices(f"Douze civils ont été tués, {told}.") == [None]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Le bilan des autorités fait état d'au moins deux assaillants neutralisés.", "autorités"),
        ("Le bilan de l'ONU fait état de 12 morts.", "l'ONU"),
        # a toll of no one, or of an event, is no voice
        ("Le bilan provisoire fait état de 12 morts.", None),
        ("Le bilan de l'attaque fait état de 12 morts.", None),
    ],
)
def test_whose_toll_speaks(text: str, voice: str | None) -> None:
    """Whose toll it is speaks for it, its name ending at the verb."""
    assert voices(text) == [voice]
