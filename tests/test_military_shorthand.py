"""Armies' and coders' shorthand for their own dead and wounded (issue 13's kinds,
met in the study half of ACLED's Nigerian notes): "KIA" and "WIA" after a count,
soldiers "lost in the fighting", a coder's "shot killed" and a mob's "pushed/dragged
to death". Every sentence here was written for these tests, with negatives: a car
maker's name, people lost in a forest and found, a barricade pushed."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def figures(text: str) -> set[tuple[str, float | None]]:
    return {(c.category.value, c.value) for c in extract_claims(document_from_text("t.txt", text))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three marines KIA and five WIA on the patrol.", {("killed", 3), ("wounded", 5)}),
        ("The raid left 40 militants dead, with one soldier KIA.", {("killed", 40), ("killed", 1)}),
        ("Two policemen were lost in the attack on the checkpoint.", {("killed", 2)}),
        ("Seven soldiers were lost in the ambush outside Dikwa on Sunday.", {("killed", 7)}),
        ("Nine herders were shot killed by bandits on Monday.", {("killed", 9)}),
        ("A mob dragged a suspected thief to death in the market.", {("killed", 1)}),
    ],
)
def test_shorthand_and_soldiers_lost_in_a_fight_are_their_dead(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four Kia trucks were seized at the border.",  # a maker, lower case: no shorthand
        "Six hikers lost in the forest were found alive on Friday.",  # lost, not in a fight
        "The rebels lost in the battle for the town and fled.",  # a side lost: nobody counted
        "Two hundred protesters pushed the barricade to the gate.",  # pushed, not to death
    ],
)
def test_a_maker_and_people_lost_elsewhere_are_no_deaths(text):
    assert not {f for f in figures(text) if f[0] == "killed"}
