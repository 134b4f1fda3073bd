"""French kinds sorted from the study halves' misses in session 40 (issue 18): places
and running totals, on sentences written for the tests (invented villages where a name
does not matter), with their negatives: a lead's town the gazetteer knows, a scene told
after a toll (its next paragraph too; before a country told before), a war's toll, a
side of the country or its capital unnamed, a list's places, an area named by its
language, an island. The helpers `_values`, `_voices` and `_scopes` serve
test_french_kinds40_figures.py too."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_french_place_kinds import claim_places
from workbench.extract import extract_claims
from workbench.ingest import document_from_text

_QUIET = (
    " Le kamikaze portait une ceinture. La police enquête. Les secours sont arrivés vite."
    " Le toit s'est effondré. Les familles attendent. Les médecins travaillent."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead's town is the scene of a toll told far below it, a town the gazetteer
        # places in a country as much as one it does not know
        (
            "Une explosion a frappé la mosquée de Maroua mardi matin."
            + _QUIET
            + " Plus de 30 personnes ont été blessées dans l'attentat.",
            [("wounded", 30, "la mosquée de Maroua")],
        ),
        # ... not a place named by its country: the country
        (
            "Une explosion a frappé une mosquée du nord du Cameroun mardi matin."
            + _QUIET
            + " Plus de 30 personnes ont été blessées dans l'attentat.",
            [("wounded", 30, "Cameroon")],
        ),
        # a story that opens on its toll tells where in its next paragraph
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "La frappe a touché le village de Koulbi.",
            [("killed", 52, "Koulbi")],
        ),
        # ... not where that sentence tells a toll of its own
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "La frappe a touché le village de Koulbi, tuant trois bergers.",
            [("killed", 52, None), ("killed", 3, "Koulbi")],
        ),
        # ... nor further than three sentences on
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "Les secours sont arrivés.\nLes familles pleurent.\n"
            "La frappe a touché le village de Koulbi.",
            [("killed", 52, None)],
        ),
    ],
)
def test_a_place_told_elsewhere_in_the_story(text, expected):
    assert claim_places(text) == expected


def _scopes(text: str) -> list[tuple[object, str | None, str]]:
    """(low, place, scope) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.low, c.location, c.scope.value) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total of an unnumbered span: "depuis plusieurs mois"
        (
            "Depuis plusieurs mois, le pays fait face aux attaques du groupe, qui ont fait "
            "plus de 3 000 morts.",
            [(3000, None, "cumulative")],
        ),
        (
            "Des frappes ont tué six civils à Alep. Depuis quelques années, les raids ont fait "
            "plus de 9 000 morts.",
            [(6, "Alep", "incident"), (9000, "Syria", "cumulative")],
        ),
        # a war's toll, the war its subject: its country's, not the town told before
        (
            "Des frappes ont tué six civils à Alep. Le conflit syrien a fait plus de 300 000 "
            "morts.",
            [(6, "Alep", "incident"), (300000, "Syria", "cumulative")],
        ),
        (
            "La guerre au Yémen a causé la mort de 150 000 personnes.",
            [(150000, "Yémen", "cumulative")],
        ),
        # not a day's fighting, nor a group that killed, nor months told otherwise
        ("Les combats ont fait douze morts lundi à Kalbo.", [(12, "Kalbo", "incident")]),
        ("La rébellion a tué douze soldats lundi à Kalbo.", [(12, "Kalbo", "incident")]),
        (
            "L'attaque a fait douze morts à Kalbo, à plusieurs mois des élections.",
            [(12, "Kalbo", "incident")],
        ),
    ],
)
def test_a_running_total_in_french_words(text, expected):
    assert _scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side of the country named alone, its article elided
        ("Cinq gendarmes ont trouvé la mort dans une attaque, dans l'ouest.", "l'ouest"),
        ("Deux civils ont péri dans l’est, selon la police.", "l’est"),
        # ... not a side of the place after it, with or without an adjective between
        ("Dix civils tués dans l'est et le sud de l'Ukraine.", "le sud de l'Ukraine"),
        ("Dix civils tués dans l'est troublé de la république du Congo.", None),
        # ... nor a side of the place before ("un peu plus à l'est")
        ("Un peu plus à l'est, deux civils ont péri.", None),
        # the capital, not named: the claim's place where its clause names no other
        ("Et dans la capitale, cinq personnes sont mortes dans une explosion.", "la capitale"),
        # ... named by its country's adjective: that country's capital (french_places78)
        ("Cinq personnes sont mortes dans la capitale tchadienne.", "N'Djamena"),
        # ... not where the capital is named, nor where another place is
        ("Cinq personnes sont mortes dans la capitale afghane, Kaboul, lundi.", "Kaboul"),
        ("Cinq personnes ont été tuées à Kalbo, à 50 km de la capitale.", "Kalbo"),
        ("Cinq civils tués dans le nord de la capitale, à Cité Dogué.", "Cité Dogué"),
        ("Le maire de la capitale a annoncé cinq morts.", None),
    ],
)
def test_a_part_of_the_country_not_named(text, expected):
    assert [place for _, _, place in claim_places(text)] == [expected]


def test_the_capital_unnamed_is_not_carried():
    text = "Une bombe a explosé dans la capitale. Trois blessés sont morts à l'hôpital."
    assert claim_places(text) == [("killed", 3, None)]


