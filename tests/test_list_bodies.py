"""A counted item's "of" phrase naming two bodies ("Three activists of the Awami League
and the Chhatra League"): members of both, one item, not a second victim (victim_lists,
`AND_BODY`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def read(text: str) -> list[tuple[str, float | None, str | None]]:
    claims = extract_claims(document_from_text("note.txt", text))
    return [(c.category.value, c.value, c.subject) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four activists of the Gono Party and the Chhatra Front were injured in Comilla.",
            [("wounded", 4, "activists")],
        ),
        (
            "Two supporters of Jamaat and Jubo Dal were shot dead near Feni.",
            [("killed", 2, "supporters")],
        ),
        (
            "Five members of the Krishak League and Sramik League sustained bullet injuries.",
            [("wounded", 5, "members")],
        ),
    ],
)
def test_members_of_two_bodies_are_one_count(text, expected):
    assert read(text) == expected


def test_a_counted_item_after_the_bodies_is_another_item():
    text = "Two members of the Rapid Action Battalion and three civilians were injured."
    assert read(text) == [("wounded", 2, "members"), ("wounded", 3, "civilians")]
