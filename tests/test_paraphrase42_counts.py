"""How coders write the same toll another way (issue 13, paraphrase robustness):
a gapped count with a noun of its own ("killed two farmers in Bama and three herders
in Dikwa"), a count of people set off after the predicate ("Ten vigilantes are
reported dead, two members of Boko Haram"), a force's acronym that opens like a time
("4 AMISOM soldiers", not 4 a.m.), the group victims share ("five members of one
family"), an adverb of a person's kind ("a mentally ill man"), and "a minor", "a
dacoit", "a hoodlum". Sentences written for these tests."""

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
        ("Gunmen killed two farmers in Kuru and three herders in Dabo.", 5),
        ("Raiders killed 4 traders at Tafa and 2 Boko Haram fighters near Dabo.", 6),
        ("Gunmen killed 2 farmers in Kuru and 3 others in Dabo.", 5),
        ("Bandits killed 3 people in Zurmi and 2 in neighbouring Kaura.", 5),
        ("Bandits killed 3 traders in Zurmi and 2 herders in nearby Kaura.", 5),
        # a count of people set off after the predicate, closing the clause
        ("Militants raided Mafa. Eight vigilantes are reported dead, two members of ISWAP.", 10),
        ("Militants raided Mafa. 8 vigilantes killed, 2 Boko Haram.", 10),
        ("Militants raided Mafa. 8 vigilantes were killed, and 2 insurgents as well.", 10),
        # an acronym that opens with AM/PM is no time of day
        ("Insurgents ambushed a convoy near Baidoa. 4 AMISOM soldiers killed.", 4),
        ("Militants killed 3 PMF fighters near Tuz on 4 June 2017.", 3),
        ("Five members of one family were killed in Kajuru.", 5),
        ("Six people from one household were killed in Kajuru.", 6),
        ("Bandits killed five members of the same family in Kajuru.", 5),
        ("Soldiers shot dead a mentally ill man in Kumba.", 1),
        ("A visually impaired woman was killed by a stray bullet in Kumba.", 1),
        ("Troops killed a minor at a checkpoint in Kumba.", 1),
        ("Police killed a suspected dacoit in an encounter near Gaya.", 1),
        ("A hoodlum was shot dead by vigilantes in Ikeja.", 1),
        ("Raiders killed a guest at a hotel in Kumba.", 1),
    ],
)
def test_paraphrased_tolls(text: str, total: int) -> None:
    assert sum(killed(text)) == total


@pytest.mark.parametrize(
    "text, figures",
    [
        # a thing after the gap, and a clause of its own, add no deaths
        ("Gunmen killed two farmers in Kuru and burnt 3 vehicles in Dabo.", [2]),
        ("Gunmen killed two farmers in Kuru and three herders in Dabo were injured.", [2]),
        ("Gunmen killed 2 herders in Kuru and 30 cows in Dabo.", [2]),
        # what follows the comma is no count of the dead
        ("Eight vigilantes were killed, 3 days after the raid on Mafa.", [8]),
        ("Eight vigilantes were killed, three others wounded.", [8]),
        ("Eight vigilantes were killed, 4 vehicles destroyed.", [8]),
        ("A ministry says one soldier killed, three wounded in an attack on a post.", [1]),
        # a time of day is still none
        ("Gunmen attacked Kuru at 4 AM and killed 2 farmers.", [2]),
        ("Gunmen struck at 11pm, killing 3 villagers.", [3]),
        # "one family" counts no one; a minor injury is no victim
        ("Gunmen abducted five members of one family in Kajuru.", []),
        ("A soldier sustained a minor injury in Kumba.", []),
        ("Two critically wounded soldiers were evacuated from Kumba.", []),
    ],
)
def test_paraphrase_negatives(text: str, figures: list[int]) -> None:
    assert killed(text) == figures
