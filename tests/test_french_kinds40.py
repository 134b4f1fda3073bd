"""French kinds sorted from the study halves' misses in session 40 (issue 18), on
sentences written for the tests (invented villages where a name does not matter),
with their negatives: a lead's town the gazetteer knows, a scene told in the story's
next paragraph, a running total over "plusieurs mois" or of a war named its subject."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_french_place_kinds import claim_places
from workbench.extract import extract_claims
from workbench.ingest import document_from_text

_QUIET = (
    " Le kamikaze portait une ceinture. La police enquête. Les secours sont arrivés vite."
    " Le toit s'est effondré. Les familles attendent. Les médecins travaillent."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead's town is the scene of a toll told far below it, a town the gazetteer
        # places in a country as much as one it does not know
        (
            "Une explosion a frappé la mosquée de Maroua mardi matin."
            + _QUIET
            + " Plus de 30 personnes ont été blessées dans l'attentat.",
            [("wounded", 30, "la mosquée de Maroua")],
        ),
        # ... not a place named by its country: the country
        (
            "Une explosion a frappé une mosquée du nord du Cameroun mardi matin."
            + _QUIET
            + " Plus de 30 personnes ont été blessées dans l'attentat.",
            [("wounded", 30, "Cameroon")],
        ),
        # a story that opens on its toll tells where in its next paragraph
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "La frappe a touché le village de Koulbi.",
            [("killed", 52, "Koulbi")],
        ),
        # ... not where that sentence tells a toll of its own
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "La frappe a touché le village de Koulbi, tuant trois bergers.",
            [("killed", 52, None), ("killed", 3, "Koulbi")],
        ),
        # ... nor further than three sentences on
        (
            "Cinquante-deux civils ont été tués vendredi.\nParmi eux figurent des enfants.\n"
            "Les secours sont arrivés.\nLes familles pleurent.\n"
            "La frappe a touché le village de Koulbi.",
            [("killed", 52, None)],
        ),
    ],
)
def test_a_place_told_elsewhere_in_the_story(text, expected):
    assert claim_places(text) == expected


def _scopes(text: str) -> list[tuple[object, str | None, str]]:
    """(low, place, scope) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.low, c.location, c.scope.value) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total of an unnumbered span: "depuis plusieurs mois"
        (
            "Depuis plusieurs mois, le pays fait face aux attaques du groupe, qui ont fait "
            "plus de 3 000 morts.",
            [(3000, None, "cumulative")],
        ),
        (
            "Des frappes ont tué six civils à Alep. Depuis quelques années, les raids ont fait "
            "plus de 9 000 morts.",
            [(6, "Alep", "incident"), (9000, "Syria", "cumulative")],
        ),
        # a war's toll, the war its subject: its country's, not the town told before
        (
            "Des frappes ont tué six civils à Alep. Le conflit syrien a fait plus de 300 000 "
            "morts.",
            [(6, "Alep", "incident"), (300000, "Syria", "cumulative")],
        ),
        (
            "La guerre au Yémen a causé la mort de 150 000 personnes.",
            [(150000, "Yémen", "cumulative")],
        ),
        # not a day's fighting, nor a group that killed, nor months told otherwise
        ("Les combats ont fait douze morts lundi à Kalbo.", [(12, "Kalbo", "incident")]),
        ("La rébellion a tué douze soldats lundi à Kalbo.", [(12, "Kalbo", "incident")]),
        (
            "L'attaque a fait douze morts à Kalbo, à plusieurs mois des élections.",
            [(12, "Kalbo", "incident")],
        ),
    ],
)
def test_a_running_total_in_french_words(text, expected):
    assert _scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side of the country named alone, its article elided
        ("Cinq gendarmes ont trouvé la mort dans une attaque, dans l'ouest.", "l'ouest"),
        ("Deux civils ont péri dans l’est, selon la police.", "l’est"),
        # ... not a side of the place after it, with or without an adjective between
        ("Dix civils tués dans l'est et le sud de l'Ukraine.", "le sud de l'Ukraine"),
        ("Dix civils tués dans l'est troublé de la république du Congo.", None),
        # ... nor a side of the place before ("un peu plus à l'est")
        ("Un peu plus à l'est, deux civils ont péri.", None),
        # the capital, not named: the claim's place where its clause names no other
        ("Et dans la capitale, cinq personnes sont mortes dans une explosion.", "la capitale"),
        ("Cinq personnes sont mortes dans la capitale tchadienne.", "la capitale tchadienne"),
        # ... not where the capital is named, nor where another place is
        ("Cinq personnes sont mortes dans la capitale afghane, Kaboul, lundi.", "Kaboul"),
        ("Cinq personnes ont été tuées à Kalbo, à 50 km de la capitale.", "Kalbo"),
        ("Cinq civils tués dans le nord de la capitale, à Cité Dogué.", "Cité Dogué"),
        ("Le maire de la capitale a annoncé cinq morts.", None),
    ],
)
def test_a_part_of_the_country_not_named(text, expected):
    assert [place for _, _, place in claim_places(text)] == [expected]


