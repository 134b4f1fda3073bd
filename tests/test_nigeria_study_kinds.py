"""More kinds found in the Nigerian coded notes' study halves (issue 13): the bombers'
own death told by their blast ("detonated themselves", "exploded their vests", "the
explosion of 3 kamikazes"), the bombers added after a toll ("..., plus the bombers"),
a coder's slip of "killed" ("were killing in the clash") and a second participle
after "then" ("was abducted then killed"). Every sentence here was written for these
tests; each kind has its negatives beside it."""

from __future__ import annotations

import pytest

from tests.conftest import killed_in


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Two kamikazes detonated themselves at the gate of the camp.", 2),
        ("Three girls exploded their suicide vests near a mosque. Nobody else was hurt.", 3),
        ("A bomber blew up himself at a checkpoint in Mora.", 1),
        ("Explosion of 2 kamikazes at dawn in Kolofata. No other victims reported.", 2),
        ("The detonation of four suicide bombers rocked the market; no one else was hurt.", 4),
        # their own bodies are no other death
        ("Two bombers with explosives strapped to their bodies blew themselves up.", 2),
        # beside their victims' toll, the bombers are not added (victims.py `_self_once`)
        ("Two kamikazes detonated themselves in a market, killing six traders.", 6),
        # negatives: planted explosives, a gas tank's explosion, no "up"
        ("Militants detonated their explosives near the convoy; no one was hurt.", 0),
        ("The explosion of a gas tank injured three workers.", 0),
        ("The bomber blew himself away from the crowd, wounding two guards.", 0),
    ],
)
def test_the_bombers_own_blast_is_their_death(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Three female bombers struck a market, at least five dead, plus the bombers.", 8),
        ("Two suicide bombers hit a bus park, killing 12 travellers, plus the bombers.", 14),
        ("Four kamikazes attacked the camp on Friday: nine dead (plus the kamikazes).", 13),
        # negatives: bombers the sentence never counted, a singular told by the list
        ("Gunmen killed four villagers, plus the bombers.", 4),
        ("Six were killed, plus the bomber.", 7),
    ],
)
def test_the_bombers_added_after_a_toll_are_those_counted(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Five vigilantes, including their leader, were killing in the fighting.", 5),
        ("Two herders were killing during the clash at Tunga.", 2),
        # negatives: the progressive with an object, or its idiom
        ("The gunmen were killing livestock when the soldiers arrived.", 0),
        ("Two soldiers were killing time at the checkpoint.", 0),
    ],
)
def test_were_killing_without_an_object_is_a_slip_of_killed(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("A councillor was abducted then killed by gunmen near Bida.", 1),
        ("Three traders were kidnapped, then murdered in the forest.", 3),
        # negatives: no death after "then"
        ("A pastor was abducted then released by gunmen.", 0),
        ("Two guards were attacked then robbed by bandits.", 0),
    ],
)
def test_a_second_participle_after_then_shares_the_subject(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Between three to five villagers were killed in the raid.", 3),
        ("Bandits killed between 6 to 9 travellers on the highway.", 6),
        ("Reports on fatalities range from 2 to 4.", 2),
        ("Deaths varied between 7 and 12 across sources.", 7),
        # negatives: no dead in the range, a span of days, a range of animals
        ("Clashes between 2 to 3 groups of youths left 4 dead.", 4),
        ("The fighting lasted between Monday and Wednesday, killing 3.", 3),
        ("Fatalities range from 1 to 2 cows.", 0),
    ],
)
def test_a_range_said_between_a_to_b_or_as_fatalities_ranging(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Riots erupted in the wake of the murder of a driver the day before. Two died.", 2),
        ("Youths burnt a station after a trader was killed there the night before.", 0),
        # negatives: the day before a named day, a time followed by the sentence's deaths
        ("Gunmen killed two farmers the day before the festival.", 2),
        ("Clashes erupted after the killing of a herder the night before, leaving three dead.", 3),
    ],
)
def test_a_death_the_day_before_is_background(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Raiders killed 40 heads of cattle near the grazing reserve.", 0),
        ("Herders said 18 head of cattle were killed by farmers.", 0),
        ("Gunmen killed 12 herds of goats and 3 herders.", 3),
        ("Gunmen killed 30 cows and 2 herders.", 2),
        ("Forty goats and a shepherd were killed in the raid.", 1),
        # negatives: heads of people, of a group
        ("Gunmen killed 3 heads of households in the village.", 3),
        ("Gunmen killed 2 heads of the vigilante group.", 2),
    ],
)
def test_heads_and_herds_of_animals_are_no_victims(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The gunmen had just killed a trader (coded separately).", 0),
        ("Shells fell near Dikwa. A soldier was killed (fatalities coded to Marte event).", 0),
        ("Troops fired near Ngala. Two rebels were killed (coded in the Rann event).", 0),
        # negatives: the note's own event, the same event
        ("Troops fired near Ngala. Two rebels were killed (fatalities coded to Ngala event).", 2),
        ("Gunmen killed 4 villagers (coded in the same event) and burnt houses.", 4),
    ],
)
def test_deaths_coded_to_another_event_are_that_events(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Insurgents raided Kawuri, the same town where 40 were killed in March.", 0),
        ("Bandits struck Zurmi, near an earlier raid in which gunmen killed 9. Two died.", 2),
        # negatives: the event's own place, a comma before "where"
        ("Gunmen attacked the market, where 4 people were killed.", 4),
        ("Gunmen attacked the same village on Monday, where they killed 4 people.", 4),
    ],
)
def test_deaths_where_an_earlier_event_struck_are_background(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The bandits killed 4 abducted travellers after the ransom deadline.", 4),
        ("Two kidnapped farmers were killed by their captors.", 2),
        ("Militants executed 3 abducted aid workers.", 3),
        ("Gunmen killed the abducted pastor.", 1),
        # negatives: the abduction alone, a headline's two fates, a rescue
        ("Gunmen abducted 6 farmers in Kaduna.", 0),
        ("6 abducted, 2 killed in Zamfara.", 2),
        ("Troops freed 9 abducted farmers.", 0),
    ],
)
def test_people_held_before_they_were_killed_are_killed(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Troops neutralized four ISWAP operatives near Malam Fatori.", 4),
        ("The army neutralised 2 BH elements in Kolofata.", 2),
        # negatives: operatives who arrest, elements of a device
        ("DSS operatives arrested 4 suspects in Kano.", 0),
        ("Engineers neutralized explosive elements of the device.", 0),
    ],
)
def test_operatives_and_elements_are_combatants_a_euphemism_kills(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ('A trader is "feared dead" after gunmen stormed his shop.', 1),
        ('Two soldiers were "neutralised" by the insurgents.', 2),
        # negative: a quoted word that tells no death
        ('A man is "feared" by his neighbours.', 0),
    ],
)
def test_a_coders_quote_may_open_before_the_auxiliary(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Soldiers killed one separatist 'General' and two of his fighters.", 3),
        ("Troops killed a self-styled 'Brigadier' near Kumbo.", 1),
        ("Gunmen killed a 'commander' of the group and four fighters.", 5),
        # negatives: a quoted word before the head, quoted people who were released
        ("Soldiers killed four 'non-Muslim' workers.", 4),
        ("Police said the 'suspects' were released.", 0),
    ],
)
def test_a_victims_noun_in_single_quotes_is_still_their_noun(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The clash in Wase left 4 fatalites.", 4),
        ("Herders attacked Bokkos: 6 fatilities.", 6),
        ("Bandits raided the market, killking five traders.", 5),
        # negatives: a near word that tells no death
        ("Farmers were tilling 5 hectares when gunmen fired in the air.", 0),
        ("Gunmen fired on 3 hills near the village.", 0),
    ],
)
def test_a_coders_slips_of_fatalities_and_killing(text: str, total: int) -> None:
    assert killed_in(text) == total
