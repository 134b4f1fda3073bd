"""A part of a toll told before adds nothing to it (benchmarks/real_text.py `toll`):
"two of those killed were her cousins" after "killed nine villagers" is nine. Kinds
from a trial on news (issue 13); every sentence here was written for these tests,
with negatives: a new count said to be more, and a part told before any total."""

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
        ("Bandits killed nine villagers in Dogo. Two of those killed were her cousins.", 9),
        ("Bandits killed nine villagers in Dogo. She said two of those killed were pupils.", 9),
        ("Bandits killed nine villagers in Dogo. Three of the dead were children.", 9),
        ("Bandits killed nine villagers in Dogo. Two of the victims were teachers.", 9),
        ("Bandits killed nine villagers in Dogo. Her two cousins were among the dead.", 9),
        ("Bandits killed nine villagers in Dogo. Among those killed were two of her cousins.", 9),
        ("A bomb killed 14 people at the market. The dead included five children.", 14),
        ("Bandits killed nine villagers in Dogo, two of them her cousins.", 9),
        # negatives: more dead said to be more, and a part with no total before it
        ("Bandits killed nine villagers in Dogo. Two more villagers died in hospital.", 11),
        ("Two of those killed in Dogo on Monday were her cousins.", 2),
    ],
)
def test_a_part_adds_nothing(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a later sentence's list that sums to the toll restates it
        ("At least 9 people died in Dogo. Five herders and four guards were shot dead.", 9),
        ("Eight people were killed in Dogo. Three pupils, a nurse and four traders died.", 8),
        # negatives: a list that sums to more, and one said to be more
        ("At least 9 people died in Dogo. Five herders and six guards were shot dead.", 20),
        ("Nine people died in Dogo. Two more herders and a guard died later.", 12),
    ],
)
def test_a_later_list_summing_to_the_toll_restates_it(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a figure given as the toll is another count of the same dead: the lower kept
        ("Raiders killed 9 herders in Dogo. The police put the death toll at 6.", 6),
        ("Raiders killed 9 herders in Dogo. Locals put the death toll at 14.", 9),
        # negatives: a toll said to have risen, and a toll the text calls later
        ("Raiders killed 9 herders in Dogo. The death toll later rose to 14.", 14),
        ("Raiders killed 9 herders in Dogo. A later report put the toll at 14.", 14),
    ],
)
def test_a_figure_given_as_the_toll_is_another_count(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the deaths a revised toll rose by, told in its sentence, are in it
        ("Five guards were killed at the gate. The toll rose to seven as two more died.", 7),
        ("Five guards were killed at the gate. The toll rose to 8 after three wounded died.", 8),
        # negatives: a rise told without a new toll, and a new toll on its own
        ("Five guards were killed at the gate. Two more died in hospital.", 7),
        ("Five guards were killed at the gate. The death toll later rose to nine.", 9),
    ],
)
def test_the_deaths_a_toll_rose_by_are_in_it(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # two voices in one sentence give two counts of the same dead: the lower kept
        ("Police said 6 herders were killed in Dogo, while locals said 14 died.", 6),
        ("Police said six herders were killed; residents said 14 died.", 6),
        # negatives: one voice's list, and two voices counting different dead
        ("Six herders and two guards were killed in Dogo, police said.", 8),
        ("Police said 6 herders were killed, and the army said 3 soldiers died.", 9),
    ],
)
def test_two_voices_in_one_sentence_are_alternatives(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a side's share of a total told before: "five of their fighters"
        ("Nine people died in the clash. The rebels said four of their fighters died.", 9),
        ("Nine people died in the clash. Only two of its members were killed, the group said.", 9),
        # negatives: a share said to be more, and one with no total before it
        ("Nine people died in the clash. Two of their relatives were also killed.", 11),
        ("The rebels said four of their fighters died in the clash.", 4),
    ],
)
def test_a_sides_share_adds_nothing(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a figure in a bracket of another report is an alternative: the lower kept
        ("Raiders struck Dogo, killing 30 (some sources report 50 dead).", 30),
        ("Raiders struck Dogo, killing 30 (other sources say 45 were killed).", 30),
        # negatives: a bracket that adds, and one that breaks the figure down
        ("Raiders struck Dogo, killing 30 herders (two guards were also killed).", 32),
        ("Raiders killed 9 people in Dogo (4 herders and 5 traders).", 9),
    ],
)
def test_a_bracketed_report_is_an_alternative(text: str, figure: int) -> None:
    assert toll(text) == figure


def toll_of_text(text: str) -> int:
    claims = extract_claims(document_from_text("t.txt", text))
    return real_text.toll(claims, Category.KILLED, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the coder's deaths coded in other events come off the toll
        ("30 people were killed in Dogo and Kuri over two days. (18 coded in other events)", 12),
        ("Raiders killed 11 herders in Dogo (7 recorded in another event).", 4),
        # negatives: no such note, and a note larger than the toll
        ("Raiders killed 11 herders in Dogo.", 11),
        ("Raiders killed 3 herders in Dogo (18 coded in other events).", 3),
    ],
)
def test_deaths_coded_in_other_events_come_off(text: str, figure: int) -> None:
    assert toll_of_text(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "one of whom died" after a figure of the wounded is one more dead
        ("Raiders killed 2 herders and wounded 4 others, one of whom died later.", 3),
        ("Raiders shot dead 2 guards and injured 5 traders, two of whom died in hospital.", 4),
        # negatives: a part of the dead themselves
        ("Raiders killed 5 herders, two of whom were women.", 5),
        ("Raiders killed 5 herders, two of them boys, and wounded 3.", 5),
    ],
)
def test_one_of_the_wounded_who_died_is_one_more(text: str, figure: int) -> None:
    assert toll(text) == figure
