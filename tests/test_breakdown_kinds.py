"""A figure's category where the noun alone misread it (issue 13, kinds37): a part named
after a toll is a breakdown of that toll ("..., including 5 children": the toll's
category, not `other`, and not added to it); a part of a whole no figure counts ("many
wounded, including two children") is no figure at all; detainees and prisoners are
`arrested` only where the text tells an arrest. Sentences written for these tests,
with their negatives."""

import pytest

from tests.conftest import claims_in, load_benchmark
from workbench.models import Category

toll = load_benchmark("real_text").toll
K, W = Category.KILLED, Category.WOUNDED


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.category.value, c.value, c.text) for c in claims_in(text)]


@pytest.mark.parametrize(
    "text",
    [
        "At least 21 people – nine of them children – have been killed in air strikes.",
        "At least 21 people (nine of them children) were killed in the shelling.",
    ],
)
def test_a_partitive_set_off_after_a_tolls_noun_is_no_claim_of_its_own(text):
    """Gaza trial, session 50: "eight of them children" between dashes was `other`;
    set off by commas it gives no claim, read with its toll (victims.py)."""
    claims = claims_in(text)
    assert [(c.category, c.value) for c in claims] == [(K, 21)]


@pytest.mark.parametrize(
    ("text", "part", "category"),
    [
        ("The death toll reached 52, including 7 women.", "including 7 women", K),
        ("At least 19 people died in the fire, including 6 pupils.", "including 6 pupils", K),
        ("The ambush left 14 dead, including three police officers.", None, K),
        ("The army said 31 soldiers were killed, including 2 colonels.", None, K),
        ("Forty villagers were injured, including 11 children, a nurse said.", None, W),
        ("The fatality figure was 27, among them 4 aid workers.", "among them 4 aid workers", K),
        ("Bandits killed 9 herders. Those killed included 3 boys.", None, K),
    ],
)
def test_a_part_named_after_a_toll_is_its_breakdown(text, part, category):
    claims = claims_in(text)
    whole, piece = claims[0], claims[-1]
    assert piece.category is category and whole.category is category
    assert piece.value < whole.value
    assert piece.text.lower().startswith(("including", "among", "those"))
    if part is not None:
        assert piece.text == part
    # a breakdown adds nothing to the toll
    assert toll(claims, category) == whole.value


@pytest.mark.parametrize(
    "text",
    [
        "The clinic received many wounded, three of them in a critical condition.",
        "Doctors treated many of the injured, including four children.",
        "A large number of people were killed, including 12 pupils.",
    ],
)
def test_a_part_of_a_whole_no_figure_counts_is_no_figure(text):
    # the part is no claim; the whole a vague word counts is one with no figure
    counted = [c for c in claims_in(text) if c.category in (K, W, Category.OTHER)]
    assert [(c.value, c.low, c.high) for c in counted if c.low is not None] == []


def test_a_part_that_meets_another_fate_stays_its_fate():
    [claim] = claims_in("The hospital took in many of the wounded, two of whom later died.")
    assert (claim.category, claim.value) == (K, 2)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # parts of a whole that is no casualty stay what they count
        ("The mission deployed 450 troops, including 60 women.", Category.OTHER),
        ("The convoy of 30 trucks, including 4 tankers, reached Gao.", Category.OTHER),
    ],
)
def test_a_part_of_no_toll_is_not_a_casualty(text, category):
    assert claims_in(text)[-1].category is category


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police arrested 64 detainees in a night raid.", [("arrested", 64)]),
        ("Soldiers took 25 prisoners after the battle.", [("arrested", 25)]),
        ("Seventeen detainees were taken into custody.", [("arrested", 17)]),
        ("Police made 38 arrests on Sunday.", [("arrested", 38)]),
        # held, released, escaped or exchanged: no arrest of this report
        ("Some 73 detainees escaped from the prison in Kuri.", [("other", 73)]),
        ("The rebels demanded the release of 15 prisoners.", [("other", 15)]),
        ("Rebels and the army exchanged 40 prisoners on Tuesday.", [("other", 40)]),
        ("The camp holds 900 detainees, the ministry said.", [("other", 900)]),
        # detainees as the victims
        ("Guards killed 11 detainees during the riot.", [("killed", 11)]),
        ("Six prisoners were shot dead in the yard.", [("killed", 6)]),
    ],
)
def test_detainees_are_arrested_only_where_an_arrest_is_told(text, found):
    assert [(c.category.value, c.value) for c in claims_in(text)] == found
