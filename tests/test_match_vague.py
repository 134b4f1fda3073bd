"""A vague word ("dozens", "scores of") states no count: it corroborates a figure
inside its interval, weighs less than a stated count, and never disputes one on its
own. Sentences written for the tests."""

from __future__ import annotations

from tests.match_helpers import placed_claim
from workbench.match import MatchInput, Relation, match
from workbench.store.gazetteer import GazetteerFile


def wounded(
    places: GazetteerFile,
    claim_id: int,
    text: str,
    low: int,
    high: int | None,
    qualifier: str = "exact",
) -> MatchInput:
    """A wounded count in Bankass, of a report and voice of its own."""
    return placed_claim(
        places,
        claim_id,
        "Bankass",
        low,
        high=high,
        value=None if qualifier.startswith("vague:") else low,
        qualifier=qualifier,
        text=text,
        sentence=f"A bomb at the market in Bankass, {text}.",
        subject="people",
        category="wounded",
    )


def links(claims: list[MatchInput]) -> dict[tuple[int, int], tuple[Relation, float]]:
    return {(s.a, s.b): (s.relation, s.score) for s in match(claims, claims)}


def test_a_vague_word_never_disputes_a_stated_count(places: GazetteerFile) -> None:
    scores = wounded(places, 1, "wounding scores of shoppers", 40, 99, "vague:scores")
    over = wounded(places, 2, "more than 120 were injured", 120, None, "more_than")
    assert links([scores, over]) == {}
    # two stated counts that far apart still dispute each other
    sixty = wounded(places, 3, "60 were injured", 60, 60)
    assert links([sixty, over])[(2, 3)][0] is Relation.CONTRADICTS


def test_a_vague_word_inside_its_interval_corroborates_but_weighs_less(
    places: GazetteerFile,
) -> None:
    dozens = wounded(places, 1, "dozens were hurt", 24, 99, "vague:dozens")
    thirty = wounded(places, 2, "30 were injured", 30, 30)
    about = wounded(places, 3, "about 30 were injured", 27, 33, "about")
    found = links([dozens, thirty, about])
    assert found[(1, 2)][0] is Relation.CORROBORATES
    assert found[(2, 3)][0] is Relation.CORROBORATES
    assert found[(1, 2)][1] < found[(2, 3)][1]
