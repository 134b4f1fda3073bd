"""French voices by kind (issue 18), kinds the study half's voice misses sorted into,
on sentences written for the tests, with their negatives: a voice's name running on
past a bracketed acronym, a long name after "selon", a voice after its verb with an
aside between ("affirme dans ce communiqué", ", au téléphone,"), "a déclaré que,"
before an inserted date, and a toll of an event that is no voice. Also the towns a
sentence opens on that the gazetteer knows in French, and a town said where it lies."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.french.place_openings import known_town
from workbench.extract.gazetteer import COUNTRY_BY_NAME, COUNTRY_OF_PLACE
from workbench.ingest import document_from_text


def claims(text: str) -> list[tuple[str, object, str | None, str | None]]:
    """(category, low, voice, place) of each claim of a French document."""
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [(c.category.value, c.low, c.attribution, c.location) for c in extract_claims(doc)]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a bracketed acronym inside the name (masked when voices are read)
        (
            "Plus de 4 000 personnes ont fui, d'après un rapport publié par la Mission de "
            "suivi des frontières (MSF) de l'Organisation régionale pour la paix (ORP) et "
            "la Direction de la protection civile (DPC).",
            "un rapport publié par la Mission de suivi des frontières",
        ),
        # an adverb of time between the voice and its verb (the trial)
        ("L'armée congolaise avait d'abord fait état de 12 soldats tués.", "L'armée congolaise"),
        ("La police avait dans un premier temps évoqué 8 blessés.", "La police"),
        # a long name after "selon", set off by its comma
        (
            "Selon un rapport rendu public par le Service de coordination de l'aide d'urgence "
            "des Nations unies (SCAU), le 4 mars, les frappes ont fait 12 morts.",
            "un rapport rendu public par le Service de coordination de l'aide d'urgence "
            "des Nations unies",
        ),
        # where the voice said it, between its verb and its name
        (
            "« Douze assaillants ont été tués », affirme dans ce communiqué le chef d'état-major.",
            "le chef d'état-major",
        ),
        (
            "« Il y a eu sept morts », a expliqué, au téléphone, Ahmat Brahim, préfet du "
            "département.",
            "Ahmat Brahim",
        ),
        # "a déclaré que," before a date set off by commas
        (
            "Le porte-parole, Jean Kaboré, a déclaré que, entre le 2 et le 5 mai, neuf "
            "soldats ont trouvé la mort.",
            "Le porte-parole",
        ),
        # a person's long title, then the name beside it
        (
            "Le président du conseil de gouvernement local de Dogué, Musa Adamu, a déclaré "
            "avoir compté 40 morts.",
            "Le président du conseil de gouvernement local de Dogué, Musa Adamu",
        ),
        # a title, then a rank and a name beside it
        (
            "Le porte-parole de la police, le colonel Jean Ndayi, évoque un bilan de 12 morts.",
            "Le porte-parole de la police, le colonel Jean Ndayi",
        ),
        # what was read, and whose post it was
        (
            "« Une grenade a fait 14 blessés », peut-on lire dans le tweet de Jean Ndayi, "
            "porte-parole de la police.",
            "Jean Ndayi",
        ),
        # the figure given by a voice named in the next sentence
        (
            "Près de 300 personnes ont été tuées dans l'État du Nil. C'est le chiffre donné "
            "par les autorités locales.",
            "les autorités locales",
        ),
        # a voice closing its sentence, the comma before its verb left out
        (
            "Au moins onze civils ont été tués mardi dans l'est du pays ont indiqué les "
            "sources locales.",
            "les sources locales",
        ),
        # "dit" after a quotation
        ("« Trente maisons ont brûlé et 4 personnes sont mortes », dit un témoin.", "un témoin"),
        # a count kept is a count told
        ("De son côté, l'armée a enregistré 4 morts dans ses rangs.", "l'armée"),
        ("Le HCR a enregistré plus de 9 000 réfugiés arrivés au Tchad.", "Le HCR"),
    ],
)
def test_a_kind_of_french_voice_from_the_study_misses(text, voice):
    found = claims(text)
    assert found and all(c[2] is not None and c[2].startswith(voice) for c in found), found


def test_the_toll_of_an_event_is_no_voice_and_keeps_its_place():
    text = (
        "Au moins neuf personnes ont été tuées selon le bilan provisoire d'un attentat "
        "survenu jeudi à Dargala, localité de la région du Centre."
    )
    assert claims(text) == [("killed", 9, None, "Dargala")]
    # ... while a toll's owner is a voice
    assert claims("Neuf morts à Dargala, selon le bilan de la gendarmerie.") == [
        ("killed", 9, "la gendarmerie", "Dargala")
    ]


def test_the_gazetteer_knows_towns_and_a_country_as_french_reporting_writes_them():
    assert COUNTRY_OF_PLACE["Mogadiscio"].name == "Somalia"
    assert COUNTRY_OF_PLACE["Bujumbura"].name == "Burundi"
    assert COUNTRY_OF_PLACE["Bagdad"].name == "Iraq"
    assert COUNTRY_BY_NAME["sud-soudan"].name == "South Sudan"
    assert known_town("Bujumbura") and not known_town("Dargala")


def test_a_known_town_opening_its_sentence_is_the_place_after_it():
    text = (
        "Bujumbura a été le théâtre de violents combats autour des camps militaires. "
        "Le porte-parole de l'armée évoque un bilan de 30 morts."
    )
    assert claims(text) == [("killed", 30, "Le porte-parole de l'armée", "Bujumbura")]


def test_a_town_said_where_it_lies_is_not_the_scene():
    text = (
        "Bagdad est située non loin de Doura, une localité qui avait été visée par un "
        "attentat la veille. L'attaque avait fait 14 morts."
    )
    assert [c[3] for c in claims(text)] == ["non loin de Doura"]


def test_a_voice_named_again_after_its_verb_with_no_comma():
    text = (
        "Le porte-parole de l'armée, le colonel Jean Ndayi, évoque un bilan de 40 morts. "
        "Ce sont les assaillants qui ont été les plus touchés précise l'intéressé : « Nous "
        "comptons 31 tués dans leurs rangs. »"
    )
    voices = [c[2] for c in claims(text)]
    assert voices == ["Le porte-parole de l'armée, le colonel Jean Ndayi"] * 2


def test_a_toll_given_is_what_was_said_and_a_passive_clause_no_voice():
    # "évoque un bilan de ..." after the voice is what it said, not a second voice
    text = "Le maire, Jean Ndayi, évoque un bilan de 12 morts et 30 blessés."
    assert [c[2] for c in claims(text)] == ["Le maire, Jean Ndayi"] * 2
    # "les civils qui ont été touchés" underwent it, they say nothing
    text = "Les civils qui ont été grièvement touchés évoquent 12 morts."
    assert [c[2] for c in claims(text)] == [None]


def test_a_voice_closing_the_next_sentence_with_its_place_said_after_it():
    text = (
        "« Nous avons recueilli 12 blessés graves. Nous craignons le pire », a indiqué un "
        "médecin de l'hôpital de Dogué, une ville située à 80 kilomètres de la capitale."
    )
    assert [c[2] for c in claims(text)] == ["un médecin de l'hôpital de Dogué"]
    # ... not a voice followed by another clause of its own
    text = (
        "Douze civils ont été tués. Trois maisons ont brûlé, a indiqué un habitant, qui "
        "affirme avoir vu les assaillants quitter le village vers la forêt voisine le soir."
    )
    assert [c[2] for c in claims(text)] == [None]


def test_no_voice_closes_a_sentence_with_what_was_pointed_at():
    from workbench.extract.french.voices import find_speakers

    text = "Les militaires ont indiqué les positions ennemies."
    assert [s.name for s in find_speakers(text, 0, len(text))] == ["Les militaires"]
    text = "L'armée tchadienne a annoncé mardi une attaque contre le poste de Dogué."
    assert [s.name for s in find_speakers(text, 0, len(text))] == ["L'armée tchadienne"]


def test_a_quotation_paragraph_going_on_is_the_voice_s_of_the_paragraph_before():
    text = (
        "« Nous avons intensifié les opérations dans la province », annonce le porte-parole "
        "de l'armée.\n"
        "« 27 miliciens ont été capturés. 4 autres ont été arrêtés par la police. »\n"
    )
    assert [c[2] for c in claims(text)] == ["le porte-parole de l'armée"] * 2
    # ... not a paragraph that is no quotation, nor one after a voice opening its sentence
    text = (
        "« Nous avons intensifié les opérations », annonce le porte-parole de l'armée.\n"
        "Au total 27 miliciens ont été capturés.\n"
    )
    assert [c[2] for c in claims(text)] == [None]
    text = (
        "Selon le porte-parole, « nous avons intensifié les opérations ».\n"
        "« 27 miliciens ont été capturés. »\n"
    )
    assert [c[2] for c in claims(text)] == [None]


def test_a_sentence_naming_the_toll_s_teller_speaks_for_the_one_before():
    text = (
        "Trois civils sont tués et 20 personnes sont blessées par l'explosion. C'est le "
        "bilan officiel communiqué par la gendarmerie, qui avait d'abord parlé d'un "
        "accident survenu près du marché."
    )
    assert [c[2] for c in claims(text)] == ["la gendarmerie"] * 2
    # ... not a sentence on something else
    text = (
        "Trois civils sont tués et 20 personnes sont blessées par l'explosion. C'est le "
        "marché central qui a été visé par les hommes armés venus de la forêt voisine."
    )
    assert [c[2] for c in claims(text)] == [None, None]


def test_a_count_kept_is_a_teller_s_and_a_clitic_is_no_part_of_the_voice():
    from workbench.extract.french.voices import find_speakers

    def names(text: str) -> list[str]:
        return [s.name for s in find_speakers(text, 0, len(text))]

    assert names("Le HCR en a enregistré environ 9 000.") == ["Le HCR"]
    assert names("L'hôpital de Dogué a enregistré 14 morts.") == ["L'hôpital de Dogué"]
    # a town that "had recorded" an attack tells nothing
    assert (
        names(
            "Dogué est située non loin de Kalbora, une ville frontalière qui avait enregistré "
            "le 3 mai l'un des attentats les plus meurtriers."
        )
        == []
    )
