"""Kinds of French reporting the fresh study sets of session 55 showed the reader
missing (issue 18), each on sentences written for the tests, with other wordings of
the same kind and negatives (years, ages, "la 5e région", calibres, numbered
decrees, common nouns before a colon): a rank epithet after a town ("X, deuxième
ville d'Y"), a list's label before a colon ("- Victimes :"), a town defined by its
kind ("X est un quartier de Y"), the victims' unit's town ("militaires du camp X à
Y"), an area then a locality in it ("le groupement X à Y"), a second destination of
a flight, a feared spread, the headline's place for the lead's toll; voices after
"a-t-on appris" and an adverb, "selon X" before the toll's verb with no comma, a long
title before "affirme que", a lead's voice closing the
next paragraph; one office-holder as a victim ("le chef du quartier X a été
abattu")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.french_helpers import page_claims as claims
from tests.french_helpers import readings
from workbench.extract.french.places import find_places


def places(text: str) -> list[tuple[str, bool]]:
    """(name, locative) of each place the sentence `text` names."""
    return [(p.name, p.locative) for p in find_places(text, 0, len(text))]


def located(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """(category, location) of each claim of the page `text`."""
    return [(c.category.value, c.location) for c in claims(tmp_path, text)]


def voiced(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    """(category, attribution) of each claim of the page `text`."""
    return [(c.category.value, c.attribution) for c in claims(tmp_path, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the epithet says where the town lies; the town is the place
        (
            "Deux morts dans un immeuble de Mykolaïv, troisième ville d'Ukraine dans le sud.",
            "Mykolaïv",
        ),
        (
            "Un obus a frappé un entrepôt de Kano, la plus grande ville du nord, tuant 3 civils.",
            "Kano",
        ),
        ("Cinq morts dans un quartier résidentiel de Homs, principale ville du centre.", None),
    ],
)
def test_a_rank_epithet_after_a_town(text: str, expected: str | None) -> None:
    found = places(text)
    locative = [name for name, here in found if here]
    if expected is not None:
        assert locative[0] == expected
    assert not any(
        name.lower().startswith(("troisième", "la plus", "principale")) and here
        for name, here in found
    )


def test_a_residential_quarter_is_an_area() -> None:
    assert places("Trois morts dans un quartier résidentiel de Dnipro.") == [
        ("un quartier résidentiel de Dnipro", True)
    ]
    assert places("Un site industriel de Lviv a été touché.")[0][0].endswith("Lviv")


def test_an_epithet_after_an_official_s_town_is_no_scene() -> None:
    found = places("Deux morts, selon le maire de Lviv, septième ville d'Ukraine.")
    assert not any(here for name, here in found if name.startswith("septième"))


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Bilan\n\n- Victimes : Au moins cinq personnes ont été tuées.\n", None),
        ("Point\n\nBlessés : sept personnes ont été blessées dans les combats.\n", None),
        ("Faits\n\n- Déplacés : 300 familles ont fui les combats.\n", None),
        # a place before a colon is still one
        ("Faits\n\nGonaïves : cinq personnes ont été tuées.\n", "Gonaïves"),
    ],
)
def test_a_list_label_before_a_colon_is_no_place(
    tmp_path: Path, text: str, where: str | None
) -> None:
    found = located(tmp_path, text)
    assert found
    assert all(location == where for _, location in found)


def test_a_town_defined_by_its_kind() -> None:
    assert places("Bel-Air est un quartier de Port-au-Prince, marqué par les violences.") == [
        ("Bel-Air", True),
        ("un quartier de Port-au-Prince", False),
    ]
    # a common noun opening the sentence is no town
    assert places("Le bilan est un record de la semaine.") == []


def test_the_victims_unit_town_is_no_scene(tmp_path: Path) -> None:
    text = (
        "Des bandits ont incendié les villages de Kalamba et de Tsaramody. Douze personnes "
        "ont été tuées, dont dix villageois et deux gendarmes de la brigade 3/GN à Ihosy."
    )
    assert {loc for _, loc in located(tmp_path, text)} == {
        "les villages de Kalamba et de Tsaramody"
    }
    # no unit between: the town after the fate is where
    assert located(tmp_path, "Trois soldats du camp ont été tués à Diffa.") == [("killed", "Diffa")]


def test_an_area_then_a_locality_in_it() -> None:
    assert places("Six civils ont été tués dans le groupement Walese à Biakato.") == [
        ("Biakato", True)
    ]
    # from one area to a town: not a locality in it
    assert places("Les combats se sont étendus du territoire de Beni à Lubero.")[0][0] == (
        "territoire de Beni"
    )


def test_a_second_destination_and_a_feared_spread_are_no_scenes() -> None:
    text = (
        "Les combats ont provoqué un déplacement vers le secteur de Lulenge dans le "
        "territoire de Mwenga et vers le secteur de Ngandja, dans le territoire de Fizi."
    )
    assert not any(here for _, here in places(text))
    feared = "Le chef craint que cette crise embrase tout le territoire de Masisi."
    assert not any(here for _, here in places(feared))
    # a spread told as done is a scene
    assert places("Les violences ont eu lieu dans le territoire de Masisi.")[0][1]


def test_the_headline_place_for_the_lead(tmp_path: Path) -> None:
    text = (
        "Koui : 14 morts dans l'attaque d'un village\n\n"
        "Au moins 14 personnes ont été tuées samedi dans le nord-ouest de la Centrafrique.\n\n"
        "Les assaillants sont repartis vers la brousse.\n"
    )
    assert ("killed", "Koui") in located(tmp_path, text)
    assert all(loc == "Koui" for _, loc in located(tmp_path, text))
    # another figure in the headline: the lead keeps its own place
    other = (
        "Koui : l'armée en alerte\n\n"
        "Au moins 14 personnes ont été tuées samedi dans le nord-ouest de la Centrafrique.\n"
    )
    assert located(tmp_path, other) == [("killed", "le nord-ouest de la Centrafrique")]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "Les rebelles ont tué 12 bergers, a-t-on appris par ailleurs auprès de la gendarmerie.",
            "la gendarmerie",
        ),
        (
            "Les rebelles ont tué 12 bergers, a-t-on appris, en outre, auprès du gouverneur.",
            "gouverneur",
        ),
        (
            "Le bilan, provisoire, selon la MINUSCA fait état de 14 civils assassinés.",
            "la MINUSCA",
        ),
        ("Le bilan selon la police s'élève à 9 civils assassinés.", "la police"),
        (
            "Ali Moussa Adam, représentant de l'Association nationale des transporteurs "
            "routiers du Logone oriental et du Mandoul, affirme que 7 chauffeurs ont été tués.",
            "Ali Moussa Adam",
        ),
        # a toll is no voice
        ("Selon ce bilan, trois policiers ont été tués.", None),
        ("Selon un bilan provisoire, trois policiers ont été tués.", None),
    ],
)
def test_voices(tmp_path: Path, text: str, voice: str | None) -> None:
    found = voiced(tmp_path, text)
    assert found
    if voice is None:
        assert all(v is None for _, v in found)
    else:
        assert all(v is not None and voice in v for _, v in found)


def test_a_hedged_guess_is_a_voice(tmp_path: Path) -> None:
    text = "Le préfet, Ali Saleh, suppose que des bandits ont tué samedi deux bergers."
    assert voiced(tmp_path, text) == [("killed", "Le préfet, Ali Saleh")]


def test_a_lead_alone_takes_the_next_paragraph_closing_voice(tmp_path: Path) -> None:
    text = (
        "Attaque dans l'Ouham\n\n"
        "Environ 12 personnes ont été tuées samedi soir dans le nord de la Centrafrique.\n\n"
        "Des hommes armés ont fait irruption dans le village vers 20 heures, rapportent "
        "des sources locales.\n"
    )
    assert voiced(tmp_path, text) == [("killed", "des sources locales")]
    # the next paragraph's own toll keeps its voice to itself
    own = (
        "Attaque dans l'Ouham\n\n"
        "Environ 12 personnes ont été tuées samedi soir dans le nord de la Centrafrique.\n\n"
        "Trois soldats ont aussi été blessés, rapportent des sources locales.\n"
    )
    assert voiced(tmp_path, own)[0] == ("killed", None)


def test_a_voice_telling_what_befell_the_one_counted_before(tmp_path: Path) -> None:
    text = "Un nouveau gendarme a été blessé à Kidal. L'armée précise qu'il a été touché au bras."
    assert voiced(tmp_path, text) == [("wounded", "L'armée")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moussa, le chef du village Kpéré, a été abattu lundi.", [("killed", 1, 1)]),
        ("Le deuxième chef de la bande est mort dans les combats.", [("killed", 1, 1)]),
        ("Le maire de la commune a été enlevé par des hommes armés.", [("kidnapped", 1, 1)]),
        (
            "Des miliciens ont tué le weekend dernier un notable de la localité.",
            [("killed", 1, 1)],
        ),
        (
            "Un nouveau casque bleu de la mission des Nations unies au Mali a été blessé.",
            [("wounded", 1, 1)],
        ),
        # one named before, pointed back to
        ("Ce dernier avait été enlevé la veille.", [("kidnapped", 1, 1)]),
        ("Cette dernière a été blessée par balle.", [("wounded", 1, 1)]),
        ("Ce dernier a été reçu en 2021 par le ministre.", []),
        # one of a toll told before: not a victim of its own
        ("Trois personnes ont été tuées, dont le chef du village de Kpéré.", [("killed", 3, 3)]),
        # no fate: no victim (a toll told by him); a year, an age, a decree, a calibre,
        # "la 5e région"
        ("Le chef du village a annoncé cinq morts.", [("killed", 5, 5)]),
        ("Le chef de l'État a été reçu en 2023 par le maire de la commune.", []),
        ("Le chef du village, âgé de 62 ans, a signé le décret n° 2021-12.", []),
        ("Le commandant de la 5e région a présenté des obus de 120 mm.", []),
    ],
)
def test_one_office_holder_as_a_victim(text: str, expected: list[object]) -> None:
    assert readings(text) == expected


def test_a_clause_set_against_another_keeps_its_place_to_itself(tmp_path: Path) -> None:
    text = (
        "Des combats ont éclaté à Martissant.\n\n"
        "Un chef de bande est mort hier, tandis que Pierre, le chef du quartier Fontamara, "
        "a été abattu.\n"
    )
    assert located(tmp_path, text) == [("killed", "Martissant"), ("killed", "quartier Fontamara")]


def test_a_gang_named_by_its_quarter_is_no_place() -> None:
    text = "Les combats opposent le gang de Grand Ravine et le gang du quartier de Bel-Air."
    assert places(text) == []
    # "avec des gangs dans la capitale": the capital is where
    assert places("Deux policiers ont été tués avec des gangs dans la ville de Jacmel.")[0][1]


def test_a_subject_with_its_own_verb_before_et_is_no_voice(tmp_path: Path) -> None:
    text = (
        "Selon des sources locales, la localité a été attaquée. Les attaques durent depuis "
        "un mois et ont fait état de neuf civils tués, a précisé la même source."
    )
    found = voiced(tmp_path, text)
    assert found == [("killed", "des sources locales")]


def test_an_event_the_day_before_is_another(tmp_path: Path) -> None:
    text = (
        "Une attaque a visé le poste de Kalalé. Cette agression, survenue au lendemain "
        "d'un accrochage dans la forêt de la Sota, a fait trois morts."
    )
    assert located(tmp_path, text) == [("killed", "le poste de Kalalé")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une famille de six personnes a été décimée par un obus.", [("killed", 6, 6)]),
        ("Un garçon de dix ans a été écorché au bras.", [("wounded", 1, 1)]),
        ("Trois manifestants ont été contusionnés.", [("wounded", 3, 3)]),
        # things decimated, a text grazed: no one
        ("Le cheptel de 40 têtes a été décimé en 2022.", []),
        ("Le décret n° 12 a été écorché par la presse.", []),
    ],
)
def test_decimated_and_grazed(text: str, expected: list[object]) -> None:
    assert readings(text) == expected
