"""Extraction kinds found in the study halves and the trial read in session 58, each
named at its test. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from workbench.match.parts import counts_part


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category.value, c.low, c.high) for c in claims_in(text)]


def _french(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category.value, c.low, c.high) for c in french_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb after the victims' head ends the phrase (acled-2022 study: "killed a
        # police officer onboard" gave no claim, "two farmers onboard" a subject of two words)
        ("Rebels ambushed a bus and killed a nurse onboard.", [("killed", 1, 1)]),
        ("The gang shot a trader nearby before fleeing.", []),
        ("Militia fighters killed a herder outright.", [("killed", 1, 1)]),
        ("The bomb wounded a cyclist too.", [("wounded", 1, 1)]),
        ("Pirates abducted three sailors aboard.", [("kidnapped", 3, 3)]),
        # before the head the same word is an adjective of the victims
        ("Shelling killed four nearby residents.", [("killed", 4, 4)]),
    ],
)
def test_an_adverb_after_the_victims_ends_their_phrase(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _figures(text) == expected


def test_the_subject_of_victims_leaves_out_an_adverb_after_them() -> None:
    (claim,) = claims_in("Gunmen killed two teachers onboard the ferry.")
    assert (claim.subject, claim.low) == ("teachers", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unrest a killing set off tells another event than the deaths "earlier in the
        # day" (acled-hoa study: a riot's note gave the hit squad's two victims)
        (
            "Youths set fire to the homes of a gang that killed 3 elders at a market earlier"
            " in the day.",
            [],
        ),
        ("Rioters looted shops after police killed 2 traders earlier that week.", []),
        ("The army raided the village where gunmen had killed 7 guards earlier this year.", []),
        # "earlier this year" dates an earlier event as "earlier this month" does
        (
            "The militia stormed the camp and 7 guards were killed earlier this year.",
            [],
        ),
        # the only event of its sentence, it is still the news
        ("Five soldiers were killed earlier this year, the army said.", [("killed", 5, 5)]),
        ("Nine herders were killed earlier in the day, police said.", [("killed", 9, 9)]),
    ],
)
def test_deaths_earlier_beside_another_event_are_background(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person named with an article, by words of the law, the road, their age
        # (french-l study: "Un juge de paix et un greffier tués")
        ("Une magistrate et un avocat tués par balle à Liège.", [("killed", 1, 1)] * 2),
        ("Un cycliste a été blessé par le camion.", [("wounded", 1, 1)]),
        ("Une septuagénaire a péri dans l'incendie.", [("killed", 1, 1)]),
        ("Le juge a condamné 3 hommes.", []),
        # its rank in a count: "un 4e décès", "un nouveau décès"
        ("Un 5e décès a été signalé à Jacmel.", [("killed", 1, 1)]),
        ("Un nouveau décès a été enregistré à l'hôpital.", [("killed", 1, 1)]),
        ("Le 5e régiment a perdu 2 soldats.", [("killed", 2, 2)]),
        # the outlet's agreement slip: "ont perdue la vie"
        ("Trois pêcheurs ont perdus la vie en mer.", [("killed", 3, 3)]),
        # poisoned by smoke or gas, as civil defence counts them
        ("Les pompiers ont secouru 9 personnes incommodées par la fumée.", [("wounded", 9, 9)]),
        ("Six élèves intoxiqués ont été hospitalisés.", [("wounded", 6, 6)]),
        # places are no people: "en deux endroits différents ont perdu la vie"
        ("Les crues, en trois endroits différents, ont coupé la route.", []),
        ("Dans deux quartiers différents ont péri des habitants.", []),
    ],
)
def test_french_single_victims_ranks_and_harm_words(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _french(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll "fait état de" people, an aside between: their deaths (french-l study)
        (
            "Le bilan des inondations, qui ont frappé la capitale, fait état d'au moins 21"
            " personnes, de 4 disparus et de 60 blessés.",
            [("killed", 21, None), ("missing", 4, 4), ("wounded", 60, 60)],
        ),
        # the fate told after the people wins over the toll's word
        ("Le bilan fait état de 14 personnes blessées.", [("wounded", 14, 14)]),
        ("Le bilan s'élève à 8 personnes interpellées.", [("arrested", 8, 8)]),
        ("Le bilan s'élève à 19 personnes.", [("killed", 19, 19)]),
    ],
)
def test_french_a_toll_of_people_and_its_fate(
    text: str, expected: list[tuple[str, int, int | None]]
) -> None:
    assert _french(text) == expected


def test_french_whom_a_figure_counts_stops_at_the_next_person() -> None:
    claims = french_claims("Une fillette de 9 ans et une femme ont perdu la vie.")
    assert [c.subject for c in claims] == ["fillette", "femme"]
    claims = french_claims("Un chauffeur et sa femme ont été tués.")
    assert [c.subject for c in claims] == ["chauffeur", "femme"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a sea's, a coast's or a valley's name before "the port city of X": X is the
        # place (pairs-news-i study: "the Black Sea port city of Odesa" gave Russia)
        ("Shelling killed 4 people in the Black Sea port of Odesa.", "Odesa"),
        ("A bomb killed 5 people in the Rift Valley town of Naivasha.", "Naivasha"),
        ("Gunmen killed 3 guards in the Niger Delta city of Warri.", "Warri"),
        # a name the sentence gives as the place itself stays one
        ("A bomb killed 5 people in the Delol town of Gujarat.", "Delol town"),
    ],
)
def test_a_place_after_a_sea_or_valley_name_and_its_kind(text: str, place: str) -> None:
    assert [c.location for c in claims_in(text)] == [place]


def test_fire_from_an_occupied_place_is_no_place_of_the_deaths() -> None:
    text = (
        "Troops hit Kherson, firing missiles from the temporarily occupied Crimea. 9 people"
        " were killed in the attack."
    )
    assert [c.location for c in claims_in(text)] != ["Crimea"]


def test_a_countrys_foreign_ministry_is_no_place() -> None:
    text = (
        "Three people were killed in Haifa, including two Thai workers named by Thailand's"
        " foreign ministry."
    )
    assert {c.country for c in claims_in(text)} != {"Thailand"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead or the wounded of a list, named first, a place or a time between
        # their noun and its verb (unseen-h study)
        (
            "The dead in Friday's raid included a village chief and four herders.",
            [("killed", 1, 1), ("killed", 4, 4)],
        ),
        ("The injured included nine pupils.", [("wounded", 9, 9)]),
        ("The wounded at the market included 6 traders.", [("wounded", 6, 6)]),
        ("Among the injured were three nurses.", [("wounded", 3, 3)]),
        # the verb of its own: injuring still reads as before
        ("The blast injured at least 12.", [("wounded", 12, None)]),
    ],
)
def test_the_dead_or_wounded_named_before_their_list(
    text: str, expected: list[tuple[str, int, int | None]]
) -> None:
    assert _figures(text) == expected


def test_the_wounded_named_after_their_toll_are_a_part_of_it() -> None:
    claims = claims_in("A bomb wounded 5 people in Adana. The wounded included four students.")
    assert [(c.low, counts_part(c)) for c in claims] == [(5, False), (4, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "off duty" inside the victims' phrase (acled-l study)
        ("Gunmen shot dead an off duty soldier in Owerri.", [("killed", 1, 1)]),
        ("An off duty policeman and a driver were killed.", [("killed", 2, 2)]),
        ("Police drove off 3 bandits.", [("troops", 3, 3)]),
        # a farm's worker is a person
        ("Herders killed the village head's farmhand.", [("killed", 1, 1)]),
        # what a victim is held to have done is no death of this event
        ("Youths lynched a man thought to have killed a trader.", [("killed", 1, 1)]),
        ("Police arrested a man believed to have killed 3 herders.", []),
        # a hedged toll of this event stays one
        ("Gunmen are believed to have killed 5 villagers.", [("killed", 5, 5)]),
    ],
)
def test_off_duty_farmhands_and_held_to_have_killed(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _figures(text) == expected


def test_french_a_bulletins_voice_speaks_for_the_paragraphs_after_it() -> None:
    text = (
        "Selon un bilan publié par la Protection civile, la situation"
        " reste difficile.\n\nTrois pêcheurs ont péri à Jérémie.\n\n"
        "Par ailleurs, 12 personnes sont portées disparues aux Cayes."
    )
    assert [c.attribution for c in french_claims(text)] == ["la Protection civile"] * 2


def test_french_a_voice_naming_no_bulletin_stays_in_its_paragraph() -> None:
    text = "Selon la police, la situation reste difficile.\n\nTrois pêcheurs ont péri à Jérémie."
    assert [c.attribution for c in french_claims(text)] == [None]


def test_a_landmarks_praise_before_its_name() -> None:
    text = "The toll from the blast near the historic Golden Gate rose to 9."
    assert [c.location for c in claims_in(text)] == ["near Golden Gate"]


def test_a_toll_dated_in_full_before_its_verb_is_this_events() -> None:
    # a trial's later toll gave no claim: the year of the event's own date read as an
    # earlier event's ("the toll of the 2015 attack was 40" still is)
    text = "The toll of the attack in Damboa on 3 March 2023 rose to 19 villagers."
    assert _figures(text) == [("killed", 19, 19)]
    assert _figures("The toll of the 2015 attack was 40.") == []


def test_a_total_brought_up_for_a_month_is_a_running_total() -> None:
    # trial 58: "The latest deaths bring to 13 the number of international troops killed
    # in June" was read as one incident's toll and linked as contradicting it
    claims = claims_in("The latest deaths bring to 9 the number of foreign soldiers killed in May.")
    assert [(c.low, c.scope.value) for c in claims] == [(9, "cumulative")]


def test_the_capital_named_after_a_comma_is_that_place() -> None:
    # trial 58: "... after leaving a mosque in the capital, Kabul" was read as the
    # capital of the United States, the country the headline named
    text = (
        "U.S.: civilians among dead in strike\n\nSeventeen civilians were killed in the"
        " bombing, the governor told reporters in the capital, Kabul."
    )
    assert [c.location for c in claims_in(text)] == ["Kabul"]


def test_french_a_mediums_participle_is_no_voice() -> None:
    # trial 58: "..., a-t-il indiqué dans un message envoyé à l'AFP" gave the voice "envoyé"
    text = (
        "Les rebelles ont revendiqué l'attaque, tuant 9 soldats, a-t-il indiqué dans un"
        " message envoyé à l'AFP."
    )
    assert [c.attribution for c in french_claims(text)] == ["Les rebelles"]
    said = "Neuf soldats ont été tués, a indiqué l'envoyé spécial de l'ONU."
    assert [c.attribution for c in french_claims(said)] == ["l'envoyé spécial de l'ONU"]


def test_french_the_nationality_after_the_counted_is_in_their_subject() -> None:
    # trial 58: "« 4 policiers afghans »" counted "policiers", and the Afghan police
    # were linked to the French soldiers as one count of security forces
    claims = french_claims("Les rebelles ont tué 4 policiers afghans et 2 soldats français.")
    assert [c.subject for c in claims] == ["policiers afghans", "soldats français"]


def test_french_a_toll_claimed_via_a_spokesman_is_his() -> None:
    # trial 58: "ils ont revendiqué eux 12 morts ... via leur porte-parole X" had no voice
    text = "Les rebelles ont revendiqué 7 morts via leur porte-parole Ali Diallo."
    assert [c.attribution for c in french_claims(text)] == ["leur porte-parole Ali Diallo"]
    by_road = "Le convoi est passé via Niamey, où 3 soldats ont été tués."
    assert [c.attribution for c in french_claims(by_road)] == [None]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a wire headline's voice before its colon (unseen-h study)
        ("Police: Gunmen kill 3 herders in Kano", "Police"),
        ("Egyptian officials: Militant attack kills 2 soldiers in Sinai", "Egyptian officials"),
        ("UNHCR: 3,000 flee fighting in Goma", "UNHCR"),
        # a place, a genre or a phrase before the colon is no voice
        ("Nigeria: 20 killed in Zamfara", None),
        ("Report: 12 killed in Kano", None),
        ("NOTE: 2 attacks killed 3 people.", None),
        ("Change to armed group: 2 soldiers killed", None),
        ("NEW: More than 150,000 people have fled Mali", None),
    ],
)
def test_a_headlines_voice_before_its_colon(text: str, voice: str | None) -> None:
    assert {c.attribution for c in claims_in(text)} == {voice}


def test_a_bombing_told_before_the_toll_dates_it() -> None:
    # trial 58: "Ce matin, ... victimes d'un kamikaze" dated the attack, not the toll
    # told in the next sentence; so "A suicide bomber struck ... on Monday."
    claims = french_claims(
        "Ce matin, des soldats ont été victimes d'un kamikaze à Nijrab.\n\nQuatre soldats"
        " ont été tués par l'explosion.",
        published=dt.date(2012, 6, 9),
    )
    assert [str(c.date) for c in claims] == ["2012-06-09"]
    english = claims_in(
        "On May 3, 2021 an explosion hit a bus in Kabul. The blast killed 9 people."
    )
    assert [str(c.date) for c in english] == ["2021-05-03"]
