"""Claims placed in the wrong town (session 75, the Kenya and Chad trials), by kind:

1. National figures took the town of an earlier sentence: a sentence that states its
   own country-wide scope ("across the country", "dans tout le pays"), turns to a new
   topic ("On the protests, ...", "Quant aux grèves, ..."), or names several towns
   ("in Kano, Kaduna, Zaria and Jos") is the country's; a town told as a part ("In
   Zaria alone", "À Bria, ..." after a list naming Bria) is no place of what follows.
2. A figure recalled in an earlier event's phrase after a time between ("trois jours
   après la mort de deux gendarmes à Mora") took the sentence's first place and day.
3. Where a voice was reached ("joint par l'AFP à Abéché"), an outlet's byline ("Sahel
   Info, 3 November 2026"), or where a meeting is to be held ("doit se réunir lundi à
   Doba") was taken for where it happened.

Sentences written for these tests (none is a trial's), with negatives; the report is
dated Wednesday 11 November 2026."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims


def _place_of(text: str, value: float, language: str | None = None) -> str | None:
    found = [c for c in claims(text, language) if c.value == value]
    assert found, claims(text, language)
    return found[-1].location


# 1. National figures


@pytest.mark.parametrize(
    "text, value, place",
    [
        # a new topic, in a new paragraph: no place from the bombing before it
        (
            "Gunmen killed eight villagers in Gwoza, Nigeria, on Monday.\n\n"
            "On the fuel protests, two people died and 30 were injured. "
            "A total of 150 people were arrested.",
            150,
            "Nigeria",
        ),
        (
            "Gunmen killed eight villagers in Gwoza, Nigeria, on Monday.\n\n"
            "As for the strikes, two people died and 30 were injured.",
            30,
            "Nigeria",
        ),
        (
            "Des soldats ont été tués lundi à Bol, au Tchad.\n\nQuant aux grèves, trois "
            "personnes sont mortes et 40 ont été blessées. Au total, 120 personnes ont été "
            "interpellées.",
            120,
            "Chad",
        ),
        # a sentence that states its own scope
        (
            "Police fired on protesters in Eldoret, Kenya, on Tuesday, killing five. "
            "Thirty people remain missing after the raids, and 300 were arrested across "
            "the country.",
            30,
            "Kenya",
        ),
        (
            "La police a tiré sur des manifestants à Moundou, au Tchad, mardi. Trente "
            "personnes sont portées disparues, et 300 ont été arrêtées dans tout le pays.",
            30,
            "Chad",
        ),
        # several towns: the country, in the sentence and after it
        (
            "Police fired on protesters in Kano, Kaduna, Zaria and Jos on Tuesday, killing "
            "at least 11 people.",
            11,
            "Nigeria",
        ),
        (
            "La police a tiré sur des manifestants à Bangui, Bambari, Bria et Bossangoa mardi, "
            "faisant au moins 14 morts.",
            14,
            "Central African Republic",
        ),
        (
            "The ministry gave money to schools in Kano, Kaduna, Zaria and Jos.\n\n"
            "Regrettably, three people died and 20 were injured in the riots.",
            20,
            "Nigeria",
        ),
        # a town told as a part of the count before it is no place of what follows
        (
            "Police fired on protesters in Kano, Kaduna, Zaria and Jos on Tuesday, killing "
            "at least 11 people. In Zaria alone, four were shot dead. Sixty people remain "
            "missing.",
            60,
            "Nigeria",
        ),
        (
            "La police a tiré sur des manifestants à Bangui, Bambari, Bria et Bossangoa mardi, "
            "faisant au moins 14 morts. À Bria, cinq personnes ont été tuées. Trente "
            "personnes sont portées disparues.",
            30,
            "Central African Republic",
        ),
    ],
)
def test_national_figures_are_the_countrys(text: str, value: float, place: str) -> None:
    language = "fr" if any(w in text for w in (" des ", " aux ", " été ")) else None
    assert _place_of(text, value, language) == place


@pytest.mark.parametrize(
    "text, value, place, language",
    [
        ("Gunmen killed 9 in Kanam and Wase on Monday.", 9, "Kanam", None),  # two: the first
        ("Gunmen killed 9 in Kanam, Wase and Langtang districts on Monday.", 9, "Kanam", None),
        (
            "Gunmen killed 9 people in Maiduguri, Borno State, and Damaturu on Monday.",
            9,
            "Maiduguri, Borno State",
            None,
        ),
        ("On the outskirts, four people were killed in Gwoza.", 4, "Gwoza", None),
        (
            "Gunmen killed eight villagers in Gwoza, Nigeria, on Monday. Three others died "
            "in hospital.",
            3,
            "Gwoza, Nigeria",
            None,
        ),
        (  # the town alone: nothing wider before it
            "Police fired on protesters in Eldoret on Tuesday. In Eldoret alone, five people "
            "were shot dead. Thirty people remain missing.",
            30,
            "Eldoret",
            None,
        ),
        (
            "Des hommes armés ont tué huit personnes à Kaga-Bandoro lundi. Trois blessés sont "
            "morts à l'hôpital.",
            3,
            "Kaga-Bandoro",
            "fr",
        ),
        (  # a town of the list named for its own count keeps it
            "La police a tiré sur des manifestants à Bangui, Bambari, Bria et Bossangoa mardi. "
            "À Bria, cinq personnes ont été tuées.",
            5,
            "Bria",
            "fr",
        ),
    ],
)
def test_a_town_told_for_itself_keeps_its_place(
    text: str, value: float, place: str, language: str | None
) -> None:
    assert _place_of(text, value, language) == place


# 2. A figure of an earlier event, after a time between


@pytest.mark.parametrize(
    "text, value, place, day",
    [
        (
            "Quatre soldats ont été tués jeudi à Kousseri, trois jours après la mort de deux "
            "gendarmes dans une embuscade à Mora.",
            2,
            "Mora",
            "2026-11-02",
        ),
        (
            "Cinq civils ont été tués vendredi à Beni, une semaine après le massacre de 12 "
            "villageois à Oicha.",
            12,
            "Oicha",
            "2026-10-30",
        ),
        (
            "Quatre soldats ont été tués jeudi à Kousseri, deux jours après que six gendarmes "
            "ont été tués à Mora.",
            6,
            "Mora",
            "2026-11-03",
        ),
    ],
)
def test_an_earlier_events_figure_takes_its_phrases_place_and_day(
    text: str, value: float, place: str, day: str
) -> None:
    found = [c for c in claims(text, "fr") if c.value == value]
    assert [(c.location, c.date) for c in found] == [(place, day)]


def test_the_sentences_own_figure_keeps_its_place_and_day() -> None:
    text = (
        "Quatre soldats ont été tués jeudi à Kousseri, trois jours après la mort de deux "
        "gendarmes dans une embuscade à Mora."
    )
    found = [c for c in claims(text, "fr") if c.value == 4]
    assert [(c.location, c.date) for c in found] == [("Kousseri", "2026-11-05")]
    # a time between with no toll of its own tells the same event (as before)
    assert _place_of("Deux jours après l'attaque de Kolofata, le bilan s'est alourdi à "
                     "douze morts.", 12, "fr") == "Kolofata"  # fmt: skip


# 3. Where a voice was reached, an outlet's byline, where a meeting is held

_MINE = "Des hommes armés ont attaqué une mine d'or près de Kouba mardi. "


@pytest.mark.parametrize(
    "second",
    [
        "« J'ai vu plus de 40 corps », affirme un mineur joint par l'AFP à Abéché, où il "
        "s'est réfugié.",
        "Interrogé par RFI à Mongo, un commerçant affirme que 40 personnes ont été tuées.",
        "Joint à nouveau par Radio Ndeke Luka à Bossangoa, un notable affirme que 40 "
        "personnes ont été tuées.",
        "Contacté par l'AFP à Sarh, un orpailleur affirme que 40 personnes ont été tuées.",
    ],
)
def test_where_a_voice_was_reached_is_no_place_of_what_it_tells(second: str) -> None:
    assert _place_of(_MINE + second, 40, "fr") == "près de Kouba"


def test_a_voice_reached_where_it_happened_keeps_that_place() -> None:
    text = _MINE + "Douze personnes ont été tuées à Mongo, selon un habitant joint par téléphone."
    assert _place_of(text, 12, "fr") == "Mongo"


@pytest.mark.parametrize(
    "heading, place",
    [
        ("Sahel Info, 3 November 2026", None),
        ("Chadnews, le 3 novembre 2026", None),
        ("Daily Monitor, 3 November 2026", None),
        ("Abeche, 3 November 2026", "Abeche"),  # a statement's place line (negative)
    ],
)
def test_an_outlets_byline_is_no_place(heading: str, place: str | None) -> None:
    text = f"Army repels rebels\n\n{heading}\n\nThe army said 12 rebels were killed."
    assert _place_of(text, 12) == place


@pytest.mark.parametrize(
    "text, language",
    [
        (
            "Clashes left three dead in Bongor on Sunday. The security committee will meet "
            "on Monday in Sarh. The governor now says 9 people were killed.",
            None,
        ),
        (
            "Des affrontements ont fait trois morts à Bongor dimanche. Le comité doit se "
            "réunir lundi à Sarh. Le gouverneur fait désormais état de 9 morts.",
            "fr",
        ),
        (
            "Des affrontements ont fait trois morts à Bongor dimanche. Une réunion de crise "
            "est prévue à Sarh.\n\nMise à jour : le gouverneur fait état de 9 morts.",
            "fr",
        ),
    ],
)
def test_where_a_meeting_is_held_is_no_place_of_the_figures_after_it(
    text: str, language: str | None
) -> None:
    assert _place_of(text, 9, language) == "Bongor"


def test_a_meeting_place_named_with_its_own_figure_keeps_it() -> None:
    text = "Talks were held in Sarh on Monday. Police said 9 people were killed in Sarh."
    assert _place_of(text, 9) == "Sarh"
