"""French places said in other words (issue 18, session fr42), part two: an area
pointed back to, an official's home, a scene told after in the pluperfect, a dateline
with its country, where a voice works or what someone is in charge of, an
organisation's venue, a community's village, the nearest town, another event's place,
and whose the people counted are. Sentences written for the tests, with negatives."""

from __future__ import annotations

import pytest

from tests.french_helpers import claim_place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an area pointed back to: the area of its kind named before
        (
            "Des jihadistes ont attaqué lundi la position de l'armée à Darak, dans la région "
            "de l'Extrême-Nord. Dans cette région, sept soldats ont été tués depuis janvier.",
            "sept soldats",
            "Extrême-Nord",
        ),
        # ... else the town named before
        (
            "Des hommes armés ont attaqué dimanche soir le village de Goura (nord), tuant "
            "douze personnes. Dix villageois ont été enlevés dans cette région où opèrent "
            "les rebelles.",
            "Dix villageois",
            "Goura",
        ),
    ],
)
def test_area_pointed_back_to(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


def test_area_pointed_back_to_with_nothing_before_stays() -> None:
    text = "Dix villageois ont été enlevés dans cette région où opèrent les rebelles."
    assert claim_place(text, "Dix villageois") == "cette région"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a title after the words of someone's home says where it happened
        (
            "Une grenade a explosé dimanche au domicile d'un notable de Gatara, tuant cinq "
            "personnes.",
            "cinq personnes",
            "Gatara",
        ),
        (
            "Des hommes armés ont tué trois personnes chez le chef de village de Kpéré.",
            "trois personnes",
            "Kpéré",
        ),
        (
            "La foule était réunie dimanche au domicile d'un notable de Gatara. Quatre adultes "
            "ont été tués par l'explosion d'une grenade.",
            "Quatre adultes",
            "Gatara",
        ),
        # ... while a title alone gives way to the place the sentence names
        (
            "Des hommes armés ont tué trois personnes à Banikoara, a déclaré le chef de "
            "village de Kpéré.",
            "trois personnes",
            "Banikoara",
        ),
        (
            "Selon un notable de Gatara, cinq personnes ont été tuées à Kayanza.",
            "cinq personnes",
            "Kayanza",
        ),
    ],
)
def test_home_of_an_official(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


@pytest.mark.parametrize(
    "text",
    [
        # where it happened, told after the toll in the pluperfect
        "Six civils ont été tués samedi par des rebelles. Ces derniers avaient attaqué le "
        "village de Mann dans la matinée.",
        "Six civils ont été tués samedi. L'attaque s'était produite à Mann.",
    ],
)
def test_scene_told_after_in_the_pluperfect(text: str) -> None:
    assert claim_place(text, "Six civils") == "Mann"


def test_notable_s_place_not_carried() -> None:
    text = (
        "Selon un notable de Gatara, la situation est calme. Cinq personnes ont été tuées "
        "dans la nuit."
    )
    assert claim_place(text, "Cinq personnes") != "Gatara"


@pytest.mark.parametrize(
    "text",
    [
        "GOMA, RDC, 5 juin 2019 (AFP) - Dix civils ont été tués dimanche par des rebelles.",
        "MAIDUGURI, Nigeria, 3 mars (Reuters) - Dix civils ont été tués dimanche.",
    ],
)
def test_dateline_with_its_country_set_off(text: str) -> None:
    assert claim_place(text, "Dix civils") in ("Goma", "Maiduguri")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # where a voice works, set off by commas after it, is no place of the toll
        (
            "L'ONG Alima, présente dans le nord du pays, a fait état de douze morts.",
            "douze morts",
            "nord",
        ),
        (
            "Le centre de secours, en charge des urgences dans l'ouest du pays, a fait état "
            "de 27 morts.",
            "27 morts",
            "ouest",
        ),
    ],
)
def test_where_a_voice_works_is_no_place(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is None or place not in got, got


def test_where_a_voice_works_gives_way_to_the_toll_s_place() -> None:
    text = "L'ONG Alima, active dans le nord du pays, a fait état de douze morts à Bria."
    assert claim_place(text, "douze morts") == "Bria"


def test_area_in_charge_of_is_no_place() -> None:
    text = (
        "Des milices se sont affrontées lundi à Tripoli. Le centre d'urgence en charge des "
        "secours dans l'ouest du pays a fait état de 27 morts."
    )
    assert claim_place(text, "27 morts") == "Tripoli"


def test_those_in_charge_killed_in_a_town_keep_the_town() -> None:
    text = "Deux soldats chargés de la sécurité à Bria ont été tués dimanche."
    assert claim_place(text, "Deux soldats") == "Bria"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an organisation's venue, then its town: the town
        (
            "Neuf employés ont été tués dans le bombardement de l'hôpital de l'ONG à Sake.",
            "Neuf employés",
            "Sake",
        ),
        (
            "Trois patients ont été tués à l'hôpital de MSF à Kabo.",
            "Trois patients",
            "Kabo",
        ),
        # a community's village or quarter
        (
            "Le village banyamulenge de Kagogo a été assailli dimanche. Bilan : deux morts.",
            "deux morts",
            "Kagogo",
        ),
        (
            "Quatre éleveurs ont été tués dans le quartier peul de Gobolo.",
            "Quatre éleveurs",
            "Gobolo",
        ),
        # the nearest town, named after "est"
        (
            "Une position de l'armée a été attaquée près de la frontière. La ville la plus "
            "proche est Matéri, à 550 km au nord de Cotonou. Bilan : un mort et deux blessés.",
            "deux blessés",
            "Matéri",
        ),
    ],
)
def test_venue_community_nearest(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


def test_organisation_venue_alone_stays() -> None:
    text = "Trois patients ont été tués dans le bombardement de l'hôpital de MSF."
    assert claim_place(text, "Trois patients") == "l'hôpital de MSF"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # another event's place, named after "après" with a time between or "celle de"
        (
            "Une semaine après l'attaque de Karimama, deux soldats ont été tués dimanche à Kérou.",
            "deux soldats",
            "Kérou",
        ),
        (
            "Les blessés ont été touchés dans une frappe survenue moins de 72 heures après un "
            "bombardement similaire à Adigrat. Des dizaines de personnes ont été blessées à "
            "Shire.",
            "dizaines de personnes",
            "Shire",
        ),
        # ... the place of the figures within its own phrase
        (
            "Il s'agit de la deuxième attaque en un mois dans la zone, après celle qui avait "
            "fait sept morts à Porga.",
            "sept morts",
            "Porga",
        ),
        # ... while a plain "après l'attaque de X" tells the same event
        (
            "Douze blessés ont été évacués vers Maroua après l'attaque de Kolofata.",
            "Douze blessés",
            "Kolofata",
        ),
    ],
)
def test_another_event_s_place(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


@pytest.mark.parametrize(
    "text",
    [
        "Deux soldats ont été tués dimanche, après une attaque similaire la semaine "
        "dernière à Karimama.",
        "Cette attaque, qui a fait deux soldats tués, intervient après celle de Karimama.",
    ],
)
def test_another_event_s_place_is_none_of_this_toll(text: str) -> None:
    got = claim_place(text, "deux soldats")
    assert got is None or "Karimama" not in got, got


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # after a time between, the same event's toll may follow: its place where the
        # sentence names no other
        ("Deux jours après l'attaque de Kolofata, le bilan s'est alourdi à douze morts.", "douze"),
        (
            "Trois jours après l'attentat de Kolofata, douze blessés sont toujours hospitalisés.",
            "douze",
        ),
    ],
)
def test_a_time_after_the_event_keeps_its_place(text: str, figure: str) -> None:
    assert claim_place(text, figure) == "Kolofata"


