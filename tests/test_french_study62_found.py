"""Kinds from the fresh study set of session 62 (french-p), on French sentences written
for the tests, with negatives: one victim told without a numeral (a description with a
relative clause, a nickname in quotes, "l'un d'eux"), an event noun with its victim as
complement ("le meurtre d'un citoyen", "l'arrestation de NAME"), a modifier between the
counted and their verb that a comma opens and none closes, a hyphenated counted noun,
and the idioms of arrest ("mettre la main au collet de")."""

from __future__ import annotations

import pytest

from tests.french_helpers import french_claims


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in french_claims(text)]


def _subjects(text: str) -> list[str | None]:
    return [c.subject for c in french_claims(text)]


# F1: one victim without a numeral
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un guide civil qui escortait les militaires a aussi perdu la vie.",
            [],  # "guide" is no listed person: nothing, rather than a guess
        ),
        (
            "Un éclaireur qui connaissait bien la piste a également été tué dans l'embuscade.",
            [("killed", 1)],
        ),
        (
            "Une citoyenne qui rentrait du marché de Mirebalais a été blessée par balle.",
            [("wounded", 1)],
        ),
        (
            "Le caïd « Ti Lapli » ainsi surnommé a été mortellement blessé par les policiers.",
            [("killed", 1)],
        ),
        (
            "Les hommes armés ont attaqué deux pêcheurs sur le fleuve. L'un d'eux a été blessé"
            " par balles.",
            [("wounded", 1)],
        ),
        (
            "Deux femmes ont été enlevées. L'une d'entre elles a succombé.",
            [("kidnapped", 2), ("killed", 1)],
        ),
    ],
)
def test_one_victim_without_a_numeral(text: str, expected: list[tuple[str, int]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the one counted is not who suffered: a clause inside the relative has its own
        "Un soldat qui gardait le poste où l'attaque a été repoussée a témoigné hier.",
        "L'un d'eux a déclaré que la situation était calme en 2023.",
        "L'un d'eux est âgé de 45 ans et vit dans la 5e région.",
        "Le caïd « Ti Lapli » a été vu au marché de Croix-des-Bouquets.",
        "Un éclaireur de la 3e compagnie portait un fusil de calibre 7,62 mm.",
    ],
)
def test_one_victim_without_a_numeral_needs_a_fate(text: str) -> None:
    assert [r for r in _read(text) if r[0] in ("killed", "wounded")] == []


def test_one_victim_of_a_relative_clause_does_not_take_a_list_s_verb() -> None:
    # a list of two, each "une", keeps the plural verb after the relative clause
    text = (
        "Samedi, une fillette de 12 ans et une femme, âgée de 30 ans, qui tentaient de"
        " traverser la rivière, ont perdu la vie à Jérémie."
    )
    assert _read(text) == [("killed", 1), ("killed", 1)]


# F3: a long modifier between the counted and their verb
def test_a_place_after_an_unclosed_comma_reaches_the_verb() -> None:
    text = (
        "Dimanche, quatre jeunes venus du quartier de Delmas, aux environs de Pétion-Ville"
        " ont été abattus."
    )
    assert _read(text) == [("killed", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Quatre jeunes venus du quartier de Delmas, aux environs de la 5e avenue, ont fêté"
        " leurs 20 ans.",
        "Trois véhicules, près de la frontière ont été incendiés en 2022.",
    ],
)
def test_a_place_after_an_unclosed_comma_needs_people_and_a_fate(text: str) -> None:
    assert _read(text) == []


# F4: a hyphenated counted noun
@pytest.mark.parametrize(
    ("text", "expected", "subject"),
    [
        ("Deux enfants-soldats ont été tués lors des combats.", [("killed", 2)], "enfants-soldats"),
        ("Trois bébés-noirs ont été arrêtés par la police.", [("arrested", 3)], "bébés-noirs"),
    ],
)
def test_a_hyphenated_counted_noun(
    text: str, expected: list[tuple[str, int]], subject: str
) -> None:
    assert _read(text) == expected
    assert _subjects(text) == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "Deux enfants-soldats de 15 ans ont témoigné en 2021.",
        "Les 7 bébés-noirs de la 5e région sont connus de la police.",
    ],
)
def test_a_hyphenated_counted_noun_needs_a_fate(text: str) -> None:
    assert _read(text) == []

