"""A report's toll that its own tolls of two families sum to ("a soldier was killed",
"a farmer was killed", "two people died in all") counts the dead of both: it is no
count of one family's dead in another report (match/parts.py `_mark_sums`, relate
`_conflict`). Claims written for the tests, with their negatives."""

from __future__ import annotations

from tests.match_helpers import placed_claim
from workbench.match import MatchInput, Relation, match
from workbench.store.gazetteer import GazetteerFile


def _toll(places: GazetteerFile, claim_id: int, low: int, subject: str, report: int) -> MatchInput:
    """A toll of `low` `subject` killed in Garissa on 5 June, in report `report`."""
    return placed_claim(
        places,
        claim_id,
        "Garissa",
        low=low,
        country="Kenya",
        subject=subject,
        document_id=report,
        voice_id=report,
        voice=f"voice {report}",
        sentence=f"Raiders killed {low} {subject} in Garissa on Wednesday.",
        text=f"{low} {subject}",
    )


def _links_to(claims: list[MatchInput], claim_id: int) -> set[tuple[int, Relation]]:
    found = match(claims, claims)
    return {(s.a if s.b == claim_id else s.b, s.relation) for s in found if claim_id in (s.a, s.b)}


def _note(places: GazetteerFile, second: str) -> list[MatchInput]:
    """One report: a soldier, a `second`, and two people in all."""
    return [
        _toll(places, 1, 1, "soldier", 1),
        _toll(places, 2, 1, second, 1),
        _toll(places, 3, 2, "people", 1),
    ]


def test_two_families_sum_is_no_count_of_one_family(places: GazetteerFile) -> None:
    other = _toll(places, 9, 2, "policemen", 2)
    linked = _links_to([*_note(places, "farmer"), other], 9)
    assert {claim for claim, _ in linked if claim == 3} == set()
    # the soldier may be one of them: a part of a toll, related
    assert linked == {(1, Relation.RELATED)}


def test_two_families_sum_is_a_count_of_people(places: GazetteerFile) -> None:
    other = _toll(places, 9, 2, "people", 2)
    assert (3, Relation.CORROBORATES) in _links_to([*_note(places, "farmer"), other], 9)


def test_one_familys_sum_still_counts_that_family(places: GazetteerFile) -> None:
    # a soldier and a gendarme: both security forces, so two people in all are theirs
    other = _toll(places, 9, 2, "policemen", 2)
    assert (3, Relation.CORROBORATES) in _links_to([*_note(places, "gendarme"), other], 9)
