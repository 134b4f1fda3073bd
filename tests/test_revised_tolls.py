"""Revised tolls (extract/revisions.py): a later figure that replaces the one told
before it is read as a `killed` claim whose text holds the revising words. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def killed(text: str) -> list[Claim]:
    claims = extract_claims(document_from_text("t.txt", text))
    return [c for c in claims if c.category.value == "killed"]


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("Bandits killed 12 herders. The figure was raised to 19.", 19, "figure was raised to 19"),
        ("Raiders killed 3. The number was revised to eleven the next day.", 11, "revised"),
        ("A bomb killed two. The fatality count was later updated to 5.", 5, "count"),
        ("A blast killed four. Over the week the death toll from it rose to nine.", 9, "rose"),
        ("One died in the raid. The death total was raised from 1 to 3.", 3, "from 1 to 3"),
        ("Gunmen killed 30. Later the count was revised up to 44.", 44, "revised up to 44"),
        ("Militants killed at least six (a number later heightened to 13).", 13, "heightened"),
        ("A bomber killed 20 (later raised to 26) and wounded 40.", 26, "later raised to 26"),
        ("At least 61 were killed (later, 64) in the market.", 64, "later, 64"),
        ("Two died (later determined to be four) in the crash.", 4, "determined"),
        # an active revision: who revised it, then the total "from ... to ..."
        ("Police later raised the death toll from 8 to 15.", 15, "death toll from 8 to 15"),
        ("The governor updated the figure from 4 to 7 on Monday.", 7, "figure from 4 to 7"),
        ("Medics revised their toll upwards from 20 to 26.", 26, "toll upwards from 20 to 26"),
    ],
)
def test_a_revised_toll_is_read_with_its_words(text, figure, words):
    found = killed(text)
    revised = [c for c in found if c.low == figure]
    assert len(revised) == 1
    assert words in revised[0].text


def test_a_toll_revised_twice_gives_both_figures():
    found = killed("The death toll was raised to 40 and later to 52 by Sunday.")
    assert [c.low for c in found] == [40, 52]
    assert "later to 52" in found[1].text


@pytest.mark.parametrize(
    "text",
    [
        "The number of displaced rose to 3,000.",  # another fate
        "The number of injured later rose to 40.",
        "The total later rose to 12 attacks.",  # attacks, not dead
        "Troop numbers were raised to 5,000.",
        "The budget was raised to 2019 levels.",  # a year
        "The figure was raised to 30 percent.",
        "Police said the number of houses burned later rose to 40.",
    ],
)
def test_other_totals_are_no_revised_toll(text):
    assert killed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army raised the number of troops in Gao from 200 to 500.",
        "The ministry revised the toll of injured from 12 to 30 injured.",
        "Officials raised the fuel price from 500 to 650 francs.",
    ],
)
def test_an_active_revision_of_another_count_is_no_death_toll(text):
    assert killed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials updated the toll from 17.",
        "Gunmen kill 24 in Gao (adds details, updates toll from 17)",
        "The figure was later revised from nine, the ministry said.",
    ],
)
def test_the_toll_a_revision_replaced_is_no_claim(text):
    """A trial: "updates toll from 17" gave "17 troops" (the gunmen's number), and
    "updated the toll from 17" an "other" 17."""
    claims = extract_claims(document_from_text("t.txt", text))
    assert all(c.value != 17 and c.value != 9 for c in claims)
    assert [c.value for c in claims if c.category.value == "killed"] in ([], [24])
