"""The benchmark's reading of one incident's toll from a text's claims
(benchmarks/real_text.py `toll`): restatements, new counts, breakdowns and other
voices' figures. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category

real_text = load_benchmark("real_text")


def toll(text: str) -> int:
    return real_text.toll(extract_claims(document_from_text("t.txt", text)), Category.KILLED)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a restatement counts once; a new count says so
        ("Gunmen killed two herders in Kuri. Two people died.", 2),
        ("A farmer was killed in the raid. Another farmer was killed the next day.", 2),
        ("Two guards were shot dead at dawn. Two more guards died at noon.", 4),
        # a breakdown of a total told before
        ("Twelve people were killed over two days. Five of these were killed by machetes.", 12),
        (
            "Rebels attacked Kuri. 40 rebel fatalities reported. Nine of the rebel dead were boys.",
            40,
        ),
        ("Two people were killed in the blast. One of the two persons killed was a guard.", 2),
        ("Four herders and six raiders were killed. Four of the herders were shot.", 10),
        # a part counted anew: the attackers told as dying too
        ("Gunmen attacked a post. One policeman and four of the attackers were killed.", 5),
        ("Gunmen killed seven people. The gunmen, three of whom were also killed, fled.", 10),
        # another voice's figure for the same victims: the lower one
        ("Two persons were killed in Jos. The Daily Trust reports seven deaths.", 2),
        ("Rebels claimed killing 40 soldiers. The army said only three soldiers were killed.", 3),
        ("Gunmen killed 15 traders in Daku. Some sources assert 25 deaths.", 15),
        ("Raiders killed 85 villagers. Some reports have the death toll at 99.", 85),
        ("Four traders were killed in the raid. Conflicting reports have nine deaths.", 4),
        # the coder's statement of the figure coded is the toll
        ("Rebels said they killed 12 soldiers. Fatalities coded as 4 (rebels reported 12).", 4),
        (
            "Two soldiers were shot dead. Fatalities coded as 0 (rebels reported 2).",
            0,
        ),
        ("Eleven killed in two villages (coded as 7 here and 4 for Kuri).", 7),
        # a coder's 3 for an unknown number gives way to the total the coder states after
        (
            "An unknown number of fighters were killed (unspecified fatalities coded as 3). "
            "Fatalities coded as 14 (11 soldiers and 3 fighters).",
            14,
        ),
        ("Unknown numbers of raiders were killed. Unspecified fatalities coded as 3.", 3),
        # a figure the text calls false
        (
            "The rebels claimed to have killed 9 soldiers, but the army rejected the group's"
            " claim.",
            0,
        ),
        # an overtaken voice's figure: the text's own stands
        ("Raiders killed 14 herders. Earlier reports suggested six deaths.", 14),
        # negatives: another voice counting other victims, or saying it adds
        ("Gunmen killed five villagers. Police said three gunmen were killed.", 8),
        ("Police said 3 people were killed in Jos. Residents said 2 more died in Bauchi.", 5),
    ],
)
def test_one_incidents_toll(text: str, figure: int) -> None:
    assert toll(text) == figure


def _row(text: str, killed: int) -> object:
    return real_text.Row("t:1", "rand", "X", text, killed, None)


@pytest.mark.parametrize(
    "text",
    [
        "Two simultaneous bombings hit the market, killing nine.",
        "Three successive blasts hit the town; four people died.",
        "In two separate incidents, gunmen attacked police posts.",
        "As police reached the scene, a second device exploded, wounding three.",
        "The combined attacks killed 20; it is impossible to disaggregate the toll.",
        "The mosque bombing was the fourth of five attacks that day.",
    ],
)
def test_several_attacks_told_together_are_a_series(text: str) -> None:
    assert real_text.unreadable(_row(text, 0)) == "series"


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in the market, killing nine.",
        "Gunmen killed two guards and wounded three others.",
        "Two men were killed when a bomb exploded.",
        "Two bombs exploded on a train, killing nine passengers.",
    ],
)
def test_one_attack_is_no_series(text: str) -> None:
    assert real_text.unreadable(_row(text, 0)) is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # another voice's list, compared as a whole: the lower figure
        ("Six people died in the clash. The Guardian reports 2 guards and 5 others killed.", 6),
        ("Bandits killed 9 people. The Nation reports 3 soldiers and 4 civilians killed.", 7),
        # negatives: a list of new dead in that voice, one voice's own list
        ("Gunmen killed 5 people. Police said another 2 guards and 3 farmers died.", 10),
        ("Police said 2 soldiers and 3 civilians were killed.", 5),
    ],
)
def test_another_voices_list_is_one_alternative(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a definite count no sentence before introduced names people already counted
        ("Gunmen raided a bank, killing six people. They shot the two guards at the gate.", 6),
        # negatives: people told of before, other victims, people said to be more
        ("Five villagers were killed after two gunmen struck. The two gunmen were shot dead.", 7),
        ("Gunmen killed 4 farmers. The three gunmen were later killed by vigilantes.", 7),
        ("Gunmen killed six people. They also killed the two guards at the gate.", 8),
    ],
)
def test_a_definite_count_not_introduced_restates_the_toll(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a coder's closing total is the whole, not one more count (acled-q study)
        (
            "A girl was killed by a stray bullet, while a hawker died in the clash. A student "
            "was shot and killed near the college. Total 3 fatalities.",
            3,
        ),
        (
            "1 rickshaw puller and 1 woman were killed by bullets. 1 driver also died. Total 2 "
            "fatalities coded to this event.",
            2,
        ),
        # the coder's word that none of a day's toll is this event's
        (
            "At least 34 people died in the city on this day, of which 27 fatalities have been "
            "coded to specific events. No fatalities coded to this event.",
            0,
        ),
        # negatives: a figure after "total" elsewhere in the sentence, and a plain count
        ("Two guards were killed. The total damage was large; 3 fatalities.", 5),
        ("Gunmen killed four traders in the market.", 4),
    ],
)
def test_a_coders_total_of_the_event(text: str, figure: int) -> None:
    claims = extract_claims(document_from_text("t.txt", text))
    assert real_text.toll(claims, Category.KILLED, text) == figure
