"""Kinds of French reporting the widened development set showed the reader missing
(issue 18), each on sentences written for the tests, with other wordings of the
same kind and negatives (years, ages, "la 5e région", "les 3 pays de l'AES",
calibres, numbered decrees): a killing told after another participle ("attaqués et
tués"), a list after "la mort de" ("et d'un fonctionnaire"), the men of an armed
group named after them ("éléments de Boko Haram ... neutralisés"), "par centaines",
a voice putting a toll at a figure ("l'ONU estime à ... le nombre"), a paragraph
opening on the toll made public, a figure repeated in digits before its place
("sept (7) civils"), the town carried rather than the country, and the country a
sentence names for a town the gazetteer does not know."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.french_helpers import page_claims as claims
from tests.french_helpers import readings
from workbench.extract.french.numbers import ECHOED
from workbench.extract.french.places import find_places
from workbench.extract.french.voices import find_speakers
from workbench.geo.french_relations import french_relation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # killed after another participle: the last one gives the fate
        (
            "Trois gendarmes qui gardaient le poste ont été attaqués et tués par des rebelles.",
            [("killed", 3, 3)],
        ),
        ("Cinq villageois ont été enlevés puis exécutés.", [("killed", 5, 5)]),
        ("Deux chauffeurs ont été ligotés et froidement abattus.", [("killed", 2, 2)]),
        ("Quatre bergers ont été pris en embuscade et tués.", [("killed", 4, 4)]),
        # ... not a wound followed by another fate, nor an attack alone
        ("Deux soldats ont été blessés et évacués vers Bol.", [("wounded", 2, 2)]),
        ("Les 3 pays de l'AES ont été attaqués puis occupés.", []),
        ("La 5e région a été attaquée et pillée.", []),
        ("Un homme âgé de 45 ans a été enlevé puis tué.", [("killed", 1, 1)]),
    ],
)
def test_a_killing_told_after_another_participle(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'attaque a suivi la mort de deux soldats et d'un fonctionnaire.",
            [("killed", 2, 2), ("killed", 1, 1)],
        ),
        (
            "On déplore la mort de trois policiers et de deux civils.",
            [("killed", 3, 3), ("killed", 2, 2)],
        ),
        (
            "Les rebelles ont annoncé l'enlèvement de six élèves et d'une enseignante.",
            [("kidnapped", 6, 6), ("kidnapped", 1, 1)],
        ),
        # a year or a decree after "et de" is no one
        (
            "Depuis 2019, la mort de deux soldats et d'un civil a été confirmée.",
            [("killed", 2, 2), ("killed", 1, 1)],
        ),
        (
            "La mort de quatre soldats et le décret n° 2023-451 ont été annoncés.",
            [("killed", 4, 4)],
        ),
        ("La mort de deux soldats et de 120 mm d'obus.", [("killed", 2, 2)]),
    ],
)
def test_a_list_after_la_mort_de(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins 96 éléments de Boko Haram ont été neutralisés samedi.", [("killed", 96, None)]),
        ("En 2015, 12 membres de l'État islamique ont été neutralisés.", [("killed", 12, 12)]),
        ("Sept éléments du groupe armé M23 ont été neutralisés.", [("killed", 7, 7)]),
        ("Onze membres de la secte Boko Haram ont été neutralisés.", [("killed", 11, 11)]),
        # "neutralisés" of soldiers, of a family, of things: no killing
        ("Deux éléments de l'armée ont été neutralisés.", []),
        ("Trois membres de la famille ont été neutralisés.", []),
        ("Des obus de 120 mm ont été neutralisés.", []),
    ],
)
def test_the_men_of_an_armed_group_named_after_them(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les morts se comptent par centaines dans cette province.", [("killed", 200, 999)]),
        ("Les victimes se comptaient par dizaines.", [("killed", 20, 99)]),
        ("Les déplacés se comptent par milliers autour de Goma.", [("displaced", 2000, 9999)]),
        # no toll: people fleeing, a vote, a year
        ("Les habitants fuient par milliers.", []),
        ("La résolution a été adoptée par 12 voix en 2023.", []),
    ],
)
def test_par_centaines(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "L'ONU estimait mi-avril à plus de 150 le nombre de personnes tuées en Ituri.",
            "L'ONU",
        ),
        ("La Croix-Rouge chiffre à 485 le nombre de morts depuis décembre.", "La Croix-Rouge"),
        ("Le HCR évaluait à 20 000 le nombre de déplacés.", "Le HCR"),
        ("Les autorités ont estimé à une centaine le nombre de morts.", "Les autorités"),
    ],
)
def test_a_voice_putting_a_toll_at_a_figure(tmp_path: Path, text: str, voice: str) -> None:
    (claim,) = claims(tmp_path, text)
    assert claim.attribution == voice


def test_what_was_signalled_is_no_voice() -> None:
    """ ", a signalé une attaque": the attack is what was said; the voice opens the sentence."""
    text = (
        "Par ailleurs, la Coordination des comités de résistance, un collectif local, "
        "a signalé une attaque distincte menée contre le marché."
    )
    assert [s.name for s in find_speakers(text, 0, len(text))] == [
        "la Coordination des comités de résistance"
    ]


def test_a_paragraph_opening_on_the_toll_made_public_voices_it(tmp_path: Path) -> None:
    text = (
        "Le bilan de l'attaque du convoi s'alourdit. Il y a eu 8 morts parmi les assaillants.\n\n"
        "Le nouveau bilan a été publié hier par le gouverneur de la province.\n"
    )
    (claim,) = claims(tmp_path, text)
    assert claim.attribution == "le gouverneur de la province"


def test_a_paragraph_on_something_else_voices_nothing(tmp_path: Path) -> None:
    text = (
        "Le bilan de l'attaque du convoi s'alourdit. Il y a eu 8 morts parmi les assaillants.\n\n"
        "Le président a été reçu hier par le gouverneur de la province.\n"
    )
    (claim,) = claims(tmp_path, text)
    assert claim.attribution is None


def test_a_figure_repeated_in_digits_keeps_the_place_after_it(tmp_path: Path) -> None:
    text = (
        "Au total, sept (7) civils ont été tués lors d'une attaque des rebelles, "
        "au village de Madina, dans le territoire d'Irumu.\n"
    )
    (claim,) = claims(tmp_path, text)
    assert claim.location == "Madina"


@pytest.mark.parametrize(
    ("before", "repeats"),
    [("sept ", True), ("vingt-quatre ", True), ("au moins 12 ", True), ("à Gao ", False),
     ("la 5e région ", False), ("en mai ", False)],
)  # fmt: skip
def test_what_a_parenthesis_may_repeat(before: str, repeats: bool) -> None:
    assert (ECHOED.search(before) is not None) is repeats


def test_the_town_is_carried_rather_than_the_country(tmp_path: Path) -> None:
    text = (
        "En République centrafricaine, une attaque a eu lieu à Ndim, dans la préfecture de "
        "l'Ouham-Pendé. Deux personnes ont été tuées, selon un élu local.\n"
    )
    (claim,) = claims(tmp_path, text)
    assert claim.location == "Ndim"


def test_a_country_alone_is_still_carried(tmp_path: Path) -> None:
    text = "Au Tchad, la situation reste tendue. Deux soldats ont été tués, selon l'armée.\n"
    (claim,) = claims(tmp_path, text)
    assert claim.location == "Tchad"
    assert claim.country == "Chad"


def test_the_sentence_names_the_country_of_an_unknown_town(tmp_path: Path) -> None:
    text = (
        "Mali : le point sur la semaine\n"
        "Au Mali, trois soldats ont été tués à Gao. Au Cameroun, une attaque a coûté "
        "la vie à 12 civils à Zangué mardi. Quatre civils ont aussi été blessés à Zangué.\n"
    )
    countries = [(c.location, c.country) for c in claims(tmp_path, text)]
    assert countries == [("Gao", "Mali"), ("Zangué", "Cameroon"), ("Zangué", "Cameroon")]


def test_two_countries_leave_the_page_s_own(tmp_path: Path) -> None:
    text = (
        "Mali : le point sur la semaine\n"
        "Au Mali, trois soldats ont été tués à Gao. Au Cameroun comme au Nigeria, "
        "une attaque a coûté la vie à 12 civils à Zangué.\n"
    )
    countries = [(c.location, c.country) for c in claims(tmp_path, text)]
    assert countries == [("Gao", "Mali"), ("Zangué", "Mali")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quatre blessés ont ensuite succombé à leurs blessures.", [("killed", 4, 4)]),
        ("Deux blessés sont morts à l'hôpital de Bunia.", [("killed", 2, 2)]),
        ("Douze blessés ont été évacués vers Bunia.", [("wounded", 12, 12)]),
        ("Les 3 blessés de la 5e région sont soignés.", [("wounded", 3, 3)]),
    ],
)
def test_the_wounded_who_died(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # some of those counted before, no figure: no claim
        ("Le bilan pourrait s'alourdir : plusieurs des blessés sont dans un état grave.", []),
        ("Quelques-uns d'entre eux ont été tués.", []),
        ("Plusieurs d'entre eux ont été tués.", []),
        # a figure of them is one
        ("Deux d'entre eux ont été tués.", [("killed", 2, 2)]),
        ("Sept des huit otages ont été libérés en 2021.", [("kidnapped", 8, 8)]),
    ],
)
def test_some_of_those_counted_before(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "Au cours de sa communication, Jules Ngongo, porte-parole de l'armée en Ituri, "
            "parle aussi de 6 combattants capturés.",
            ["Jules Ngongo"],
        ),
        (
            "Ernest Bonang, député de Ngaoundaye, affirme que 22 personnes ont été tuées.",
            ["Ernest Bonang"],
        ),
        # what follows the verb is what is said, not a voice
        ("Des soldats ont été tués, indique que le maire.", []),
    ],
)
def test_a_named_voice_with_its_title_in_the_present(text: str, voices: list[str]) -> None:
    assert [s.name for s in find_speakers(text, 0, len(text))] == voices


def test_a_place_within_the_country_rather_than_the_country(tmp_path: Path) -> None:
    text = (
        "Un attentat-suicide a fait 11 morts au Cameroun dans la nuit de mercredi à jeudi "
        "dans une localité de l'Extrême-Nord du pays.\n"
    )
    (claim,) = claims(tmp_path, text)
    assert claim.location == "une localité de l'Extrême-Nord"
    assert claim.country == "Cameroon"


def test_a_country_named_alone_stays_the_place(tmp_path: Path) -> None:
    text = "Un attentat-suicide a fait 11 morts au Cameroun dans la nuit de mercredi à jeudi.\n"
    (claim,) = claims(tmp_path, text)
    assert claim.location == "Cameroun"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Dans un communiqué publié dimanche soir, l'état-major des armées indique que "
            "17 militaires ont été tués.",
            "l'état-major des armées",
        ),
        (
            "Dans un communiqué, le gouvernement affirme que 12 civils ont péri.",
            "le gouvernement",
        ),
        ("Dans un communiqué, l'armée a annoncé la mort de 5 soldats.", "l'armée"),
    ],
)
def test_a_communique_s_voice_before_a_present_verb(tmp_path: Path, text: str, voice: str) -> None:
    (claim,) = claims(tmp_path, text)
    assert claim.attribution == voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("« Nous avons perdu huit de nos éléments », a confié un officier.", [("killed", 8, 8)]),
        ("Trois de leurs camarades ont été blessés.", [("wounded", 3, 3)]),
        ("Deux de ses fils ont été enlevés.", [("kidnapped", 2, 2)]),
        ("Onze de nos frères d'armes ont été tués.", [("killed", 11, 11)]),
        # things and places are no one, a year no figure
        ("Il a perdu deux de ses vaches.", []),
        ("Trois de ces villages ont été attaqués en 2020.", []),
        ("Les 3 pays de l'AES ont perdu deux de leurs camions.", []),
    ],
)
def test_some_of_ours_theirs_his(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        # a voice speaks for its own clause, not for the figure of another
        (
            "Un bilan officiel fait état de 19 soldats tués, tandis que des sources locales "
            "parlent de plus de 40 morts.",
            [None, "des sources locales"],
        ),
        (
            "L'armée parle de 12 morts ; les rebelles affirment avoir tué 40 soldats.",
            ["L'armée", "les rebelles"],
        ),
        (
            "Les autorités évoquent 6 morts, mais l'opposition affirme que 30 personnes ont péri.",
            ["Les autorités", "l'opposition"],
        ),
        # one voice still speaks for the whole sentence
        (
            "Selon l'armée, 12 soldats ont été tués, alors que les assaillants "
            "ont perdu 30 hommes.",
            ["l'armée", "l'armée"],
        ),
        (
            "12 soldats ont été tués, tandis que 5 autres ont été blessés, a indiqué l'armée.",
            ["l'armée", "l'armée"],
        ),
    ],
)
def test_each_voice_speaks_for_its_clause(
    tmp_path: Path, text: str, voices: list[str | None]
) -> None:
    assert [c.attribution for c in claims(tmp_path, text)] == voices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Près de 300 habitants ont fui la commune de Diapaga pour se réfugier au Bénin voisin.",
            [("refugees", None, 300)],
        ),
        (
            "Des centaines de familles ont quitté leurs villages pour trouver refuge au Tchad.",
            [("refugees", 200, 999)],
        ),
        # refuge found at home is displacement
        (
            "Plus de 2 000 personnes ont fui leurs villages pour se réfugier à Ouahigouya.",
            [("displaced", 2000, None)],
        ),
        ("Quelque 500 habitants ont fui vers Kaya en 2022.", [("displaced", 450, 550)]),
    ],
)
def test_fled_then_sought_refuge_abroad(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


def test_a_count_of_the_displaced_grown_past_a_figure() -> None:
    text = "Le nombre de personnes déplacées internes dépasse désormais 2 millions."
    assert [c for c, _, _ in readings(text)] == ["displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "Au moins 20 personnes auraient été tuées, selon un bilan non officiel.",
        "Au moins 20 personnes ont été tuées, selon le bilan provisoire.",
    ],
)
def test_a_toll_is_no_voice(tmp_path: Path, text: str) -> None:
    (claim,) = claims(tmp_path, text)
    assert claim.attribution is None


@pytest.mark.parametrize(
    ("phrase", "relation", "rest"),
    [
        ("dans la partie nord de Kidal", "northern", "Kidal"),
        ("la partie septentrionale du Mali", "northern", "Mali"),
        ("dans la partie centrale du pays", "central", "pays"),
        ("à la lisière de la forêt de Kodjoari", "near", "Kodjoari"),
        ("en amont de Mopti", "near", "Mopti"),
        ("à mi-chemin entre Gao et Ansongo", "between", "Gao et Ansongo"),
        ("à l'intérieur de la ville de Kaya", "in", "Kaya"),
        ("dans la chefferie de Walese Vonkutu", "in", "Walese Vonkutu"),
        ("dans le groupement de Bangole", "in", "Bangole"),
    ],
)
def test_more_french_relations(phrase: str, relation: str, rest: str) -> None:
    found = french_relation(phrase)
    assert found is not None
    assert found[:2] == (relation, rest)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Cinq civils ont été tués dans la partie nord de Kidal.", ["la partie nord de Kidal"]),
        ("Six corps ont été découverts dans le groupement Bangole.", ["le groupement Bangole"]),
        (
            "Cinq civils ont été tués dans la chefferie de Walese Vonkutu.",
            ["la chefferie de Walese Vonkutu"],
        ),
        ("Cinq civils ont été tués en amont de Mopti.", ["en amont de Mopti"]),
        # no capital after the relation: no place (a time, the country)
        ("Trois soldats ont été tués en amont du scrutin de 2020.", []),
        ("Trois soldats ont été tués à l'intérieur du pays.", []),
    ],
)
def test_more_french_place_words(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plusieurs dizaines de milliers de personnes ont fui leurs villages.",
            [("displaced", 30_000, 90_000)],
        ),
        (
            "Quelques centaines de milliers de personnes ont fui leurs villages.",
            [("displaced", 200_000, 500_000)],
        ),
        ("Le nombre de morts est passé de 12 à 37.", [("killed", 37, 37)]),
        ("Le bilan est passé de 3 à 37 morts en 2021.", [("killed", 37, 37)]),
        # money and a year are no one
        ("Plusieurs dizaines de milliers de francs ont été volés.", []),
        ("Le nombre de morts est passé en 2020 de la 5e à la 3e place.", []),
    ],
)
def test_large_vague_counts_and_a_toll_revised(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un jeune de 17 ans a été tué par balle à Kaya.", [("killed", 1, 1)]),
        ("Un jeune berger a été enlevé.", [("kidnapped", 1, 1)]),
        # an age is no count
        ("Le jeune âgé de 17 ans a été tué en 2020.", []),
    ],
)
def test_one_young_person(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des habitants ont rapporté des enlèvements d'élèves, se comptant en dizaines.",
            [("kidnapped", 20, 99)],
        ),
        ("Les enlèvements se comptent par centaines depuis 2020.", [("kidnapped", 200, 999)]),
        ("Les morts se comptent en centaines.", [("killed", 200, 999)]),
        # money and budgets counted in thousands are no toll
        ("Les pertes se chiffrent en milliers de dollars.", []),
        ("Le budget est exprimé en milliers de francs.", []),
    ],
)
def test_counted_in_tens_or_hundreds(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Plus de 250 élèves ont été enlevés lors de l'attaque d'une école du nord-ouest "
            "dans laquelle une personne a été tuée.",
            ["nord-ouest"],
        ),
        ("Dans le nord-ouest, des hommes armés ont tué 12 civils.", ["le nord-ouest"]),
        ("Cinq soldats ont été tués dans le centre, selon l'armée.", ["le centre"]),
        # a direction of a named place, a word ending in "le", a centre of care: no part
        ("Cinq civils ont été tués dans le nord du Mali.", ["le nord du Mali"]),
        ("La fièvre est retombée aussi vite qu'elle est montée en 2020.", []),
        ("Le centre de santé a reçu 12 blessés.", []),
    ],
)
def test_a_part_of_the_country_named_alone(text: str, places: list[str]) -> None:
    assert [p.name for p in find_places(text, 0, len(text))] == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Un membre de ce groupe « suicidaire » avait été arrêté et plusieurs autres tués.",
            [("arrested", 1, 1), ("killed", 3, 9)],
        ),
        ("Des dizaines de milliers de personnes fuient le camp.", [("displaced", 20_000, 99_999)]),
        ("Quelque 300 habitants fuyaient les combats en 2019.", [("displaced", 270, 330)]),
        # a quote that is a name, not what qualifies people: "« Les 3 pays de l'AES »"
        ("Le sommet « Les 3 pays de l'AES » s'est tenu en 2024.", []),
    ],
)
def test_a_quoted_word_and_the_present_of_flight(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "Un haut gradé des services de sécurité, ayant requis l'anonymat, a affirmé à "
            "l'AFP qu'un membre du groupe avait été arrêté.",
            ["Un haut gradé des services de sécurité"],
        ),
        (
            "Douze civils ont été tués, ont déclaré samedi des responsables locaux.",
            ["des responsables locaux"],
        ),
        # what was said after the medium is no voice
        ("Le maire a déclaré à l'AFP qu'un soldat avait été tué.", ["Le maire"]),
    ],
)
def test_what_follows_the_medium(text: str, voices: list[str]) -> None:
    assert [s.name for s in find_speakers(text, 0, len(text))] == voices


def test_the_same_source_is_the_voice_before(tmp_path: Path) -> None:
    text = (
        "Dans la nuit de lundi à mardi, des policiers ont intercepté un camion à Pétion-Ville, "
        "a expliqué le porte-parole de la police, Lionel Lazarre.\n"
        "Les policiers ont ouvert le feu, en tuant dix d'entre eux, selon la même source.\n"
    )
    (claim,) = claims(tmp_path, text)
    # the title with the name set beside it (voice_names.apposed_end)
    assert claim.attribution == "le porte-parole de la police, Lionel Lazarre"


def test_an_unknown_town_keeps_its_country_down_the_page(tmp_path: Path) -> None:
    text = (
        "Mali : le point sur la semaine\n"
        "Au Mali, trois soldats ont été tués à Gao selon l'armée malienne.\n\n"
        "Au Cameroun, une attaque a fait 3 morts à Zangué selon une source locale.\n\n"
        "Deux autres civils ont été tués à Zangué jeudi, selon les autorités locales.\n\n"
        "Quatre civils ont été tués à Tessaye, selon les autorités locales.\n"
    )
    countries = [(c.location, c.country) for c in claims(tmp_path, text)]
    assert countries == [
        ("Gao", "Mali"),
        ("Zangué", "Cameroon"),
        ("Zangué", "Cameroon"),
        ("Tessaye", "Mali"),  # another unknown town: the page's own country
    ]
