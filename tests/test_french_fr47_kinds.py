"""French kinds helper fr47 found in part a of the French sets' study halves (issue 18),
on sentences written for the tests, each with its negatives: approximations told as
"de l'ordre de" or "aux alentours de"; a toll told in a subhead between paragraphs;
an idiom of time ("à ce stade") read as no place; an opening "Alors que" clause
setting the scene only; a wide area in a breakdown ("dont 95 dans la province du
Lac") the part's place only; "au Sud-Est du village Masiakwa" a side of the village,
not "Sud-Est"; first reports ("selon les premières informations") as a voice, first
estimates still none; a voice within what another says ("X a déclaré que Y ont
déploré") is X's figure; a bare part of things counted before "dont" ("sept missiles,
dont deux ont été abattus") no victim; a relative lost by each of many ("ils ont perdu
un membre de leur famille") no count; boats and aircraft destroyed no victims."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    """The claims of a French document published in June 2025."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2025, 6, 12)}
    )
    return list(extract_claims(doc))


def figures(text: str) -> list[tuple[str, int | None, str]]:
    """Each claim's category, value and qualifier."""
    return [(c.category.value, c.value, c.qualifier) for c in claims(text)]


# --- approximations ---


def test_order_of_magnitude_words_make_an_approximate_figure() -> None:
    assert figures("Le bilan est de l'ordre de 130 morts, selon l'armée, le 3 mars 2025.") == [
        ("killed", 130, "about")
    ]
    assert figures("On compte aux alentours de 50 blessés à Abéché depuis mardi.") == [
        ("wounded", 50, "about")
    ]
    assert figures("Le bilan de l'attaque de lundi avoisine 40 morts.") == [("killed", 40, "about")]


def test_order_words_without_a_figure_bound_nothing() -> None:
    # negatives: "l'ordre de" as a command, an exact figure after it
    assert figures("L'ordre de repli a été donné; 12 soldats ont été tués mardi.") == [
        ("killed", 12, "exact")
    ]
    assert figures("Le 12 mars 2025, l'ordre de 20 heures a été levé.") == []


# --- a toll told in a subhead between paragraphs ---

_OPENING = "Une embuscade a visé une patrouille mardi 4 mars 2025 près de Mongo, dans le Guéra."
_BODY = "Les victimes, Ali Mahamat et Abakar Issa, ont été inhumées le lendemain à Mongo."


def test_a_lone_subhead_between_paragraphs_is_read() -> None:
    text = f"Embuscade au Guéra\n\n{_OPENING}\n\nDeux gendarmes tués\n\n{_BODY}"
    found = [(c.category.value, c.value, c.location) for c in claims(text)]
    assert found == [("killed", 2, "près de Mongo")]
    text = f"{_OPENING}\nDes centaines de familles contraintes de fuir\n{_BODY}"
    assert [(c.category.value, c.qualifier) for c in claims(text)] == [
        ("displaced", "vague:des-centaines")
    ]


def test_lists_links_and_footers_are_no_subheads() -> None:
    # negatives: two headline-like lines (a list of links), a "Lire aussi" link, a
    # line after the last paragraph
    text = f"{_OPENING}\n\nDeux gendarmes tués à Sarh\nTrois civils tués à Bol\n\n{_BODY}"
    assert claims(text) == []
    text = f"{_OPENING}\n\nLire aussi : Deux gendarmes tués à Sarh\n\n{_BODY}"
    assert claims(text) == []
    assert claims(f"{_OPENING}\n\n{_BODY}\n\nDeux gendarmes tués à Sarh") == []


# --- an idiom of time or ground read as no place ---


def places(text: str) -> list[str | None]:
    """Each claim's place."""
    return [c.location for c in claims(text)]


def test_idioms_with_an_area_word_name_no_place() -> None:
    assert places("Le bilan s'élève à ce stade à 14 morts, selon la mairie, le 2 mai 2025.") == [
        None
    ]
    assert places("Sur cette base, 20 soldats ont été tués en mars 2025, selon l'armée.") == [None]
    text = "« Neuf personnes sont mortes à ce stade », a déclaré le maire de Sarh mardi."
    assert "ce stade" not in places(text)


def test_a_stadium_pointed_back_to_is_still_a_place() -> None:
    # negative: "dans ce stade" is where it happened
    text = "Deux supporters ont été tués dans ce stade, selon la police, le 3 mai 2025."
    assert places(text) == ["ce stade"]


# --- first reports as a voice ---


def voices(text: str) -> list[str | None]:
    """Each claim's voice."""
    return [c.attribution for c in claims(text)]


def test_first_reports_are_a_voice() -> None:
    text = "On déplore une dizaine de morts à Tandjouaré, selon les premières informations."
    assert voices(text) == ["les premières informations"]
    text = "Selon les dernières informations, 15 gendarmes ont été tués à Kofonou le 8 mai 2025."
    assert voices(text) == ["les dernières informations"]


def test_first_estimates_stay_no_voice() -> None:
    # negative: an estimate is when the figure was given, not who gave it
    text = "Selon les premières estimations, 15 gendarmes ont été tués à Kofonou en mai 2025."
    assert voices(text) == [None]


# --- what goes on meanwhile sets the scene ---


