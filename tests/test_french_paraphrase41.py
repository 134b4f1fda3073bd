"""French places said in other words (issue 18, session fr41): the same report with its
place moved to the front or the end, its preposition changed, a wide area before a
finer place, a venue within a town, a town's numbered district, an event named by its
place after "du", a stretch of road. Sentences written for the tests, with negatives."""

from __future__ import annotations

import pytest

from tests.french_helpers import claim_place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a wide area opening the sentence, set off by a comma, gives way to a finer
        # place after the figure
        (
            "Dans la province de l'Ituri, au moins quinze civils ont été tués par des "
            "miliciens dans le territoire de Djugu.",
            "quinze civils",
            "le territoire de Djugu",
        ),
        (
            "Dans le département de l'Ouémé, au moins six personnes ont été tuées par des "
            "bandits à Adjohoun.",
            "six personnes",
            "Adjohoun",
        ),
        (
            "Dans la région du Littoral, neuf civils ont été tués dimanche à Dibombari.",
            "neuf civils",
            "Dibombari",
        ),
        ("Au Sud-Kivu, au moins vingt civils ont été tués mardi à Fizi.", "vingt civils", "Fizi"),
        (
            "En Ituri, quinze civils ont été tués mardi dans la localité de Largu.",
            "quinze civils",
            "Largu",
        ),
        (
            "Dans le territoire de Walikale, vingt civils ont été tués mardi dans le "
            "village de Kibati.",
            "vingt civils",
            "Kibati",
        ),
        (
            "Dans la commune de Kouandé, deux policiers ont été tués dimanche près de Guilmaro.",
            "deux policiers",
            "près de Guilmaro",
        ),
        (  # two areas open it, the finer place comes after the figure
            "En Ituri, dans le territoire de Mambasa, quinze civils ont été tués mardi "
            "dans la localité de Biakato.",
            "quinze civils",
            "Biakato",
        ),
        # negatives: no finer place after it, an earlier attack's place, a town opening
        (
            "Dans la province du Tanganyika, au moins huit civils ont été tués mardi.",
            "huit civils",
            "la province du Tanganyika",
        ),
        (
            "Dans la province du Tanganyika, huit civils ont été tués mardi, deux semaines "
            "après le massacre de Kalemie.",
            "huit civils",
            "la province du Tanganyika",
        ),
        (
            "À Uvira, dans le Sud-Kivu, huit civils ont été tués mardi.",
            "huit civils",
            "Uvira",
        ),
        # a finer place set off by a comma after a wide area says where it happened
        (
            "Cinq soldats sont morts dans une embuscade dans la préfecture de la Vakaga, "
            "près de Birao, a indiqué l'armée.",
            "Cinq soldats",
            "près de Birao",
        ),
        (
            "Trente personnes ont été tuées dans le département du Centre, à Mirebalais.",
            "Trente personnes",
            "Mirebalais",
        ),
        (
            "Neuf civils ont été tués dimanche dans le département du Mayo-Danay, dans "
            "le village de Guirvidig.",
            "Neuf civils",
            "Guirvidig",
        ),
        # negatives: a region after a territory, a distance, several areas near a town
        (
            "Vingt civils ont été tués dans le territoire de Walikale, au Nord-Kivu.",
            "Vingt civils",
            "le territoire de Walikale",
        ),
        (
            "Six civils ont été tués dans la commune de Kouandé, à 20 km de Guilmaro.",
            "Six civils",
            "Kouandé",
        ),
        (
            "Au moins trente personnes ont été tuées dans la commune de Tabarre, en banlieue "
            "de Port-au-Prince.",
            "trente personnes",
            "Tabarre",
        ),
        (
            "Neuf civils ont été tués dimanche au PK12, la sortie nord de Bangui.",
            "Neuf civils",
            "PK12",
        ),
        (
            "Des milliers de civils ont fui leurs villages dans les territoires de Masisi "
            "et de Walikale, près de Sake.",
            "milliers de civils",
            "Masisi",
        ),
    ],
)
def test_wide_area_gives_way_to_a_finer_place(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a venue within a town
        (
            "Une grenade a explosé dans un bar de Gitega, faisant un mort et 12 blessés.",
            "12 blessés",
            "Gitega",
        ),
        (
            "L'explosion d'une bombe dans un restaurant de Kousseri a fait 4 blessés.",
            "4 blessés",
            "Kousseri",
        ),
        ("Une bombe a fait six morts au stade de Maroua.", "six morts", "Maroua"),
        (
            "Une explosion a fait trois morts dans une boîte de nuit de Goma.",
            "trois morts",
            "Goma",
        ),
        ("Un attentat a fait neuf morts à la gare routière de Maroua.", "neuf morts", "Maroua"),
        # Burundi's hills
        (
            "Sept personnes ont été tuées sur la colline de Rukoko, dans la commune de "
            "Gihanga, province de Bubanza.",
            "Sept personnes",
            "Rukoko",
        ),
        # a town's numbered district (not a numbered region alone)
        (
            "Neuf civils ont été tués dimanche dans le 3e arrondissement de Bangui.",
            "Neuf civils",
            "Bangui",
        ),
        (
            "Neuf civils ont été tués dimanche dans le troisième arrondissement de Bangui.",
            "Neuf civils",
            "Bangui",
        ),
        # an event named by its place after "du", "des"
        ("Quinze civils ont été tués lors du massacre de Kipupu.", "Quinze civils", "Kipupu"),
        (
            "Neuf civils ont été tués au cours des combats de Mozogo.",
            "Neuf civils",
            "Mozogo",
        ),
        # a stretch of road
        (
            "Cinq soldats ont été tués sur le tronçon Bria-Ippy.",
            "Cinq soldats",
            "Bria",
        ),
    ],
)
def test_place_words_said_otherwise(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


def test_a_numbered_region_alone_names_no_place() -> None:
    got = claim_place("Neuf soldats ont été tués dans la 5e région militaire.", "Neuf soldats")
    assert got is None or "région" not in got.lower()


def test_a_bar_is_no_place_without_its_town() -> None:
    got = claim_place("Trois clients d'un bar ont été blessés par balles.", "Trois clients")
    assert got is None or "bar" not in got.lower()


def test_a_word_holding_a_verb_of_saying_leaves_its_place() -> None:
    """In "par des bandits à Kandi" the place is where: "bandits" holds "dit", yet is
    no verb of saying."""
    text = "Six personnes ont été tuées par des bandits à Kandi."
    assert claim_place(text, "Six personnes") == "Kandi"


def test_whom_a_statement_was_told_to_stays_no_place() -> None:
    text = "Six personnes ont été tuées, a dit à Radio Tokpa un élu local."
    assert claim_place(text, "Six personnes") != "Radio Tokpa"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Douze soldats ont été tués mardi par l'État islamique en Afrique centrale à Kamango.",
            "Douze soldats",
            "Kamango",
        ),
        (
            "Douze soldats ont été tués par le groupe État islamique en Afrique de l'Ouest "
            "(Iswap) à Monguno.",
            "Douze soldats",
            "Monguno",
        ),
    ],
)
def test_a_place_after_a_group_named_by_its_region(text: str, figure: str, place: str) -> None:
    assert claim_place(text, figure) == place


