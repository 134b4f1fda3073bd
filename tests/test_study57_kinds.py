"""Extraction kinds found in the study halves and the trial read in session 57, each
named at its test. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category.value, c.low, c.high) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of time before "earlier" opening the sentence dates its own event
        ("A week earlier, gunmen killed 9 herders near Jos.", [("killed", 9, 9)]),
        (
            "Two days earlier, a bomb wounded 11 traders in the market of Gao.",
            [("wounded", 11, 11)],
        ),
        (
            "Soldiers repelled the raid on Sunday. Three hours earlier, 4 policemen were"
            " shot dead at a checkpoint.",
            [("killed", 4, 4)],
        ),
        # the same span after the deaths still dates an earlier event told as background
        (
            "Troops killed 6 militants who had killed 12 villagers two weeks earlier.",
            [("killed", 6, 6)],
        ),
        (
            "The raid came after a bomb killed 12 people a week earlier at the same market.",
            [],
        ),
    ],
)
def test_a_span_before_earlier_opening_its_sentence(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _figures(text) == expected
