"""The wounded whose deaths a sentence tells are dead (extract/wounded_died.py), and an
event or a death that brings a toll to its figure is no voice (french/toll_voices.py).
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def read(text: str, language: str | None = None) -> list[tuple[str, float | None, str | None]]:
    doc = document_from_text("report.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2022, 3, 9), "language": language})
    return [(c.category.value, c.value, c.attribution) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The clinic reported the deaths of 4 wounded patients on Monday.",
            None,
            [("killed", 4, "clinic")],
        ),
        (
            "Trois personnes ont été tuées à Dabou. Le décès d'un blessé a porté le total à "
            "quatre.",
            "fr",
            [("killed", 3, None), ("killed", 1, None), ("killed", 4, None)],
        ),
        (
            "Le centre de santé a annoncé la mort de deux blessés lundi.",
            "fr",
            [("killed", 2, "Le centre de santé")],
        ),
        # a verb of death after the wounded's noun (Pakistan trial, session 50)
        (
            "Three more injured policemen succumbed to their wounds, officials said.",
            None,
            [("killed", 3, "officials")],
        ),
        (
            "Six critically wounded villagers died in hospital overnight.",
            None,
            [("killed", 6, None)],
        ),
    ],
)
def test_the_wounded_told_dead_are_counted_dead(text, language, expected):
    assert read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the wounded whose care is told, no death: still wounded
        ("The clinic reported the arrival of 4 wounded patients.", None, [("wounded", 4)]),
        ("Cinq blessés ont été évacués vers Dabou.", "fr", [("wounded", 5)]),
        # a death told in another clause, of others
        ("Four people were wounded, and one died later.", None, [("wounded", 4), ("killed", 1)]),
        (
            "Twelve injured people were treated in hospital where two died.",
            None,
            [("wounded", 12), ("killed", 2)],
        ),
        # a death told of others than the wounded after it
        (
            "The deaths of nine people and the injuries of 12 villagers were confirmed.",
            None,
            [("killed", 9), ("wounded", 12)],
        ),
    ],
)
def test_the_wounded_told_alive_stay_wounded(text, language, expected):
    assert [(c, v) for c, v, _ in read(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("L'explosion porte le bilan à 31 morts à Dabou.", None),
        ("Le décès de deux blessés porte le bilan à 25 morts.", None),
        ("Le préfet a porté le bilan à 12 morts.", "Le préfet"),
    ],
)
def test_an_event_that_brings_a_toll_to_its_figure_is_no_voice(text, voice):
    (toll,) = [c for c in read(text, "fr") if c[1] in (12, 25, 31)]
    assert toll[2] == voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast caused the deaths of nine people and the wounding of 12 others.",
            [("killed", 9), ("wounded", 12)],
        ),
        ("The raid ended with the injuring of 7 others.", [("wounded", 7)]),
        # no harm told before the figure: no count of the wounded
        ("The raid ended with the arrest of 7 others.", [("arrested", 7)]),
    ],
)
def test_others_after_a_noun_of_wounding_are_wounded(text, expected):
    assert [(c, v) for c, v, _ in read(text)] == expected
