"""Victims read predicate by predicate: deaths that did not happen or are told
elsewhere (extract/victims.py). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def killed(text: str) -> int:
    """The killed claims' low ends summed."""
    claims = extract_claims(document_from_text("t.txt", text))
    return sum(int(c.low or c.value or 0) for c in claims if c.category.value == "killed")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a body in a sentence that tells no finding: a death told elsewhere
        ("Villagers blocked the road by laying the body of a herder across it.", 0),
        ("The two sides swapped five prisoners and the body of a soldier.", 0),
        # negatives: a body found is a death of this report
        ("The body of a herder was found in a ditch near Kuri.", 1),
        ("Divers recovered the bodies of three fishermen.", 3),
        # "nearly" among the auxiliaries: no death
        ("Two thieves were nearly lynched by a crowd at the market.", 0),
        ("A suspect was caught and almost lynched in Kuri.", 0),
        ("Nearly 40 people were killed in the raid.", 40),
    ],
)
def test_deaths_not_of_this_report(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an age between the victim and "to death" / "dead"
        ("Robbers hacked trader Musa Bello, 52, to death at his shop.", 1),
        ("Gunmen left farmer Ali Sani, 35, dead on the road.", 1),
        ("Gunmen left Ali Sani, the chief of Kuri, wounded.", 0),
    ],
)
def test_an_age_before_the_result(text, total):
    assert killed(text) == total
