"""French places by kind (issue 18), on sentences written for the tests: the kinds of
place language a French report uses that no single article's wording decides, and
their negatives. Each place is read as the text words it."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.french.places import dateline, find_places
from workbench.extract.french.voices import find_speakers
from workbench.ingest import document_from_text


def places(text: str) -> list[tuple[str, bool]]:
    return [(p.name, p.locative) for p in find_places(text, 0, len(text))]


def claim_places(text: str) -> list[tuple[str, object, str | None]]:
    """(category, low, place) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.location) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective before the area word
        (
            "Huit personnes ont été tuées dans le petit village de Ngouma.",
            [("Ngouma", True)],
        ),
        (
            "Cinquante morts dans une petite localité de l'Ituri.",
            [("une petite localité de l'Ituri", True)],
        ),
        ("Des tirs dans la grande ville de Maroua.", [("Maroua", True)]),
        # a name with its article after the area word
        (
            "Deux casques bleus tués dans la préfecture de la Nana-Mambéré.",
            [("la préfecture de la Nana-Mambéré", True)],
        ),
        # a part of a country after the area word
        (
            "Cinq civils tués dans une petite ville du nord du Cameroun.",
            [("une petite ville du nord du Cameroun", True)],
        ),
        # a region named with its side in lower case; the place after it says where it lies
        (
            "Dans le département du Logone oriental, au sud du Tchad, 12 morts.",
            [("le département du Logone oriental", True), ("au sud du Tchad", False)],
        ),
        # a lake, lower case as French writes it
        ("Neuf pêcheurs tués sur les rives du lac Tchad.", [("les rives du lac Tchad", True)]),
        ("Des combats dans la région du lac Tchad.", [("la région du lac Tchad", True)]),
        # "A" for "à" opening a sentence, as newspapers write it
        (
            "A Goma, capitale du Nord-Kivu, deux civils tués.",
            [("Goma", True), ("capitale du Nord-Kivu", False)],
        ),
        # a part of the country gives way to a place the sentence names
        (
            "Dans le Nord-Ouest, 7 séparatistes tués à Bamenda.",
            [("le Nord-Ouest", False), ("Bamenda", True)],
        ),
        (
            "Onze civils tués dans le nord-ouest du pays, près de Mann.",
            [("le nord-ouest du pays", False), ("près de Mann", True)],
        ),
        ("Onze civils tués dans le nord-ouest du pays.", [("le nord-ouest du pays", True)]),
        # negatives: no area word, no name, "A" opening no place
        ("Un petit nombre de soldats a été tué.", []),
        ("Les civils du lac ont fui.", []),
        ("A partir de lundi, le couvre-feu est levé.", []),
        ("A Dieu ne plaise.", []),
    ],
)
def test_a_kind_of_french_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where someone came from, or where a voice speaks from, is no place of what
        # happened; a place in a person's title is one only where no other is named
        ("Des renforts venus de Kayanza et de la province voisine de Ngozi attaquent.", []),
        (
            "Des déplacés originaires de la région de Mopti sont arrivés à Sévaré.",
            [("Sévaré", True)],
        ),
        ("Le porte-parole de l'armée, basé à Maiduguri, a parlé.", []),
        ("Le maire, joint par téléphone à Goma, a parlé.", []),
        ("Le ministre a déclaré depuis Kinshasa que l'attaque a échoué.", []),
        (
            "a déclaré Jean Mbala, le gouverneur de la province de Kayanza.",
            [("la province de Kayanza", False)],
        ),
        (
            "selon le président de la société civile de la localité voisine de Mamove.",
            [("la localité voisine de Mamove", False)],
        ),
        # negatives: the people of a place, a place of the victims
        ("Dix civils du village de Kirawa ont été tués.", [("Kirawa", True)]),
        ("Les habitants de la commune de Boni ont fui.", [("Boni", True)]),
    ],
)
def test_a_place_someone_came_from_spoke_from_or_named_in_a_title(text, expected):
    assert places(text) == expected


def test_a_toll_told_from_elsewhere_keeps_the_scene():
    text = (
        "Boko Haram a attaqué la ville de Gwoza. Le porte-parole de l'armée, basé à "
        "Maiduguri, a annoncé que 20 soldats ont été tués."
    )
    assert claim_places(text) == [("killed", 20, "Gwoza")]


