"""French kinds an analyst's trial on eastern Congo reporting found wrong (issue 18), on
sentences written for the tests, each with its negatives: a vague figure of things
("plusieurs organisations", "plusieurs dégâts") counts no victims; an organisation's
name ("l'État islamique", "l'EI", "l'Organisation mondiale de la santé") and a group
someone swore allegiance to ("affiliés à", "liés à") are no place; the verbs of
telling ("a renseigné", "a signifié", "a rétorqué") name a quotation's speaker; and
people driven from home ("dispersées hors des camps", "chassés de leurs villages",
"poussés à l'exil") are displaced."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


def claims(text: str) -> list[tuple[Category, str, str | None, str | None]]:
    """Each claim of a French document: category, words, voice, place."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2025, 5, 14)}
    )
    return [
        (c.category, doc.text[c.start : c.end], c.attribution, c.location)
        for c in extract_claims(doc)
    ]


def categories(text: str) -> list[tuple[Category, str]]:
    return [(category, words) for category, words, _, _ in claims(text)]


# --- a vague figure of things counts no victims ---


@pytest.mark.parametrize(
    "text",
    [
        "Le 2 avril 2025, le HCR et plusieurs organisations humanitaires signalent une "
        "hausse du nombre de déplacés dans le territoire de Rutshuru.",
        "Plusieurs ONG et quelques agences onusiennes dénoncent le sort des déplacés de Sake.",
        "Quelques associations locales réclament l'aide promise aux déplacés depuis mars 2025.",
    ],
)
def test_a_vague_figure_of_bodies_counts_no_victims(text: str) -> None:
    assert claims(text) == []


def test_damage_listed_after_a_toll_is_no_toll() -> None:
    text = "« Il y a eu au moins 14 morts et plusieurs dégâts matériels », a déclaré le maire."
    assert categories(text) == [(Category.KILLED, "au moins 14 morts")]
    text = "L'attaque du 9 mars 2025 a fait 6 morts et quelques destructions de maisons."
    assert categories(text) == [(Category.KILLED, "6 morts")]


def test_a_vague_figure_of_people_still_counts() -> None:
    # negatives: people named by a family's noun, a people, a casualty noun
    text = "Plusieurs Hema nomades ont été tués le 4 février 2025 près de Djugu."
    assert [c for c, _ in categories(text)] == [Category.KILLED]
    text = "Les miliciens ont tué 3 soldats et plusieurs Ougandais le 4 février 2025."
    assert [c for c, _ in categories(text)] == [Category.KILLED, Category.KILLED]
    text = "Quelques commerçants ont été enlevés et plusieurs blessés évacués le 4 mai 2025."
    assert [c for c, _ in categories(text)] == [Category.KIDNAPPED, Category.WOUNDED]


# --- an organisation's name is no place ---


@pytest.mark.parametrize(
    "text",
    [
        "Des rebelles affiliés à l'État islamique ont tué 17 civils le 3 janvier 2025.",
        "Des rebelles liés à l'Etat islamique en Afrique centrale ont tué 17 civils en 2025.",
        "Des rebelles, qui ont prêté allégeance à l'EI, ont tué 17 civils le 3 janvier 2025.",
        "Des miliciens fidèles à l'ISCAP ont tué 17 civils le 3 janvier 2025.",
        "L'armée a infligé de lourdes pertes à l'État islamique, tuant 17 combattants.",
        "L'armée a infligé de lourdes pertes à l'EI en Afrique centrale, tuant 17 combattants.",
        "Le dossier transmis à l'Organisation mondiale de la santé compte 17 morts en 2025.",
    ],
)
def test_an_organisation_is_no_place(text: str) -> None:
    [(_, _, _, place)] = claims(text)
    assert place is None


def test_a_place_after_the_group_or_a_state_by_its_name_is_kept() -> None:
    # negatives: where it happened, after the group's name; a federated state named
    text = "Des rebelles affiliés à l'État islamique ont tué 17 civils à Mangina en mars 2025."
    assert [p for _, _, _, p in claims(text)] == ["Mangina"]
    text = "Des hommes armés ont tué 17 villageois dans l'État de Zamfara le 2 mars 2025."
    assert [p for _, _, _, p in claims(text)] == ["l'État de Zamfara"]
    # worshippers "fidèles" where they were, no allegiance
    text = "Onze fidèles à Mambasa ont été tués le 3 mars 2025."
    assert [p for _, _, _, p in claims(text)] == ["Mambasa"]


# --- a verb of telling names a quotation's speaker ---


@pytest.mark.parametrize(
    "verb",
    ["a renseigné", "a signifié", "a rétorqué", "a fait remarquer", "a attesté", "a répondu",
     "a narré", "renseigne", "a témoigné", "a confié", "a souligné", "a raconté"],
)  # fmt: skip
def test_a_verb_of_telling_names_the_speaker(verb: str) -> None:
    text = (
        f"« Nous avons enterré au moins 23 morts le 5 juin 2025 », {verb} Marc Kambale "
        "Sivyavugha, président de la société civile."
    )
    assert [v for _, _, v, _ in claims(text)] == ["Marc Kambale Sivyavugha"]


def test_a_verb_of_telling_before_que_names_the_voice() -> None:
    text = "Marc Kambale, chef de la localité, a renseigné que 9 civils ont été tués en 2025."
    assert [v for _, _, v, _ in claims(text)] == ["Marc Kambale"]


@pytest.mark.parametrize("verb", ["a renseigné", "a témoigné", "a raconté", "renseigne"])
def test_a_verb_of_telling_in_a_relative_clause_names_the_voice(verb: str) -> None:
    text = f"La société civile de Lubero, qui {verb} que 12 civils ont été tués en 2025, se tait."
    assert [v for _, _, v, _ in claims(text)] == ["La société civile de Lubero"]


def test_a_quotation_with_no_verb_after_it_names_no_one() -> None:
    # negative: a name after a quotation and a verb of no telling
    text = "« Au moins 23 morts ont été recensés en juin 2025 », poursuit ses opérations Marc."
    assert [v for _, _, v, _ in claims(text)] == [None]


# --- people driven from home are displaced ---


@pytest.mark.parametrize(
    "text",
    [
        "La situation reste grave pour 200 000 personnes dispersées hors des sites d'accueil.",
        "En avril 2025, au moins 4 500 familles ont été chassées de leurs villages.",
        "Plus de 6 000 habitants chassés par les combats ont gagné Butembo en 2025.",
        "Quelque 3 000 personnes ont été jetées sur les routes de l'exil en mars 2025.",
        "Des milliers de civils ont été poussés à l'exil en janvier 2025.",
        "Environ 900 ménages obligés de fuir ont trouvé refuge à Lubero en 2025.",
        "Au moins 12 000 personnes sont dispersées dans la brousse depuis mai 2025.",
        "Près de 700 familles ont été expulsées de leurs terres en février 2025.",
    ],
)
def test_people_driven_from_home_are_displaced(text: str) -> None:
    assert [c for c, _ in categories(text)] == [Category.DISPLACED]


@pytest.mark.parametrize(
    "text",
    [
        "Près de 200 manifestants ont été dispersés par la police à Goma en 2025.",
        "Plus de 300 manifestants ont été dispersés dans le calme le 2 mai 2025.",
        "Le 2 mai 2025, 14 rebelles chassés par l'armée ont quitté Kiwanja.",
    ],
)
def test_a_crowd_dispersed_or_a_force_driven_out_is_not_displaced(text: str) -> None:
    assert Category.DISPLACED not in [c for c, _ in categories(text)]