def test_the_capital_unnamed_is_not_carried():
    text = "Une bombe a explosé dans la capitale. Trois blessés sont morts à l'hôpital."
    assert claim_places(text) == [("killed", 3, None)]


def test_a_place_in_a_relative_clause_after_a_voice_is_the_voice_s():
    text = (
        "Une bombe a explosé à Kalbo. L'organisation humanitaire Secours, qui gère un hôpital "
        "à Dogué, a indiqué de son côté avoir reçu dans son établissement deux morts."
    )
    assert claim_places(text) == [("killed", 2, "Kalbo")]
    # ... not a clause after the voice's verb
    text = (
        "Une bombe a explosé à Kalbo. L'ONG Secours a indiqué avoir reçu deux morts dans "
        "son hôpital à Dogué."
    )
    assert claim_places(text) == [("killed", 2, "Dogué")]


def _voices(text: str) -> list[str | None]:
    """The voice of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [c.attribution for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a voice after its verb in the present, when it spoke between them
        ("Six personnes ont été tuées à Kalbo, rapportent mercredi des médias.", "des médias"),
        (
            "Six personnes ont été tuées à Kalbo, indique ce matin le ministère de la Santé.",
            "le ministère de la Santé",
        ),
        ("Six personnes ont été tuées à Kalbo, indique lundi.", None),
        # a place with its asides before such a voice is no voice of its own
        (
            "Six personnes ont été tuées à Kalbo, ville du département de la Dogué, au Tchad, "
            "rapporte le ministère de la Santé.",
            "le ministère de la Santé",
        ),
        (
            "Le nombre de morts à Kalbo, capitale de la région du même nom, atteint désormais "
            "six personnes, rapporte la police.",
            "la police",
        ),
        # ... while a voice set off by an aside still speaks in the present
        (
            "Le maire, joint au téléphone, affirme que six civils ont été tués.",
            "Le maire",
        ),
        (
            "Un porte-parole de l'armée, sans donner de précisions, parlait d'une dizaine de "
            "morts.",
            "Un porte-parole de l'armée",
        ),
    ],
)
def test_a_voice_after_its_verb_in_the_present(text, expected):
    assert _voices(text) == [expected]


def _values(text: str) -> list[tuple[str, object, object, str]]:
    """(category, low, high, qualifier) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.high, c.qualifier) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range in words: two numbers, not one with "et" inside
        ("L'attaque a fait entre cinq et sept morts.", [("killed", 5, 7, "range")]),
        ("L'attaque a tué entre douze et quinze civils.", [("killed", 12, 15, "range")]),
        # ... and written loosely, "entre ... à ..."
        ("Le bilan varie entre cinq à sept morts.", [("killed", 5, 7, "range")]),
        # "et" inside a number before "un", "une", "onze"
        ("Vingt et un soldats ont été tués.", [("killed", 21, 21, "exact")]),
        ("Soixante et onze civils ont été tués.", [("killed", 71, 71, "exact")]),
        ("Trente-et-une personnes ont été tuées.", [("killed", 31, 31, "exact")]),
    ],
)
def test_a_range_in_number_words(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refuge in a region of another country, named before its country
        (
            "Plus de 7 000 personnes se sont réfugiées dans l’État de Cross River au Nigeria.",
            "refugees",
        ),
        (
            "Plus de 7 000 personnes se sont réfugiées dans la région de Diffa, au Niger.",
            "refugees",
        ),
        # ... not in a town of the country
        ("Plus de 7 000 personnes ont trouvé refuge dans des écoles de Kaya.", "displaced"),
        # the country left
        ("Environ 250 000 personnes ont fui le pays.", "refugees"),
        ("Environ 250 000 personnes ont quitté leur pays depuis avril.", "refugees"),
        # ... not a region called "pays", nor home
        ("Environ 2 000 personnes ont fui le pays dogon.", "displaced"),
        ("Environ 2 000 personnes ont fui leurs villages.", "displaced"),
    ],
)
def test_refugees_abroad(text, expected):
    assert [category for category, *_ in _values(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state told first, then "et" and the voice
        ("Le pays est au bord de l’implosion et l’ONU dénombre 300 morts.", "l’ONU"),
        ("La situation reste tendue et les autorités parlent de 12 morts.", "les autorités"),
        # ... not two voices joined
        ("Le maire et le préfet ont annoncé 12 morts.", "Le maire et le préfet"),
    ],
)
def test_a_voice_after_a_state_and_et(text, expected):
    assert _voices(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another voice's figure for the toll told just before, named "le chiffre de"
        (
            "Une soixantaine de personnes ont été enlevées. D’autres sources évoquent le "
            "chiffre de 80 personnes.",
            [("kidnapped", 48, 72, "about"), ("kidnapped", 80, 80, "exact")],
        ),
        (
            "Soixante civils ont été tués, l'ONG avance pour sa part le chiffre de 80.",
            [("killed", 60, 60, "exact"), ("killed", 80, 80, "exact")],
        ),
        # ... not a year, nor a figure after a paragraph break
        (
            "Une soixantaine de personnes ont été enlevées. Le ministre a cité le chiffre de 2024.",
            [("kidnapped", 48, 72, "about")],
        ),
        (
            "L'attaque a fait douze morts.\n\nLe rapport avance le chiffre de 15.",
            [("killed", 12, 12, "exact")],
        ),
    ],
)
def test_a_figure_named_le_chiffre_de(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # soldiers or police captured are taken captive
        ("Les rebelles avaient capturé 21 soldats.", "kidnapped"),
        ("Vingt et un FACA ont été capturés par les rebelles.", "kidnapped"),
        ("Deux policiers ont été capturés par des hommes armés.", "kidnapped"),
        # ... an armed group's men captured, or soldiers arrested, are arrested
        ("L'armée a capturé 21 combattants.", "arrested"),
        ("Deux policiers ont été arrêtés pour corruption.", "arrested"),
    ],
)
def test_captured_soldiers_are_captives(text, expected):
    assert [category for category, *_ in _values(text)] == [expected]


