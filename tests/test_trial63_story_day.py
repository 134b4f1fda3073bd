"""The day a page tells its one attack on, read ahead (trial 63): a toll dated only by a
statement's day ("a déclaré jeudi"), by the dateline, or by nothing takes the day or the
night a later sentence tells the attack on ("ont attaqué le camp dans la nuit du 9 au 10
novembre"), where the page tells no other attack day and no other day between. Texts
written for these tests, published Wednesday 11 November 2026, with negatives."""

from __future__ import annotations

from tests.test_trial_kinds43 import claims

NIGHT = "2026-11-09/2026-11-10"


def test_a_statements_day_gives_way_to_the_attacks_night_told_after() -> None:
    text = (
        "« Nos équipes ont compté 17 corps et 23 blessés », a déclaré mercredi Marie Kanza,"
        " coordonnatrice de la société civile.\n\n"
        "Selon elle, les hommes armés ont attaqué le camp dans la nuit du 9 au 10 novembre.\n"
    )
    assert [(c.value, c.date) for c in claims(text, "fr")] == [(17, NIGHT), (23, NIGHT)]


def test_a_datelines_day_gives_way_to_the_attacks_night_told_after() -> None:
    text = (
        "GOMA, November 11, 2026 - At least 17 people were killed in the camp, civil society"
        " leaders said.\n\n"
        "Armed men attacked the camp on the night of November 9 to 10, residents said.\n"
    )
    assert [c.date for c in claims(text)] == [NIGHT]


def test_an_undated_toll_takes_the_attacks_day_told_after() -> None:
    text = (
        "Seventeen people were killed in the camp, civil society leaders said.\n\n"
        "Armed men attacked the camp on Monday night, residents said.\n"
    )
    assert [c.date for c in claims(text)] == ["2026-11-09"]


def test_two_attack_days_give_no_day_of_the_story() -> None:
    text = (
        "Seventeen people were killed, civil society leaders said on Wednesday.\n\n"
        "Armed men attacked the camp on Monday night, residents said.\n\n"
        "Gunmen attacked a nearby village on Tuesday.\n"
    )
    assert [c.date for c in claims(text)] == ["2026-11-11"]


def test_an_attack_told_as_what_this_one_follows_gives_no_day() -> None:
    text = (
        "Seventeen people were killed in the camp, civil society leaders said.\n\n"
        "The raid came a day after armed men attacked the market on Monday.\n"
    )
    assert [c.date for c in claims(text)] == [None]


def test_an_attack_weeks_before_the_report_gives_no_day() -> None:
    text = (
        "Seventeen people were killed in the camp, civil society leaders said.\n\n"
        "Armed men attacked the camp on October 2, residents said.\n"
    )
    assert [c.date for c in claims(text)] == [None]


def test_an_attack_at_another_place_gives_no_day() -> None:
    text = (
        "Seventeen people were killed in Bunia, civil society leaders said.\n\n"
        "Armed men attacked the village of Kalemba on Monday night, residents said.\n"
    )
    assert [c.date for c in claims(text)] == [None]


def test_a_relative_clause_that_tells_when_the_attack_happened_gives_its_day() -> None:
    # pairs-news-m study: "The attack, which occurred Monday evening, ..." was left out
    # with the relative clauses that date something else
    text = (
        "At least 40 people were killed in the camp, civil society leaders said.\n\n"
        "The attack, which occurred on Monday evening, targeted a crowd.\n"
    )
    assert [c.date for c in claims(text)] == ["2026-11-09"]


def test_a_relative_clause_of_another_thing_gives_no_day() -> None:
    text = (
        "At least 40 people were killed in the camp, civil society leaders said.\n\n"
        "The attack took place near the bridge that was bombed on Monday.\n"
    )
    assert [c.date for c in claims(text)] == [None]


def test_a_day_measured_from_the_attack_is_not_its_day() -> None:
    # re-trial 63: a blogger's "I went to Bulengo on Thursday, two days after the attack"
    # dated the blog's tolls by the visit
    text = (
        "I went to the camp on Tuesday, two days after the attack.\n\n"
        "The camp's committee now says 14 people were killed.\n"
    )
    assert [c.date for c in claims(text)] == [None]


def test_a_pages_update_stamp_gives_way_to_the_attacks_night() -> None:
    # trial 63: a radio's "Mis à jour le jeudi 12 novembre 2026 –" dated its tolls
    text = (
        "Mis à jour le mercredi 11 novembre 2026 – Dix-sept personnes ont été tuées, selon"
        " la société civile.\n\n"
        "Des hommes armés ont attaqué le camp dans la nuit du 9 au 10 novembre.\n"
    )
    assert [c.date for c in claims(text, "fr")] == [NIGHT]
