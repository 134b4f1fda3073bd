"""French places by kind (issue 18), the kinds the study half's place misses sorted
into, on sentences written for the tests (invented towns where a town's name does not
matter), with their negatives: a side of a country beside a place named, the wounded's
destination, where a statement was made, a narrowing "plus précisément", a name set
off by commas after its settlement's kind, two sides of the country, compound sides,
an area's adjectives and "seul"."""

from __future__ import annotations

import pytest

from tests.test_french_place_kinds import claim_places, places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side of a country gives way to a place the sentence names
        (
            "Quatre gendarmes ont été tués dans l'est du Tchad, près du village de Morbaye.",
            [("l'est du Tchad", False), ("près du village de Morbaye", True)],
        ),
        (
            "La ville minière de Kalbora, dans le nord du Cameroun, a été attaquée.",
            [("Kalbora", True), ("le nord du Cameroun", False)],
        ),
        # ... not to a neighbouring country it lies near
        (
            "Deux attaques dans l'est du Tchad, près du Soudan, ont fait six morts.",
            [("l'est du Tchad", True), ("près du Soudan", False)],
        ),
        # ... and stays where it is the only place
        ("Six civils ont été tués dans le sud de la Somalie.", [("le sud de la Somalie", True)]),
        # two sides of the country, and a compound side kept whole
        (
            "Les frappes ont fait 40 morts dans le nord et l'est du pays.",
            [("le nord et l'est du pays", True)],
        ),
        (
            "Des combats dans plusieurs villages du sud-ouest du pays.",
            [("plusieurs villages du sud-ouest", True)],
        ),
        # an area's adjective between it and its name
        ("Une bombe dans un quartier sunnite de Dabra.", [("un quartier sunnite de Dabra", True)]),
        (
            "Un missile sur une zone industrielle de Lorivka.",
            [("une zone industrielle de Lorivka", True)],
        ),
        ("Une frappe sur la ville portuaire de Sarna.", [("Sarna", True)]),
        # "seul": "the one province of"
        (
            "Dont 30 morts dans la seule province de Kalbar.",
            [("la seule province de Kalbar", True)],
        ),
        # a camp named by whom it shelters, and villagers of a place
        ("Une attaque au camp des déplacés de Moyo.", [("Moyo", True)]),
        ("Dix villageois de Torbi ont été enlevés.", [("Torbi", True)]),
        # a name set off by commas after its settlement's kind is the place
        (
            "La capitale du pays, Kimbéla, a été frappée par un attentat.",
            [("Kimbéla", True)],
        ),
        (
            "Une autre ville tchadienne, Morbaye, située au nord de la capitale, a été visée.",
            [("Morbaye", True)],
        ),
        # ... not a noun set off by a comma after "la ville" (the town pointed back to,
        # "la ville", not locative: place_pointed.py)
        ("Dans la ville, les habitants ont fui.", [("la ville", False)]),
        # a place narrowed: "à X, plus précisément à Y" is at Y
        (
            "Une attaque à Kalbora, plus précisément à Dogué, a fait trois morts.",
            [("Kalbora", False), ("Dogué", True)],
        ),
        # ... but a list of places stays a list
        (
            "Des attaques à Kalbora, à Dogué et à Torbi.",
            [("Kalbora", True), ("Dogué", True), ("Torbi", True)],
        ),
        # what an area is of, in lower case, before its town
        (
            "Une bombe a explosé devant une usine de ciment de Morbaye.",
            [("une usine de ciment de Morbaye", True)],
        ),
        # ... not an area's own kind: "la localité de Kasinga de la Tshopo" is Kasinga
        (
            "Une attaque dans la localité de Kalbora de la Tshopo a fait cinq morts.",
            [("Kalbora", True)],
        ),
        # a landmark by its distance, then the area the place lies in
        (
            "Un camp situé à 13 kilomètres de Dogué, dans l'arrondissement de Torbi, a été "
            "détruit.",
            [("à 13 kilomètres de Dogué", False), ("l'arrondissement de Torbi", True)],
        ),
        # where the attackers came from, and the area it lies in, is not where it happened
        (
            "Partis de Kalbora dans la Haute-Dogué, ils ont attaqué un poste à Torbi.",
            [("Torbi", True)],
        ),
        # ... while an area after a plain verb is
        (
            "Des soldats venus de Kalbora ont tué deux rebelles dans la Haute-Dogué.",
            [("la Haute-Dogué", True)],
        ),
        # a known town the subject of a clause opened by "que"
        (
            "C'est la troisième fois que Bujumbura, visée par des grenades, est attaquée.",
            [("Bujumbura", True)],
        ),
        # ... not a person's name
        ("Il a dit que Moussa a été tué.", []),
        # a square named without "de"
        ("Une bombe a explosé sur la place Tahrir.", [("la place Tahrir", True)]),
        # ... not "sur place", "mis en place"
        ("Les secours sont arrivés sur place.", []),
        # a place's name opened by its article
        ("Un massacre à La Plaine du Cul-de-Sac.", [("La Plaine du Cul-de-Sac", True)]),
        ("Un attentat à La Mecque a fait trois morts.", [("La Mecque", True)]),
        # ... while an article opening anything else is no place
        ("a déclaré la source à La Tribune", []),
        # a compound name with its article in lower case
        ("Deux morts à la Croix-des-Bouquets.", [("Croix-des-Bouquets", True)]),
        # ... not an organisation's hyphenated name
        ("Les blessés ont été confiés à la Croix-Rouge.", []),
        # an area named by who holds it, the whole of it
        (
            "Douze morts dans la zone occupée par les rebelles et trois dans les régions "
            "sous contrôle gouvernemental.",
            [
                ("la zone occupée par les rebelles", True),
                ("les régions sous contrôle gouvernemental", True),
            ],
        ),
        (
            "Des milliers ont fui les quartiers tenus par les gangs.",
            [
                ("les quartiers tenus par les gangs", True),
            ],
        ),
        # ... not some of its parts, nor a town described so
        ("Des obus sont tombés sur des quartiers contrôlés par l'armée.", []),
        ("Trois soldats tués à Dogué, ville contrôlée par les rebelles.", [("Dogué", True)]),
        # a school named in quotation marks, then its town
        (
            "Des hommes armés ont attaqué le collège privé « Les Lauriers » de Dogué.",
            [("le collège privé « Les Lauriers » de Dogué", True)],
        ),
        # an event named again by its pronoun and its place (since fr42 the place of the
        # figures in its own phrase only: place_other_events.py)
        (
            "Cette attaque survient après celle de Kalbora qui a fait deux morts.",
            [("Kalbora", False)],
        ),
        # ... not by whom it was done
        ("Cette embuscade, comme celle de l'armée la veille, a fait deux morts.", []),
        # the areas other countries' reporting names
        ("Trente morts dans la bande de Gaza.", [("la bande de Gaza", True)]),
        ("Douze morts dans le gouvernorat de Dabra.", [("le gouvernorat de Dabra", True)]),
        ("Des frappes sur l'oblast de Lorivka.", [("l'oblast de Lorivka", True)]),
        ("Dix morts dans le comté de Torbi.", [("le comté de Torbi", True)]),
        ("Cinq morts dans la cité de Dogué.", [("Dogué", True)]),
        (
            "Un raid sur Kalbora dans le gouvernorat de Dabra.",
            [("Kalbora", True), ("le gouvernorat de Dabra", False)],
        ),
        # ... not a band of people
        ("Une bande de jeunes a attaqué le poste.", []),
        # the subject of "est le théâtre de", whatever the words around its name
        (
            "La province à majorité chrétienne du Dabra (sud), riche en pétrole, est le "
            "théâtre depuis 2019 d'une insurrection.",
            [("Dabra", True)],
        ),
        ("Le Haut-Dogué a de nouveau été le théâtre de combats.", [("Haut-Dogué", True)]),
        # ... not a sentence's first word, capitalised whatever it is
        ("Depuis 2017, la région est le théâtre de violences.", []),
        # where the wounded were taken is not where it happened
        ("Douze blessés ont été évacués vers l'hôpital de Kalbora.", []),
        ("Cinq blessés, évacués vers un hôpital à Kimbéla, sont dans un état grave.", []),
        ("Les victimes ont été transférées à Kimbéla.", []),
        # ... while a hospital struck is
        (
            "Une frappe sur l'hôpital de Kalbora a fait neuf morts.",
            [("l'hôpital de Kalbora", True)],
        ),
        # where a statement was made is not where it happened
        ("a déclaré le ministre lors d'une conférence de presse à Kimbéla", []),
        ("a annoncé le gouverneur lors d'un point de presse tenu à Kimbéla", []),
        # ... while a press conference named with no place before the toll changes nothing
        (
            "Lors d'une conférence de presse, le maire a annoncé dix morts à Dogué.",
            [("Dogué", True)],
        ),
    ],
)
def test_a_kind_of_french_place_from_the_study_misses(text, expected):
    assert places(text) == expected