def test_the_region_in_a_group_name_is_no_place() -> None:
    """ "l'État islamique en Afrique de l'Ouest" names a group, not "l'Ouest"."""
    text = "Douze soldats ont été tués mardi par l'État islamique en Afrique de l'Ouest."
    got = claim_place(text, "Douze soldats")
    assert got is None or "ouest" not in got.lower()


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "Un attentat perpétré mardi en plein centre de Hérat a fait au moins 20 morts.",
            "20 morts",
            "Hérat",
        ),
        (
            "Une roquette a touché Ashkelon jeudi soir, tuant une personne.",
            "une personne",
            "Ashkelon",
        ),
    ],
)
def test_the_centre_of_a_town_and_a_town_struck(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place in got, got


def test_struck_by_a_bullet_names_no_place() -> None:
    got = claim_place("Trois civils touchés par balle Samedi ont succombé.", "Trois civils")
    assert got is None or "balle" not in got


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an aside set off by dashes between the people counted and their fate
        (
            "Huit civils – dont trois femmes – ont été tués mardi à Kamango, selon la "
            "société civile.",
            "Huit civils",
            "Kamango",
        ),
        ("Huit civils — tous des agriculteurs — ont été tués à Kamango.", "Huit civils", "Kamango"),
        ("Huit civils ont été tués mardi en banlieue de Butembo.", "Huit civils", "Butembo"),
    ],
)
def test_an_aside_between_dashes_and_a_suburb(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place in got, got


def test_a_dash_between_two_reports_still_parts_them() -> None:
    text = "Huit civils ont été tués à Kamango – trois autres ont été blessés à Oicha."
    assert claim_place(text, "Huit civils") == "Kamango"
    assert claim_place(text, "trois autres") == "Oicha"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a peacekeepers' base named by its mission, then its town
        (
            "Huit Casques bleus ont été blessés mardi dans une attaque contre la base de la "
            "Minusca à Kaga-Bandoro.",
            "Huit Casques bleus",
            "Kaga-Bandoro",
        ),
        (
            "Une attaque contre la base de la Monusco à Mavivi a fait huit blessés parmi les "
            "Casques bleus.",
            "huit blessés",
            "Mavivi",
        ),
        # an area named by whose it is
        (
            "Huit Casques bleus ont été blessés dans une attaque contre leur base de Kaga-Bandoro.",
            "Huit Casques bleus",
            "Kaga-Bandoro",
        ),
        # a plateau
        (
            "Les hauts plateaux d'Itombwe ont été le théâtre de combats mardi. Huit civils ont "
            "été tués.",
            "Huit civils",
            "Itombwe",
        ),
    ],
)
def test_a_base_by_its_mission_and_an_area_by_its_owner(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place in got, got


def test_a_mission_alone_is_no_place() -> None:
    got = claim_place("Huit Casques bleus de la Minusca ont été blessés mardi.", "Huit Casques")
    assert got is None or "Minusca" not in got


def test_a_breakdowns_place_is_its_own() -> None:
    """In "15 ... en Irak, dont six près de Mossoul" the fifteen are in Iraq, the six
    near Mosul."""
    text = (
        "Au moins 15 personnes sont mortes vendredi dans des attaques en Irak, dont six "
        "près de Mossoul."
    )
    assert claim_place(text, "15 personnes") == "Irak"
    assert claim_place(text, "six") == "près de Mossoul"


def test_a_breakdown_after_a_toll_naming_no_place_gives_it_one() -> None:
    text = "Au moins 15 personnes ont été tuées vendredi, dont six à Kamango."
    assert claim_place(text, "15 personnes") == "Kamango"


def test_a_breakdown_without_a_place_keeps_the_tolls() -> None:
    text = "Au moins 15 personnes ont été tuées à Kamango, dont six femmes."
    assert claim_place(text, "six femmes") == "Kamango"
