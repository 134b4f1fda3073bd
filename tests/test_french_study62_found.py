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


# F2: an event noun with its victim as complement
@pytest.mark.parametrize(
    ("text", "expected", "subject"),
    [
        (
            "La commune est sous le choc après le meurtre d'un citoyen devant sa maison.",
            [("killed", 1)],
            "citoyen",
        ),
        (
            "Les gendarmes ont procédé, le 12 mars 2023, à Gonaïves, à l'arrestation de Jean"
            " Baptiste Exumé alias « Ti Kabrit ».",
            [("arrested", 1)],
            "Jean Baptiste Exumé",
        ),
        ("L'assassinat du maire de la commune a choqué la population.", [("killed", 1)], "maire"),
        (
            "La brigade a procédé à l'interpellation d'un dangereux trafiquant à Thiès.",
            [("arrested", 1)],
            "dangereux trafiquant",
        ),
    ],
)
def test_an_event_noun_with_its_victim(
    text: str, expected: list[tuple[str, int]], subject: str
) -> None:
    assert _read(text) == expected
    assert _subjects(text) == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "L'opposition réclame l'arrestation de Jean Dupont depuis 2019.",
        "Le juge a lancé un mandat d'arrêt et ordonné l'arrestation de Paul Mbarga.",
        "Il a été inculpé pour le meurtre de Marie Dubois en 2015.",
        "La tentative d'assassinat du président a échoué.",
        "Le décret n° 2023-145 porte sur l'arrestation de Mardi Gras, un char du carnaval.",
        "L'arrestation d'une dizaine de suspects est attendue.",
        "L'interpellation du gouvernement par les députés a duré trois heures.",
    ],
)
def test_an_event_noun_not_done_or_of_nobody_is_no_claim(text: str) -> None:
    assert [r for r in _read(text) if r[1] == 1] == []


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


# F5: idioms of arrest
@pytest.mark.parametrize(
    ("text", "expected", "subject"),
    [
        (
            "La police a mis la main au collet du policier Jean Ronald Pierre pour ses liens"
            " avec les gangs.",
            [("arrested", 1)],
            "policier Jean Ronald Pierre",
        ),
        ("Les agents ont mis la main au collet de trois bandits.", [("arrested", 3)], "bandits"),
        (
            "La police a mis le grappin sur un redoutable malfrat.",
            [("arrested", 1)],
            "redoutable malfrat",
        ),
    ],
)
def test_idioms_of_arrest(text: str, expected: list[tuple[str, int]], subject: str) -> None:
    assert _read(text) == expected
    assert _subjects(text) == [subject]


@pytest.mark.parametrize(
    "text",
    [
        "Il a mis la main sur 12 fusils de calibre 12 et 300 cartouches.",
        "Le douanier a mis la main au collet de la 5e région, dit le décret n° 45.",
        "La police n'a pas pu mettre la main au collet de la bande en 2022.",
    ],
)
def test_idioms_of_arrest_need_people(text: str) -> None:
    assert [r for r in _read(text) if r[0] == "arrested"] == []