def test_an_army_s_initials_name_no_place():
    text = "Deux rebelles ont été tués dans les combats livrés aux FACA."
    assert claim_places(text) == [("killed", 2, None)]
    text = "Les rebelles ont tué deux soldats dans les combats livrés aux FARDC à Beni."
    assert claim_places(text) == [("killed", 2, "Beni")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total keeps a region told before by its side, as a province
        (
            "Des combats ont éclaté dans le Nord-Ouest du Cameroun. Depuis 2016, le conflit a "
            "fait 3 000 morts.",
            [(3000, "le Nord-Ouest du Cameroun", "cumulative")],
        ),
        (
            "Des combats ont eu lieu dans l'est de la RDC. Depuis janvier, les violences ont "
            "fait 3 000 morts.",
            [(3000, "l'est de la RDC", "cumulative")],
        ),
        # ... not a town told before: its country
        (
            "Des frappes ont tué six civils à Alep. Depuis janvier, les raids ont fait 3 000 "
            "morts.",
            [(6, "Alep", "incident"), (3000, "Syria", "cumulative")],
        ),
    ],
)
def test_a_running_total_keeps_a_side_of_the_country(text, expected):
    assert _scopes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country told before gives way to the scene told right after
        (
            "Un bilan qui s'alourdit en Syrie. Dix civils ont été tués mardi. La frappe a eu "
            "lieu à Kalbo.",
            [("killed", 10, "Kalbo")],
        ),
        # ... not where that sentence tells a toll of its own
        (
            "Un bilan qui s'alourdit en Syrie. Dix civils ont été tués mardi. La frappe a eu "
            "lieu à Kalbo, tuant deux enfants.",
            [("killed", 10, "Syrie"), ("killed", 2, "Kalbo")],
        ),
        # ... and a town told before stays
        (
            "Des tirs ont visé le marché de Kalbo. Dix civils ont été tués. La frappe a eu "
            "lieu près de Dogué.",
            [("killed", 10, "le marché de Kalbo")],
        ),
    ],
)
def test_a_country_told_before_gives_way_to_the_scene_after(text, expected):
    assert claim_places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # some of those counted named with no figure and no comma, before their fate
        ("Au moins 56 civils dont des enfants ont été tués.", [("killed", 56, None, "at_least")]),
        ("56 civils dont des femmes et des enfants ont été tués.", [("killed", 56, 56, "exact")]),
        # ... a figure among them is a claim of its own
        (
            "Au moins 56 civils dont trois enfants ont été tués.",
            [("killed", 56, None, "at_least"), ("killed", 3, 3, "exact")],
        ),
        # "au moins" mistyped "au mois", not a month
        ("Mardi, au mois 56 civils ont été tués.", [("killed", 56, None, "at_least")]),
        ("Au mois de juin, 56 civils ont été tués.", [("killed", 56, 56, "exact")]),
    ],
)
def test_a_toll_with_some_named_and_a_bound_mistyped(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N autres" with no noun nor fate: more of what the claim before counts
        (
            "Plus de 600 civils ont été tués depuis fin avril dans les bombardements russes ou "
            "syriens et plus de 50 autres par les tirs des rebelles.",
            [("killed", 600, None, "more_than"), ("killed", 50, None, "more_than")],
        ),
        # ... not another thing, nor another fate
        (
            "Douze civils ont été tués lundi et deux autres attaques ont visé Kalbo.",
            [("killed", 12, 12, "exact"), ("attacks", 2, 2, "exact")],
        ),
        ("Cinq civils ont été enlevés et trois autres libérés.", [("kidnapped", 5, 5, "exact")]),
    ],
)
def test_more_of_the_same_told_by_autres(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of figures, each with its place after it
        (
            "Treize civils ont péri dans la Ghouta, fief des rebelles à l'est de Kalbo, 15 "
            "dans une localité dans la province de Dogué, et 15 autres dans deux quartiers de "
            "Zamba.",
            ["la Ghouta", "la province de Dogué", "deux quartiers de Zamba"],
        ),
        # ... not one place told after them all
        (
            "Les affrontements ont fait 62 morts, 23 blessés et des maisons pillées à Kilo.",
            ["Kilo", "Kilo"],
        ),
    ],
)
def test_each_figure_of_a_list_takes_its_own_place(text, expected):
    assert [place for *_, place in claim_places(text)] == expected


