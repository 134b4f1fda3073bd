"""Victims named the way the Nigerian press names them (issue 13, paraphrase
robustness): a name set off after one person ("a farmer, Audu Ochai, and his son":
two), "one" before a name ("a trader, one Musa Danjuma, was killed": one, not two), a
name before "and his ..." ("killed Mr Sule Audu and his two sons": three), and deaths
by fire told as "burnt beyond recognition" or "roasted alive" (people only), a nom de
guerre in quotes ("'General' Ivo"), a possessor before a count ("the chief's two
sons": two) and the attackers' strength ("numbering about 30": no toll). Sentences
written for these tests."""

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
        ("Bandits shot dead a trader, Musa Danjuma, and his son near Funtua.", 2),
        ("Bandits killed a trader, Mr. Musa Danjuma, and his wife near Funtua.", 2),
        ("Bandits killed a trader, Musa Danjuma and his driver near Funtua.", 2),
        ("Bandits killed Mr Musa Danjuma and his son near Funtua.", 2),
        ("Bandits killed Musa Danjuma and his two sons near Funtua.", 3),
        ("A trader, one Musa Danjuma, was killed by bandits near Funtua.", 1),
        ("The district head, Alhaji Sani Bako, was shot dead near Funtua.", 1),
        ("Nine worshippers were burnt beyond recognition when the church was torched.", 9),
        ("Four herders were roasted alive in their huts near Funtua.", 4),
        # the fighters uncounted, their commander one
        ("Troops killed Boko Haram fighters and their commander near Bama.", 1),
    ],
)
def test_named_and_burned(text: str, total: int) -> None:
    assert sum(killed(text)) == total


@pytest.mark.parametrize(
    "text, figures",
    [
        ("Two trucks were burnt beyond recognition near Funtua.", []),
        ("Goats were roasted for the festival in Funtua in 2017.", []),
        # an armed group's name is no victim named
        ("Troops clashed with Boko Haram and their allies near Bama.", []),
        ("Bandits abducted Musa Danjuma and his son near Funtua.", []),
    ],
)
def test_named_negatives(text: str, figures: list[int]) -> None:
    assert killed(text) == figures


@pytest.mark.parametrize(
    "text, total",
    [
        # a nom de guerre in quotes names one person
        ("Soldiers killed 'General' Ivo and two of his boys near Ndop.", 3),
        ("Soldiers killed separatist commander 'Field Marshal' and 3 of his fighters.", 4),
        ("Soldiers shot dead 'General' Ivo near Ndop.", 1),
    ],
)
def test_quoted_noms_de_guerre(text: str, total: int) -> None:
    assert sum(killed(text)) == total


@pytest.mark.parametrize(
    "text",
    [
        'Troops repelled the raid near Ndop; "Scores" of the attackers fled in 2018.',
        'Troops fought "Boko Haram" near Gwoza in 2015.',
    ],
)
def test_quoted_words_no_victims(text: str) -> None:
    assert killed(text) == []


@pytest.mark.parametrize(
    "text, figures",
    [
        # a possessor before a count names whose the dead were, no victim
        ("Bandits killed the district head's two guards in Kachia.", [2]),
        ("Bandits killed a trader's 3 children in Kachia.", [3]),
        ("The emir's two aides were shot dead in Kachia.", [2]),
        ("Bandits burnt the district head's two cars in Kachia.", []),
        # the attackers' strength is no toll
        ("Bandits numbering about 30 killed two guards in Kachia.", [2]),
        ("The gunmen, numbering over 50, abducted 12 pupils in Kachia.", []),
    ],
)
def test_possessors_and_strength(text: str, figures: list[int]) -> None:
    assert killed(text) == figures
