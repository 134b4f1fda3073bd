"""A French place told as a stop or a station named without "de" (issue 18; trial 77's
french-x study kind, on sentences written for the tests): "dans la station de métro
Atlas", "à la gare Saint-Lazare", "près de l'arrêt de bus Mandela", a toll in the same
sentence or in the next ones; a broadcaster called a station ("la station Radio Okapi")
is no place, nor a station with no name."""

from __future__ import annotations

from tests.french_helpers import claim_place


def test_a_metro_or_tram_station_named_without_de() -> None:
    text = "Une bombe a explosé mardi à la station de tramway Tahrir, blessant quatre passants."
    assert claim_place(text, "quatre passants") == "la station de tramway Tahrir"
    text = "Trois voyageurs ont été blessés par balles dans la station de métro Liberté."
    assert claim_place(text, "Trois voyageurs") == "la station de métro Liberté"


def test_the_stop_told_in_the_sentence_before_the_toll() -> None:
    text = (
        "Des coups de feu ont été tirés dimanche dans la station de métro Atlas. "
        "Cet assaut a suivi une bagarre. Un adolescent de 16 ans a été grièvement blessé."
    )
    assert claim_place(text, "Un adolescent") == "la station de métro Atlas"
    text = (
        "Plusieurs coups de feu ont été tirés dans la gare Montparnasse. "
        "Deux agents ont été blessés."
    )
    assert claim_place(text, "Deux agents") == "la gare Montparnasse"


def test_a_bus_stop_keeps_its_nearness() -> None:
    text = "Des tirs ont éclaté vendredi près de l'arrêt de bus Mandela. Une femme a été tuée."
    assert claim_place(text, "Une femme") == "près de l'arrêt de bus Mandela"


def test_a_broadcaster_or_a_station_without_a_name_is_no_place() -> None:
    # negatives: the place stays the town the sentence names
    text = "Deux soldats ont été tués à Beni, a rapporté la station Radio Okapi."
    assert claim_place(text, "Deux soldats") == "Beni"
    text = "Selon la station de radio locale, trois civils ont été tués à Kamango."
    assert claim_place(text, "trois civils") == "Kamango"
    text = "Deux personnes ont été tuées dans la gare routière de Maiduguri."
    assert claim_place(text, "Deux personnes") == "la gare routière de Maiduguri"