def test_a_list_item_keeps_the_running_total_of_its_sentence():
    text = (
        "Depuis janvier, treize civils ont péri dans la Ghouta, fief des rebelles, 15 dans une "
        "localité dans la province de Dogué."
    )
    assert _scopes(text) == [
        (13, "la Ghouta", "cumulative"),
        (15, "la province de Dogué", "cumulative"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening quote typed for an apostrophe between two letters
        (
            "L'armée aurait déjà perdu une trentaine d‘éléments dans les combats.",
            [("killed", 24, 36, "about")],
        ),
        # ... not a quotation opening
        ("Il a parlé de ‘trois morts’ hier.", [("killed", 3, 3, "exact")]),
    ],
)
def test_an_apostrophe_typed_as_a_quote(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who did the harm are no toll: the active voice
        ("Deux hommes armés ont tué 48 soldats.", [("killed", 48, 48, "exact")]),
        ("Trois assaillants ont blessé un policier.", [("wounded", 1, 1, "exact")]),
        # ... with when set off by commas between the verb and its figure
        (
            "Deux kamikazes ont tué, ce dimanche, 48 membres des forces de sécurité.",
            [("killed", 48, 48, "exact")],
        ),
        # ... while the passive and intransitive fates stay, adverbs between too
        ("Trois soldats ont en effet été tués.", [("killed", 3, 3, "exact")]),
        ("Deux soldats ont péri.", [("killed", 2, 2, "exact")]),
        ("Un soldat a malheureusement succombé.", [("killed", 1, 1, "exact")]),
    ],
)
def test_a_harm_done_is_no_toll_of_those_who_did_it(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle agreed by mistake before the figure
        ("L'armée annonce avoir neutralisée 21 miliciens.", [("killed", 21, 21, "exact")]),
        ("Ils ont tués neuf personnes.", [("killed", 9, 9, "exact")]),
        ("Les assaillants ont enlevés 12 élèves.", [("kidnapped", 12, 12, "exact")]),
        # ... not a participle before a span of time
        ("Les soldats tués 2 jours plus tôt étaient des recrues.", []),
        # the Houthis and the Taliban are armed groups; "une dame" is one person
        (
            "L'armée a neutralisé plusieurs centaines de membres houthis.",
            [("killed", 300, 900, "vague:plusieurs-centaines")],
        ),
        (
            "Il y a eu neuf morts et une dame portée disparue.",
            [
                ("killed", 9, 9, "exact"),
                ("missing", 1, 1, "exact"),
            ],
        ),
    ],
)
def test_a_participle_agreed_by_mistake_and_more_people(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force of one is no figure of a force
        ("Un kamikaze a attaqué la mosquée.", []),
        # ... a force of several is, and one killed is a toll
        ("Trois hommes armés ont attaqué le poste.", [("troops", 3, 3, "exact")]),
        ("Un soldat a été tué.", [("killed", 1, 1, "exact")]),
    ],
)
def test_a_force_of_one_is_no_figure(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # when a voice spoke, told after its name, is no part of it
        ("Douze civils ont été tués, a indiqué le maire lundi.", "le maire"),
        ("Douze civils ont été tués, selon la police samedi soir.", "la police"),
        (
            "L'armée a perdu 33 soldats, rapporte la presse publique ce mardi, citant des "
            "chiffres officiels.",
            "la presse publique",
        ),
        # ... a capitalised name holding a day's word is kept whole
        ("Douze civils ont été tués, selon Radio Lundi.", "Radio Lundi"),
    ],
)
def test_when_a_voice_spoke_is_no_part_of_its_name(text, expected):
    assert _voices(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area named by the language of its people, where it happened
        ("Six civils ont été tués dans la zone anglophone.", "la zone anglophone"),
        ("Six civils ont été tués en zone anglophone.", "zone anglophone"),
        (
            "Six civils ont été tués dans les régions anglophones du pays.",
            "les régions anglophones du pays",
        ),
        # ... not whose movements they are, nor a region then named
        (
            "Les mouvements indépendantistes des régions anglophones ont tué six civils.",
            None,
        ),
        (
            "Six civils ont été tués dans la région anglophone du Nord-Ouest.",
            "Nord-Ouest",
        ),
    ],
)
def test_an_area_named_by_its_language(text, expected):
    assert [place for *_, place in claim_places(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an island named as an area ("sur l'île de", "dans les îles du lac")
        ("Six pêcheurs ont été tués sur l'île de Kinasi.", "l'île de Kinasi"),
        ("Six pêcheurs ont été tués dans les îles du lac Tchad.", "les îles du lac Tchad"),
        # ... not the word in a name of no place
        ("Six pêcheurs ont été tués, a indiqué Radio Île.", None),
    ],
)
def test_an_island_is_a_place(text, expected):
    assert [place for *_, place in claim_places(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague scale of some of those told before is a figure
        (
            "Et des milliers d'entre eux ont trouvé refuge au Tchad.",
            [("refugees", 2000, 9999, "vague:des-milliers")],
        ),
        (
            "Des centaines d'entre eux ont été tués.",
            [("killed", 200, 999, "vague:des-centaines")],
        ),
        # ... "plusieurs", "certains" of them are none
        ("Plusieurs des blessés ont succombé.", []),
        ("Certains d'entre eux ont été tués.", []),
    ],
)
def test_a_scale_of_some_told_before(text, expected):
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "certains" with no people named right after it: some of those told before
        ("Certaines des victimes ont été égorgées.", []),
        ("Certaines victimes ont été tuées.", []),
        ("Certains étaient morts.", []),
        ("Certains sont encore emprisonnés sous les décombres.", []),
        # ... people named after it are counted, as a trial asked
        ("Certaines femmes ont été tuées.", [("killed", 2, 9, "vague:certaines")]),
    ],
)
def test_certains_alone_counts_no_one_new(text, expected):
    assert _values(text) == expected
