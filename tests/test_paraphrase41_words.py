"""Death wording a coder may choose for the same event (issue 13, paraphrase
robustness): "butchered five villagers", "the neutralisation of 8 bandits" (people
only), and a reprisal as the attack the victims died in ("a reprisal raid in which 12
were killed"), not as a reason. Sentences written for these tests."""

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
        ("Raiders butchered six herders near Tudu on 2 May 2018.", [6]),
        ("Six herders were butchered near Tudu.", [6]),
        ("Attackers butchered a family of four in Oja.", [4]),
        ("The raid ended with the neutralisation of 9 militants.", [9]),
        ("Troops reported the elimination of 5 insurgents near Kuta.", [5]),
        ("Militiamen launched a reprisal raid in which 11 herders were killed.", [11]),
        ("Herders staged retaliatory attacks during which 7 farmers died.", [7]),
    ],
)
def test_death_wording(text: str, figures: list[int]) -> None:
    assert killed(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Troops reported the neutralisation of 3 explosive devices.",
        "The elimination of 40 checkpoints was announced in 2019.",
        "Butchers in Oja protested the closure of 3 abattoirs.",
        "A butcher aged 45 was robbed of 2 goats.",
        # suspects tied to a killing: the arrest is the news
        "Police arrested 5 suspects linked to the killing of 12 herders in March.",
        "Troops detained two men in connection with the murder of a trader.",
        # the reprisal's reason, not its scene
        "Youths marched in revenge for an attack in which 12 villagers were killed.",
    ],
)
def test_wording_negatives(text: str) -> None:
    assert killed(text) == []
