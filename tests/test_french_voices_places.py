"""French voices and places by kind (issue 18): each rule on sentences written for
the tests, more wordings of the same kind, and negatives; then whole paragraphs,
for what a claim takes from the sentences around it."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.french.places import find_places
from workbench.extract.french.voices import find_speakers
from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.ingest import document_from_text


def voices(text: str) -> list[str]:
    return [s.name for s in find_speakers(text, 0, len(text))]


def places(text: str) -> list[tuple[str, bool]]:
    return [(p.name, p.locative) for p in find_places(text, 0, len(text))]


def claims(text: str) -> list[tuple[str, object, str | None, str | None]]:
    """(category, low, voice, place) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.attribution, c.location) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll "of the attack" or "of the dead" is no voice; who gave it is
        ("Le bilan de l'attaque s'est alourdi à 19 morts.", []),
        ("Cela porte le bilan des morts à 19, selon le procureur.", ["le procureur"]),
        (
            "30 morts, selon les informations recueillies par le Service des droits humains.",
            ["le Service des droits humains"],
        ),
        (
            "7 morts, tel que confirmé par un bilan préliminaire d'une ONG locale.",
            ["une ONG locale"],
        ),
        ("Selon un bilan de l'ONU, 30 morts.", ["l'ONU"]),
        # a demonstrative voice is a voice; a demonstrative time is not
        ("Selon cette organisation, 24 personnes ont été tuées.", ["cette organisation"]),
        ("Selon cette source, 4 soldats ont été tués.", ["cette source"]),
        # the time between the verb and the voice is passed over (test_french_reported_kinds)
        ("4 soldats ont été tués, a annoncé ce mardi le ministre.", ["le ministre"]),
        ("Selon les premières estimations, 10 civils ont été tués.", []),
        # a named voice with its title between commas, before what is said
        (
            "Amadou Koné, gouverneur de la région de Mopti, a annoncé que 9 civils sont morts.",
            ["Amadou Koné"],
        ),
        # ... but ", a indiqué X" after a place and an aside is X's voice
        (
            "Trois soldats ont été tués à Boni Hombori, dans le centre, a indiqué l'armée.",
            ["l'armée"],
        ),
        # an aside between a voice and its verb; the imperfect of speech
        (
            "Un porte-parole de l'armée, sans donner de détails, parlait d'une dizaine de morts.",
            ["Un porte-parole de l'armée"],
        ),
        ("Les soldats qui assuraient la garde du poste ont été tués.", []),
        # an inverted present with its pronoun
        ("500 autres sont blessés, affirme-t-il.", ["il"]),
        ("Douze ont péri, précise-t-elle.", ["elle"]),
        # what a writer learned, and from whom
        (
            "Deux civils ont été tués, a appris Anadolu du commandant de la zone.",
            ["commandant de la zone"],
        ),
        (
            "Au moins 9 militaires ont été tués, a-t-on appris auprès de la gendarmerie.",
            ["la gendarmerie"],
        ),
        # a voice ends before the medium or the manner of saying
        (
            "Trois soldats ont été tués, a déclaré le ministère dans un communiqué publié lundi.",
            ["le ministère"],
        ),
        (
            "47 civils ont été tués, a indiqué un élu local sous couvert d'anonymat.",
            ["un élu local"],
        ),
        ("Huit morts, a écrit le gouverneur sur Telegram.", ["le gouverneur"]),  # writing says
        ("Huit morts, a visité le gouverneur samedi.", []),  # a visit says nothing
        ("Huit morts, a annoncé le gouverneur sur Telegram.", ["le gouverneur"]),
        # more verbs of saying; a toll "communiqué par" or "dressé par" someone
        (
            "Une source sécuritaire a confié à l'AFP que 11 soldats ont été tués.",
            ["Une source sécuritaire"],
        ),
        (
            "« Nous avons enregistré 12 morts », a confié un responsable local.",
            ["un responsable local"],
        ),
        ("Des sources locales font état de 25 morts.", ["Des sources locales"]),
        (
            "L'ONG Human Rights Watch accuse l'armée d'avoir exécuté 223 civils.",
            ["L'ONG Human Rights Watch"],
        ),
        (
            "D'après un bilan communiqué par la gendarmerie, 6 personnes ont été tuées.",
            ["la gendarmerie"],
        ),
        ("Selon un bilan dressé par la Croix-Rouge, 9 morts.", ["la Croix-Rouge"]),
        # what follows the verb is what was said: the voice opens the sentence
        (
            "Le gouvernement, dans un communiqué lu à la télévision, a annoncé la mort de 20 "
            "civils.",
            ["Le gouvernement"],
        ),
        ("Mardi, l'armée, citant ses services, a annoncé l'enlèvement de 4 agents.", ["l'armée"]),
        ("Douze soldats, dont un officier, ont été tués, a annoncé l'armée.", ["l'armée"]),
        # a toll made public by a voice
        ("Ce bilan a été publié par une ONG locale.", ["une ONG locale"]),
        (
            "Les chiffres ont été communiqués hier, 8 février, par la gendarmerie.",
            ["la gendarmerie"],
        ),
        ("Le suspect a été arrêté par la police.", []),  # an act, not words
        # the toll itself is no voice
        ("Un bilan provisoire de 12 morts a été annoncé.", []),
        ("Un bilan d'une dizaine de morts.", []),
        # quotes written << >>
        ("<< 200 ménages ont fui >>, précise la même source.", ["la même source"]),
    ],
)
def test_a_kind_of_french_voice(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place set off by a comma after another says where the first lies
        (
            "L'attaque a eu lieu à Oïcha, la capitale du territoire de Beni, dans la province "
            "du Nord-Kivu.",
            [
                ("Oïcha", True),
                ("la capitale du territoire de Beni", False),
                ("la province du Nord-Kivu", False),
            ],
        ),
        (
            "Un quartier de Gao, au Mali, a été visé.",
            [("Un quartier de Gao", True), ("Mali", False)],
        ),
        (
            "dans le village de Dianwely, commune de Koro, dans la région de Mopti",
            [
                ("Dianwely", True),
                ("Koro", False),
                ("la région de Mopti", False),
            ],
        ),
        ("à El-Fasher au Soudan", [("El-Fasher", True), ("Soudan", False)]),
        ("à Gao et au Mali", [("Gao", True), ("Mali", True)]),  # two places, joined
        # ... but a list repeats its preposition
        ("à Gao, à Kidal et à Ménaka", [("Gao", True), ("Kidal", True), ("Ménaka", True)]),
        # a part of the country the article speaks of
        (
            "en Centrafrique, dans le nord-ouest du pays",
            [
                ("Centrafrique", False),
                ("le nord-ouest du pays", True),
            ],
        ),
        ("dans les régions du nord et du centre", [("les régions du nord et du centre", True)]),
        ("dans plusieurs régions du pays", [("plusieurs régions du pays", True)]),
        # regions named by a direction, lower-cased or not
        (
            "contre des villages de l'extrême-nord du Cameroun",
            [("l'extrême-nord du Cameroun", True)],
        ),
        # distances, roads, borders
        ("à 15 km de Tillabéri", [("à 15 km de Tillabéri", True)]),
        ("sur l'axe Bandiagara-Bankass", [("l'axe Bandiagara-Bankass", True)]),
        ("sur la route de Djibo", [("la route de Djibo", True)]),
        # a border, a claim's place only where nothing else is named (not locative)
        ("à la frontière nigérienne", [("la frontière nigérienne", False)]),
        ("dans la zone des trois frontières", [("la zone des trois frontières", False)]),
        (
            "à Boni, à la frontière avec le Mali",
            [
                ("Boni", True),
                ("à la frontière avec le Mali", False),
            ],
        ),
        # a capital named after its title
        ("principalement dans la capitale, Bamako", [("Bamako", True)]),
        ("la capitale burkinabè Ouagadougou", [("Ouagadougou", True)]),
        # an adjective between the area and its name; an article left after "du"
        ("dans la commune rurale de Boni", [("Boni", True)]),
        ("près du camp de réfugiés de Mbera", [("près du camp de réfugiés de Mbera", True)]),
        ("autour de Boga", [("autour de Boga", True)]),
        # a known town opening its sentence as its subject; an unknown name does not
        ("Djibo, assiégée depuis deux ans, a été attaquée mardi.", [("Djibo", True)]),
        ("Kharkiv a de nouveau été frappée.", [("Kharkiv", True)]),
        ("Amadou, un habitant, a été tué.", []),
        # places within a town, with an adjective
        ("contre l'hôpital saoudien d'El-Fasher", [("l'hôpital saoudien d'El-Fasher", True)]),
        ("au marché central de Dori", [("marché central de Dori", True)]),
        ("contre la base militaire de Boulkessi", [("la base militaire de Boulkessi", True)]),
        # "au niveau de", "au cœur de", a suburb; an area named without "de"
        ("au niveau de Boni", [("au niveau de Boni", True)]),
        ("au cœur de Bamako", [("au cœur de Bamako", True)]),
        ("dans la banlieue de Niamey", [("la banlieue de Niamey", True)]),
        ("dans le quartier Sabalibougou", [("le quartier Sabalibougou", True)]),
        ("au village Gaboua", [("Gaboua", True)]),
        ("le village a été attaqué", []),
        # more relations of nearness; a destination is not where it happened
        ("aux abords de Djibo", [("aux abords de Djibo", True)]),
        ("à l'entrée de Gao", [("à l'entrée de Gao", True)]),
        ("à hauteur de Boni", [("à hauteur de Boni", True)]),
        ("près du Niger", [("près du Niger", True)]),
        ("le convoi progressait vers Goma", []),
        # an adverb in an apposition; areas counted; the people of a place
        (
            "à Kolofata, également dans l'Extrême-Nord du pays",
            [
                ("Kolofata", True),
                ("l'Extrême-Nord", False),
            ],
        ),
        ("dans plusieurs régions d'Ukraine", [("plusieurs régions d'Ukraine", True)]),
        ("dans quatre régions de l'Est", [("quatre régions de l'Est", True)]),
        ("plus de 300 000 habitants du Nord-Kivu", [("Nord-Kivu", True)]),
        ("les habitants de Djibo ont fui", [("Djibo", True)]),
        # a region named with its article; an event named by its place; a plural area
        ("dans le Sahel burkinabè", [("le Sahel", True)]),
        ("dans la Boucle du Mouhoun", [("la Boucle du Mouhoun", True)]),
        ("dans l'attaque de Seytenga", [("Seytenga", True)]),
        ("le massacre de Solhan", [("Solhan", True)]),
        (
            "dans les villages de Yirgou et Barsalogho",
            [("les villages de Yirgou et Barsalogho", True)],
        ),
        ("l'attaque de Boko Haram", []),  # an actor, not a place
        ("des raids contre Douma, un bastion rebelle", [("Douma", True)]),
        ("une offensive contre Boko Haram", []),
        ("la lutte contre Daech", []),
        ("l'attaque de mardi", []),
        ("selon un article paru dans le Monde", []),
        # negatives: two sides are no places, nor an agency, a medium, a headline's word
        ("les combats entre Israël et le Hezbollah", []),
        ("a déclaré à Xinhua un responsable", []),
        ("a indiqué à l'AFP un officier", []),
        ("a-t-il écrit sur Telegram", []),
        ("Bilan : 7 morts", []),
        ("Urgent : 12 soldats tués", []),
    ],
)
def test_a_kind_of_french_place(text, expected):
    assert places(text) == expected


