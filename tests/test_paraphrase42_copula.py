"""The dead named with a copula, deaths told of people hurt before, and tolls put
another way (issue 13, paraphrase robustness): "Those killed were a policeman and six
farmers", "The deceased were ...", "A vigilante was among those killed" (a part of a
toll told before), "Both died", "He did not survive", "shot a trader in Kuje, who
died on the spot", "put the number killed at 4", "gave the death toll as 4"; and a
part of the hurt told as dead ("5 were injured, two of them fatally", "wounded 6, of
whom 2 later died"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category

toll = load_benchmark("incident_toll").toll


def killed(text: str) -> list[int]:
    """The figures of the killed claims the public API extracts from `text`."""
    claims = extract_claims(document_from_text("x.txt", text))
    return [c.low for c in claims if c.category is Category.KILLED]


def incident(text: str) -> int:
    """The toll the benchmarks read from `text`'s killed claims."""
    claims = extract_claims(document_from_text("x.txt", text))
    return toll(claims, Category.KILLED, text)


@pytest.mark.parametrize(
    "text, total",
    [
        ("Bandits raided Kuje. Those killed were a vigilante and four farmers.", 5),
        ("Bandits raided Kuje. The deceased were a vigilante and two traders.", 3),
        ("Bandits raided Kuje. The dead were three herders and a trader.", 4),
        ("Bandits raided Kuje. The deceased included a retired soldier.", 1),
        ("Bandits raided Kuje. Among those killed was a retired soldier.", 1),
        ("A vigilante was among those killed when bandits raided Kuje.", 1),
        # a part of the toll told before adds nothing
        ("Bandits killed 6 in Kuje. A vigilante was among those killed.", 6),
        ("Bandits killed 5 in Kuje. Those killed were a vigilante and four farmers.", 5),
        # the hurt told before, then their death
        ("Bandits shot two herders near Kuje. Both died.", 2),
        ("Bandits shot two herders near Kuje. Both of them later died.", 2),
        ("Bandits shot a trader near Kuje. He did not survive.", 1),
        ("Bandits shot a trader near Kuje. He was confirmed dead at the clinic.", 1),
        ("Bandits shot a trader in Kuje, who died on the spot.", 1),
        # tolls put another way
        ("Bandits raided Kuje. Police put the number killed at 4.", 4),
        ("Bandits raided Kuje. Police gave the death toll as four.", 4),
    ],
)
def test_copula_and_later_deaths(text: str, total: int) -> None:
    assert incident(text) == total


@pytest.mark.parametrize(
    "text",
    [
        "Bandits raided Kuje in 2019; all the dead were women, police said.",
        "Bandits raided Kuje in 2019. The dead were taken to the mortuary.",
        "There was no sign that those killed were either soldier.",
        "Bandits shot at a trader near Kuje. He survived.",
        "Bandits shot a trader near Kuje. He is in critical condition.",
        "Bandits raided Kuje. Police put the number arrested at 4.",
    ],
)
def test_copula_negatives(text: str) -> None:
    assert killed(text) == []


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Five villagers were injured in Kuje, two of them fatally.", [2]),
        ("Bandits injured 6 traders in Kuje, 3 of them fatally.", [3]),
        ("Bandits wounded 6 traders in Kuje, of whom 2 later died.", [2]),
        ("Six traders were wounded in Kuje, one fatally.", [1]),
        # hurt, not dead
        ("Bandits injured 6 traders in Kuje, 3 of them seriously.", []),
        ("Six traders were wounded in Kuje, two of whom were evacuated.", []),
    ],
)
def test_the_hurt_fatally(text: str, figures: list[int]) -> None:
    assert killed(text) == figures
