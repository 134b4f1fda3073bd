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


def voices_and_places(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each claim of a French document: words, voice, place."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2025, 6, 12)}
    )
    return [(doc.text[c.start : c.end], c.attribution, c.location) for c in extract_claims(doc)]


# --- an indefinite title, then the name beside it ---


def test_an_indefinite_title_keeps_the_name_beside_it() -> None:
    text = (
        "Au moins 12 civils ont été tués lundi à Gao, a déclaré un porte-parole de la "
        "police, Souleymane Dembélé, ajoutant que cinq autres ont été blessés."
    )
    voices = {voice for _, voice, _ in voices_and_places(text)}
    assert voices == {"un porte-parole de la police, Souleymane Dembélé"}
    text = "Neuf passants ont péri, a affirmé une responsable de l'hôpital, Awa Koné."
    assert [v for _, v, _ in voices_and_places(text)] == ["une responsable de l'hôpital, Awa Koné"]


def test_an_indefinite_title_takes_no_place_or_lone_word_for_a_name() -> None:
    # negatives: a single capitalised word after the comma, a clause after the title
    text = "Trois civils ont été tués à Gao, a déclaré un habitant, Bamako étant loin."
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
    text = f"Le préfet de Kaya a fait état de 12 morts le 3 mai 2025. {said}"
    assert voices_and_places(text)[-1][1] == "Le préfet de Kaya"


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
