"""Matching one incident's reports whose tolls move (issue 16), on claims written for
the tests: a figure restated in one report whose copy is the one another report's
claim can meet; an incident dated only by its month; bodies found, a floor of the
toll; one person quoted under two spellings of a name, one voice; each with its
negative."""

from __future__ import annotations

import pytest

from tests.match_helpers import placed_claim, related
from workbench.events import independent_voices
from workbench.match import MatchInput, Relation, match
from workbench.match.speakers import same_speaker, speaker
from workbench.store.gazetteer import GazetteerFile

claim = placed_claim


def _headline_and_body(places: GazetteerFile) -> tuple[MatchInput, MatchInput]:
    """One report's figure twice, by one voice: undated in its headline, dated in its
    body ("44 killed in Gao" and "the toll rose to 44 on Wednesday")."""
    headline = claim(places, 1, "Gao", low=44, date=None, published="2024-06-06")
    body = claim(places, 2, "Gao", low=44, document_id=1, voice_id=1, voice="voice 1")
    return headline, body


def _pairs(claims: list[MatchInput]) -> set[tuple[int, int, Relation]]:
    return {(s.a, s.b, s.relation) for s in match(claims, claims)}


def test_a_copy_keeps_the_link_its_original_cannot_make(places: GazetteerFile) -> None:
    # a report eight days on that dates nothing meets the dated body, not the undated
    # headline (two undated reports whose weeks do not meet are two incidents' news;
    # four days on, a town's mass killing's weeks meet: timing.massacre_weeks_meet)
    headline, body = _headline_and_body(places)
    later = claim(places, 3, "Gao", low=44, date=None, published="2024-06-14")
    assert _pairs([headline, body, later]) == {
        (1, 2, Relation.RESTATES),
        (2, 3, Relation.CORROBORATES),
    }


def test_a_copy_gives_up_the_link_its_original_makes(places: GazetteerFile) -> None:
    # the next day's report meets the headline: the other voice links to one claim
    headline, body = _headline_and_body(places)
    next_day = claim(places, 3, "Gao", low=44, date=None, published="2024-06-07")
    assert _pairs([headline, body, next_day]) == {
        (1, 2, Relation.RESTATES),
        (1, 3, Relation.CORROBORATES),
    }


def test_a_month_ties_to_a_day_only_in_a_report_of_the_same_day(
    places: GazetteerFile,
) -> None:
    # "the truck bomb in October killed 512" and "the bomb on 14 October killed 512",
    # both reported on the same day, at country level: one incident
    day = claim(places, 1, "Mali", low=512, date="2024-06-14", published="2024-07-30")
    month = claim(places, 2, "Bankass", low=512, date="2024-06", published="2024-07-30")
    [(relation, reason)] = related(day, month)
    assert relation is Relation.CORROBORATES and "same country: Mali" in reason


def test_a_month_recalled_weeks_later_is_no_tie_to_one_day(places: GazetteerFile) -> None:
    # 92 soldiers killed on 14 June, and "nearly 100 soldiers were killed last month"
    # in a report of a counter-offensive weeks later: only the country ties them
    day = claim(places, 1, "Mali", low=92, date="2024-06-14", published="2024-06-15")
    month = claim(places, 2, "Bankass", low=92, date="2024-06", published="2024-07-09")
    assert related(day, month) == []
    # two claims each dated to a day, at country level, still agree on one day
    dated = claim(places, 3, "Bankass", low=92, date="2024-06-14", published="2024-07-09")
    [(relation, _)] = related(day, dated)
    assert relation is Relation.CORROBORATES


def test_bodies_found_are_a_floor_of_the_toll(places: GazetteerFile) -> None:
    # "three bodies were discovered" as the cremation crews count 171 dead
    bodies = claim(places, 1, "Bankass", low=3, subject="bodies")
    toll = claim(places, 2, "Bankass", low=171, subject="men")
    [(relation, reason)] = related(bodies, toll)
    assert relation is Relation.CORROBORATES
    # the reason says why 3 and 171 share values: the bodies are a floor (trial 56)
    assert "3 (bodies found: more may be) vs 171 killed: intervals overlap" in reason


def test_three_people_killed_against_171_contradicts(places: GazetteerFile) -> None:
    people = claim(places, 1, "Bankass", low=3, subject="people")
    toll = claim(places, 2, "Bankass", low=171, subject="people")
    [(relation, reason)] = related(people, toll)
    assert relation is Relation.CONTRADICTS and "intervals disjoint" in reason


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("Dieudonné Duranthabo", "civil society coordinator Dieudonne Duranthabo", True),
        ("Lt Gen Ahmed Sharif Chaudhry", "Ahmed Sharif", True),
        ("Uganda Police Spokesperson Fred Enanga", "Fred Enanga", True),
        ("Ahmed Sharif", "Ahmed Khan", False),  # two persons
        ("Borno State Police", "Borno State Government", False),  # two bodies
        ("Enanga", "Mr Enanga", False),  # a surname alone names nobody for sure
        ("PML Daily", "PML Daily (Uganda)", False),  # an outlet: its voice, not a person's
    ],
)
def test_one_person_under_two_spellings_is_one_speaker(first: str, second: str, one: bool) -> None:
    assert same_speaker(speaker(first), speaker(second)) is one


def test_one_person_relayed_under_two_spellings_restates(places: GazetteerFile) -> None:
    told = "Dieudonne Duranthabo said 21 civilians were killed in Bankass on Wednesday."
    first = claim(places, 1, "Bankass", low=21, voice="Dieudonné Duranthabo", sentence=told)
    second = claim(places, 2, "Bankass", low=21, voice="Dieudonne Duranthabo", sentence=told)
    [(relation, reason)] = related(first, second)
    assert relation is Relation.RESTATES
    assert "the same voice in two reports ('Dieudonné Duranthabo' ~ 'Dieudonne" in reason
    # two persons of one first name are two witnesses
    other = claim(places, 3, "Bankass", low=21, voice="Dieudonné Kambale")
    [(relation, _)] = related(first, other)
    assert relation is Relation.CORROBORATES


def test_one_person_under_two_spellings_is_one_independent_voice(
    places: GazetteerFile,
) -> None:
    quoted = [
        claim(places, 1, "Bankass", voice="Lt Gen Ahmed Sharif Chaudhry", sentence="a"),
        claim(places, 2, "Bankass", voice="Ahmed Sharif", sentence="b"),
        claim(places, 3, "Bankass", voice="Bankass mayor Amadou Traoré", sentence="c"),
    ]
    origins = independent_voices(quoted)
    assert origins[1] == origins[2] != origins[3]
