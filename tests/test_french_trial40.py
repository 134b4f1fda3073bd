"""French kinds from the analyst trial of session 40, on sentences written for the
tests, with their negatives: a pronoun or an impersonal subject taken as the voice, a
voice after a quotation with a verb the reader missed, whoever puts a toll at a figure
read as one of its dead, property counted with the dead, a range with a modal."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def _claims(text: str) -> list[Claim]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return extract_claims(doc)


def _read(text: str) -> list[tuple[str, object, object, str | None]]:
    """(category, low, high, voice) of each claim."""
    return [(c.category.value, c.low, c.high, c.attribution) for c in _claims(text)]


# 1. A pronoun stands for the person named before it, else is no voice; "on" never is.
def test_a_pronoun_voice_is_the_person_named_before_it():
    text = (
        "Marc Lemaire, infirmier à l'hôpital, était de garde. Quatre blessés ont été "
        "admis, dont deux enfants, selon lui."
    )
    assert {c[3] for c in _read(text)} == {"Marc Lemaire"}


def test_a_pronoun_voice_with_no_one_named_is_no_voice():
    text = "Quatre personnes ont été blessées, dont deux enfants, selon elle."
    assert {c[3] for c in _read(text)} == {None}


def test_a_body_named_before_a_pronoun_is_no_person():
    text = "Les Casques Bleus sont arrivés à Kibumba. Deux morts, selon lui."
    assert [c[3] for c in _read(text)] == [None]


def test_a_victim_named_before_a_pronoun_is_not_its_voice():
    text = "Marc Lemaire a été tué lundi. Trois autres sont blessés, a-t-il indiqué."
    assert [c[3] for c in _read(text) if c[0] == "wounded"] == [None]


def test_a_pronoun_voice_still_names_the_voice_before_it():
    text = "Le préfet a annoncé que cinq civils ont été tués. Selon lui, trois autres sont blessés."
    assert [c[3] for c in _read(text)] == ["Le préfet", "Le préfet"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("L'on dénombre au moins 7 morts, selon le bilan provisoire avancé par la police.",
         "la police"),
        ("On compte au moins 7 morts dans le village.", None),
        ("L'on recense 7 blessés, a indiqué la gendarmerie.", "la gendarmerie"),
    ],
)  # fmt: skip
def test_on_is_never_a_voice(text, voice):
    assert [c[3] for c in _read(text)] == [voice]


# 2. A voice after its quotation, the verb inverted.
@pytest.mark.parametrize(
    "verb",
    ["fait savoir", "a fait savoir", "poursuit", "rappelle", "martèle", "regrette", "observe",
     "lâche", "conclut", "explique", "précise", "souligne", "ajoute", "confie"],
)  # fmt: skip
def test_a_voice_after_its_quotation(verb):
    text = f"« Nous avons enterré 9 corps », {verb} Luc Mbala, chef du quartier."
    assert [c[3] for c in _read(text)] == ["Luc Mbala"]


def test_a_pronoun_after_a_quotation_names_the_person_before():
    text = "Le pasteur Luc Mbala est inquiet. « Nous avons enterré 9 corps », poursuit-il."
    assert [c[3] for c in _read(text)] == ["Luc Mbala"]


def test_a_voice_after_a_quotation_with_an_aside():
    text = "« Les miliciens ont tué 9 personnes », fait savoir de son côté le bourgmestre."
    assert [c[3] for c in _read(text)] == ["le bourgmestre"]


@pytest.mark.parametrize(
    "text",
    [
        "L'armée poursuit ses opérations après la mort de 9 civils.",
        'Le groupe "Zaïko", poursuit ses attaques et a tué 9 civils.',
        "« Zaïko », observe une trêve après la mort de 9 civils.",
    ],
)
def test_no_voice_after_a_verb_that_follows_no_quotation(text):
    assert [c[3] for c in _read(text)] == [None]


# 5. A range with a modal, hedged by its conditional.
@pytest.mark.parametrize(
    ("text", "expected", "hedged"),
    [
        ("Le nombre de morts pourrait varier entre 31 et 40.", ("killed", 31, 40), True),
        ("Le nombre de victimes se situerait entre 31 et 40.", ("killed", 31, 40), True),
        ("Le nombre de morts oscille entre 31 et 40.", ("killed", 31, 40), False),
        ("Le nombre de blessés pourrait varier entre 31 et 40.", ("wounded", 31, 40), True),
    ],
)
def test_a_range_with_a_modal(text, expected, hedged):
    claims = _claims(text)
    assert [(c.category.value, c.low, c.high) for c in claims] == [expected]
    assert claims[0].hedged is hedged


def test_a_range_of_no_harm_is_no_claim():
    assert _claims("Les températures pourraient varier entre 31 et 40 degrés.") == []


# 3. Whoever puts a toll at its figure is its voice, not one of its dead.
@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Un chef de quartier, Luc Mbala, a chiffré le bilan à onze morts.",
         "Un chef de quartier, Luc Mbala"),
        ("Un chef de quartier a chiffré le bilan à onze morts.", "Un chef de quartier"),
        ("Le bourgmestre a établi le bilan à onze morts.", "Le bourgmestre"),
        ("Luc Mbala a chiffré le bilan à onze morts.", "Luc Mbala"),
        ("Des miliciens ont attaqué Kibumba. Un chef de quartier, Luc Mbala, a chiffré le bilan "
         "à onze morts.", "Un chef de quartier, Luc Mbala"),
        ("À Kibumba, un chef de quartier, Luc Mbala, a chiffré le bilan à onze morts.",
         "un chef de quartier, Luc Mbala"),
        ("Le bilan provisoire fait état de onze morts.", None),
    ],
)  # fmt: skip
def test_whoever_puts_a_toll_at_its_figure_is_its_voice(text, voice):
    assert _read(text) == [("killed", 11, 11, voice)]


def test_a_victim_of_one_is_still_read():
    assert _read("Un chef de quartier a été tué à Beni.") == [("killed", 1, 1, None)]


# 4. Property listed after a toll is no victim of it.
@pytest.mark.parametrize(
    "text",
    [
        "Attaque à Kibumba : deux morts et trois entreprises incendiées",
        "Deux morts et une maison incendiée.",
        "Deux morts, trois boutiques pillées et dix véhicules brûlés.",
    ],
)
def test_property_listed_after_a_toll_is_no_victim(text):
    assert [(c[0], c[1]) for c in _read(text)] == [("killed", 2)]


def test_people_listed_after_a_toll_are_still_victims():
    found = _read("Deux morts et trois commerçants blessés.")
    assert [(c[0], c[1]) for c in found] == [("killed", 2), ("wounded", 3)]
