"""A toll of none against another voice's toll of one street incident (trial 76: a police
chief's "no one was killed" in the day's clashes and a rights group's "at least five
killed" in them were never linked, in English or French). Claims made for the tests,
placed by the shipped gazetteer; each rule with its negatives (match/none_incidents.py)."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.store.gazetteer import GazetteerFile


def claim(
    places: GazetteerFile, claim_id: int, city: str, country: str, low: int, sentence: str
) -> MatchInput:
    """A killed count of a voice and report of its own, told on 5 June 2024 in `city`."""
    subject = None if low == 0 else "people"
    return placed_claim(
        places, claim_id, city, low, country=country, sentence=sentence, subject=subject
    )


def test_a_none_of_the_days_clashes_contradicts_a_toll_of_them(places: GazetteerFile) -> None:
    toll = claim(
        places,
        1,
        "Nairobi",
        "Kenya",
        6,
        "At least 6 people were killed in clashes between protesters and police in Nairobi.",
    )
    none = claim(
        places,
        2,
        "Nairobi",
        "Kenya",
        0,
        "The police spokesman said nobody was killed during Tuesday's protests in the capital.",
    )
    assert [r for r, _ in related(toll, none)] == [Relation.CONTRADICTS]


def test_a_none_of_the_days_riots_contradicts_a_toll_in_french(places: GazetteerFile) -> None:
    toll = claim(
        places,
        1,
        "Abidjan",
        "Ivory Coast",
        4,
        "Au moins 4 personnes ont été tuées lors des heurts entre manifestants et policiers.",
    )
    none = claim(
        places,
        2,
        "Abidjan",
        "Ivory Coast",
        0,
        "« Aucun mort n'est à déplorer » lors des manifestations, a assuré le ministre.",
    )
    assert [r for r, _ in related(toll, none)] == [Relation.CONTRADICTS]


def test_a_none_of_a_blast_keeps_to_its_own_report(places: GazetteerFile) -> None:
    # negatives: a bomb's none in a city against another report's toll that day; a
    # none of clashes against a bombing's toll
    toll = claim(
        places,
        1,
        "Lahore",
        "Pakistan",
        4,
        "Four people were killed when a bomb exploded near a market in Lahore.",
    )
    blast = claim(
        places,
        2,
        "Lahore",
        "Pakistan",
        0,
        "No one was hurt in the blast outside the courthouse, police said.",
    )
    clashes = claim(
        places,
        3,
        "Lahore",
        "Pakistan",
        0,
        "No one was killed in the clashes between traders and police, officials said.",
    )
    week = claim(
        places,
        4,
        "Lahore",
        "Pakistan",
        11,
        "Across the country, at least 11 people have been killed in protests this week.",
    )
    assert related(toll, blast) == []
    assert related(toll, clashes) == []
    assert related(week, clashes) == []
