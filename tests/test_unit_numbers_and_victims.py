"""Kinds the study halves of two fresh ACLED sets (acled-v, Myanmar 2016-2019; acled-w,
Central and West Africa 2013-2015) showed, each
with its negative, on sentences written for these tests: a unit's number is a name, no
count ("LIB 123", "Battalion No. 105", "503 LIB"); a body handed back, dug up or thrown
away is a death; the items of one list add up, none a share of another; a wound and
then a death of the same victims is the death; a share of people held ("3 of the 17 men
arrested") and a share with its qualifier ("at least one of them"); "another" opening a
sentence whose subject then died; an event named and dated by its week is one incident."""

from __future__ import annotations

import pytest

from tests.test_trial_kinds43 import claims
from workbench.models import Category


def _killed(text: str) -> list[tuple[int | None, int | None]]:
    return [(c.low, c.high) for c in claims(text) if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text, killed",
    [
        # a unit's number, before or after its abbreviation, or after "No."
        ("Troops from LIB 412 shot three farmers dead near the bridge.", [(3, 3)]),
        ("A sergeant of the army's 217 LIB died when his truck hit a mine.", [(1, 1)]),
        ("Soldiers of IB-76 killed two porters on Sunday.", [(2, 2)]),
        ("A captain of Infantry Battalion No. 38 was killed in the ambush.", [(1, 1)]),
        ("Two privates of the Engineer Regiment (ER) No. 9 were killed.", [(2, 2)]),
        ("Troops of 31 Bde killed 14 insurgents near the lake.", [(14, 14)]),
        # a body handed back, dug up or thrown away
        ("The bodies of three fishermen were handed over to the Red Cross.", [(3, 3)]),
        ("Two bodies were returned to their families on Friday.", [(2, 2)]),
        (
            "His mutilated body was dumped by the road. A second body was uncovered in a well.",
            [(1, 1), (1, 1)],
        ),
        # a wound, then a death, of the same victims
        ("A shopkeeper was stabbed outside his store and killed.", [(1, 1)]),
        ("Four guards were beaten at the gate and killed.", [(4, 4)]),
        # a share of people held, and one with its qualifier
        ("The army said 4 of the 26 men detained on Friday died in custody.", [(4, 4)]),
        ("Rebels seized 12 traders. At least two of them were later executed.", [(2, None)]),
        # "another" opening the sentence
        ("Another herder stepped on a mine near the well and was killed.", [(1, 1)]),
    ],
)
def test_victims_read_past_unit_numbers_bodies_and_shares(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize(
    "text, killed",
    [
        # one list adds up: no share of its first item (3 + 1 = 4 by chance)
        (
            "Four traders, three police officers and one serviceman were killed, five were hurt.",
            [(4, 4), (3, 3), (1, 1)],
        ),
        # a total told first, then its breakdown, stays a total with parts
        (
            "The attack killed 12 people. Eight soldiers and four civilians were among the dead.",
            [(12, 12), (8, 8), (4, 4)],
        ),
    ],
)
def test_a_list_adds_up_and_a_breakdown_stays_parts(text, killed):
    found = [c for c in claims(text) if c.category is Category.KILLED]
    assert [(c.low, c.high) for c in found] == killed
    parts = [bool(c.part) for c in found]
    assert parts == ([False, True, True] if "among the dead" in text else [False] * 3)


@pytest.mark.parametrize(
    "text, category, figure",
    [
        # a wound alone stays a wound; wounded and then a death of others is both
        ("A shopkeeper was stabbed outside his store.", Category.WOUNDED, 1),
        ("Five people were injured and two killed.", Category.WOUNDED, 5),
        # the whole of a share of the kidnapped is still kidnapped
        ("Three of the 20 students abducted last week were killed.", Category.KIDNAPPED, 20),
        # the whole alone, held and then dead, is the whole
        ("17 men arrested on Monday died in custody.", Category.KILLED, 17),
    ],
)
def test_negatives_keep_their_reading(text, category, figure):
    assert figure in [c.low for c in claims(text) if c.category is category]


@pytest.mark.parametrize(
    "text",
    [
        "A grenade was thrown into the crowd.",
        "The army returned fire.",
        "Another convoy hit a mine and was destroyed.",
        "Soldiers from LIB 123 patrolled the road.",
    ],
)
def test_no_death_where_none_is_told(text):
    assert _killed(text) == []


def test_an_event_dated_by_its_week_is_one_incident_a_weeks_raids_a_total():
    one = [c for c in claims("Two herders were killed in shelling during the last week of June.")]
    assert [(c.low, c.scope.value) for c in one] == [(2, "incident")]
    raids = claims("Gunmen killed 15 people in raids in the second week of June.")
    assert [(c.low, c.scope.value) for c in raids] == [(15, "cumulative")]


# Kinds of acled-w's study half (ACLED's notes of 2013-2015 for Central and West Africa)
@pytest.mark.parametrize(
    "text, killed",
    [
        # a count after the predicate, joined by "&" or "and", a force named by initials
        ("Troops clashed with rebels near Beni. 14 rebels killed & 3 FARDC.", [(14, 14), (3, 3)]),
        ("Nine herders were killed and 2 assailants.", [(9, 9), (2, 2)]),
        # "they" for people taken before, shot and killed
        (
            "Rebels seized two traders on the road. They were shot and killed by the rebels.",
            [(2, 2)],
        ),
    ],
)
def test_acled_w_kinds_read(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize(
    "text",
    [
        # a day glued to a month's abbreviation, no count
        "Police detained 3 men on Jun.7 in Goma.",
        # an earlier killing held against those arrested, and a plot's aim
        "Soldiers detained 3 youths, accusing them of involvement in the killing of a guard.",
        "Four officers were arrested for plotting the murder of the governor.",
        # "they" for people taken before, shot and hurt: no death
        "Rebels seized two traders on the road. They were shot and wounded by the rebels.",
    ],
)
def test_acled_w_negatives_tell_no_death(text):
    assert _killed(text) == []
    assert not [c for c in claims(text) if c.category is Category.TROOPS]


def test_a_coders_date_before_a_toll_leaves_the_toll():
    assert _killed("12 Sep. 4 killed by armed men near the river.") == [(4, 4)]


def test_a_plot_and_an_accusation_by_name_stay_deaths():
    """An ambush plotted and killing, and an accusation of a killing by a named
    group, are deaths their report tells."""
    assert _killed("Rebels plotted an ambush that killed 6 soldiers.") == [(6, 6)]
    assert _killed("Rights groups accused soldiers of killing 5 miners.") == [(5, 5)]


@pytest.mark.parametrize(
    "text, killed",
    [
        # a count of each of two sides is twice that toll
        ("Police clashed with militiamen near the mine. 2 killed on each side.", [(4, 4)]),
        # not "on each side of" a place
        ("Three soldiers were killed on each side of the river.", [(3, 3)]),
        # one more death, the pronoun's, told "also" or "as well" after a death told
        (
            "A guard shot dead 3 colleagues at the depot. He was also killed in the gunfight.",
            [(3, 3), (1, 1)],
        ),
        # the one told before, died: no second death
        ("Gunmen shot dead a farmer near the well. He died instantly.", [(1, 1)]),
    ],
)
def test_each_side_and_one_more_death(text, killed):
    assert _killed(text) == killed
