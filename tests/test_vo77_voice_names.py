"""A voice's name is the speaker, not the phrase around it (trial 77: one prefect was
stored as "le préfet de X, le colonel Y", "le préfet de X à la radio locale" and "Y";
a ministry as "un nouveau communiqué du ministère des Armées publié" and "le
ministère"). Sentences written for the test, English and French, with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.french.document_voices import document_author
from workbench.extract.office_holders import holder_named_before
from workbench.ingest import document_from_text


def voices(text: str, language: str) -> list[tuple[str, object, str | None]]:
    """(category, low, voice) of each claim of a document in `language`."""
    doc = document_from_text("t.txt", text).model_copy(
        update={"language": language, "published": dt.date(2026, 3, 4)}
    )
    return [(c.category.value, c.low, c.attribution) for c in extract_claims(doc)]


def voice_of(text: str, language: str, low: int) -> str | None:
    found = [v for _, n, v in voices(text, language) if n == low]
    assert found, voices(text, language)
    return found[0]


@pytest.mark.parametrize(
    ("text", "low", "voice"),
    [
        # the medium after the name: no part of it
        (
            "« Onze civils ont été tués », a déclaré le gouverneur de la Kara "
            "à la radio nationale.",
            11,
            "le gouverneur de la Kara",
        ),
        (
            "« Trois gendarmes sont morts », a affirmé le maire de Bafilo au micro de Radio Kara.",
            3,
            "le maire de Bafilo",
        ),
        (
            "« Six blessés ont été évacués », a précisé le sous-préfet de Guérin-Kouka "
            "à la télévision publique.",
            6,
            "le sous-préfet de Guérin-Kouka",
        ),
        # a document's author: the body that put it out
        (
            "Selon un communiqué du ministère de la Sécurité diffusé jeudi, huit policiers "
            "ont été tués à Sokodé.",
            8,
            "le ministère de la Sécurité",
        ),
        (
            "D'après le dernier rapport de la Croix-Rouge, quatorze personnes ont été blessées.",
            14,
            "la Croix-Rouge",
        ),
        (
            "Selon un nouveau communiqué de l'état-major publié samedi soir, cinq soldats ont "
            "été tués.",
            5,
            "l'état-major",
        ),
    ],
)
def test_a_french_voice_is_its_speaker(text: str, low: int, voice: str) -> None:
    assert voice_of(text, "fr", low) == voice


def test_the_ministry_named_again_is_the_ministry_named_before() -> None:
    text = (
        "Selon le ministère de la Santé, douze patients ont été admis à Kara.\n\n"
        "Le ministère précise que quatre blessés ont été transférés à Lomé."
    )
    assert voice_of(text, "fr", 4) == "le ministère de la Santé"


def test_an_office_and_its_place_is_the_person_named_holding_it_before() -> None:
    text = (
        "Selon le gouverneur de l'Atakora, le colonel Issifou Dramane, neuf villageois "
        "ont été tués.\n\n"
        "« Nous avons retrouvé treize corps », a ajouté le gouverneur de l'Atakora à la "
        "radio locale."
    )
    assert voice_of(text, "fr", 13) == "Issifou Dramane"


def test_english_an_office_and_its_place_is_its_holder() -> None:
    text = (
        "The mayor of Karimama, Salifou Gado, said eight people were killed.\n\n"
        "The mayor of Karimama told state radio that 12 houses were burned and "
        "five people were wounded."
    )
    assert voice_of(text, "en", 5) == "Salifou Gado"


def test_english_a_document_author_without_when_it_was_released() -> None:
    text = (
        "According to a statement from the interior ministry released on Sunday, "
        "17 police officers were killed in the attack."
    )
    assert voice_of(text, "en", 17) == "interior ministry"


@pytest.mark.parametrize(
    ("name", "author"),
    [
        ("un communiqué du ministère des Armées publié", "le ministère des Armées"),
        ("le bilan de MSF", "MSF"),
        ("un rapport de l'ONU", "l'ONU"),
        # negatives: a document of an event, of a day, of no one, of two authors
        ("le bilan de l'attaque", None),
        ("le communiqué de lundi", None),
        ("un rapport de 40 pages", None),
        ("un communiqué conjoint de la MINUSCA et du gouvernement", None),
        ("le ministère", None),
    ],
)
def test_a_french_document_names_its_author(name: str, author: str | None) -> None:
    assert document_author(name) == author


@pytest.mark.parametrize(
    ("text", "voice", "holder"),
    [
        # two prefects: the other one's office names no one here
        ("Selon le préfet de l'Oti, M. Kodjo Sama, sept morts.", "le préfet de Tône", None),
        # two holders of one office named before: no telling which
        (
            "Le maire de Dapaong, Ali Mora, puis Binta Sali, maire de Dapaong, ont parlé.",
            "le maire de Dapaong",
            None,
        ),
        # a minister is no ministry
        (
            "Le ministre de la Sécurité, le général Koffi Yark, a parlé.",
            "le ministère de la Sécurité",
            None,
        ),
        # the office named after the voice: not before it
        ("the governor of Borno", "the governor of Borno", None),
        (
            "Selon le préfet de l'Oti, M. Kodjo Sama, sept morts.",
            "le préfet de l'Oti",
            "Kodjo Sama",
        ),
    ],
)
def test_an_office_holder_only_where_one_was_named_before(
    text: str, voice: str, holder: str | None
) -> None:
    assert holder_named_before(text, voice, len(text)) == holder


@pytest.mark.parametrize(
    ("text", "low", "voice"),
    [
        # negatives: what stays as it was
        (
            "« Quatre soldats ont été blessés », a indiqué le porte-parole de l'armée.",
            4,
            "le porte-parole de l'armée",
        ),
        (
            "Selon le bilan de l'attaque, sept personnes ont été tuées à Mango.",
            7,
            None,
        ),
        (
            "Selon le maire de Sansanné-Mango, dix maisons ont brûlé et deux civils sont morts.",
            2,
            "le maire de Sansanné-Mango",
        ),
    ],
)
def test_french_voices_that_stay(text: str, low: int, voice: str | None) -> None:
    assert voice_of(text, "fr", low) == voice
