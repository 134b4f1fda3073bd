"""Deaths of another occasion told beside the news (issue 13, paraphrase robustness):
a place's relative clause dated to its past ("Agatu, a village where 17 were killed
in January") and a time after another event ("abducted two farmers, days after 12
people were killed nearby"), which neither counts nor turns the news's people into
the dead. Sentences written for these tests."""

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
        ("Herdsmen raided Ogbadibo, a community where 14 people were killed in May.", []),
        ("Herdsmen raided Ogbadibo, where 14 people were killed last month.", []),
        ("Herdsmen raided Ogbadibo, where 14 were killed three weeks ago.", []),
        ("Herdsmen raided Ogbadibo, a village where bandits killed 9 people last year.", []),
        ("Herdsmen killed 2 farmers in Ogbadibo, where 14 people were killed in 2016.", [2]),
        ("Gunmen kidnapped 3 traders in Ogbadibo, days after 11 people were killed nearby.", []),
        ("Gunmen kidnapped 3 traders in Ogbadibo, a week after 11 were killed there.", []),
        ("Gunmen killed 3 traders in Ogbadibo, days after 11 people were killed nearby.", [3]),
    ],
)
def test_background_of_another_occasion(text: str, figures: list[int]) -> None:
    assert killed(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # undated, the place's clause tells the news
        ("Herdsmen raided Ogbadibo, where they killed 14 people.", [14]),
        ("Herdsmen raided Ogbadibo, where 14 people were killed.", [14]),
        ("Herdsmen raided Ogbadibo on 3 June 2016, where 14 were killed in the morning.", [14]),
        # a crime held against the dead: they are still the victims
        ("Three men suspected of killing a trader were lynched in Ogbadibo.", [3]),
    ],
)
def test_news_kept(text: str, figures: list[int]) -> None:
    assert killed(text) == figures
