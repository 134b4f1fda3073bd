"""A toll a sentence tells twice, once as the toll and once in the event that made it
(issue 13, paraphrase robustness): "Three are dead after gunmen shot three traders
dead" is three dead, not six; and a coder's bracketed sum ("(7 fatalities)") restates
the figures before it. Sentences written for these tests."""

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
    "text",
    [
        "Three are dead after raiders stormed Oja and shot three traders dead.",
        "Two killed as bandits raid Idu, shooting dead two herders.",
        "Five persons were killed when militiamen attacked Ruma and killed five farmers.",
        "Six dead after cultists hacked six youths to death in Ilaro.",
        "Four killed: gunmen shot dead four worshippers at a chapel in Oja.",
        "Nine people died following a raid in which bandits killed nine villagers.",
    ],
)
def test_toll_told_again_by_its_event(text: str) -> None:
    found = killed(text)
    assert len(found) == 1, found


def test_bracketed_sum_restates() -> None:
    text = "A clash in Ruma left 4 herders and 3 farmers dead (7 fatalities)."
    assert sum(killed(text)) == 7


@pytest.mark.parametrize(
    "text, total",
    [
        # two places, two tolls
        ("Gunmen killed 5 in Kuri and 5 in Dogo.", 10),
        ("Two people died when raiders struck Kuri and two died when they hit Dogo.", 4),
        # two groups of victims, each named
        ("Two soldiers were killed when militants attacked, killing two civilians too.", 4),
        ("Two policemen and two traders were killed in Oja.", 4),
        # the coder's figure after "as": its own claim, not this rule's
        ("Some sources report that 6 farmers were killed, fatalities coded as 6.", 12),
        # more dead, said so
        ("Three died after the blast, as gunmen shot dead three more villagers.", 6),
        # a bracket that is not their sum: another report
        ("A clash in Ruma left 4 herders and 3 farmers dead (9 fatalities).", 16),
        # ages, years and animals are no restated toll
        (
            "Two people were killed when raiders struck Kuri and shot dead two cows of a "
            "2-year-old herd.",
            2,
        ),
    ],
)
def test_different_dead_are_kept(text: str, total: int) -> None:
    assert sum(killed(text)) == total
