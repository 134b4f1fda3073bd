"""French kinds left from the rebuilt set's rounds (issue 18), on sentences written for
the tests: a part of a figure ("trois des quatre casques bleus ... retrouvés morts",
"tué 24 des 25"), an adverb between a verb and its figure ("tué ici 24"), a region
or town as the subject after an opener ("Depuis 2017, Cabo Delgado est en proie
..."), a place of worship, a school or a clinic named before its town ("la paroisse
Saint-Joseph de Komanda")."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return extract_claims(doc)


def read(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims(text)]


def places(text: str) -> list[str | None]:
    return [c.location for c in claims(text)]


def test_part_takes_the_main_verb_whole_keeps_its_participle() -> None:
    text = "Deux des cinq gardes enlevés jeudi près du marché ont été retrouvés morts."
    assert read(text) == [("killed", 2), ("kidnapped", 5)]
    text = "Trois des six pêcheurs portés disparus mardi sont morts noyés."
    assert read(text) == [("killed", 3), ("missing", 6)]


def test_whole_told_by_the_part_fate_is_no_claim() -> None:
    # "the five are not all dead": one claim, of the part
    assert read("Deux des cinq gendarmes ont été tués lundi soir.") == [("killed", 2)]
    assert read("Quatre des sept otages qui avaient été enlevés ont été exécutés.") == [
        ("killed", 4),
        ("kidnapped", 7),
    ]


def test_part_with_no_fate_of_its_own_is_no_claim() -> None:
    # negatives: the part only shares the whole's participle, or what befell it is no fate
    assert read("Six des neuf soldats blessés ont été évacués par hélicoptère.") == [("wounded", 9)]
    assert read("Deux des sept otages ont été libérés vendredi.") == [("kidnapped", 7)]


def test_verb_before_the_part_counts_the_part() -> None:
    assert read("Les rebelles ont abattu 11 des 12 passagers du car.") == [("killed", 11)]
    assert read("Il a été tué avec deux des quatre membres de sa famille.") == [("killed", 2)]
    # the whole told with its own fate stays a claim of its own
    assert read("La frappe a tué 9 des 14 personnes mortes ce jour-là.") == [
        ("killed", 9),
        ("killed", 14),
    ]


def test_part_and_whole_not_joined_by_des_are_unchanged() -> None:
    assert read("Trois soldats et quatre civils ont été tués.") == [("killed", 3), ("killed", 4)]


def test_adverb_of_place_between_verb_and_figure() -> None:
    assert read("Le drone a tué ici 17 personnes, selon la mairie.") == [("killed", 17)]
    assert read("Les assaillants ont blessé là trois enseignants.") == [("wounded", 3)]
    # negative: "ici" before a figure with no verb of harm
    assert read("Il a vécu ici 24 ans avant la guerre.") == []


def test_known_place_as_subject_after_an_opener() -> None:
    text = (
        "Le nord du Mozambique reste instable. Depuis 2018, Cabo Delgado est en proie "
        "à une insurrection qui a déjà fait des milliers de morts."
    )
    assert places(text) == ["Cabo Delgado"]
    text = "Depuis le mois de mars, Kharkiv a été frappée par des missiles qui ont tué 30 civils."
    assert places(text) == ["Kharkiv"]


def test_unknown_name_after_an_opener_is_no_place() -> None:
    # negative: a person's name after the opener
    assert places("Depuis 2020, Moussa a tué 12 personnes au Tchad.") == ["Tchad"]


def test_institution_named_before_its_town() -> None:
    assert places("Neuf fidèles ont été tués dans la paroisse Saint-Pierre de Mangina.") == [
        "la paroisse Saint-Pierre de Mangina"
    ]
    text = "Quinze élèves ont été enlevés au collège protestant Saint-Luc de Kafanchan."
    assert places(text) == ["au collège protestant Saint-Luc de Kafanchan"]
    text = "Onze élèves ont été enlevés à l'école primaire Sainte-Anne de Kankara."
    assert places(text) == ["à l'école primaire Sainte-Anne de Kankara"]
    text = "Cinq malades ont été tués dans l'hôpital général de référence de Oicha."
    assert places(text) == ["l'hôpital général de référence de Oicha"]
    text = (
        "Huit fidèles ont été tués dans l'église de la paroisse catholique Sainte-Croix de Mambasa."
    )
    assert places(text) == ["la paroisse catholique Sainte-Croix de Mambasa"]


def test_institution_with_no_town_names_no_place() -> None:
    # negatives: an institution with its own name only, or a name in lower case
    assert places("Neuf fidèles ont été tués dans la paroisse Saint-Pierre.") == [None]
    assert places("Douze élèves de l'école de la paix ont été enlevés.") == [None]


def test_street_named_with_a_capital() -> None:
    assert places("Dans la rue Khreshchatyk, une frappe a tué 7 passants.") == [
        "la rue Khreshchatyk"
    ]
    assert places("Deux agents ont été blessés sur le boulevard Lumumba.") == [
        "le boulevard Lumumba"
    ]


def test_street_gives_way_to_its_town() -> None:
    text = "Quatre manifestants ont été tués sur l'avenue Lumumba à Lubumbashi."
    assert places(text) == ["Lubumbashi"]
    # a street is the claim's place only where its sentence names no other
    text = "À Bunia, trois civils ont été tués dans la rue Ngezi."
    assert places(text) == ["Bunia"]
    # negative: a street written in lower case names no place
    assert places("Trois civils ont été tués dans la rue principale.") == [None]


def test_kin_joined_without_a_figure_share_the_fate() -> None:
    assert read("Onze commerçants et leurs familles ont été enlevés mardi.") == [("kidnapped", 11)]
    assert read("Un chef de village et ses deux fils ont été tués.") == [
        ("killed", 1),
        ("killed", 2),
    ]
    # negative: kin counted by a figure are a claim of their own, not joined to the three
    assert read("Trois pêcheurs et leurs 4 enfants ont été tués.") == [("killed", 4)]


def test_quotation_opening_on_a_place_the_split_kept_joined() -> None:
    text = (
        "Les villageois ont fui, selon un habitant. «A Ekona, près de Muyuka, chef-lieu du "
        "département, un gendarme a été abattu par des inconnus."
    )
    assert places(text) == ["Ekona"]
    # negative: "A" before a word in lower case names no place
    text = "Il a dit : « A toi de voir. » Trois civils ont été tués à Beni."
    assert places(text) == ["Beni"]


def test_several_regions_named_by_the_country_adjective() -> None:
    text = "Les frappes russes ont visé six régions ukrainiennes, où 3 civils ont été tués."
    assert places(text) == ["six régions ukrainiennes"]
    # a town named in the sentence is the place, the regions only say where it lies
    text = "Des drones ont frappé plusieurs régions ukrainiennes, faisant 5 morts à Odessa."
    assert places(text) == ["Odessa"]
    # negative: the adjective of a voice names no place
    assert places("Les autorités ukrainiennes ont annoncé 4 morts.") == [None]


def test_several_villages_named_without_de() -> None:
    text = "Aux villages Mabu et Tali, près de Bule, des miliciens ont tué 9 personnes."
    assert places(text) == ["villages Mabu et Tali"]
    text = "Des obus sont tombés dans les quartiers Majengo et Mabanga, tuant 4 civils."
    assert places(text) == ["les quartiers Majengo et Mabanga"]
    # negative: villages named by an adjective, not by name
    assert places("Aux villages voisins, 3 civils ont été tués.") == [None]