def test_a_toll_after_reinforcements_from_elsewhere_keeps_the_scene():
    text = (
        "Des assaillants ont attaqué une position de l'armée dans le secteur de Rugazi.\n\n"
        "Des renforts venus de la province voisine de Ngozi sont arrivés dans l'après-midi. "
        "Deux soldats ont été tués, selon un responsable local."
    )
    assert claim_places(text) == [("killed", 2, "le secteur de Rugazi")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("MAIDUGURI (Nigeria), 3 mars (AFP) - Quinze personnes tuées.", "Maiduguri"),
        ("Goma (RDC), 12 mai 2024 (Reuters) - Neuf civils tués.", "Goma"),
        ("BAMAKO, 12 mars 2024 (AFP) – Six morts.", "Bamako"),
    ],
)
def test_a_dateline_with_its_country_in_brackets(text, town):
    place = dateline(text, 0, len(text))
    assert place is not None and place.name == town


def test_a_word_in_brackets_and_a_dash_is_no_dateline():
    text = "Le bilan (provisoire) - 12 morts."
    assert dateline(text, 0, len(text)) is None


def test_a_running_total_naming_no_place_is_the_country_s():
    text = (
        "Des hommes armés ont attaqué un quartier de Goma mardi, tuant 5 civils.\n\n"
        "Depuis le début de l'année, plus de 300 civils ont été tués, selon l'ONU."
    )
    assert claim_places(text) == [
        ("killed", 5, "un quartier de Goma"),
        ("killed", 300, "Democratic Republic of the Congo"),
    ]


def test_a_running_total_keeps_a_place_of_its_own():
    text = (
        "Des hommes armés ont attaqué un quartier de Goma mardi, tuant 5 civils.\n\n"
        "Depuis le début de l'année, plus de 300 civils ont été tués en Ituri, selon l'ONU."
    )
    assert claim_places(text)[1] == ("killed", 300, "Ituri")


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Non loin de là, dans le village voisin de Aveyi, un civil a été tué, "
            "précise la société civile.",
            ["la société civile"],
        ),
        ("À Beni, un civil a été tué, a indiqué le maire.", ["le maire"]),
        # negatives: a voice after "par" or "auprès de" is still a voice
        ("Douze morts, selon les informations recueillies par le Bureau.", ["le Bureau"]),
    ],
)
def test_a_place_is_no_voice(text, voice):
    assert [s.name for s in find_speakers(text, 0, len(text))] == voice


@pytest.mark.parametrize(
    ("opening", "town"),
    [
        ("MONGO, 3 janv. 2027 (AFP) - ", "Mongo"),
        ("ABECHE, 14 févr. 2027 (Reuters) - ", "Abeche"),
        ("MOUNDOU, 9 sept. 2027 - ", "Moundou"),
    ],
)
def test_a_dateline_with_its_month_shortened_gives_way_to_the_sentences_place(opening, town):
    """A trial's "N'DJAMENA, 24 nov. 2026 (AFP) -": the shortened month hid the
    dateline, so its town was read as the sentence's own place, over "près de"."""
    assert dateline(opening + "Six civils tués.", 0, len(opening) + 16).name == town
    found = claim_places(f"{opening}Six civils ont été tués près de Baktchoro, selon l'armée.")
    assert found == [("killed", 6, "près de Baktchoro")]
    alone = claim_places(f"{opening}Six civils ont été tués, selon l'armée.")
    assert alone == [("killed", 6, town)]  # a sentence naming no place takes the dateline's


def test_a_town_then_the_side_of_its_country_is_the_town() -> None:
    text = (
        "Un poste de l'armée a été attaqué jeudi à Ouangolo dans le nord de la Côte d’Ivoire, "
        "faisant sept morts parmi les soldats, selon l'état-major.\n"
    )
    assert [place for *_, place in claim_places(text)] == ["Ouangolo"]
    # the side of a country alone is the claim's place
    alone = text.replace("à Ouangolo dans le nord", "dans le nord")
    assert [place for *_, place in claim_places(alone)] == ["le nord de la Côte d’Ivoire"]


def test_whom_a_statement_was_made_to_is_no_place() -> None:
    assert places("L'information a été confirmée à Radio Bamenda par le maire.") == []
    assert places("Le préfet a déclaré à Radio Ndeke Luka que six civils sont morts.") == []
    # a place after "à" with no verb of saying before it stays
    assert places("Six civils ont été tués à Bambari, a indiqué le préfet.") == [("Bambari", True)]


def test_a_headline_s_topic_is_no_place() -> None:
    assert places("Banditisme : six morts dans une embuscade") == []
    assert places("Tchad : six morts dans une embuscade") == [("Tchad", True)]


def test_a_village_named_after_its_commune_is_the_finer_place() -> None:
    assert places("L'attaque a eu lieu à Banikoara, dans le village de Founougo.") == [
        ("Banikoara", False),
        ("Founougo", True),
    ]
    # a division named after a village says where the village lies
    assert places("dans le village de Kaga, dans la commune de Bolo") == [
        ("Kaga", True),
        ("Bolo", False),
    ]