def test_a_headline_country_gives_way_to_a_place_more_precise():
    assert places("Mali : douze soldats tués à Boni") == [("Mali", False), ("Boni", True)]
    assert places("Mali : douze soldats tués") == [("Mali", True)]
    # ... but not to a border, which is less precise than the country
    assert places("Tchad : sept soldats tués à la frontière soudanaise") == [
        ("Tchad", True),
        ("la frontière soudanaise", False),
    ]


def test_a_claim_takes_the_first_of_places_set_off_by_commas():
    text = (
        "Sept civils ont été tués à Kona, chef-lieu de la commune, dans la région de Mopti, "
        "selon une source locale."
    )
    assert claims(text) == [("killed", 7, "une source locale", "Kona")]


def test_a_paragraph_voice_carries_to_its_sentences_naming_none():
    text = (
        "L'armée malienne a annoncé mardi une attaque contre le poste de Boni. "
        "Douze soldats ont été tués et huit autres blessés.\n\n"
        "Cinq civils ont été tués à Douentza."
    )
    assert claims(text) == [
        ("killed", 12, "L'armée malienne", "le poste de Boni"),
        ("wounded", 8, "L'armée malienne", "le poste de Boni"),
        ("killed", 5, None, "Douentza"),  # another paragraph: no voice carried
    ]


