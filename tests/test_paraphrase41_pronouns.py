"""A victim told before whose death a pronoun tells, in a clause of its own (issue 13,
paraphrase robustness): "A stray bullet hit a trader. She was taken to a clinic where
she later died", "Police shot a driver; he died at the scene", "Bandits seized two
guards. Both were later found dead". Sentences written for these tests."""

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
        (
            "A stray bullet hit a tailor in Oja. She was rushed to a clinic where she later died.",
            [1],
        ),
        ("Soldiers fired at a lorry driver at the toll gate; he died at the scene.", [1]),
        ("Robbers stabbed a night guard in Ilaro, and he died before help came.", [1]),
        ("Cultists attacked a student in his hostel when he died of his wounds.", [1]),
        ("Bandits seized two forest guards near Kuta. Both were later found dead.", [2]),
        ("Raiders took three herders from Kuta. All of them were later executed.", [3]),
    ],
)
def test_pronoun_death_of_one_told_before(text: str, figures: list[int]) -> None:
    assert killed(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        # the death told already: the pronoun's death tells it again
        ("Gunmen shot dead a tailor in Oja. She died on the spot.", [1]),
        # nobody died: hurt, recovering, or an animal
        ("A stray bullet hit a tailor in Oja; she was treated and discharged.", []),
        ("Bandits seized two forest guards near Kuta. Both were later released.", []),
        ("Thieves shot a guard dog in Oja; it died at the scene.", []),
        # an age is no figure of the dead
        ("A 52-year-old tailor was shot in Oja; she is recovering in hospital.", []),
    ],
)
def test_pronoun_negatives(text: str, figures: list[int]) -> None:
    assert killed(text) == figures


@pytest.mark.parametrize(
    "text, figures",
    [
        ("A stray bullet struck a female trader, who later died in hospital.", [1]),
        ("Cultists shot a 19-year-old student who died on the way to the clinic.", [1]),
        # told dead already in the sentence: one
        ("Raiders shot dead a herder, who died instantly.", [1]),
        # no death after "who"
        ("A stray bullet struck a female trader, who was treated and discharged.", []),
        ("Raiders shot a herder who survived with 2 wounds.", []),
    ],
)
def test_one_then_who_died(text: str, figures: list[int]) -> None:
    assert killed(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of a trader who died in custody protested in Oja in 2019.",
        "Friends of a student who died in a road crash marched to the court.",
        "Kin of a herder who later died staged a sit-in.",
    ],
)
def test_who_died_without_harm_told(text: str) -> None:
    assert killed(text) == []
