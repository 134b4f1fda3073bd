"""Kinds from trial 79 (Guinea, twelve invented texts), on French sentences written for
the tests, with negatives: a wire's dateline of a short month and no year ("CONAKRY,
18 nov (AFP) -") dates its story; an outlet's line under the title names the outlet
where its name joins words by "de" or follows "Publié par", and under a long headline
with no blank line between; that line's name is no claim's place; a toll named by its
incident's day ("le bilan des affrontements survenus mercredi") is of that day, not
of a wounded person's later death ("un blessé ayant succombé jeudi soir"), and so are
the counts told after it; that wounded person is one dead, a part of the toll the
sentence tells risen by them; "nos hommes" in an army's words are its soldiers; a
party's «militants» are civilians where the page tells of politics, and those «toujours
détenus» are arrested; "pour sa part" is no voice, and «affirme» doubts only a side's
claim of its own deed of war; a "village frontalier de X" is not in X, so neither are its
tolls nor the army that counts them; the parties to a clash that made a toll are no
victims ("deux communautés ont fait quatre morts"); «passé de quatre à cinq morts» tells
an earlier count of four; a toll told in «, dont le bilan» is of the noun before it; the
«il» of «qu'il dit» is the sentence's subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.french_helpers import french_claims
from workbench.ingest import document_from_text
from workbench.ingest.metadata import dateline_without_year

_TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("opening", "words", "day"),
    [
        ("CONAKRY, 18 nov (AFP) - Au moins cinq personnes", "18 nov", dt.date(2026, 11, 18)),
        ("LABÉ, 3 févr. (AFP) - Deux gendarmes", "3 févr.", dt.date(2026, 2, 3)),
        ("MAMOU, 1er oct (Reuters) - Quatre civils", "1er oct", dt.date(2026, 10, 1)),
        ("SIGUIRI, 4 janv. - Des orpailleurs", "4 janv.", dt.date(2026, 1, 4)),
        ("BOKÉ, 12 déc (AFP) - Trois morts", "12 déc", dt.date(2025, 12, 12)),  # last year's
        ("ÉDÉA, 5 août (AFP) — Six blessés", "5 août", dt.date(2026, 8, 5)),
        ("Kankan, 22 sept. (APS) - Un mort", "22 sept.", dt.date(2026, 9, 22)),
    ],
)
def test_a_french_dateline_of_no_year_dates_the_story(opening: str, words: str, day: dt.date):
    assert dateline_without_year(f"Titre\n\n{opening} ont été tués.\n", _TODAY) == (words, day)


@pytest.mark.parametrize(
    "text",
    [
        "CONAKRY, mardi (AFP) - Cinq personnes ont été tuées.",  # a weekday, no month
        "Le bilan, 18 morts - selon la préfecture.",  # a count, no month
        "KINDIA, 31 févr. (AFP) - Trois morts.",  # no such day
    ],
)
def test_no_french_yearless_day_without_a_month_and_a_day(text: str) -> None:
    assert dateline_without_year(text, _TODAY) is None


_TITLE = "Guinée : trois morts dans une attaque"
_LONG_TITLE = (
    "Répression du 2 décembre : le collectif publie la liste de ses morts et exige une"
    " enquête indépendante sur les faits"
)
_BODY = "Trois personnes ont été tuées mardi lors d'une attaque, selon la police.\n"


@pytest.mark.parametrize(
    ("title", "line", "outlet"),
    [
        (_TITLE, "Le Journal de Kankan, Kankan, 3 décembre 2026", "Le Journal de Kankan"),
        (_TITLE, "La Voix du Fouta, 4 décembre 2026", "La Voix du Fouta"),
        (_TITLE, "Publié par Horizon Forêt, le 2 décembre 2026", "Horizon Forêt"),
        (_TITLE, "L'Écho d'Abidjan, publié le 02/12/2026", "L'Écho d'Abidjan"),
        (_LONG_TITLE, "Sahel Quotidien, publié le 22/11/2026", "Sahel Quotidien"),
        # negatives: a team, a letter's place and date, a weekday
        (_TITLE, "Publié par l'équipe de rédaction, le 2 décembre 2026", None),
        (_TITLE, "Conakry, le 3 décembre 2026", None),
        (_TITLE, "Mardi, publié le 23/11/2026", None),
    ],
)
def test_an_outlet_line_right_under_the_title(title: str, line: str, outlet: str | None):
    document = document_from_text("t.txt", f"{title}\n{line}\n{_BODY}")
    assert document.outlet == outlet


@pytest.mark.parametrize(
    "line", ["Kankan Matin, 3 décembre 2026", "Boké Nouvelles, 3 décembre 2026"]
)
def test_an_outlets_dated_line_is_no_place(line: str) -> None:
    claims = french_claims(f"{_LONG_TITLE}\n{line}\n\n{_BODY}")
    assert claims and all(c.location != line.split(",")[0] for c in claims)


_SATURDAY = dt.date(2026, 11, 21)


def _dated(text: str) -> list[tuple[str, int | None, str]]:
    return [(c.category.value, c.low, str(c.date)) for c in french_claims(text + "\n", _SATURDAY)]


@pytest.mark.parametrize(
    ("text", "toll", "day"),
    [
        (
            "Le bilan des affrontements survenus mercredi à Kankan est passé de trois à quatre"
            " morts, un blessé ayant succombé jeudi soir à l'hôpital, a annoncé vendredi le"
            " préfet.",
            4,
            "2026-11-18",
        ),
        (
            "Le bilan de l'attaque de lundi contre le marché de Siguiri s'est alourdi à six"
            " morts, deux blessés ayant succombé mercredi, selon la gendarmerie.",
            6,
            "2026-11-16",
        ),
        (
            "Le bilan de l'explosion survenue mardi dans une mine d'or de Kouroussa atteint"
            " désormais onze morts après le décès de deux blessés jeudi, selon le préfet.",
            11,
            "2026-11-17",
        ),
    ],
)
def test_a_toll_named_by_its_incidents_day_is_of_that_day(text: str, toll: int, day: str):
    assert ("killed", toll, day) in _dated(text)


def test_the_later_deaths_own_claim_keeps_its_day() -> None:
    text = (
        "Le bilan de l'explosion survenue mardi dans une mine d'or de Kouroussa atteint"
        " désormais onze morts après le décès de deux blessés jeudi, selon le préfet."
    )
    assert ("killed", 2, "2026-11-19") in _dated(text)


@pytest.mark.parametrize(
    "text",
    [
        "Un blessé a succombé jeudi soir à l'hôpital de Kankan, après les affrontements de"
        " mercredi.\n\nDix-neuf personnes ont été blessées, selon le préfet.",
        "Des hommes armés ont attaqué mercredi le village de Kolia, près de Kankan. Un blessé"
        " est décédé des suites de ses blessures jeudi.\n\nLe préfet a indiqué vendredi que"
        " dix-neuf personnes ont été blessées.",
    ],
)
def test_a_later_deaths_day_is_not_carried_to_the_counts_after(text: str) -> None:
    assert ("wounded", 19, "2026-11-18") in _dated(text)


@pytest.mark.parametrize(
    "text",
    [
        # a count's day, no incident's: "le bilan de la semaine"
        "Le bilan de la semaine à Kankan est de quatre morts jeudi, selon le préfet.",
        "Mercredi, des affrontements ont éclaté à Kankan ; jeudi, le bilan s'élevait à quatre"
        " morts, selon le préfet.",
    ],
)
def test_a_toll_of_no_incidents_day_keeps_its_own(text: str) -> None:
    assert ("killed", 4, "2026-11-19") in _dated(text)


def _read(text: str) -> list[tuple[str, int | None, str | None, bool | None]]:
    return [(c.category.value, c.low, c.unit, c.part) for c in french_claims(text + "\n")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bilan des affrontements de Kankan est passé de trois à quatre morts, un blessé"
            " ayant succombé jeudi soir à l'hôpital.",
            # the earlier three too (`test_a_toll_revised_from_a_count_tells_that_earlier_count`)
            [("killed", 3, None, None), ("killed", 4, None, None), ("killed", 1, None, True)],
        ),
        (
            "Deux blessés ayant succombé à leurs blessures, le bilan de l'attaque de Siguiri"
            " s'élève désormais à sept morts.",
            [("killed", 2, None, True), ("killed", 7, None, None)],
        ),
        (
            "Un blessé, qui a succombé à ses blessures, a été inhumé samedi à Mamou.",
            [("killed", 1, None, None)],
        ),
        (
            "Le bilan officiel des violences de Labé est de sept morts, un blessé étant décédé"
            " vendredi.",
            [("killed", 7, None, None), ("killed", 1, None, None)],
        ),
    ],
)
def test_a_wounded_person_who_died_is_a_death(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un blessé ayant été transféré à Conakry, le bilan reste de quatre morts.",
            [("wounded", 1, None, None), ("killed", 4, None, None)],
        ),
        (
            "Quatre personnes sont mortes et deux blessés ont été évacués vers Conakry.",
            [("killed", 4, "person", None), ("wounded", 2, None, None)],
        ),
        # the wounded who died after a toll, told as no rise of it, stay a toll
        (
            "L'attaque a fait quatre morts ; deux blessés sont décédés depuis, selon la"
            " gendarmerie.",
            [("killed", 4, None, None), ("killed", 2, None, None)],
        ),
    ],
)
def test_the_wounded_moved_or_told_apart_are_no_part(text: str, expected: list[tuple]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le communiqué de l'armée indique : « Quatre de nos hommes sont tombés au combat à"
        " Kolia ».",
        "« Nous avons perdu deux de nos hommes », a déclaré le commandant de la zone de Kolia.",
        "« Trois de nos hommes ont été blessés », selon l'état-major des armées.",
    ],
)
def test_an_armys_own_men_are_soldiers(text: str) -> None:
    assert [unit for _, _, unit, _ in _read(text)] == ["military"]


@pytest.mark.parametrize(
    "text",
    [
        "Quatre villageois sont tombés sous les balles des assaillants à Kolia.",
        "Quatre hommes ont été tués à Kolia, selon l'armée.",
    ],
)
def test_men_not_the_speakers_own_stay_civilians(text: str) -> None:
    assert [unit for _, _, unit, _ in _read(text)] == ["civilian"]


def _units(text: str) -> list[tuple[str, int | None, str | None]]:
    return [(c.category.value, c.low, c.unit) for c in french_claims(text + "\n")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le parti a publié la liste des sept militants tués mardi lors de la marche de"
            " l'opposition.",
            [("killed", 7, "civilian")],
        ),
        (
            "Le Front pour la défense de la Constitution a rendu publique la liste des cinq"
            " militants qu'il dit avoir été tués par la police.",
            [("killed", 5, "civilian")],
        ),
        (
            "Après la manifestation de Labé, quatre militantes ont été blessées, selon leur parti.",
            [("wounded", 4, "civilian")],
        ),
    ],
)
def test_a_partys_militants_are_civilians(text: str, expected: list[tuple]) -> None:
    assert _units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # armed by their words, or on a page of no politics
        "Deux militants islamistes ont été tués lors d'un raid de l'armée après la manifestation.",
        "Trois militants du Hamas ont été tués dans une frappe, selon l'opposition.",
        "Six militants ont été tués lors d'une attaque contre un poste militaire de Kidal.",
    ],
)
def test_militants_armed_or_of_no_party_are_not_made_civilians(text: str) -> None:
    assert [unit for _, _, unit in _units(text)] != ["civilian"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Selon le parti, trente militants sont toujours détenus à Conakry.", 30),
        ("Douze manifestants restent détenus à la gendarmerie de Kankan.", 12),
        ("Quinze opposants sont encore en détention, selon leurs avocats.", 15),
    ],
)
def test_those_still_held_are_arrested(text: str, count: int) -> None:
    assert [(category, low) for category, low, _ in _units(text)] == [("arrested", count)]


def test_detainees_freed_are_no_arrest() -> None:
    text = "Les trente détenus ont été libérés samedi à Conakry, selon leurs avocats."
    assert [category for category, _, _ in _units(text)] != ["arrested"]


def _voiced(text: str) -> list[tuple[str | None, bool]]:
    return [(c.attribution, c.hedged) for c in french_claims(text + "\n")]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Le Front pour la défense de la Constitution (FDC), qui avait appelé à manifester,"
            " affirme pour sa part que sept manifestants ont été tués.",
            "Le Front pour la défense de la Constitution",
        ),
        (
            "La Croix-Rouge, qui a dépêché des équipes sur place, précise pour sa part que"
            " trente blessés ont été soignés.",
            "La Croix-Rouge",
        ),
        (
            "Le HCR, présent dans la région depuis 2019, estime pour sa part que 3 000 personnes"
            " ont fui.",
            "Le HCR",
        ),
    ],
)
def test_for_its_part_is_no_voice(text: str, voice: str) -> None:
    assert [v for v, _ in _voiced(text)] == [voice]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère de la Sécurité affirme que dix-neuf agents ont été blessés.",
        "La police du district affirme avoir arrêté trois assaillants présumés.",
        "Un habitant de Kolia affirme que douze maisons ont été incendiées et que quatre"
        " personnes ont été tuées.",
    ],
)
def test_affirms_is_said(text: str) -> None:
    assert _voiced(text) and not any(hedged for _, hedged in _voiced(text))


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe jihadiste affirme avoir tué vingt soldats lors de l'attaque de Kolia.",
        "« Nous avons tué 15 soldats », affirme le groupe armé.",
        "Les rebelles affirment qu'ils ont abattu six militaires près de Kolia.",
    ],
)
def test_a_side_affirming_its_own_deed_stays_hedged(text: str) -> None:
    assert [hedged for _, hedged in _voiced(text)] == [True]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Tchad : l'armée annonce cinq soldats tués\n\nL'armée a annoncé mardi la mort de cinq"
            " soldats dans l'attaque de Koukou-Est, village frontalier du Soudan situé dans la"
            " province du Ouaddaï.",
            "Chad",
        ),
        (
            "Côte d'Ivoire : trois morts\n\nTrois civils ont été tués dimanche à Tiéné-Sud,"
            " village frontalier du Liberia, dans la région du Cavally, a annoncé l'armée.",
            "Ivory Coast",
        ),
        (
            "Sénégal : quatre soldats tués\n\nQuatre soldats ont été tués samedi à Diagnon-Sud,"
            " village frontalier de la Gambie, a annoncé l'armée.",
            "Senegal",
        ),
        (
            "Guinée : deux douaniers tués\n\nDeux douaniers ont été tués jeudi à Kolia-Bas,"
            " village frontalier de la Sierra Leone, selon l'armée.",
            "Guinea",
        ),
    ],
)
def test_a_border_village_is_not_in_the_country_it_borders(text: str, country: str) -> None:
    assert {c.country for c in french_claims(text + "\n")} == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Trois civils ont été tués dimanche au Liberia, près de la ville de Ganta, a annoncé"
            " la police.",
            "Liberia",
        ),
        (
            "Deux soldats ont été tués près de la frontière avec le Nigeria, à Kerawa-Sud, au"
            " Cameroun.",
            "Cameroon",
        ),
    ],
)
def test_a_place_in_a_country_stays_there(text: str, country: str) -> None:
    assert {c.country for c in french_claims(text + "\n")} == {country}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des affrontements entre jeunes de deux communautés ont fait au moins quatre morts et"
            " 19 blessés mercredi à Kankan.",
            [("killed", 4), ("wounded", 19)],
        ),
        (
            "Les combats entre deux factions rivales ont fait douze morts à Bangui, selon l'ONU.",
            [("killed", 12)],
        ),
        ("Un conflit foncier entre trois familles a fait deux morts à Labé.", [("killed", 2)]),
        ("Des violences entre deux clans ont fait cinq blessés lundi.", [("wounded", 5)]),
    ],
)
def test_the_parties_to_a_clash_are_no_victims(text: str, expected: list[tuple]) -> None:
    assert [(c.category.value, c.low) for c in french_claims(text + "\n")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deux communautés ont été déplacées par les violences à Kankan.", [("displaced", 2)]),
        (
            "Deux villages ont été incendiés et quatre personnes tuées à Kankan.",
            [("killed", 4)],
        ),
        (
            "Trois civils qui fuyaient les combats ont été tués près de Kankan.",
            [("killed", 3)],
        ),
    ],
)
def test_people_whose_fate_is_told_stay_counted(text: str, expected: list[tuple]) -> None:
    assert [(c.category.value, c.low) for c in french_claims(text + "\n")] == expected


def _earlier(text: str) -> list[tuple[str, int | None, bool]]:
    return [(c.category.value, c.low, c.earlier_figure) for c in french_claims(text + "\n")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le bilan des affrontements de Kankan est passé de quatre à cinq morts, selon le"
            " gouvernorat.",
            [("killed", 4, True), ("killed", 5, False)],
        ),
        (
            "Le bilan de l'attaque est passé de 12 à au moins 15 morts, a annoncé l'armée.",
            [("killed", 12, True), ("killed", 15, False)],
        ),
        (
            "Le nombre de blessés est passé de vingt à trente-deux, selon l'hôpital.",
            [("wounded", 20, True), ("wounded", 32, False)],
        ),
    ],
)
def test_a_toll_revised_from_a_count_tells_that_earlier_count(text: str, expected: list) -> None:
    assert _earlier(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range, no change
        ("Entre quatre et cinq personnes ont été tuées à Kankan.", [("killed", 4, False)]),
        ("Le bilan s'est alourdi à cinq morts, selon le gouvernorat.", [("killed", 5, False)]),
    ],
)
def test_no_earlier_count_without_a_change_from_one(text: str, expected: list) -> None:
    assert _earlier(text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Cette attaque intervient alors que le pays reste sous tension après la manifestation"
            " de mardi à Conakry, et deux jours après les affrontements de Kankan, en Haute-Guinée,"
            " dont le bilan officiel est de cinq morts, selon le gouvernorat.",
            "Kankan",
        ),
        (
            "L'attaque survient après la marche de lundi à Conakry et les heurts de Kankan, dont le"
            " bilan s'élève à six morts.",
            "Kankan",
        ),
        (
            "Le calme est revenu à Labé, une semaine après les violences de Kankan, dont le bilan"
            " est de sept morts, selon la préfecture.",
            "Kankan",
        ),
    ],
)
def test_a_toll_whose_clause_follows_its_noun_is_of_that_noun(text: str, place: str) -> None:
    claims = french_claims(text + "\n", _SATURDAY)
    assert [(c.location, c.date) for c in claims] == [(place, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun's own day stays the toll's
        (
            "Les affrontements de mardi à Kankan, dont le bilan est de six morts, ont choqué le"
            " pays.",
            ("Kankan", "2026-11-17"),
        ),
        # "dont" of a part, no toll's clause
        (
            "Cinq soldats, dont deux officiers, ont été tués mardi à Kankan.",
            ("Kankan", "2026-11-17"),
        ),
    ],
)
def test_a_toll_of_its_own_clause_keeps_its_place_and_day(text: str, expected: tuple) -> None:
    claims = french_claims(text + "\n", _SATURDAY)
    assert (claims[0].location, claims[0].date) == expected


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Le Front pour la défense de la Constitution (FDC) a rendu publique samedi la liste"
            " des sept militants qu'il dit avoir été tués mardi.",
            "Le Front pour la défense de la Constitution",
        ),
        (
            "L'Union des forces démocratiques a rendu publique jeudi la liste des quatorze"
            " militants qu'elle dit avoir été tués.",
            "L'Union des forces démocratiques",
        ),
        (
            "La coalition de l'opposition a diffusé mardi la liste des cinq manifestants qu'elle"
            " dit avoir été tués à Labé.",
            "La coalition de l'opposition",
        ),
        # negatives: a voice of its own
        ("Le gouvernement a publié un bilan de deux morts.", "Le gouvernement"),
        ("Selon des témoins, cinq manifestants ont été tués à Cosa.", "des témoins"),
    ],
)
def test_the_pronoun_of_a_relative_clause_is_the_subject(text: str, voice: str) -> None:
    assert [v for v, _ in _voiced(text)] == [voice]
