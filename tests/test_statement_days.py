"""The day a statement was made is not the attack's (issue 13, kind 8), in the ways
a trial's reports told it: a medium told ("told AFP news agency on Wednesday", "told
local radio on Monday"), and a later count at the story's own place with only the
day it was said ("Another 63 were wounded, authorities said on Saturday"): both take
the attack's day told before. A count elsewhere keeps its statement's day, as does a
story with no attack's day. Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import claims_in
from workbench.extract.date_context import states

PUBLISHED = dt.date(2025, 6, 5)  # a Thursday
LEAD = "Gunmen killed at least 21 people in an attack on a market in Tiltanga on Tuesday."


def _dates(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(c.category, c.low, c.date) for c in claims_in(text, PUBLISHED)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor told AFP news agency on Wednesday.",
        "The mayor told the French news agency AFP on Wednesday.",
        "The mayor told local radio on Wednesday.",
        "The mayor told Reuters on Wednesday.",
    ],
)
def test_a_medium_told_is_a_statement_day(sentence: str) -> None:
    at = sentence.index("Wednesday")
    assert states(sentence, 0, len(sentence), at, at + len("Wednesday"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked a radio station on Wednesday.",
        "Gunmen attacked the AFP news agency office on Wednesday.",
    ],
)
def test_a_medium_attacked_is_no_statement(sentence: str) -> None:
    at = sentence.index("Wednesday")
    assert not states(sentence, 0, len(sentence), at, at + len("Wednesday"))


def test_a_toll_told_to_a_medium_takes_the_attacks_day() -> None:
    told = '"We counted 23 dead in the attack," the mayor told AFP news agency on Wednesday.'
    text = f"{LEAD} {told}"
    assert _dates(text) == [("killed", 21, "2025-06-03"), ("killed", 23, "2025-06-03")]


def test_a_later_count_at_the_storys_place_takes_the_attacks_day() -> None:
    text = f"{LEAD} Another 40 were wounded in Tiltanga, officials said on Wednesday."
    assert _dates(text)[-1] == ("wounded", 40, "2025-06-03")


def test_a_count_elsewhere_keeps_the_day_it_was_said() -> None:
    text = f"{LEAD} Separately, the army said on Wednesday that 9 militants were killed in Kouri."
    assert _dates(text)[-1] == ("killed", 9, "2025-06-04")


def test_with_no_attacks_day_told_the_statements_day_is_kept() -> None:
    text = "Another 40 were wounded in Tiltanga, officials said on Wednesday."
    assert _dates(text) == [("wounded", 40, "2025-06-04")]
