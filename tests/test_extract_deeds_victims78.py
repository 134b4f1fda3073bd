"""A count after the doers of a deed counts the deed's victims, not what the sentence's
verb says of the doers (trial 77: "the killers of two men" read as 2 troops): a
killing named by its killers is background (no claim), the kidnappers' victims are
held (kidnapped), an attack's victims have no fate told (no claim)."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _read(text: str) -> list[tuple[str, object]]:
    return [(c.category.value, c.value) for c in extract_claims(document_from_text("a.txt", text))]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kaduna are hunting the killers of three herders.",
        "The murderers of four farmers were arrested on Monday in Bauchi.",
        "The attackers of five soldiers fled across the border into Chad.",
        "Villagers demanded the arrest of the assassins of the two chiefs.",
    ],
)
def test_the_doers_victims_take_no_verb_of_the_doers(text):
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Police arrested the abductors of 12 pupils in Zamfara.", ("kidnapped", 12)),
        ("The kidnappers of the 27 schoolgirls freed no one.", ("kidnapped", 27)),
        ("The captors of six aid workers released a video on Friday.", ("kidnapped", 6)),
    ],
)
def test_the_kidnappers_victims_are_held(text, figure):
    assert figure in _read(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Gunmen killed two men in Bawku on Sunday.", ("killed", 2)),
        ("Two of the attackers of the base were killed.", ("killed", 2)),
        ("Police arrested 3 gunmen after the raid on the market.", ("arrested", 3)),
    ],
)
def test_counts_of_the_doers_or_of_a_deed_told_stay(text, figure):
    assert figure in _read(text)
