"""French kinds helper fr46 found in the study half of the French sets (issue 18), on
sentences written for the tests, each with its negatives: a voice named by an
indefinite title and then its name ("un porte-parole de la police, Ali Traoré")
keeps the name beside the title; a pronoun opening its clause before a verb of saying
("Il a ajouté que") is the voice told before it."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


def voices_and_places(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each claim of a French document: words, voice, place."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2025, 6, 12)}
    )
    return [(doc.text[c.start : c.end], c.attribution, c.location) for c in extract_claims(doc)]


# --- an indefinite title, then the name beside it ---


def test_an_indefinite_title_keeps_the_name_beside_it() -> None:
    text = (
        "Au moins 12 civils ont été tués lundi à Mongo, a déclaré un porte-parole de la "
        "police, Moussa Mahamat, ajoutant que cinq autres ont été blessés."
    )
    voices = {voice for _, voice, _ in voices_and_places(text)}
    assert voices == {"un porte-parole de la police, Moussa Mahamat"}
    text = "Neuf passants ont péri, a affirmé une responsable de l'hôpital, Awa Koné."
    assert [v for _, v, _ in voices_and_places(text)] == ["une responsable de l'hôpital, Awa Koné"]


def test_an_indefinite_title_takes_no_place_or_lone_word_for_a_name() -> None:
    # negatives: a single capitalised word after the comma, a clause after the title
    text = "Trois civils ont été tués à Mongo, a déclaré un habitant, Sarh étant loin."
    assert [v for _, v, _ in voices_and_places(text)] == ["un habitant"]
    text = "Quatre soldats ont été tués, a indiqué un responsable, qui a requis l'anonymat."
    assert [v for _, v, _ in voices_and_places(text)] == ["un responsable"]


# --- a pronoun opening its clause before a verb of saying ---


@pytest.mark.parametrize(
    "said",
    [
        "Il a ajouté que quatre personnes ont été blessées.",
        "Elle a également précisé que quatre personnes ont été blessées.",
        "Il affirme que quatre personnes ont été blessées.",
        "Ce dernier a ajouté que quatre personnes ont été blessées.",
    ],
)
def test_a_pronoun_saying_names_the_voice_told_before(said: str) -> None:
    text = f"Le préfet de Bongor a fait état de 12 morts le 3 mai 2025. {said}"
    assert voices_and_places(text)[-1][1] == "Le préfet de Bongor"


@pytest.mark.parametrize(
    "text",
    [
        # no verb of saying after the pronoun
        "Le préfet a fait état de 12 morts le 3 mai 2025. Il y a eu quatre blessés.",
        "Le préfet a fait état de 12 morts le 3 mai 2025. Il a fallu évacuer quatre blessés.",
        # no voice named before the pronoun
        "Il a ajouté que quatre personnes ont été blessées le 3 mai 2025.",
    ],
)
def test_a_pronoun_without_a_verb_of_saying_or_a_voice_before_names_none(text: str) -> None:
    assert voices_and_places(text)[-1][1] is None


# --- an area named by its kind alone after a preposition ("dans la province") ---


def test_an_area_named_by_its_kind_alone_is_the_one_of_that_kind_named_before() -> None:
    text = (
        "Six personnes ont été tuées le 4 mai 2025 à Gatumba, dans la province de "
        "Bujumbura, a annoncé la police. Plus de 2 000 personnes ont fui la province "
        "depuis le début du mois, selon le HCR."
    )
    assert voices_and_places(text)[-1][2] == "la province de Bujumbura"


def test_an_area_named_by_its_kind_alone_is_no_town() -> None:
    # none of its kind named before: its own words, not the town told before
    text = (
        "Dix-huit civils ont été tués le 6 mai 2025 à Mangusu, en Ituri, selon des "
        "sources locales. Depuis janvier, plus de 300 civils ont été tués dans la "
        "province, selon la société civile."
    )
    assert voices_and_places(text)[-1][2] == "la province"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # named after its kind, or an adjective then its name: no pointing back
        (
            "Le 7 mai 2025, une frappe sur la localité éthiopienne de Mai Tsebri a tué 17 civils.",
            "Mai Tsebri",
        ),
        ("Le 7 mai 2025, 17 civils ont été tués dans la province du Lac.", "la province du Lac"),
        ("Le 7 mai 2025, 17 civils ont été tués dans la province Orientale.", None),
    ],
)
def test_an_area_named_after_its_kind_is_no_area_pointed_back_to(
    text: str, place: str | None
) -> None:
    found = voices_and_places(text)[-1][2]
    assert found != "la province" and (place is None or found == place)


def test_the_country_named_by_its_kind_is_the_country_of_the_place_before() -> None:
    text = (
        "Vingt-sept personnes ont été tuées le 4 mai 2025 dans le comté de Tonj, au "
        "Soudan du Sud, a annoncé le ministre. Selon l'ONU, plus de 1 000 personnes ont "
        "été tuées dans des violences similaires l'an dernier dans le pays."
    )
    assert voices_and_places(text)[-1][2] == "South Sudan"
    # negatives: a country named after its kind, a country's part
    text = "Le 4 mai 2025, 12 civils ont été tués dans le pays de Galles."
    assert voices_and_places(text)[-1][2] != "United Kingdom"
    text = (
        "Vingt-sept personnes ont été tuées le 4 mai 2025 au Soudan du Sud. Douze "
        "autres ont été tuées dans le nord du pays."
    )
    assert voices_and_places(text)[-1][2] == "le nord du pays"


# --- thousands in digits, then "mille", then the rest ("113 mille 582") ---


def figures(text: str) -> list[tuple[Category, int | None, int | None]]:
    """Each claim's category and interval."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2025, 6, 12)}
    )
    return [(c.category, c.low, c.high) for c in extract_claims(doc)]


