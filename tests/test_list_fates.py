"""A list's fate told by "missing" (Colombia trial, session 50): "two soldiers, a police
patrolman, two election officials and one member of the indigenous group remain
missing" gave troops and other; each item is missing. Sentences written for the
tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def read(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three guards and a driver remain missing, the company said.",
            [("missing", 3), ("missing", 1)],
        ),
        (
            "Two fishermen and their captain were unaccounted for on Sunday.",
            [("missing", 2), ("missing", 1)],
        ),
        ("Five fishermen remain unaccounted for.", [("missing", 5)]),
    ],
)
def test_a_lists_items_are_missing(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "missing" as a noun's modifier, no predicate
        ("Divers searched for the missing 12 fishermen.", [("other", 12)]),
        ("The missing soldiers were found dead.", []),
    ],
)
def test_missing_before_a_noun_is_no_fate(text, expected):
    assert read(text) == expected