def test_a_voice_closing_the_next_sentence_speaks_for_the_one_before():
    text = (
        "Une attaque contre un village a fait au moins 14 morts. "
        "L'assaut a visé le marché, indique la gendarmerie."
    )
    assert claims(text)[0][:3] == ("killed", 14, "la gendarmerie")


def test_a_toll_made_public_in_the_next_sentence_names_the_voice_before():
    text = "Il y a aussi quatre disparus. Ce bilan (provisoire) a été publié par une ONG locale."
    assert claims(text)[0][:3] == ("missing", 4, "une ONG locale")


def test_a_voice_closing_the_paragraph_speaks_for_its_sentences_before():
    text = (
        "Une trentaine de personnes sont mortes. Deux des victimes étaient des policiers. "
        "Il y a aussi quatre disparus. Ce bilan a été publié par une ONG locale."
    )
    assert [c[:3] for c in claims(text)] == [
        ("killed", 24, "une ONG locale"),
        ("missing", 4, "une ONG locale"),
    ]


def test_a_voice_after_stops_at_the_first_sentence_naming_one():
    text = (
        "Une trentaine de personnes sont mortes. Selon la police, le calme est revenu. "
        "Ce bilan a été publié par une ONG locale."
    )
    assert claims(text)[0][:3] == ("killed", 24, None)