def test_thousands_then_the_rest_in_digits_are_one_figure() -> None:
    text = "Le 2 juin 2025, pas moins de 113 mille 582 personnes déplacées ont été recensées."
    assert figures(text) == [(Category.DISPLACED, 113_582, None)]
    text = "Le 2 juin 2025, 10 mille 500 personnes ont fui les combats."
    assert figures(text) == [(Category.DISPLACED, 10_500, 10_500)]
    # negatives: "mille" alone, a year after it
    text = "Le 2 juin 2025, plus de 96 mille personnes ont fui les combats."
    assert figures(text) == [(Category.DISPLACED, 96_000, None)]
    assert figures("Quelque 5 mille 2025 fois, le 2 juin 2025.") == []


# --- a voice saying how it feels, then what it says ---


@pytest.mark.parametrize(
    "opening",
    [
        "Le HCR s'est dit préoccupé par la situation.",
        "Le HCR se dit préoccupé par la situation.",
        "Le HCR s'inquiète du sort des civils.",
    ],
)
def test_a_voice_saying_how_it_feels_speaks_for_the_figure_after(opening: str) -> None:
    text = f"{opening} Près de 22 000 personnes ont fui leurs foyers le 3 juin 2025."
    assert voices_and_places(text)[-1][1] == "Le HCR"


def test_a_place_emptied_is_no_voice() -> None:
    text = "Le village s'est vidé : près de 22 000 personnes ont fui le 3 juin 2025."
    assert voices_and_places(text)[-1][1] is None


# --- a body named again by its kind ("selon l'organisation") ---


def test_a_body_named_again_by_its_kind_is_the_body_told_before() -> None:
    text = (
        "Au moins quinze personnes ont été tuées le 4 mai 2025 à Cité Soleil, a rapporté "
        "la Commission nationale des droits humains. Selon l'organisation, plusieurs "
        "dizaines de familles ont abandonné leurs maisons."
    )
    assert voices_and_places(text)[-1][1] == "la Commission nationale des droits humains"


def test_a_body_named_again_is_no_person_told_before() -> None:
    # negative: the voice before is a person, not a body
    text = (
        "Au moins quinze personnes ont été tuées le 4 mai 2025, a déclaré le maire, "
        "Jean Baptiste. Selon l'organisation, plusieurs dizaines de familles ont fui."
    )
    assert voices_and_places(text)[-1][1] != "le maire, Jean Baptiste"


# --- a headline's voice in brackets at its end ("... (armée)") ---


def headline(title: str) -> list[tuple[str, str | None, str | None]]:
    """The claims of a document opening on `title`, its body naming no figure."""
    return voices_and_places(f"{title}\n\nLe communiqué a été publié le 3 juin 2025.")


def test_a_headline_names_its_voice_in_brackets_at_its_end() -> None:
    assert headline("Tchad : 20 soldats tués dans une attaque (armée)")[0][1] == "armée"
    assert headline("Soudan : 40 morts à El-Fasher (sources sécuritaires)")[0][1] == (
        "sources sécuritaires"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Tchad : 20 soldats tués dans une attaque (vidéo)",
        "Tchad : 20 soldats tués dans une attaque (2)",
        "Tchad : 20 soldats tués (mise à jour)",
        # a bracket not at its end
        "Tchad : 20 soldats tués (armée) dans une attaque à Bol",
    ],
)
def test_a_headline_bracket_naming_no_voice_is_none(title: str) -> None:
    assert headline(title)[0][1] is None