def test_a_claim_takes_the_place_named_over_the_side_of_the_country():
    text = (
        "Huit civils ont été tués mardi dans le nord-ouest de la Centrafrique, "
        "quand leur camion a sauté sur une mine, près du village de Morbaye."
    )
    assert claim_places(text) == [("killed", 8, "près du village de Morbaye")]


def test_the_wounded_taken_elsewhere_keep_the_place_of_the_attack():
    text = (
        "Une embuscade a visé un convoi à Dogué. "
        "Trois soldats ont été tués et sept blessés évacués vers l'hôpital de Kimbéla."
    )
    assert claim_places(text) == [("killed", 3, "Dogué"), ("wounded", 7, "Dogué")]


def test_a_claim_takes_the_town_narrowed_to():
    text = "Une attaque à Kalbora, plus précisément à Dogué, a fait deux morts."
    assert claim_places(text) == [("killed", 2, "Dogué")]


def test_a_told_place_is_no_claim_place():
    text = (
        "Les combats ont eu lieu à Dogué. « Neuf soldats sont morts », a affirmé le "
        "ministre lors d'une conférence de presse à Kimbéla."
    )
    assert claim_places(text) == [("killed", 9, "Dogué")]


def test_a_lead_naming_no_place_takes_the_scene_told_right_after():
    text = (
        "Au moins neuf personnes ont été tuées dans des affrontements entre l'armée et une "
        "milice. Les combats se sont déroulés près du marché de Dogué."
    )
    assert claim_places(text) == [("killed", 9, "près du marché de Dogué")]
    # ... not from a sentence with its toll of its own
    text = (
        "Au moins neuf personnes ont été tuées dans des affrontements. L'attaque a eu lieu "
        "à Dogué, où trois autres civils ont été tués."
    )
    assert claim_places(text)[0] == ("killed", 9, None)
    # ... from the story's next paragraph too (session 40: a story opening on its toll
    # tells where in the paragraph after), not from a sentence saying nothing of the scene
    text = (
        "Au moins neuf personnes ont été tuées dans des affrontements.\n\n"
        "Les combats se sont déroulés près du marché de Dogué."
    )
    assert claim_places(text) == [("killed", 9, "près du marché de Dogué")]
    text = "Au moins neuf personnes ont été tuées. Le ministre s'est rendu à Dogué."
    assert claim_places(text) == [("killed", 9, None)]


def test_an_official_s_area_is_the_place_where_the_sentence_names_no_other():
    text = (
        "Une frappe a touché le port de Dogué. Par ailleurs, le gouverneur de la région "
        "de Kalbora a déclaré que les bombardements avaient tué deux personnes."
    )
    assert claim_places(text) == [("killed", 2, "la région de Kalbora")]
    # ... not where the sentence names one
    text = "Trois civils ont été tués à Dogué, a déclaré le gouverneur de la région de Kalbora."
    assert claim_places(text) == [("killed", 3, "Dogué")]
    # ... and never carried to the sentences after it
    text = (
        "Une frappe a touché le port de Dogué. Le gouverneur de la région de Kalbora a "
        "déclaré que les bombardements avaient tué deux personnes. Quatre autres ont été "
        "blessées."
    )
    assert claim_places(text) == [
        ("killed", 2, "la région de Kalbora"),
        ("wounded", 4, "le port de Dogué"),
    ]
