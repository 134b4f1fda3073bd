"""One death told in the present of Wikipedia's lists, or of a victim named with "the"
before "who died" (singular.py, victim_words.LATER_DIED). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def killed(text: str) -> list[float | None]:
    claims = extract_claims(document_from_text("list.txt", text))
    return [c.value for c in claims if c.category.value == "killed"]


@pytest.mark.parametrize(
    "text",
    [
        "Two men seize the consul and beat him until he dies.",
        "A gunman stabs a border guard, who dies of his wounds.",
        "The attackers fire at his car until he bleeds and chokes to death.",
        "The sniper shot the district judge, who died on the way to hospital.",
        "He bled to death outside the courthouse.",
    ],
)
def test_one_death_told_in_the_present_or_of_a_named_victim(text):
    assert killed(text) == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the man who died protested outside the station.",
        "Police shot the suspect, who was arrested at the scene.",
        "The consul fears he dies a little each day in exile.",
    ],
)
def test_no_death_of_the_victim_told(text):
    assert killed(text) == []