def test_an_opening_meanwhile_clause_gives_way_to_the_claims_own_place() -> None:
    text = (
        "Alors que les rebelles revendiquent une attaque près de Moussoro, le ministre "
        "estime à 300 le nombre de personnes tuées au Tchad depuis janvier 2025."
    )
    assert places(text) == ["Tchad"]
    text = "Tandis que l'armée pilonnait Kidal, 14 civils ont péri à Anéfis mardi 4 mars 2025."
    assert places(text) == ["Anéfis"]


def test_an_opening_meanwhile_clause_still_sets_the_scene() -> None:
    # negatives: the only place of the sentence; a figure within the clause itself
    text = "Alors que les combats faisaient rage à Goma, 20 civils ont été tués mardi 4 mars 2025."
    assert places(text) == ["Goma"]
    text = "Alors que 3 soldats étaient tués à Gao, 20 civils ont péri à Kidal le 4 mars 2025."
    assert places(text) == ["Gao", "Kidal"]


# --- a wide area in a breakdown is the part's ---


def test_a_breakdown_by_wide_area_is_no_place_of_the_total() -> None:
    text = "Au total, 412 Tchadiens ont été tués en 2024, dont 95 dans la province du Lac."
    assert places(text) == [None, "la province du Lac"]
    text = "Au total, 412 civils ont été tués en 2024, dont 95 morts pour la seule région de Bol."
    assert places(text) == [None, "la seule région de Bol"]


def test_a_breakdown_by_village_still_tells_where() -> None:
    # negative: a village in a breakdown of a toll whose clause names no place
    text = "Les rebelles ont tué 21 personnes mardi, dont 5 à Ngouboua."
    assert places(text)[0] == "Ngouboua"


# --- a side of a settlement told by its kind ---


def test_a_side_of_a_village_named_by_its_kind_keeps_the_village() -> None:
    text = "Cinq miliciens ont été capturés au Sud-Est du village Masiakwa le 2 mai 2025."
    assert places(text) == ["au Sud-Est du village Masiakwa"]
    text = "Trois soldats ont été tués au nord de la localité de Bolo le 2 mai 2025."
    assert places(text) == ["au nord de la localité de Bolo"]


def test_a_side_of_a_named_place_is_unchanged() -> None:
    # negatives: a side of a country and of a town named without their kind
    assert places("Trois soldats ont été tués au Nord du Cameroun le 2 mai 2025.") == [
        "au Nord du Cameroun"
    ]
    assert places("Trois soldats ont été tués au nord de Kidal le 2 mai 2025.") == [
        "au nord de Kidal"
    ]


# --- a voice within what another voice says ---


def test_a_voice_reported_by_another_is_the_reporters() -> None:
    text = (
        "Le porte-parole de l'armée, le colonel Ali Kodo, a déclaré qu'en huit jours, les "
        "forces de défense ont déploré « 52 soldats tués », le 9 mai 2025."
    )
    assert voices(text) == ["Le porte-parole de l'armée, le colonel Ali Kodo"]
    text = "Le gouverneur a indiqué mardi que les secouristes ont retrouvé 12 corps à Bol."
    assert voices(text) == ["Le gouverneur"]


def test_a_voice_after_what_another_says_is_its_own() -> None:
    # negative: a second voice after the first one's words end
    text = (
        "L'armée a affirmé que 12 assaillants ont été tués; selon des habitants, 30 civils "
        "ont péri."
    )
    assert voices(text) == ["L'armée", "des habitants"]


# --- a bare part of things counted before "dont" ---


def test_a_part_of_things_shot_down_is_no_victim() -> None:
    text = "Sept drones ont visé Kiev samedi 3 mai 2025, dont deux ont été abattus par l'armée."
    assert figures(text) == []
    text = (
        "« Six missiles ont visé Odessa », dont un qui a touché un immeuble et « deux qui "
        "ont été abattus »."
    )
    assert figures(text) == []


def test_a_part_of_people_counted_before_dont_is_still_read() -> None:
    # negative: people before "dont"
    text = "Douze soldats ont été attaqués à Bol le 3 mai 2025, dont deux ont été abattus."
    assert figures(text) == [("killed", 2, "exact")]


# --- a relative lost by each of many ---


def test_a_relative_lost_by_each_is_no_count() -> None:
    text = "Les déplacés arrivés à Adré en mai 2025 ont tous perdu un membre de leur famille."
    assert figures(text) == []
    assert figures("Beaucoup ont perdu un proche dans l'attaque de Bol le 3 mai 2025.") == []


def test_one_lost_by_one_or_by_a_unit_is_counted() -> None:
    # negatives: one person's loss, a unit's soldier
    text = "Le chef du village a perdu un fils dans l'attaque de Bol le 3 mai 2025."
    assert figures(text) == [("killed", 1, "exact")]
    text = "Ils ont perdu un soldat dans l'attaque de Bol le 3 mai 2025, a indiqué l'armée."
    assert figures(text) == [("killed", 1, "exact")]


def test_an_aside_breakdown_leaves_the_sentences_area_to_its_toll() -> None:
    # negative: "dont quatre enfants," is an aside; the area after it is the toll's
    text = (
        "Quatorze civils, dont quatre enfants, ont été tués mardi 6 mai 2025 par des frappes "
        "sur la région d'Idleb, selon l'OSDH."
    )
    assert places(text)[0] == "la région d'Idleb"


def test_boats_destroyed_in_a_list_are_no_victims() -> None:
    text = (
        "Selon l'armée, 200 terroristes ont été neutralisés le 4 mai 2025, 50 pirogues "
        "détruites et 12 avions abattus."
    )
    assert figures(text) == [("killed", 200, "exact")]
