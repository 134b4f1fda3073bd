"""Companions and parts of a toll written another way (issue 13, paraphrase
robustness): "killed, along with three men", "alongside", "in addition to" add the
companions; "killing 4, a woman among them" names a part of the four; "half a dozen"
is six. Sentences written for these tests."""

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
    "text, total",
    [
        ("A herder was killed, along with 2 farmers, near Wase.", 3),
        ("A herder was killed alongside two farmers near Wase.", 3),
        ("Bandits killed a herder in addition to two farmers near Wase.", 3),
        ("Bandits killed a herder alongside two farmers near Wase.", 3),
        ("Bandits raided Wase, killing 5, a child among them.", 5),
        ("Bandits raided Wase, killing 5 people, two women amongst them.", 5),
        ("Bandits raided Wase, killing half a dozen villagers.", 6),
        ("Half a dozen villagers were killed in Wase.", 6),
    ],
)
def test_companions_and_parts(text: str, total: int) -> None:
    assert sum(killed(text)) == total


@pytest.mark.parametrize(
    "text, figures",
    [
        # the companions of another fate
        ("A herder was killed and two others wounded in addition to a farmer.", [1]),
        ("A herder was abducted along with 2 farmers near Wase.", []),
        ("Half of the 20 villagers fled Wase in 2018.", []),
        ("Bandits killed a herder in Wase in addition to stealing 30 cows.", [1]),
    ],
)
def test_companion_negatives(text: str, figures: list[int]) -> None:
    assert killed(text) == figures
