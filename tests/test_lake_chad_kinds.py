"""Kinds found in the study half of the third Nigerian set (acled-nigeria-c: Nigeria,
Cameroon and Chad, 2017-2018; issue 13): a count right after a date the date patterns
read whole ("On 24 July 5 civilians"), attackers and others a bracket adds to a toll
("(plus the bomber)"), bombers "killing themselves and" others, "alongside" joining
victims, Cameroon's "kamikaze", and a death "the previous day" as an earlier event's.
Every sentence here was written for these tests; each kind has its negatives beside it
(years, ages, calibres, animals, things, a statement's own day)."""

from __future__ import annotations

import pytest

from tests.conftest import killed_in


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("On 3 May 6 herders were shot dead by bandits in Zurmi.", 6),
        ("On 11 August 12 fishermen were killed near the lake.", 12),
        ("Sunday 4 soldiers were killed in an ambush on the Bama road.", 4),
        ("On March 9 2 farmers were killed by gunmen.", 2),
        # negatives: a year, an age, a calibre, a model after the date
        ("On 3 May 2017 gunmen attacked the village; nobody died.", 0),
        ("On 3 May a 45-year-old man was arrested for theft.", 0),
        ("On 3 May troops seized 2 AK 47 rifles from the bandits.", 0),
    ],
)
def test_a_count_after_a_date_is_a_count(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Twelve traders were killed (plus the bomber) at the bus station.", 13),
        ("A female suicide bomber struck a mosque. Six worshippers dead (plus bomber).", 7),
        ("At least 20 dead (plus 3 bombers) and 40 injured in the blasts.", 23),
        ("The explosion killed four (plus two attackers) near the gate.", 6),
        ("Gunmen killed five villagers (plus one soldier) before fleeing.", 6),
        ("Nine civilians were killed (plus the suicide attacker).", 10),
        # negatives: a breakdown, the hurt, animals and things, a plural with no figure
        ("Nine people were killed (including the bomber) at the market.", 9),
        ("Nine people were killed (plus 12 injured) at the market.", 9),
        ("The blast killed five (plus three cows) near the well.", 5),
        ("The blast killed five (plus two vehicles) near the well.", 5),
        ("The bombers struck twice, killing 8 (plus the bombers).", 8),
    ],
)
def test_a_bracket_plus_adds_its_dead(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Two suicide bombers attacked a market, killing themselves and three traders.", 5),
        ("Three bombers struck a checkpoint, killing themselves and a vigilante.", 4),
        ("Two suicide bombers attacked the camp, killing only themselves.", 2),
        # negatives: no count for the bombers, people killed by others
        ("Suicide bombers attacked a mosque, killing themselves and nine worshippers.", 9),
        ("Soldiers shot the two bombers before they could detonate.", 0),
    ],
)
def test_bombers_killing_themselves_and_others(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Militants killed the district head alongside three of his guards.", 4),
        ("Bandits shot dead a pastor alongside two worshippers.", 3),
        # negatives: fighting alongside, a number of allies
        ("Vigilantes fought alongside soldiers, killing 5 militants.", 5),
        ("Troops alongside 40 hunters repelled the attack.", 0),
    ],
)
def test_alongside_joins_victims(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("On 2 April a kamikaze was shot dead by soldiers at Kerawa.", 1),
        ("Three kamikazes were killed by troops before reaching the market.", 3),
        # negative: kamikazes counted, no death told
        ("Two kamikazes were arrested at a checkpoint.", 0),
    ],
)
def test_a_kamikaze_is_a_person(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("A chief escaped injured. A herder was killed in a similar raid the previous day.", 0),
        ("Gunmen shot dead two farmers. A trader was killed nearby the preceding night.", 2),
        # negatives: a statement's day, the sentence's own time, a later death
        ("The army said 8 militants were killed the previous day.", 8),
        ("The previous day, gunmen killed 4 herders in Guma.", 4),
        ("Gunmen killed 4 herders. Two more died the following day.", 6),
    ],
)
def test_a_death_the_previous_day_is_an_earlier_event(text: str, total: int) -> None:
    assert killed_in(text) == total