def test_a_place_in_a_relative_clause_after_a_voice_is_the_voice_s():
    text = (
        "Une bombe a explosé à Kalbo. L'organisation humanitaire Secours, qui gère un hôpital "
        "à Dogué, a indiqué de son côté avoir reçu dans son établissement deux morts."
    )
    assert claim_places(text) == [("killed", 2, "Kalbo")]
    # ... not a clause after the voice's verb
    text = (
        "Une bombe a explosé à Kalbo. L'ONG Secours a indiqué avoir reçu deux morts dans "
        "son hôpital à Dogué."
    )
    assert claim_places(text) == [("killed", 2, "Dogué")]


def _voices(text: str) -> list[str | None]:
    """The voice of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [c.attribution for c in extract_claims(doc)]


def _values(text: str) -> list[tuple[str, object, object, str]]:
    """(category, low, high, qualifier) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.high, c.qualifier) for c in extract_claims(doc)]


def test_an_army_s_initials_name_no_place():
    text = "Deux rebelles ont été tués dans les combats livrés aux FACA."
    assert claim_places(text) == [("killed", 2, None)]
    text = "Les rebelles ont tué deux soldats dans les combats livrés aux FARDC à Beni."
    assert claim_places(text) == [("killed", 2, "Beni")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total keeps a region told before by its side, as a province
        (
            "Des combats ont éclaté dans le Nord-Ouest du Cameroun. Depuis 2016, le conflit a "
            "fait 3 000 morts.",
            [(3000, "le Nord-Ouest du Cameroun", "cumulative")],
        ),
        (
            "Des combats ont eu lieu dans l'est de la RDC. Depuis janvier, les violences ont "
            "fait 3 000 morts.",
            [(3000, "l'est de la RDC", "cumulative")],
        ),
        # ... not a town told before: its country
        (
            "Des frappes ont tué six civils à Alep. Depuis janvier, les raids ont fait 3 000 "
            "morts.",
            [(6, "Alep", "incident"), (3000, "Syria", "cumulative")],
        ),
    ],
)
def test_a_running_total_keeps_a_side_of_the_country(text, expected):
    assert _scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country told before gives way to the scene told right after
        (
            "Un bilan qui s'alourdit en Syrie. Dix civils ont été tués mardi. La frappe a eu "
            "lieu à Kalbo.",
            [("killed", 10, "Kalbo")],
        ),
        # ... not where that sentence tells a toll of its own
        (
            "Un bilan qui s'alourdit en Syrie. Dix civils ont été tués mardi. La frappe a eu "
            "lieu à Kalbo, tuant deux enfants.",
            [("killed", 10, "Syrie"), ("killed", 2, "Kalbo")],
        ),
        # ... and a town told before stays
        (
            "Des tirs ont visé le marché de Kalbo. Dix civils ont été tués. La frappe a eu "
            "lieu près de Dogué.",
            [("killed", 10, "le marché de Kalbo")],
        ),
    ],
)
def test_a_country_told_before_gives_way_to_the_scene_after(text, expected):
    assert claim_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of figures, each with its place after it
        (
            "Treize civils ont péri dans la Ghouta, fief des rebelles à l'est de Kalbo, 15 "
            "dans une localité dans la province de Dogué, et 15 autres dans deux quartiers de "
            "Zamba.",
            ["la Ghouta", "la province de Dogué", "deux quartiers de Zamba"],
        ),
        # ... not one place told after them all
        (
            "Les affrontements ont fait 62 morts, 23 blessés et des maisons pillées à Kilo.",
            ["Kilo", "Kilo"],
        ),
    ],
)
def test_each_figure_of_a_list_takes_its_own_place(text, expected):
    assert [place for *_, place in claim_places(text)] == expected


def test_a_list_item_keeps_the_running_total_of_its_sentence():
    text = (
        "Depuis janvier, treize civils ont péri dans la Ghouta, fief des rebelles, 15 dans une "
        "localité dans la province de Dogué."
    )
    assert _scopes(text) == [
        (13, "la Ghouta", "cumulative"),
        (15, "la province de Dogué", "cumulative"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area named by the language of its people, where it happened
        ("Six civils ont été tués dans la zone anglophone.", "la zone anglophone"),
        ("Six civils ont été tués en zone anglophone.", "zone anglophone"),
        (
            "Six civils ont été tués dans les régions anglophones du pays.",
            "les régions anglophones du pays",
        ),
        # ... not whose movements they are, nor a region then named
        (
            "Les mouvements indépendantistes des régions anglophones ont tué six civils.",
            None,
        ),
        (
            "Six civils ont été tués dans la région anglophone du Nord-Ouest.",
            "Nord-Ouest",
        ),
    ],
)
def test_an_area_named_by_its_language(text, expected):
    assert [place for *_, place in claim_places(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an island named as an area ("sur l'île de", "dans les îles du lac")
        ("Six pêcheurs ont été tués sur l'île de Kinasi.", "l'île de Kinasi"),
        ("Six pêcheurs ont été tués dans les îles du lac Tchad.", "les îles du lac Tchad"),
        # ... not the word in a name of no place
        ("Six pêcheurs ont été tués, a indiqué Radio Île.", None),
    ],
)
def test_an_island_is_a_place(text, expected):
    assert [place for *_, place in claim_places(text)] == [expected]
