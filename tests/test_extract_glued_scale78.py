"""A scale word after digits glued to letters ("R3.5 million", "the M23 million-strong
claim") is that code's, not "a million" of its own (trial 77k: a rand sum written
"R3.5 million" was read as 1,000,000). A million said as such stays a figure."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _figures(text: str) -> list[tuple[str, object]]:
    return [(c.category.value, c.value) for c in extract_claims(document_from_text("a.txt", text))]


@pytest.mark.parametrize(
    "text",
    [
        "The province paid R3.5 million to the families of the miners.",
        "Rebels of the M23 million-strong coalition denied it.",
        "Flight QZ8501 thousand metres above the sea lost contact.",
        "The A3 million-dollar bridge was closed to traffic.",
    ],
)
def test_a_scale_after_glued_digits_is_no_figure(text):
    assert all(value != 10**6 and value != 1000 for _, value in _figures(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A million people have fled the fighting in Darfur, the UN said.", 10**6),
        ("In 2019 one million people fled the fighting in Ituri.", 10**6),
        ("The fighting displaced 2 million people in Tigray.", 2 * 10**6),
    ],
)
def test_a_million_said_as_such_stays_a_figure(text, value):
    assert ("displaced", value) in _figures(text)
