"""A part of people a participle counts, and what befell the part (extract/
partitive_fates.py): "Six out of 40 people injured in the attack died" is 40 wounded
and six dead, not six wounded and 40 dead (Mogadishu trial, session 50). Sentences
written for the tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def read(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five out of 32 people injured in the blast died in hospital.",
            [("killed", 5), ("wounded", 32)],
        ),
        (
            "Three of the 18 passengers wounded in the ambush were later killed.",
            [("killed", 3), ("wounded", 18)],
        ),
    ],
)
def test_the_whole_takes_the_participles_fate_the_part_the_verbs(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole told first, the part after it: read as it was
        ("Of the 32 people injured, five died.", [("wounded", 32), ("killed", 5)]),
        # two counts of one fate, no partitive between them
        ("Five people were injured and 32 were wounded.", [("wounded", 5), ("wounded", 32)]),
    ],
)
def test_counts_with_no_part_of_a_participles_whole_stay_as_read(text, expected):
    assert read(text) == expected
