"""People set ablaze by a mob, told in the active voice (issue 13, paraphrase
robustness): "Villagers set ablaze two suspected rustlers", "a crowd set three alleged
robbers on fire" are deaths, as the passive "were set ablaze" is; the same verbs with
things ("set two lorries ablaze") are not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category


def killed(text: str) -> list[int]:
    """The figures of the killed claims the public API extracts from `text`."""
    claims = extract_claims(document_from_text("x.txt", text))
    return [c.low for c in claims if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Villagers in Idu set ablaze two suspected rustlers on 4 June 2019.", [2]),
        ("An angry crowd set three alleged robbers on fire at Oja market.", [3]),
        ("Traders set alight 5 suspected pickpockets near the motor park.", [5]),
        ("A mob sets two suspected kidnappers alight in Ilaro.", [2]),
        ("Three suspected thieves were set ablaze by a mob in Ilaro.", [3]),
    ],
)
def test_people_set_ablaze_are_killed(text: str, figures: list[int]) -> None:
    assert killed(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Rioters set ablaze two lorries and a police post in Ilaro.",
        "Protesters set four buses on fire along the expressway.",
        "Herders set two hamlets ablaze after the clash.",
        "Youths set alight the car of a councillor in Idu.",
        "A mob set 3 alight near the market.",  # a bare count: whose, unsaid
        "The raiders set fire to 20 houses and 2 granaries in 2019.",
        "Bandits set ablaze a barn holding 40 goats.",
    ],
)
def test_things_set_ablaze_are_no_deaths(text: str) -> None:
    assert killed(text) == []
