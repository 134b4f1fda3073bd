"""French figures and what they count, by kind (issue 18): each rule on sentences
written for the tests, a second set of other wordings of the same kind (that the
rule is of its kind, not of one example), and negatives (years, ages, "la 5e
région", "les 3 pays de l'AES", calibres, numbered decrees, times)."""

from __future__ import annotations

import pytest

from workbench.extract.french.numbers import find_quantities
from workbench.extract.french.victims import read_sentence


def readings(text: str) -> list[tuple[str, object, object]]:
    """(category, low, high) of each claim in the sentence `text`."""
    return [
        (r.category.value, r.quantity.low, r.quantity.high)
        for r in read_sentence(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure in words repeated in digits, as communiqués write it
        ("Vingt-quatre (24) terroristes ont été neutralisés.", [("killed", 24, 24)]),
        ("Trois (03) gendarmes ont été blessés.", [("wounded", 3, 3)]),
        ("Le bilan fait état de onze (11) morts.", [("killed", 11, 11)]),
        ("quarante-deux (42) civils ont été enlevés", [("kidnapped", 42, 42)]),
        # a list whose figures each carry their place
        (
            "Les rebelles ont tué 7 villageois à Kona près du fleuve, 4 personnes à Dia, "
            "2 personnes à Sofara.",
            [("killed", 7, 7), ("killed", 4, 4), ("killed", 2, 2)],
        ),
        (
            "Ils ont enlevé 12 femmes à Boni, 3 enfants à Douentza et 2 hommes à Hombori.",
            [("kidnapped", 12, 12), ("kidnapped", 3, 3), ("kidnapped", 2, 2)],
        ),
        # a quote closing the first figure of a list
        (
            'une embuscade ayant coûté la vie à "40 assaillants" et à un soldat.',
            [("killed", 40, 40), ("killed", 1, 1)],
        ),
        # among the victims
        (
            "Parmi les victimes figurent 12 enfants et 3 femmes.",
            [("killed", 12, 12), ("killed", 3, 3)],
        ),
        ("Parmi les morts, on dénombre 6 soldats.", [("killed", 6, 6)]),
        ("Au moins 2 enseignants figurent parmi les victimes.", [("killed", 2, None)]),
        ("Cinq personnes figurent parmi les blessés.", [("wounded", 5, 5)]),
        # leaving home
        (
            "Quelque 300 ménages ont été contraints de quitter leurs domiciles.",
            [("displaced", 270, 330)],
        ),
        ("Des centaines de familles ont dû quitter leurs villages.", [("displaced", 200, 999)]),
        ("Plus de 4 000 habitants ont abandonné leurs maisons.", [("displaced", 4000, None)]),
        ("Les combats ont poussé hors de chez eux 9 000 habitants.", [("displaced", 9000, 9000)]),
        (
            "Le nombre de déplacés internes a atteint 2 millions.",
            [("displaced", 2_000_000, 2_000_000)],
        ),
        # refuge
        ("Environ 40 000 personnes se sont réfugiées au Niger.", [("refugees", 36_000, 44_000)]),
        ("Le nombre de réfugiés s'élève à 12 500.", [("refugees", 12_500, 12_500)]),
        # the size of a force by the attack it makes
        ("Une centaine d'hommes armés a envahi le village.", [("troops", 80, 120)]),
        ("Près de 200 jihadistes ont attaqué le camp.", [("troops", None, 200)]),
        # the dead told by a noun before them
        ("L'assassinat de 3 chefs coutumiers a choqué le pays.", [("killed", 3, 3)]),
        ("Le massacre de 30 villageois a été condamné.", [("killed", 30, 30)]),
        ("Les corps sans vie de 12 personnes ont été retrouvés.", [("killed", 12, 12)]),
        ("L'armée déplore la perte de 10 soldats.", [("killed", 10, 10)]),
        ("L'armée nigérienne a perdu 29 soldats lundi.", [("killed", 29, 29)]),
        ("Les pertes ennemies s'élèvent à une soixantaine de terroristes.", [("killed", 48, 72)]),
        ("Pas moins de 50 assaillants ont été mis hors d'état de nuire.", [("killed", 50, None)]),
        # arrests and abductions told by a noun, or a participle not listed before
        ("L'arrestation de 15 suspects a été annoncée.", [("arrested", 15, 15)]),
        ("Quatre humanitaires ont été mis aux arrêts.", [("arrested", 4, 4)]),
        ("Le rapt de 4 enseignants a eu lieu jeudi.", [("kidnapped", 4, 4)]),
        ("Neuf passagers sont toujours séquestrés.", [("kidnapped", 9, 9)]),
        # a passive told before its subject
        ("Ont été neutralisés lors du ratissage 17 terroristes.", [("killed", 17, 17)]),
        ("Selon l'armée, ont été blessés au cours de l'attaque 6 militaires.", [("wounded", 6, 6)]),
        # a quote around the verb
        ("L'armée dit avoir « neutralisé » plus de cent terroristes.", [("killed", 100, None)]),
        # an age qualifies the person counted: one child, not twelve
        ("Un enfant de 12 ans a été blessé par balle.", [("wounded", 1, 1)]),
        ("Deux jeunes de 17 ans ont été enlevés.", [("kidnapped", 2, 2)]),
    ],
)
def test_a_kind_of_french_claim(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les 3 pays de l'AES ont signé un accord le 6 juillet 2024.",
        "Le décret n° 2023-456 nomme 12 nouveaux préfets dans la 5e région.",
        "Une balle de calibre 7,62 mm a été retrouvée ; l'arme a été saisie en 2021.",
        "Vers 14h30, une dizaine de motos ont été aperçues près de Ménaka.",
        "Un garçon de 12 ans a été arrêté pour vol.",  # one arrest, not twelve
        "L'équipe nationale a perdu 3 matchs en 2023.",
        "Deux cents habitants ont envahi la mairie pour protester.",
        "Douze soldats ont été attaqués près de Boni.",
        "Deux soldats ont quitté la ville pour Gao.",
        "Trois engins explosifs ont été mis hors d'état de nuire.",
        "Les forces armées ont perdu 20 % de leurs véhicules.",
        "Parmi les invités figurent 12 ministres.",
        "trois (4) soldats",  # words and digits that disagree are not one figure
    ],
)
def test_french_negatives_give_no_claim_or_only_the_right_one(text):
    claims = readings(text)
    if text.startswith("Un garçon"):
        assert claims == [("arrested", 1, 1)]
    elif text.startswith("trois (4)"):
        assert [(q.low, q.end) for q in find_quantities(text, 0, len(text))] == [(3, 5), (4, 8)]
    else:
        assert claims == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more wordings of the same kinds, to check that each rule is of its kind
        ("Trente-cinq (35) assaillants ont été abattus.", [("killed", 35, 35)]),
        ("Deux (02) soldats ont perdu la vie.", [("killed", 2, 2)]),
        (
            "Les jihadistes ont exécuté 5 hommes à Tin, 3 bergers à Kel et 2 femmes à Ina.",
            [("killed", 5, 5), ("killed", 3, 3), ("killed", 2, 2)],
        ),
        ("Parmi les tués figurent 4 policiers.", [("killed", 4, 4)]),
        ("Environ 1 200 personnes ont fui leurs foyers.", [("displaced", 1080, 1320)]),
        ("Des milliers d'habitants ont déserté leurs villages.", [("displaced", 2000, 9999)]),
        ("Une trentaine d'individus armés ont encerclé la localité.", [("troops", 24, 36)]),
        ("La tuerie de 14 orpailleurs a été revendiquée.", [("killed", 14, 14)]),
        ("Les dépouilles de 9 soldats ont été rapatriées.", [("killed", 9, 9)]),
        ("La MINUSMA a perdu 3 casques bleus.", [("killed", 3, 3)]),
        ("L'interpellation de 8 suspects a eu lieu à Gao.", [("arrested", 8, 8)]),
        ("Six élèves sont retenus en otage.", [("kidnapped", 6, 6)]),
        ("Une fillette de 9 ans a été tuée.", [("killed", 1, 1)]),
        # digits repeated in words; the wounded who died; an event kills, is not killed
        ("24 (vingt-quatre) soldats ont été tués.", [("killed", 24, 24)]),
        ("Deux soldats blessés ont succombé à l'hôpital.", [("killed", 2, 2)]),
        ("Un civil a été blessé mortellement par balle.", [("killed", 1, 1)]),
        ("Les deux explosions ont tué au moins 19 civils.", [("killed", 19, None)]),
        ("Trois tirs d'obus ont blessé 4 enfants.", [("wounded", 4, 4)]),
        # flight told by a noun or a phrase; evacuation
        ("Les violences ont provoqué la fuite de 3 000 personnes.", [("displaced", 3000, 3000)]),
        ("L'exode de 2 000 villageois se poursuit.", [("displaced", 2000, 2000)]),
        ("Près de 10 000 habitants ont pris la fuite.", [("displaced", None, 10_000)]),
        ("Environ 500 personnes ont été évacuées.", [("displaced", 450, 550)]),
        ("Plus de 3 000 personnes ont dû se déplacer.", [("displaced", 3000, None)]),
        ("Au moins 15 000 personnes se sont enfuies.", [("displaced", 15_000, None)]),
        ("Plus de 2 000 ménages se retrouvent sans abri.", [("displaced", 2000, None)]),
        ("La région compte 450 000 PDI.", [("displaced", 450_000, 450_000)]),
        # refuge is a refugee's only abroad
        ("Quelque 8 000 Maliens se sont réfugiés en Mauritanie.", [("refugees", 7200, 8800)]),
        (
            "Au moins 300 familles ont trouvé refuge dans les pays voisins.",
            [("refugees", 300, None)],
        ),
        ("Plus de 5 000 personnes ont trouvé refuge à Kaya.", [("displaced", 5000, None)]),
        (
            "Deux mille habitants se sont réfugiés dans la ville de Djibo.",
            [("displaced", 2000, 2000)],
        ),
        ("Le camp accueille 12 000 réfugiés.", [("refugees", 12_000, 12_000)]),
        # a list item's people run on to the join; another fate ends the list
        (
            "Parmi les morts figurent 40 civils, 12 soldats et membres des milices et 3 "
            "déserteurs.",
            [("killed", 40, 40), ("killed", 12, 12), ("killed", 3, 3)],
        ),
        ("Cinq civils ont été enlevés et trois autres libérés.", [("kidnapped", 5, 5)]),
        ("Cinq civils enlevés et 3 libérés.", [("kidnapped", 5, 5)]),
        (
            "Les rebelles ont tué 3 soldats et 2 civils désarmés.",
            [
                ("killed", 3, 3),
                ("killed", 2, 2),
            ],
        ),
        # long subjects: an aside with commas in it, "et" joining more of whom, a
        # parenthesis, up to nine qualifying words
        (
            "Trente-deux civils, dont des enfants, des femmes et des personnes âgées, ont été "
            "massacrés.",
            [("killed", 32, 32)],
        ),
        (
            "Au moins 12 personnes, parmi lesquelles des femmes et des enfants qui se rendaient "
            "au marché hebdomadaire de la localité, ont été tuées.",
            [("killed", 12, None)],
        ),
        (
            "Au moins 18 militaires et un nombre indéterminé de supplétifs civils ont été tués.",
            [("killed", 18, None)],
        ),
        (
            "Au moins 9 éléments des Forces de défense et de sécurité (FDS) ont perdu la vie.",
            [("killed", 9, None)],
        ),
        (
            "Vingt soldats de l'armée régulière et de nombreux volontaires ont été tués.",
            [("killed", 20, 20)],
        ),
        # ... but an aside ends at the clause: no fate after a stop
        ("Trente civils, dont des enfants. Les autres ont été tués.", []),
        # a force counted yields to what befell it, and counts no civilians
        ("Le bilan compte 12 soldats tués et 5 blessés.", [("killed", 12, 12), ("wounded", 5, 5)]),
        ("L'armée a envoyé 12 soldats qui ont été tués.", [("killed", 12, 12)]),
        ("On comptait 40 civils tués.", [("killed", 40, 40)]),
        ("La force compte 5 000 hommes.", [("troops", 5000, 5000)]),
        ("L'armée a déployé 300 soldats.", [("troops", 300, 300)]),
        # a list's figure by its side, the people left out
        (
            "Les combats ont fait 3 morts côté armée et 12 côté assaillants.",
            [
                ("killed", 3, 3),
                ("killed", 12, 12),
            ],
        ),
        (
            "On dénombre 5 blessés parmi les soldats et 9 parmi les civils.",
            [
                ("wounded", 5, 5),
                ("wounded", 9, 9),
            ],
        ),
        # wounded by what struck them; missing told by a verb or a noun
        ("Quatre civils ont été touchés par balles.", [("wounded", 4, 4)]),
        ("Sept pêcheurs restent introuvables.", [("missing", 7, 7)]),
        ("On est toujours sans nouvelles de 12 élèves.", [("missing", 12, 12)]),
        ("La disparition de 3 journalistes inquiète.", [("missing", 3, 3)]),
        ("Douze élèves sont toujours sans nouvelles de leurs parents.", []),
        # more ways of being killed
        ("Cinq orpailleurs ont été criblés de balles.", [("killed", 5, 5)]),
        ("Douze personnes ont été retrouvées mortes.", [("killed", 12, 12)]),
    ],
)
def test_more_wordings_of_each_kind(text, expected):
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,000 morts", (12_000, 12_000)),  # thousands as a translated wire writes them
        ("3,000,000 de déplacés", (3_000_000, 3_000_000)),
        ("1,500 déplacés", (1500, 1500)),
        ("2,5 millions de déplacés", (2_500_000, 2_500_000)),  # a decimal comma, a scale
        ("12,5 km", (12.5, 12.5)),
        ("12,50 euros", (12.5, 12.5)),
        ("pas plus de 10 morts", (None, 10)),  # at most, not more than
        # a bound after the figure and its noun, not one before the next figure
        ("20 personnes environ ont été tuées", (18, 22)),
        ("douze morts au moins", (12, None)),
        ("3 morts, au moins 5 blessés", (3, 3)),
        ("3 morts et au moins 5 blessés", (3, 3)),
        ("pas moins de 10 morts", (10, None)),
    ],
)
def test_a_comma_before_three_digits_and_no_scale_parts_thousands(text, expected):
    quantity = find_quantities(text, 0, len(text))[0]
    assert (quantity.low, quantity.high) == expected
