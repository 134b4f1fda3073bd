"""A toll revised with its direction said ("the figure was later revised upward to
fourteen", "the count was adjusted downwards to 7") is a revision, read as one killed
claim with its revising words (issue 13, paraphrase robustness). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


def killed(text: str) -> list[tuple[str, int]]:
    """The killed claims the public API extracts from `text`: text and figure."""
    claims = extract_claims(document_from_text("x.txt", text))
    return [(c.text, c.low) for c in claims if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Raiders killed six herders in Tudu; the figure was later revised upward to eleven.", 11),
        ("Raiders killed six herders in Tudu. The death toll was revised upwards to 13.", 13),
        ("Raiders killed six herders in Tudu. The count was later revised downward to 5.", 5),
        ("Raiders killed six herders in Tudu. The toll has since gone up to 9.", 9),
    ],
)
def test_revision_with_its_direction(text: str, figure: int) -> None:
    found = killed(text)
    assert found[-1][1] == figure and "to" in found[-1][0], found
    assert len(found) == 2, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # another fate's total, revised: no death
        ("The number of displaced was revised upward to 3,000 in 2019.", []),
        ("The number of injured was later revised upwards to 40.", []),
        # a year after the direction is no figure of the dead
        ("The budget was revised upward in 2019.", []),
    ],
)
def test_revision_negatives(text: str, expected: list[tuple[str, int]]) -> None:
    assert killed(text) == expected
