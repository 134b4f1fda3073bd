"""A toll that may pass a figure is a hedged lower bound (session 45, the DR Congo
trial: "a local leader told Actualite.cd that the death toll could exceed 70" gave
nothing). Sentences written for these tests, with negatives."""

from __future__ import annotations

import pytest

from tests.test_claims import claims_in


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("A chief told reporters that the death toll could exceed 45.", 45),
        ("The number of dead may surpass 120, a nurse said.", 120),
        ("Officials fear the toll will rise above 30.", 30),
    ],
)
def test_a_toll_that_may_pass_a_figure_is_a_hedged_lower_bound(sentence: str, figure: int):
    (claim,) = claims_in(sentence)
    assert (claim.category, claim.qualifier, claim.low, claim.hedged) == (
        "killed",
        "more_than",
        figure,
        True,
    )


def test_exceeding_a_figure_bounds_any_count_and_a_modal_alone_reads_nothing_new():
    (troops,) = claims_in("The force will exceed 5,000 soldiers by June, the ministry said.")
    assert troops.qualifier == "more_than" and troops.low == 5000
    assert claims_in("Officials fear the toll will climb, a nurse said.") == []