def test_another_event_s_place_not_carried() -> None:
    text = (
        "Cette attaque intervient quelques jours après celle de Karimama. Deux soldats ont "
        "été tués."
    )
    got = claim_place(text, "Deux soldats")
    assert got is None or "Karimama" not in got, got


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # whose the people counted are gives way to where it happened
        ("Neuf habitants de Fotokol ont été tués à Kousseri.", "Neuf habitants", "Kousseri"),
        (
            "Neuf soldats de la garnison de Mora ont été tués à Kolofata.",
            "Neuf soldats",
            "Kolofata",
        ),
        (
            "Neuf fidèles de la paroisse de Bunia ont été enlevés à Komanda.",
            "Neuf fidèles",
            "Komanda",
        ),
        # ... and stays where nothing else is named, or only a border
        ("Neuf habitants de Fotokol ont été tués dimanche.", "Neuf habitants", "Fotokol"),
        (
            "Neuf habitants de Fotokol ont été tués dans une attaque, près de la frontière.",
            "Neuf habitants",
            "Fotokol",
        ),
        # villages counted are where it happened
        (
            "Des miliciens ont tué au moins 15 civils dans 3 villages du territoire de Djugu "
            "en province de l'Ituri.",
            "15 civils",
            "Djugu",
        ),
    ],
)
def test_people_of_a_place(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the land itself: a river, a range, a valley, a plain
        ("Neuf corps ont été repêchés dans le fleuve Oubangui.", "Neuf corps", "Oubangui"),
        ("Neuf civils ont été tués dans les monts Mandara.", "Neuf civils", "Mandara"),
        ("Neuf civils ont été tués dans la vallée de la Ruzizi.", "Neuf civils", "Ruzizi"),
        ("Neuf civils ont été tués dans la plaine de la Ruzizi.", "Neuf civils", "Ruzizi"),
        # ... a town set off after it places better
        (
            "Neuf civils ont été tués sur le fleuve Congo, près de Mbandaka.",
            "Neuf civils",
            "Mbandaka",
        ),
        (
            "Neuf pêcheurs ont été tués dans la vallée de la Ruzizi, à Sange.",
            "Neuf pêcheurs",
            "Sange",
        ),
        # ... not an area set off after it, nor a country
        (
            "Neuf pêcheurs ont été tués sur le lac Édouard, dans le parc des Virunga.",
            "Neuf pêcheurs",
            "Édouard",
        ),
        ("Neuf pêcheurs ont été tués sur le lac Tchad, au Cameroun.", "Neuf pêcheurs", "lac"),
    ],
)
def test_land_and_water(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # one resident speaking is of their place, where the sentence names no other
        (
            "Joint au téléphone, un habitant de Mann affirme que neuf personnes ont été tuées.",
            "neuf personnes",
            "Mann",
        ),
        (
            "« Ils ont tué neuf personnes dans notre village », raconte un habitant de Mann.",
            "neuf personnes",
            "Mann",
        ),
        (
            "Un habitant de Mann affirme que neuf personnes ont été tuées à Bocaranga.",
            "neuf personnes",
            "Bocaranga",
        ),
        ("Le préfet affirme avoir compté neuf corps dans les rues de Bria.", "neuf corps", "Bria"),
    ],
)
def test_a_resident_s_place(text: str, figure: str, place: str) -> None:
    got = claim_place(text, figure)
    assert got is not None and place.lower() in got.lower(), got


def test_a_resident_s_place_not_carried() -> None:
    text = (
        "Un habitant de Mann affirme que la situation est calme. Neuf personnes ont été "
        "tuées dans la nuit."
    )
    got = claim_place(text, "Neuf personnes")
    assert got is None or "Mann" not in got, got
