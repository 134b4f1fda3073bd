"""French places said in other words (issue 18, session fr42): a commune then a side of
a town ("à l'est de Port-au-Prince"), a town set off before what kind of settlement it
is ("Kamako, un village du Kasaï"), an official's area after the town the story named,
a town's landmarks, a road named by its ends after "le long de", a hill named without
"de", an event named with "double" or "-suicide", the wounded taken somewhere after an
attack, "cette localité" after an island, two clauses with their own places, a town
struck on a day, and a group named by its cause. Sentences written for the tests; more
in test_french_paraphrase42_story.py."""

from __future__ import annotations

import pytest

from tests.french_helpers import claim_place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a side of a town after a commune says where the commune lies
        (
            "Au moins trente personnes ont été tuées dans la commune de Croix-des-Bouquets, "
            "à l'est de Port-au-Prince.",
            "trente personnes",
            "Croix-des-Bouquets",
        ),
        (
            "Huit civils ont été tués mardi dans la commune de Tanguiéta, au nord de Natitingou.",
            "Huit civils",
            "Tanguiéta",
        ),
        # ... while after a province the side of a town is finer
        (
            "Onze civils ont été tués dans la province du Nord-Kivu, au nord de Beni.",
            "Onze civils",
            "au nord de Beni",
        ),
        # a town set off before the kind of settlement it is
        (
            "Les rebelles ont attaqué mardi Kamako, un village du Kasaï proche de la "
            "frontière angolaise. Au moins douze personnes ont été tuées.",
            "douze personnes",
            "Kamako",
        ),
        (
            "Ngouboua, une localité de la province du Lac, a été attaquée dimanche. Neuf "
            "soldats ont été tués.",
            "Neuf soldats",
            "Ngouboua",
        ),
        # ... or before where it lies, a quote closed after the name (CAR trial, session 50)
        (
            "Des miliciens «ont pris d'assaut Kembé», une petite ville à 400 kilomètres au "
            "sud-est de la capitale, a dit le maire. Sept civils ont été tués.",
            "Sept civils",
            "Kembé",
        ),
        (
            "Des rebelles ont attaqué Kembé, une ville au nord de Bambari, tuant sept civils.",
            "sept civils",
            "Kembé",
        ),
        (
            "Des hommes armés ont tué six éleveurs à Bossembélé, une ville de l'Ombella-M'Poko.",
            "six éleveurs",
            "Bossembélé",
        ),
        # landmarks of a town, and the land around a village
        ("Quatre personnes ont été tuées devant la mairie de Kousseri.", "Quatre", "Kousseri"),
        ("Trois passants ont été tués au rond-point de Maroua.", "Trois passants", "Maroua"),
        ("Deux bergers ont été tués dans la brousse de Kofonou.", "Deux bergers", "Kofonou"),
        ("Cinq paysans ont été tués dans les champs de Sékana.", "Cinq paysans", "Sékana"),
        ("Six pêcheurs ont été enlevés sur la rive de Mongo.", "Six pêcheurs", "Mongo"),
        ("Sept civils ont été tués en plein centre-ville de Bunia.", "Sept civils", "Bunia"),
        # a road named by its ends after "le long de"; a hill without "de"
        (
            "Onze personnes ont été tuées le long de la route Bunia-Komanda.",
            "Onze personnes",
            "Bunia-Komanda",
        ),
        ("Neuf personnes ont été tuées sur la colline Rugazi.", "Neuf personnes", "Rugazi"),
        # an event named by its place with "double", "-suicide"
        (
            "Le double attentat-suicide de Kolofata a coûté la vie à neuf civils.",
            "neuf civils",
            "Kolofata",
        ),
        (
            "La nouvelle attaque de Bohoma a fait douze morts dans les rangs de l'armée.",
            "douze morts",
            "Bohoma",
        ),
        # the wounded taken somewhere after an attack named by its place
        (
            "Douze blessés ont été évacués vers Maroua après l'attaque de Kolofata.",
            "Douze blessés",
            "Kolofata",
        ),
        # around a town, several towns
        ("Neuf civils ont été tués dans la banlieue nord de Bangui.", "Neuf civils", "Bangui"),
        ("Neuf civils ont été tués dans l'arrière-pays de Bria.", "Neuf civils", "Bria"),
        (
            "Neuf civils ont été tués dans les villes de Bria et Ndélé.",
            "Neuf civils",
            "Bria",
        ),
        (
            "Neuf civils ont été tués au PK12, à la sortie nord de Bangui.",
            "Neuf civils",
            "PK12",
        ),
        # a town shaken, ravaged
        (
            "Les affrontements qui ont secoué Bambari samedi ont fait neuf morts.",
            "neuf morts",
            "Bambari",
        ),
        ("Les raids qui ont ravagé Kutum ont fait neuf morts.", "neuf morts", "Kutum"),
        # a town struck, its day between
        (
            "Des hommes armés ont attaqué mardi soir Fotokol, tuant neuf civils.",
            "neuf civils",
            "Fotokol",
        ),
    ],
)
def test_place_said_otherwise(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # where the wounded were taken, with no attack named after it, stays no place
        (
            "Les blessés, au nombre de douze, ont été évacués vers l'hôpital de Maroua.",
            "douze",
            "Maroua",
        ),
        ("Douze blessés ont été évacués vers Maroua dans la nuit.", "Douze blessés", "Maroua"),
        # a group named by its cause names no place
        (
            "Les combattants de l'Union pour la paix en Centrafrique ont tué neuf civils.",
            "neuf civils",
            "Centrafrique",
        ),
        (
            "Le Front populaire pour la renaissance de la Centrafrique a tué six civils.",
            "six civils",
            "Centrafrique",
        ),
        # an armed group after a verb of attacking, its day between, is no place
        (
            "Les soldats ont attaqué mardi Boko Haram, tuant neuf combattants.",
            "neuf combattants",
            "Boko",
        ),
        # a person set off before what they are is no town
        (
            "Moussa Kaka, un habitant du village, affirme que neuf civils ont été tués.",
            "neuf civils",
            "Moussa",
        ),
    ],
)
def test_not_this_place(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is None or place.lower() not in got.lower(), got


def test_peacekeepers_in_a_town_keep_their_town() -> None:
    text = "Trois soldats de la paix ont été tués à Bangui."
    assert claim_place(text, "Trois soldats") == "Bangui"


def test_group_named_by_cause_keeps_the_place_after_it() -> None:
    text = "L'Union pour la paix en Centrafrique a tué six civils à Bambari."
    assert claim_place(text, "six civils") == "Bambari"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an official's area gives way to the town the story named before
        (
            "Une grenade a explosé dimanche dans un bar de Gatara, en province de Kayanza. "
            "Le gouverneur de la province de Kayanza a fait état de cinq morts.",
            "cinq morts",
            "Gatara",
        ),
        (
            "Des hommes armés ont attaqué samedi le marché de Birao, dans la préfecture de "
            "la Vakaga. Le préfet de la Vakaga a fait état de six morts.",
            "six morts",
            "Birao",
        ),
        # ... not to a country told before: the official's area is finer (nor to a town
        # told with no word of the official's area: tests/test_french_place_study_kinds.py)
        (
            "La situation reste tendue au Cameroun. Le gouverneur de la région de l'Ouest a "
            "fait état de cinq gendarmes tués.",
            "cinq gendarmes",
            "Ouest",
        ),
        # "cette localité" after an island named by its kind
        (
            "Les jihadistes ont attaqué dimanche l'île de Darak, sur le lac Tchad. Dans "
            "cette localité, sept soldats ont été tués.",
            "sept soldats",
            "Darak",
        ),
        # a town struck on a day, then "y"
        (
            "Les jihadistes ont attaqué dimanche Darak. Sept soldats y ont été tués.",
            "Sept soldats",
            "Darak",
        ),
        # two clauses, each with its own place
        (
            "Dans le sud du Tchad, douze personnes ont été tuées dans des affrontements, et, "
            "dans l'est du pays, au moins neuf ont péri.",
            "douze personnes",
            "sud du Tchad",
        ),
        (
            "Dans le sud du Tchad, douze personnes ont été tuées dans des affrontements, et, "
            "dans l'est du pays, au moins neuf ont péri.",
            "neuf",
            "est du pays",
        ),
        (
            "Douze civils ont été tués à Bria; à Ndélé, neuf autres ont péri.",
            "Douze civils",
            "Bria",
        ),
    ],
)
def test_place_from_the_story(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a side of a town, then a town set off after it: the town
        ("Neuf civils ont été tués au nord de Beni, à Mbau.", "Mbau"),
        # ... not an area or a region set off after it
        (
            "Neuf civils ont été tués au nord de Beni, dans le territoire de Beni.",
            "au nord de Beni",
        ),
        ("Neuf civils ont été tués au nord de Beni, au Nord-Kivu.", "au nord de Beni"),
    ],
)
def test_side_of_a_town_then_a_town(text: str, place: str) -> None:
    assert claim_place(text, "Neuf civils") == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a motorway, named by its ends or joining them
        ("Neuf passagers ont été enlevés sur l'autoroute Abuja-Kaduna.", "Neuf", "Abuja-Kaduna"),
        (
            "Neuf passagers ont été enlevés sur l'autoroute reliant Abuja à Kaduna.",
            "Neuf passagers",
            "Abuja",
        ),
        # communities, a boarding school
        (
            "Neuf villageois ont été tués dans les communautés de Mushu et Hurum.",
            "Neuf villageois",
            "Mushu",
        ),
        (
            "Neuf élèves ont été enlevés dans un pensionnat de Kuriga, dans l'État de Kaduna.",
            "Neuf élèves",
            "Kuriga",
        ),
    ],
)
def test_roads_communities_schools(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


def test_a_town_set_off_before_its_kind_its_side_says_where_it_lies() -> None:
    text = "Bunia, une ville du nord-est, a accueilli 3 000 déplacés."
    assert claim_place(text, "3 000 déplacés") == "Bunia"
