"""One voice in two reports restates one statement only where an analyst would call
them one: one day, one place finer than a city, words beyond a formula
(match/statements.py); otherwise one writer's notes of two incidents are not
linked. Claims and sentences written for the tests, each rule with its negative."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_helpers import placed_claim, related
from tests.test_match_texts import links, load
from workbench.match import MatchInput, Relation
from workbench.match.features import features
from workbench.match.sites import shared_site
from workbench.match.statements import formula
from workbench.store.gazetteer import GazetteerFile

STORY = "On {day} June 2024, gunmen shot dead {n} herders at a watering point near {town}."


def _note(
    places: GazetteerFile,
    claim_id: int,
    town: str = "Garissa",
    low: int = 2,
    day: int | None = 5,
    published: str = "2024-06-06",
    sentence: str | None = None,
) -> MatchInput:
    """A note of one writer ("Coast Monitor"), in a report of its own, of `low`
    herders killed near `town` in Kenya, dated in its text to `day` June (None:
    undated)."""
    text = sentence or STORY.format(day=day or 5, n=low, town=town)
    return placed_claim(
        places,
        claim_id,
        town,
        low=low,
        country="Kenya",
        subject="herders",
        voice_id=1,
        voice="Coast Monitor",
        date=None if day is None else f"2024-06-{day:02d}",
        published=published,
        sentence=text,
        text=f"{low} herders",
    )


def test_one_note_sent_twice_restates(places: GazetteerFile) -> None:
    [(relation, reason)] = related(_note(places, 1), _note(places, 2))
    assert relation is Relation.RESTATES
    assert "the same voice in two reports" in reason


def test_one_writer_on_two_days_is_two_statements(places: GazetteerFile) -> None:
    # "on 5 June" and "on 6 June": another voice may tell one night's attack as two
    # days, but one writer does not move its own incident's day
    later = _note(places, 2, day=6, published="2024-06-07")
    assert related(_note(places, 1), later) == []


def test_undated_notes_of_one_writer_a_day_apart_are_two_statements(
    places: GazetteerFile,
) -> None:
    first = _note(places, 1, day=None, published="2024-06-06")
    assert related(first, _note(places, 2, day=None, published="2024-06-07")) == []
    # the same day's two reports restate
    [(relation, _)] = related(first, _note(places, 3, day=None, published="2024-06-06"))
    assert relation is Relation.RESTATES


def test_one_writer_at_two_places_of_one_country_is_two_statements(
    places: GazetteerFile,
) -> None:
    # a place the gazetteer does not know and a town: they agree only as Kenya
    unknown = _note(places, 1, town="Qoqani wells")
    assert related(unknown, _note(places, 2, town="Garissa")) == []


@pytest.mark.parametrize(
    "line", ["2 fatalities.", "Fatalities coded as 2.", "Two deaths reported."]
)
def test_a_formula_line_restates_nothing_across_reports(places: GazetteerFile, line: str) -> None:
    first = _note(places, 1, sentence=line)
    assert formula(features(first))
    assert related(first, _note(places, 2, sentence=line)) == []
    assert not formula(features(_note(places, 3)))  # a story told


def test_one_writer_in_a_city_restates_only_word_for_word(places: GazetteerFile) -> None:
    # Nairobi is a city of millions: two notes there that day may tell two incidents
    def city(claim_id: int, site: str) -> MatchInput:
        sentence = f"On 5 June 2024, gunmen shot dead a trader {site} in Nairobi."
        return _note(places, claim_id, town="Nairobi", low=1, sentence=sentence)

    assert related(city(1, "near the bus terminus"), city(2, "outside a bank on Moi Avenue")) == []
    [(relation, _)] = related(city(3, "near the bus terminus"), city(4, "near the bus terminus"))
    assert relation is Relation.RESTATES


def test_one_voice_revising_its_toll_the_same_day_still_contradicts(
    places: GazetteerFile,
) -> None:
    [(relation, reason)] = related(_note(places, 1, low=12), _note(places, 2, low=19))
    assert relation is Relation.CONTRADICTS
    assert "the same voice gives another toll" in reason
    # but not a toll of another day
    assert related(_note(places, 1, low=12), _note(places, 3, low=19, day=7)) == []


def test_a_city_spelled_its_own_way_is_no_site_of_it(places: GazetteerFile) -> None:
    # "Ar-Raqqa city" is the gazetteer's Ar Raqqah, not a site both reports name
    def raqqa(claim_id: int, where: str, sentence: str) -> MatchInput:
        return placed_claim(places, claim_id, where, low=1, country="Syria", sentence=sentence)

    one = raqqa(1, "Ar-Raqqa city", "Gunmen shot a guard near the bakery in Ar-Raqqa city.")
    two = raqqa(2, "Ar-Raqqa", "Gunmen shot a guard on the ring road in Ar-Raqqa.")
    assert shared_site(features(one), features(two)) is None
    # a site both name is still one
    three = raqqa(3, "Ar-Raqqa", "Gunmen shot a guard near Naim Square in Ar-Raqqa.")
    four = raqqa(4, "Ar-Raqqa's Naim Square", "A guard was shot in Ar-Raqqa's Naim Square.")
    assert shared_site(features(three), features(four)) == "naim square"


def test_a_later_undated_report_of_one_voice_may_revise_its_toll(places: GazetteerFile) -> None:
    # "on 5 June" 12 herders, and three days on, undated, 19: the voice's revision
    later = _note(places, 2, low=19, day=None, published="2024-06-09")
    [(relation, _)] = related(_note(places, 1, low=12), later)
    assert relation is Relation.CONTRADICTS
    # two undated notes a day apart with two tolls are two days' notes
    first = _note(places, 3, low=12, day=None, published="2024-06-06")
    assert related(first, _note(places, 4, low=19, day=None, published="2024-06-07")) == []


def test_one_writer_in_a_region_restates_only_word_for_word(places: GazetteerFile) -> None:
    # Garissa County and a place of it the gazetteer does not know... both placed only
    # in the county: a region sees many incidents a day
    def county(claim_id: int, sentence: str) -> MatchInput:
        return _note(places, claim_id, town="Garissa County", sentence=sentence)

    first = "On 5 June 2024, raiders shot dead two herders at a borehole in Garissa County."
    second = "On 5 June 2024, raiders shot dead two herders on the Dadaab road in Garissa County."
    assert related(county(1, first), county(2, second)) == []
    [(relation, _)] = related(county(3, first), county(4, first))
    assert relation is Relation.RESTATES


def test_a_mass_toll_relayed_in_a_city_is_one_statement(tmp_path: Path) -> None:
    # two outlets quoting the police of one city on one day: fourteen wounded is no
    # formula's figure, and a city seldom sees two such blasts a day from one voice
    bench = load(
        tmp_path,
        ("Police said 14 people were wounded in the blast at a Kano market.", "2019-05-06"),
        ("Fourteen people were injured in a blast at a market in Kano, police said.", "2019-05-06"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "restates" and "the same voice in two reports" in reason


def test_a_small_toll_relayed_in_a_city_stays_two_statements(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Police said 2 people were wounded in a shooting in Kano.", "2019-05-06"),
        ("Two people were injured in a shooting in Kano, police said.", "2019-05-06"),
    )
    assert links(bench) == []


def test_one_mass_toll_of_one_voice_placed_differently_is_one_statement(
    tmp_path: Path,
) -> None:
    """pairs-news-d's study half: two outlets relay the government's 54 soldiers, one
    in "northern Benin", one in "the W National Park" the gazetteer does not know: they
    meet only at the country, and the same mass toll of one voice there is one statement."""
    bench = load(
        tmp_path,
        (
            "54 soldiers were killed on 17 April in northern Benin, the government of Benin said.",
            "2025-04-23",
        ),
        (
            "54 soldiers were killed on 17 April in the W Park, the government of Benin said.",
            "2025-04-24",
        ),
    )
    [(relation, reason)] = links(bench)
    assert relation == "restates" and "the same voice in two reports" in reason


def test_one_small_toll_of_one_voice_in_one_country_stays_two(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "3 soldiers were killed on 17 April in northern Benin, the government of Benin said.",
            "2025-04-23",
        ),
        (
            "3 soldiers were killed on 17 April in the W Park, the government of Benin said.",
            "2025-04-24",
        ),
    )
    assert links(bench) == []
