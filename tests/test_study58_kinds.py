"""Extraction kinds found in the study halves and the trial read in session 58, each
named at its test. Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category.value, c.low, c.high) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb after the victims' head ends the phrase (acled-2022 study: "killed a
        # police officer onboard" gave no claim, "two farmers onboard" a subject of two words)
        ("Rebels ambushed a bus and killed a nurse onboard.", [("killed", 1, 1)]),
        ("The gang shot a trader nearby before fleeing.", []),
        ("Militia fighters killed a herder outright.", [("killed", 1, 1)]),
        ("The bomb wounded a cyclist too.", [("wounded", 1, 1)]),
        ("Pirates abducted three sailors aboard.", [("kidnapped", 3, 3)]),
        # before the head the same word is an adjective of the victims
        ("Shelling killed four nearby residents.", [("killed", 4, 4)]),
    ],
)
def test_an_adverb_after_the_victims_ends_their_phrase(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _figures(text) == expected


def test_the_subject_of_victims_leaves_out_an_adverb_after_them() -> None:
    (claim,) = claims_in("Gunmen killed two teachers onboard the ferry.")
    assert (claim.subject, claim.low) == ("teachers", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unrest a killing set off tells another event than the deaths "earlier in the
        # day" (acled-hoa study: a riot's note gave the hit squad's two victims)
        (
            "Youths set fire to the homes of a gang that killed 3 elders at a market earlier"
            " in the day.",
            [],
        ),
        ("Rioters looted shops after police killed 2 traders earlier that week.", []),
        ("The army raided the village where gunmen had killed 7 guards earlier this year.", []),
        # "earlier this year" dates an earlier event as "earlier this month" does
        (
            "The militia stormed the camp and 7 guards were killed earlier this year.",
            [],
        ),
        # the only event of its sentence, it is still the news
        ("Five soldiers were killed earlier this year, the army said.", [("killed", 5, 5)]),
        ("Nine herders were killed earlier in the day, police said.", [("killed", 9, 9)]),
    ],
)
def test_deaths_earlier_beside_another_event_are_background(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert _figures(text) == expected
