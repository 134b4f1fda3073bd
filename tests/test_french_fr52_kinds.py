"""French kinds from french-e's study half (session 52, issue 18): a count of a year's
size after "plus de", "près de" or "pas moins de"; a figure glued to the full stop
before it; homes left under another word ("quitter leurs toits"); a toll's bare word
before a status ("le bilan s'élève à 350 déplacés"); an aside between the auxiliary
and the verb of saying after a named voice ("X a pour sa part déclaré"); a document
named again ("ce rapport") as the voice that published it; and the number of a
place's name ("le chef de Baba 1 et ses enfants"). Sentences written for the tests,
with negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    """The claims of a French document published in June 2022."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2022, 6, 6)}
    )
    return list(extract_claims(doc))


def figures(text: str) -> list[tuple[str, object]]:
    return [(c.category.value, c.value) for c in claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les combats ont fait plus de 2000 morts dans la région.", ("killed", 2000)),
        ("La guerre a fait pas moins de 1950 tués depuis mars.", ("killed", 1950)),
        ("On dénombre près de 2010 déplacés dans le camp.", ("displaced", 2010)),
    ],
)
def test_a_count_of_a_years_size_after_a_bound(text: str, expected: tuple[str, int]) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Depuis 2000, la région a connu de nombreuses attaques.",
        "La crise de 2012 a bouleversé le pays.",
    ],
)
def test_a_year_after_de_or_depuis_stays_a_year(text: str) -> None:
    assert all(value not in (2000, 2012) for _, value in figures(text))


def test_a_figure_glued_to_the_full_stop_before_it() -> None:
    text = "La tension reste vive dans la province.85 personnes ont été arrêtées sur place."
    assert ("arrested", 85) in figures(text)


def test_decimals_and_thousands_keep_their_stops() -> None:
    assert ("killed", 1500) in figures("Le bilan est de 1.500 morts.")


@pytest.mark.parametrize(
    "text",
    [
        "Environ 3 000 personnes ont été contraintes de quitter leurs toits.",
        "Quelque 3 000 familles ont dû quitter leurs logements.",
    ],
)
def test_homes_left_under_other_words(text: str) -> None:
    assert ("displaced", 3000) in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le bilan s'élève à 350 déplacés selon la protection civile.", ("displaced", 350)),
        ("Le bilan est de 35 réfugiés arrivés au Tchad.", ("refugees", 35)),
        ("Le bilan provisoire fait état de 41 déplacés tués.", ("killed", 41)),
    ],
)
def test_a_tolls_word_names_no_fate_of_the_displaced(text: str, expected: tuple[str, int]) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire de Béni, Jean Kasereka, a pour sa part déclaré que 12 civils avaient été tués.",
        "Jean Kasereka a, de son côté, affirmé que 12 civils avaient été tués.",
        "Jean Kasereka a par ailleurs indiqué que 12 civils avaient été tués.",
    ],
)
def test_an_aside_between_auxiliary_and_verb_keeps_the_named_voice(text: str) -> None:
    voices = [c.attribution or "" for c in claims(text) if c.value == 12]
    assert voices and "Jean Kasereka" in voices[0]


def test_an_inverted_voice_after_an_aside() -> None:
    text = "Douze civils ont été tués, a pour sa part déclaré le gouverneur."
    assert [c.attribution for c in claims(text)] == ["le gouverneur"]


def test_a_document_named_again_speaks_for_its_author() -> None:
    text = (
        "Selon un rapport de l'Organisation des Nations unies, la situation s'aggrave. "
        "Toujours selon ce rapport, les affrontements ont fait au moins 208 morts."
    )
    voices = [c.attribution for c in claims(text) if c.value == 208]
    assert voices and "Nations unies" in (voices[0] or "")


def test_a_document_with_no_author_before_stays_itself() -> None:
    assert [c.attribution for c in claims("Selon ce rapport, 12 personnes sont mortes.")] == [
        "ce rapport"
    ]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("L'épouse du chef de Baba 1 et ses quatre enfants ont été enlevés.", 1),
        ("Les déplacés du site de Mugunga 3, au nord de Goma, réclament de l'aide.", 3),
    ],
)
def test_the_number_of_a_places_name_counts_nobody(text: str, absent: int) -> None:
    assert all(value != absent for _, value in figures(text))


def test_a_count_after_a_place_and_a_noun_still_counts() -> None:
    assert ("killed", 3) in figures("À Goma, 3 personnes ont été tuées mardi.")


def test_thousands_apart_by_an_apostrophe() -> None:
    assert ("killed", 170000) in figures("Le conflit a fait plus de 170'000 morts.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des terroristes ont tué la semaine dernière une personne à Memba.", ("killed", 1)),
        ("Les rebelles ont enlevé le week-end dernier douze élèves.", ("kidnapped", 12)),
        ("Les assaillants ont tué dimanche dernier cinq civils.", ("killed", 5)),
    ],
)
def test_a_time_between_the_verb_and_its_count(text: str, expected: tuple[str, int]) -> None:
    assert expected in figures(text)


def test_a_participle_of_saying_ends_the_voice() -> None:
    text = (
        "Douze personnes ont été enlevées, a indiqué la police précisant que les "
        "recherches continuent."
    )
    assert [c.attribution for c in claims(text)] == ["la police"]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("Le maire annonçait mardi 12 morts.", "Le maire"),
        ("Le préfet avançait le chiffre de 20 morts.", "Le préfet"),
    ],
)
def test_the_imperfect_of_a_verb_in_cer_says(text: str, voice: str) -> None:
    assert [c.attribution for c in claims(text)] == [voice]