def test_a_voice_opening_the_next_sentence_does_not_speak_for_the_one_before():
    text = "Une attaque a fait au moins 14 morts. Selon la gendarmerie, le marché était visé."
    assert claims(text)[0][:3] == ("killed", 14, None)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Selon le Lt-col. Souleymane Dembélé, 10 assaillants ont été tués.",
            ("le Lt-col. Souleymane Dembélé"),
        ),
        ("M. Traoré a indiqué que 14 personnes ont été tuées.", "M. Traoré"),
        ("D'après le Dr. Aminata Sow, 6 blessés ont été admis.", "le Dr. Aminata Sow"),
    ],
)
def test_a_title_abbreviated_ends_neither_the_sentence_nor_the_voice(text, voice):
    assert [c[2] for c in claims(text)] == [voice]


def test_a_figure_opening_a_voice_counts_the_voice_not_victims():
    text = "Selon plusieurs habitants cités par la BBC, les victimes ont été tuées par balle."
    assert claims(text) == []
    assert [c[:3] for c in claims("Selon trois témoins, 12 civils ont été tués.")] == [
        ("killed", 12, "trois témoins")
    ]


def test_a_stop_after_a_word_not_a_title_still_ends_the_sentence():
    text = "Le bilan est de 3 morts. M. Diallo est arrivé à Gao."
    assert [c[:3] for c in claims(text)] == [("killed", 3, None)]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Birmanie", "Myanmar"), ("Turquie", "Turkey"), ("Afrique du Sud", "South Africa"),
     ("Guinée-Bissau", "Guinea-Bissau"), ("Gambie", "Gambia"), ("Royaume-Uni", "United Kingdom")],
)  # fmt: skip
def test_french_names_of_countries(name, country):
    assert COUNTRY_BY_NAME[name.lower()].name == country


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BAMAKO, 12 mars 2024 (AFP) – Trois soldats ont été tués.", "Bamako"),
        ("Niamey (Reuters) - Trois soldats ont été tués.", "Niamey"),
        ("OUAGADOUGOU, 5 juin (Xinhua) -- Vingt civils ont été tués.", "Ouagadougou"),
        ("Kidal, le 3 juin 2024 – Quatre soldats ont été tués.", "Kidal"),
    ],
)
def test_a_french_dateline_places_the_claims_that_name_no_place(text, place):
    assert [c[3] for c in claims(text)] == [place]


def test_a_line_opening_with_a_word_and_a_dash_is_no_dateline():
    assert [c[3] for c in claims("Urgent - Trois soldats ont été tués.")] == [None]
    # no date nor agency: no dateline (the document's country stands in)
    assert [c[3] for c in claims("Gao - Trois soldats ont été tués.")] == ["Mali"]


def test_a_dateline_in_another_country_says_where_the_reporter_was():
    text = (
        "DAKAR, 12 mars (AFP) - Le Mali a connu une nouvelle attaque. Trois civils ont été "
        "blessés, selon l'armée malienne. Le Mali compte de nombreux déplacés."
    )
    assert [c[3] for c in claims(text)] == ["Mali"]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("Douze blessés, a-t-il ajouté, précisant que deux écoles ont été touchées.", "il"),
        ("Le maire Paul Biya Ndong a déclaré avoir dénombré 48 villageois tués.", None),
        ("« Huit morts », a-t-elle ajouté, sans préciser si le kamikaze était une femme.", "elle"),
        ("Huit morts, a précisé le commandant de la zone.", "le commandant de la zone"),
    ],
)
def test_a_verb_after_a_verb_of_saying_is_no_voice(sentence: str, voice: str | None) -> None:
    names = voices(sentence)
    assert "précisant" not in " ".join(names) and "avoir" not in " ".join(names)
    assert "sans" not in " ".join(names)
    if voice is not None:
        assert voice in names
