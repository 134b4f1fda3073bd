"""Kinds of cross-source pairs (issue 16) that matching read wrongly, each rule with a
negative: one city's bombing told with two tolls; an open floor far below another
report's figure; a count of fighters in a word of no known family; a count's own span
of counting. Claims and sentences written for the tests."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import Relation
from workbench.match.apart import conflict
from workbench.match.features import features
from workbench.match.several import counts_several
from workbench.store.gazetteer import GazetteerFile


def in_city(places: GazetteerFile, claim_id: int, low: int, sentence: str, **fields: object):
    """A toll in Nairobi the day a report of 10 March 2025 dates it."""
    given: dict[str, object] = {
        "country": "Kenya",
        "date": "2025-03-09",
        "published": "2025-03-10",
        "sentence": sentence,
        "subject": "people",
        "text": f"{low} people",
        **fields,
    }
    return placed_claim(places, claim_id, "Nairobi", low, **given)


def test_one_citys_bombing_told_with_two_small_tolls_is_one_dispute(
    places: GazetteerFile,
) -> None:
    one = in_city(places, 1, 1, "A bomb exploded at a church in Nairobi, killing 1 people.")
    two = in_city(places, 2, 2, "Two people died when a bomb went off in Nairobi on Sunday.")
    [(relation, _)] = related(one, two)
    assert relation is Relation.CONTRADICTS


def test_two_small_shootings_in_one_city_stay_apart(places: GazetteerFile) -> None:
    # a city sees many shootings a day: a shared means that common ties nothing
    one = in_city(places, 1, 1, "Gunmen shot dead 1 people in Nairobi on Sunday.")
    two = in_city(places, 2, 2, "Two people were shot dead in Nairobi on Sunday.")
    assert related(one, two) == []


def floor(places: GazetteerFile, claim_id: int, low: int, high: int | None, qualifier: str):
    return placed_claim(
        places,
        claim_id,
        "Bol",
        low,
        country="Chad",
        high=high,
        value=None if high is None or high != low else low,
        qualifier=qualifier,
        subject="soldiers",
        date="2025-03-23",
        published="2025-03-24",
        sentence=f"{low} soldiers were killed near Bol on Sunday.",
        text=f"{low} soldiers",
    )


def test_an_open_floor_far_below_a_figure_disputes_it(places: GazetteerFile) -> None:
    at_least = floor(places, 1, 40, None, "at_least")
    about = floor(places, 2, 117, 143, "about")  # "about 130"
    [(relation, reason)] = related(at_least, about)
    assert relation is Relation.CONTRADICTS
    assert "floor lies far below" in reason


def test_an_open_floor_near_a_figure_corroborates_it(places: GazetteerFile) -> None:
    more_than = floor(places, 1, 40, None, "more_than")
    [(relation, _)] = related(more_than, floor(places, 2, 57, 57, "exact"))
    assert relation is Relation.CORROBORATES
    # two floors state no figure to dispute
    [(relation, _)] = related(
        floor(places, 3, 12, None, "at_least"), floor(places, 4, 40, None, "at_least")
    )
    assert relation is Relation.CORROBORATES


def fighters(places: GazetteerFile, claim_id: int, subject: str):
    return placed_claim(
        places,
        claim_id,
        "Garissa",
        4,
        country="Kenya",
        subject=subject,
        date="2025-05-02",
        published="2025-05-03",
        sentence=f"Police killed four {subject} in a raid in Garissa on Friday.",
        text=f"four {subject}",
    )


def test_an_armed_group_and_a_word_of_no_family_are_no_conflict(
    places: GazetteerFile,
) -> None:
    militants = features(fighters(places, 1, "militants"))
    # "key commanders" names no family the table knows: no other family than militants
    assert not conflict(militants, features(fighters(places, 2, "key commanders")))
    # "four attackers" and "four people killed": the attackers' dead and their victims
    assert conflict(militants, features(fighters(places, 3, "people")))
    assert conflict(militants, features(fighters(places, 4, "soldiers")))


def test_how_long_a_count_took_is_no_span_of_killing() -> None:
    counted = "Three bomb blasts on Sunday caused 80 deaths (as counted over several days) in Kano."
    assert not counts_several("80 deaths", counted, "Kano")
    rioting = "About 30 people were killed over two days of rioting in Kano."
    assert counts_several("30 people were killed", rioting, "Kano")
