"""French kinds sorted from the study halves' misses in session 40 (issue 18): figures,
categories and voices, on sentences written for the tests, with their negatives (the
places are in test_french_kinds40.py, whose helpers these use)."""

from __future__ import annotations

import pytest

from tests.test_french_kinds40 import _values, _voices


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
