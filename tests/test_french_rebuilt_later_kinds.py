"""French kinds found on the study texts of the rebuilt French set's sixth to ninth
batches (issue 18; each batch found after the rules of the batches before it), on
sentences written for the tests: a vague count after "aux" or "ces"; a figure of a
list told with its place alone; a voice after "comme"; a place "situé près de"
another; a place a cause claims; kidnappings counted by their noun and hostages still
"captifs"; one more of another kind joined before the fate; a small figure in words
after a month; an armed group's initials; "C'est ce que rapporte X"; "couté la vie";
"circonscription", plural adjectives of country, a place fled told by an infinitive;
people under the rubble; cross-border areas."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return list(extract_claims(doc))


def figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category.value, c.low, c.high) for c in claims(text)]


def voices(text: str) -> list[str | None]:
    return [c.attribution for c in claims(text)]


def places(text: str) -> list[str | None]:
    return [c.location for c in claims(text)]


# Kinds of the sixth batch's study texts: a vague count after "aux" or "ces"; a figure
# of a list told with its place alone; a voice after "comme"; a place "situé près de"
# another.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ils rejoignent aux milliers de déplacés du camp de Kanyaruchinya.",
            [("displaced", 2000, 9999)],
        ),
        (
            "Les combats ont chassé ces dizaines de milliers de déplacés vers Sake.",
            [("displaced", 20000, 99999)],
        ),
    ],
)
def test_a_vague_count_after_aux_or_ces(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les assaillants ont tué 9 civils à Mbau, 4 à Oicha et 2 à Eringeti.",
            [("killed", 9, 9), ("killed", 4, 4), ("killed", 2, 2)],
        ),
        (
            "Au total 40 élèves sont portés disparus au lycée et 12 au collège de la ville.",
            [("missing", 40, 40), ("missing", 12, 12)],
        ),
    ],
)
def test_a_figure_of_a_list_told_with_its_place_alone(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les assaillants ont tué 9 civils à Mbau, 4 à la fois selon un témoin.",
        "Les assaillants ont tué 9 civils à Mbau, 4 km plus loin.",
    ],
)
def test_no_list_figure_without_a_place(text):
    assert figures(text) == [("killed", 9, 9)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Onze civils ont été enlevés, comme l'a confirmé le chef du village.",
            "le chef du village",
        ),
        ("Huit soldats ont été tués, comme le rapporte la radio locale.", "la radio locale"),
    ],
)
def test_a_voice_after_comme(text, voice):
    assert voices(text) == [voice]


def test_comme_with_no_verb_of_saying_names_no_voice():
    assert voices("Huit soldats ont été tués, comme la semaine dernière à Kolofata.") == [None]


def test_a_village_situated_near_a_town_is_the_place():
    text = (
        "A Mbalmayo, village du Centre situé près de la ville de Yaoundé, deux gendarmes"
        " ont été tués."
    )
    assert places(text) == ["Mbalmayo"]


def test_no_list_figure_for_a_total():
    text = "Au total 40 élèves sont portés disparus au lycée et 12 au total selon la police."
    assert figures(text) == [("missing", 40, 40)]


def test_a_place_a_cause_claims_is_no_scene():
    text = (
        "Cinq gendarmes ont été tués à Batibo. Les assaillants militent pour l'indépendance"
        " des régions anglophones du Nord-Ouest et du Sud-Ouest. Deux autres gendarmes ont"
        " été blessés."
    )
    assert places(text) == ["Batibo", "Batibo"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Deux gendarmes ont été blessés dans le Nord-Ouest.", "le Nord-Ouest"),
        # the place of an event after the aim is read as before
        (
            "Les séparatistes réclament l'indépendance du Nord-Ouest, où 12 civils ont été"
            " tués à Bamenda.",
            "Bamenda",
        ),
    ],
)
def test_a_side_of_the_country_is_still_a_scene(text, place):
    assert places(text) == [place]


# Kinds of the seventh batch's study texts: kidnappings counted by their noun; hostages
# still "captifs"; one more of another kind joined before the fate ("et un Canadien").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plus de 300 enlèvements ont été signalés à Bunia depuis janvier.",
            [("kidnapped", 300, None)],
        ),
        ("La police a recensé une quarantaine de rapts dans la région.", [("kidnapped", 32, 48)]),
    ],
)
def test_kidnappings_counted_by_their_noun(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Huit élèves sont toujours captifs dans la forêt de Kuriga.",
        "Huit élèves restent donc toujours captifs, selon le maire.",
    ],
)
def test_hostages_still_captive(text):
    assert figures(text) == [("kidnapped", 8, 8)]


def test_a_captivated_audience_is_no_hostage():
    assert figures("Le concert a captivé 300 spectateurs, restés captivés à Goma.") == []


def test_one_more_of_another_kind_joined_before_the_fate():
    # the one of another nationality is a figure of its own, as "un policier et un
    # civil" gives two (session 57: a demonym is a noun of people, "un Libanais")
    text = "Onze Français et une Belge ont été enlevés près de la frontière."
    assert figures(text) == [("kidnapped", 11, 11), ("kidnapped", 1, 1)]


def test_two_figures_joined_before_the_fate_keep_both():
    text = "Trois gendarmes et un civil ont été tués à Kolofata."
    assert figures(text) == [("killed", 3, 3), ("killed", 1, 1)]


def test_a_figure_of_its_own_after_et_une_keeps_its_fate():
    text = "L'attaque a fait 6 morts, dont deux gendarmes, et une quinzaine de blessés à Mora."
    assert figures(text) == [("killed", 6, 6), ("killed", 2, 2), ("wounded", 12, 18)]


# Kinds of the eighth batch's study texts: a small figure in words after a date's month;
# an armed group's initials are no place; "C'est ce que rapporte X, citant ..." speaks
# for the paragraph before it.


@pytest.mark.parametrize(
    "text",
    [
        "La frappe a fait jeudi 6 mars sept morts à Kadougli.",
        "L'attaque a fait le 6 mars sept morts à Kadougli.",
    ],
)
def test_a_figure_in_words_after_a_month(text):
    assert figures(text) == [("killed", 7, 7)]


@pytest.mark.parametrize(
    "text",
    [
        "En mars 2024 sept civils ont été tués à Kadougli.",
        "Depuis mars deux mille vingt, sept civils ont été tués à Kadougli.",
    ],
)
def test_a_year_after_a_month_is_no_figure(text):
    assert figures(text) == [("killed", 7, 7)]


@pytest.mark.parametrize("group", ["aux FSR", "aux RSF", "à l'UPC", "aux Wazalendo"])
def test_an_armed_groups_initials_are_no_place(group):
    text = f"Six civils ont été tués dimanche lors de combats opposant l'armée {group}."
    assert places(text) == [None]


def test_a_place_beside_an_armed_groups_initials_is_kept():
    text = "Six civils ont été tués à Kadougli lors de combats opposant l'armée aux FSR."
    assert places(text) == ["Kadougli"]


def test_a_sentence_naming_who_told_the_paragraph():
    text = (
        "Une frappe a tué cinq personnes à Dilling mardi. C'est ce que rapporte Radio"
        " Dabanga, citant des infirmiers de l'hôpital."
    )
    assert voices(text) == ["Radio Dabanga"]


def test_a_later_sentence_opening_on_its_own_voice_does_not_speak_for_the_one_before():
    text = "Une frappe a tué cinq personnes à Dilling. Radio Dabanga a ensuite parlé d'un marché."
    assert voices(text) == [None]


# Kinds of the study half after the eighth batch: "couté la vie" without its accent; a
# Nigerian "circonscription" is an area; an area's adjective of country in the plural;
# a place fled told by an infinitive.


def test_cost_lives_without_its_accent():
    assert figures("Les attaques ont couté la vie à plus de 40 personnes à Jos.") == [
        ("killed", 40, None)
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Vingt personnes ont été tuées dans la circonscription de Bokkos.",
            "la circonscription de Bokkos",
        ),
        (
            "Vingt personnes ont été tuées dans les provinces congolaises du Nord-Kivu et de"
            " l'Ituri.",
            "les provinces congolaises du Nord-Kivu et de l'Ituri",
        ),
        ("Plus de 9 000 déplacés ont été contraints de quitter Kitshanga.", "Kitshanga"),
    ],
)
def test_places_of_the_rebuilt_set(text, place):
    assert places(text) == [place]


def test_an_infinitive_of_flight_names_no_place_without_a_capital():
    assert places("Plus de 9 000 déplacés ont été contraints de quitter leurs maisons.") == [None]


# Kinds of the ninth batch's study texts: people still under the rubble are missing; a
# cross-border park or reserve is an area.


@pytest.mark.parametrize(
    "text",
    [
        "Six personnes se trouveraient encore sous les décombres de l'immeuble, selon le maire.",
        "Six personnes sont toujours sous les décombres à Dnipro.",
    ],
)
def test_people_still_under_the_rubble_are_missing(text):
    assert [f[0] for f in figures(text)] == ["missing"]


def test_survivors_pulled_from_the_rubble_are_not_missing():
    assert figures("Les secours ont extrait 38 survivants des décombres à Dnipro.") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Cinq rangers ont été tués dans le parc transfrontalier de Tapoa.",
            "le parc transfrontalier de Tapoa",
        ),
        (
            "Cinq rangers ont été tués dans la réserve transfrontalière de Pendjari.",
            "la réserve transfrontalière de Pendjari",
        ),
    ],
)
def test_a_cross_border_area(text, place):
    assert places(text) == [place]
