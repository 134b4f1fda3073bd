"""A French quote is a sentence of its own, and what it is told from is no place of it
(Cameroon and Togo trials, session 50): "... selon le journal. « Le bilan est de 3
morts entre X et Y », a confié M. Ali." was one sentence, the journal's voice and the
quote's place given to the claims before it. A victim named with the age in brackets is
one dead (Manipur trial). Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.sentences import split_sentences
from workbench.ingest import document_from_text


def sentences(text: str) -> list[str]:
    doc = document_from_text("note.txt", text)
    return [doc.text[s.start : s.end] for s in split_sentences(doc.text, doc.blocks)]


def read(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    doc = document_from_text("note.txt", text)
    doc = doc.model_copy(update={"published": dt.date(2022, 3, 9), "language": language})
    return [(c.text, c.attribution, c.location) for c in extract_claims(doc)]


def test_a_french_quote_opens_and_closes_a_sentence():
    text = (
        "Deux civils ont été tués, selon le journal. « Le bilan est lourd. » Puis il est "
        "parti. Écoutez bien."
    )
    assert sentences(text) == [
        "Deux civils ont été tués, selon le journal.",
        "« Le bilan est lourd. »",
        "Puis il est parti.",
        "Écoutez bien.",
    ]


def test_a_quote_after_a_toll_keeps_its_own_voice_and_place():
    text = (
        "Des hommes armés ont attaqué le village de Kolofata, tuant deux civils, selon le "
        "journal. « Le bilan est de 3 morts entre Amchidé et Limani », a confié M. Ali."
    )
    found = read(text, "fr")
    assert found[0][1:] == ("le journal", "Kolofata")
    assert found[-1][1:] == ("M. Ali", "entre Amchidé et Limani")


def test_a_place_only_near_a_country_gives_way_to_a_finer_one():
    text = (
        "« Près du Bénin, nouvelle attaque dans le canton de Kpinnou », a indiqué un élu. "
        "« Plus d'une dizaine de morts », a-t-il ajouté."
    )
    assert read(text, "fr")[0][2] == "le canton de Kpinnou"


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            'A bomber blew himself up in Konduga. "Five people were killed," said Musa, '
            "reached by phone in his village, six kilometres north of Maiduguri.",
            "en",
            "Konduga",
        ),
        (
            "Un kamikaze s'est fait exploser à Konduga. « Cinq personnes ont été tuées », a "
            "dit Musa, joint par téléphone depuis son village, à six kilomètres au nord de "
            "Maiduguri.",
            "fr",
            "Konduga",
        ),
    ],
)
def test_where_a_voice_was_reached_is_no_place_of_the_toll(text, language, place):
    assert read(text, language)[0][2] == place


@pytest.mark.parametrize(
    "text",
    [
        "Tomba Singh (34) was shot dead by armed men near the village.",
        "The second victim, Tomba Singh (34), was shot dead by unidentified armed men.",
        "Gunmen shot dead Tomba Singh (34) near the village on Monday.",
    ],
)
def test_a_victim_named_with_the_age_in_brackets_is_one_dead(text):
    """Manipur trial, session 50: "Laibungjam Inao (27) was shot dead" gave nothing, as
    "shot dead Musa Bello (45)" did."""
    doc = document_from_text("note.txt", text)
    assert [(c.category.value, c.value) for c in extract_claims(doc)] == [("killed", 1)]
