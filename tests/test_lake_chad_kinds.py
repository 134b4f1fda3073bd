"""Kinds found in the study half of the third Nigerian set (acled-nigeria-c: Nigeria,
Cameroon and Chad, 2017-2018; issue 13): a count right after a date the date patterns
read whole ("On 24 July 5 civilians"), attackers and others a bracket adds to a toll
("(plus the bomber)"), bombers "killing themselves and" others, "alongside" joining
victims, Cameroon's "kamikaze", and a death "the previous day" as an earlier event's.
Every sentence here was written for these tests; each kind has its negatives beside it
(years, ages, calibres, animals, things, a statement's own day)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, killed_in, load_benchmark
from workbench.models import Category


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


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Fulanis killed a farmer near Onicha.", 1),
        ("Somalis shot dead a soldier at the checkpoint.", 1),
        ("The tribe killed a herder at the well.", 1),
        # the passive stays passive; a count with no death stays none
        ("Two Somalis were killed at the checkpoint.", 2),
        ("A herder was killed by the tribe.", 1),
        ("Fulanis attacked two farmers, who escaped.", 0),
    ],
)
def test_a_subject_ending_in_is_is_no_auxiliary(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ('Herders raided two hamlets, killing "no fewer than 40" people.', 40),
        ('Troops killed "at least 15" insurgents near the forest.', 15),
        ('The army "neutralised" 12 terrorists in the operation.', 12),
        # negatives: a quoted vague word, a quoted noun, a quoted year
        ('Gunmen killed "many" villagers in the raid.', 0),
        ('The gunmen killed a "traitor" in the market.', 1),
        ('Police "arrested" 14 suspects in a raid in "2016".', 0),
    ],
)
def test_a_quoted_figure_or_verb_is_read(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("3 dead including the bomber after a blast at a mosque in Gwoza.", 3),
        # the toll named before it still counts the breakdown once
        ("Five soldiers were killed. The dead included two officers.", 7),
    ],
)
def test_dead_including_is_a_part_of_its_figure(text: str, total: int) -> None:
    assert killed_in(text) == total


def test_a_counted_part_after_a_toll_is_its_breakdown() -> None:
    # the part is a `killed` claim marked as a part ("including ...", breakdowns.py),
    # which a reader of the toll adds nothing for (kinds37; it was `troops` before)
    claims = claims_in("Eleven killed including two soldiers in the ambush.", fmt="txt")
    assert [(c.category.value, c.value, c.text) for c in claims] == [
        ("killed", 11, "Eleven killed"),
        ("killed", 2, "including two soldiers"),
    ]
    assert load_benchmark("real_text").toll(claims, Category.KILLED) == 11


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Bandits raided Kuka, killing 30 (raised to 52 later in the week) persons.", [30, 52]),
        ("Gunmen killed 25 (revised to 31) in the market.", [25, 31]),
        # negatives: raising money or the alarm, a revision of the injured
        ("The governor raised 2 million naira for the 14 victims' families.", []),
        ("Five were killed (raised to 9 injured later).", [5]),
    ],
)
def test_a_bracketed_revision_is_a_revised_toll(text: str, claims: list[int]) -> None:
    from tests.conftest import claims_in

    found = [int(c.low or 0) for c in claims_in(text, fmt="txt") if c.category.value == "killed"]
    assert found == claims


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ('Militants raided Kawuri, killing "over 60." (Coded as 52, the rest at Dalori.)', [52]),
        ("Gunmen killed 12 in Bama (coded as 9, 3 in another event).", [9]),
        # negatives: coded as an event type, a year
        ("The clash was coded as a battle.", []),
        ("The 2014 attack was coded as 2014 in the file.", []),
    ],
)
def test_a_coder_s_coded_figure_in_brackets(text: str, coded: list[int]) -> None:
    from tests.conftest import claims_in

    found = [int(c.low or 0) for c in claims_in(text, fmt="txt") if "coded as" in c.text.lower()]
    assert found == coded


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # the coder's figure with another verb, or opening a sentence of its own
        ("Jets struck camps near Kuri. Figures not known. Recorded as 10 at each location.", [10]),
        ("Rebels raided Kuri. Unknown fatalities estimated as 10.", [10]),
        ("Rebels raided Kuri; 3 died. Coded as 10.", [3, 10]),
        # negatives: things recorded or estimated, and a verb's own subject
        ("The raid was recorded as 3 separate events.", []),
        ("Losses were recorded as 12 houses burned.", []),
        ("The militia's losses are estimated as 30 fighters by the army.", []),
    ],
)
def test_a_coder_s_figure_with_another_verb(text: str, coded: list[int]) -> None:
    from tests.conftest import claims_in

    found = [int(c.low or 0) for c in claims_in(text, fmt="txt") if c.category.value == "killed"]
    assert found == coded


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Three cattle thieves were set ablaze by a mob at the market.", 3),
        ("A suspected kidnapper was set on fire by angry youths.", 1),
        ("An old woman was set ablaze by unknown men.", 1),
        # after a time or a place that opens the sentence, its comma no owner's
        ("On 14 May 2016, four robbery suspects were set on fire by a mob.", 4),
        ("In Kuri, a woman was set ablaze by vigilantes.", 1),
        ("In the night of 3 June, two thieves were set alight in Kuri.", 2),
        ("In Kuri, the car of a councillor was set ablaze.", 0),
        ("Two robbery suspects were reportedly set alight by vigilantes.", 2),
        # negatives: things set ablaze, an active verb's things, set free
        ("Four trucks and two tractors were set ablaze by protesters.", 0),
        ("More than 30 houses were set on fire during the raid.", 0),
        ("The mob set ablaze four motorcycles.", 0),
        ("Two suspects were set free by the court.", 0),
        ("The car of a district councillor was set on fire outside his home.", 0),
        ("Cars belonging to the police were set ablaze in the riot.", 0),
        ("Two or three logging trucks were set on fire by activists.", 0),
    ],
)
def test_people_set_ablaze_are_killed(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("A herder identified only as Sani was shot dead near the dam.", 1),
        ("A trader simply identified as Bola was killed at Ode.", 1),
        ('A farmer was "at the weekend" attacked and killed by gunmen.', 1),
        ('Two hunters were "on Sunday" shot dead in the bush.', 2),
        # negatives: identified and arrested, a quoted word that is no time
        ("A suspect identified only as Musa was arrested by police.", 0),
        ('The man was "a thief", residents said, and was released.', 0),
    ],
)
def test_a_coder_s_asides_before_the_verb(text: str, total: int) -> None:
    assert killed_in(text) == total
