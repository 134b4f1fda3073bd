"""Kinds read in trial 64's inbox (an army post attacked on an island of Lake Chad, and
fishermen killed two days later), each fixed in general: a communiqué's closing place
line gives way to the place its lead names, the hurt flown on to a town are not where it
happened, a verb's complement is no voice, a statement's issuer is its voice, a
provisional toll the report overtakes is an earlier figure, and the wounded who died
are dead. Sentences written for these tests (published Wednesday 11 November 2026),
with negatives."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims

_COMMUNIQUE = (
    "COMMUNIQUÉ DE PRESSE N°12/EMGA/2026\n\n"
    "L'État-major informe que dans la nuit de lundi à mardi, un poste de nos forces "
    "stationné sur l'île de Tchoukou, près de Liwa, a été attaqué par des terroristes.\n\n"
    "Nos soldats ont repoussé l'assaut. Le bilan est le suivant :\n\n"
    "Côté ami : 5 militaires tombés et 9 blessés.\n\n"
    "Fait à {town}, le 11 novembre 2026\n"
    "Le Porte-parole"
)


def test_a_closing_place_line_gives_way_to_the_lead_s_place() -> None:
    found = claims(_COMMUNIQUE.format(town="N'Djamena"), "fr")
    assert [c.location for c in found] == ["l'île de Tchoukou"] * 2
    assert {c.date for c in found} == {"2026-11-09/2026-11-10"}


def test_a_closing_place_line_is_the_place_where_the_text_names_none() -> None:
    text = "Côté ami : 5 militaires tombés et 9 blessés.\n\nFait à Mongo, le 11 novembre 2026"
    assert {c.location for c in claims(text, "fr")} == {"Mongo"}


@pytest.mark.parametrize(
    "text",
    [
        "Seven soldiers were killed and 12 wounded, evacuated to Bol and then to N'Djamena.",
        "Twelve wounded soldiers were airlifted to N'Djamena on Tuesday.",
    ],
)
def test_a_town_the_hurt_were_flown_to_is_not_their_place(text: str) -> None:
    assert {c.location for c in claims(text)} == {None}


def test_the_place_before_an_evacuation_stands() -> None:
    text = "Seven soldiers were killed in Bol and 12 wounded, evacuated to Mongo."
    assert {c.location for c in claims(text)} == {"Bol"}


def test_the_hurt_flown_out_by_helicopter_are_not_displaced() -> None:
    text = "Quatorze militaires ont été blessés, dont cinq ont été évacués par hélicoptère."
    assert "displaced" not in {c.category.value for c in claims(text, "fr")}


def test_people_evacuated_by_the_authorities_are_displaced() -> None:
    text = "Deux cents habitants ont été évacués par les autorités vers Bol."
    assert [c.category.value for c in claims(text, "fr")] == ["displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "Deux blessés graves ont succombé à leurs blessures.",
        "Trois blessés hospitalisés sont décédés dans la nuit.",
    ],
)
def test_the_wounded_who_died_are_dead(text: str) -> None:
    assert [c.category.value for c in claims(text, "fr")] == ["killed"]


def test_the_wounded_still_in_hospital_stay_wounded() -> None:
    text = "Deux blessés graves ont été évacués."
    assert [c.category.value for c in claims(text, "fr")] == ["wounded"]


def test_a_verb_s_infinitive_complement_is_no_voice() -> None:
    text = (
        "Onze militaires ont été tués et 14 blessés selon nos sources.\n\n"
        "Les habitants de Kaïga, qui vivent principalement de la pêche, disent ne plus "
        "oser sortir sur le lac."
    )
    # the writer's sources speak for the toll (session 65), the fishermen for nothing
    assert {c.attribution for c in claims(text, "fr")} == {"nos sources"}


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Onze militaires ont été tués, indique le gouverneur de la province.",
            "le gouverneur de la province",
        ),
        ("Onze militaires ont été tués, précise Pierre Fournier.", "Pierre Fournier"),
    ],
)
def test_a_voice_after_its_verb_stands(text: str, voice: str) -> None:
    assert [c.attribution for c in claims(text, "fr")] == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "L'état-major a publié dans la matinée un communiqué faisant état de 7 "
            "militaires tués.",
            "L'état-major",
        ),
        ("La Croix-Rouge a diffusé mardi un bilan qui fait état de 12 morts.", "La Croix-Rouge"),
        ("Le HCR a publié un rapport selon lequel 2 000 personnes ont fui.", "Le HCR"),
    ],
)
def test_who_issued_the_statement_is_its_voice(text: str, voice: str) -> None:
    assert {c.attribution for c in claims(text, "fr")} == {voice}


def test_a_paper_publishing_something_else_is_no_voice() -> None:
    text = "Sept militaires ont été tués. Le journal a publié des photos."
    assert [c.attribution for c in claims(text, "fr")] == [None]


def test_a_provisional_toll_the_report_overtakes_is_an_earlier_figure() -> None:
    text = (
        "Le bilan de l'attaque du poste de Tchoukou s'est alourdi : 11 soldats ont été tués. "
        "Lundi, nous faisions état d'un bilan provisoire d'au moins cinq soldats tués."
    )
    found = {c.value: c.earlier_figure for c in claims(text, "fr")}
    assert found == {11: False, 5: True}


def test_a_provisional_toll_alone_is_the_standing_toll() -> None:
    text = "Selon un bilan provisoire, cinq soldats ont été tués à Tchoukou."
    assert [c.earlier_figure for c in claims(text, "fr")] == [False]


@pytest.mark.parametrize(
    "text",
    [
        'The army said seven soldiers had been killed and 34 "terrorists neutralised".',
        "Police killed 34 “bandits” in the raid.",
    ],
)
def test_a_quoted_noun_after_its_number(text: str) -> None:
    found = [(c.category.value, c.value, c.subject) for c in claims(text)]
    assert found[-1][:2] == ("killed", 34)
    assert found[-1][2] in ("terrorists", "bandits")


def test_the_figures_of_an_earlier_attack_s_where_clause_take_its_place() -> None:
    text = (
        "Onze pêcheurs ont été tués mardi près de Kaïga.\n\n"
        "Cette nouvelle attaque intervient deux jours après celle de l'île de Tchoukou, dans "
        "la nuit de samedi à dimanche, où 11 militaires ont été tués et 14 blessés."
    )
    found = [(c.category.value, c.value, c.location) for c in claims(text, "fr")]
    assert found == [
        ("killed", 11, "près de Kaïga"),
        ("killed", 11, "l'île de Tchoukou"),
        ("wounded", 14, "l'île de Tchoukou"),
    ]


def test_figures_after_an_earlier_attack_s_phrase_keep_the_sentence_s_place() -> None:
    text = "Deux jours après celle de Liwa, quatre pêcheurs ont été tués à Kaïga."
    assert [c.location for c in claims(text, "fr")] == ["Kaïga"]
