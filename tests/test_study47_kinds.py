"""Kinds read in study misses (ACLED, part a), on sentences written for the tests: a
part told with its own death verb after a toll ("including 5 women killed in the
market") adds nothing to it; two people counted once and given their fate by "both"
after are two victims."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.news_helpers import news_claims
from workbench.models import Category

REPORTED = dt.date(2025, 12, 1)


def _killed(text: str) -> list[tuple[int | None, str]]:
    return [(c.value, c.text) for c in news_claims(text, REPORTED) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text",
    [
        "Raiders killed 14 villagers on Monday, including 6 women killed at the well.",
        "Eleven people were killed, including 4 pupils who were killed in their classroom.",
    ],
)
def test_a_part_with_its_own_death_verb_is_a_part(text):
    killed = _killed(text)
    assert len(killed) == 2
    assert killed[1][1].startswith("including")


def test_a_second_toll_after_a_semicolon_is_no_part():
    killed = _killed("Raiders killed 14 villagers on Monday; 6 more were killed on Tuesday.")
    assert [value for value, _ in killed] == [14, 6]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A mortar hit a taxi carrying two traders, and both were killed.", Category.KILLED),
        ("The car carried two nurses; both of them died in the blast.", Category.KILLED),
        ("Gunmen shot at two farmers, and both were wounded.", Category.WOUNDED),
    ],
)
def test_two_people_whose_fate_both_gives(text, category):
    found = [c for c in news_claims(text, REPORTED) if c.value == 2]
    assert [c.category for c in found] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Two trucks were hit, and both were destroyed.",
        "The two sides both claimed victory on Monday.",
        "Two soldiers guarded the gate; both said 3 people were killed.",
    ],
)
def test_both_of_things_or_of_speakers_is_no_victim(text):
    found = [c for c in news_claims(text, REPORTED) if c.value == 2]
    assert not [c for c in found if c.category is Category.KILLED]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Several herders were killed, at least 9 according to a local chief.", 9),
        ("Many passengers were killed (at least 16) when the bus was attacked.", 16),
    ],
)
def test_a_vague_toll_restated_by_a_figure_is_one_claim_of_it(text, value):
    assert [v for v, _ in _killed(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Several herders were killed, 3 of them boys.",
        "Several herders were killed, 12 cattle stolen.",
    ],
)
def test_a_part_or_another_count_after_a_vague_toll_is_not_its_figure(text):
    assert [v for v, _ in _killed(text)] == [None]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A rocket killed 4 people, one a child, in the camp.", 4),
        ("Raiders killed 6 villagers, two of them women.", 6),
        ("Unknown gunmen killed 7, 4 of which were children.", 7),
    ],
)
def test_a_bare_count_described_after_a_toll_is_a_part(text, value):
    assert [v for v, _ in _killed(text)] == [value]


def test_a_list_of_counts_is_still_a_list():
    assert [v for v, _ in _killed("Raiders killed 3 soldiers, 2 traders and a nurse.")] == [3, 2, 1]
