"""Deaths that are no casualty of the violence reported: a road accident's, and those
a protest or a riot demands something for, told in the relative clause or the
phrase of what it demands (extract/victim_reasons.py ROAD_ACCIDENT, REASON, DEMAND;
victim_background.reasons). Every sentence here was written for these tests; each kind
has its negatives beside it."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, killed_in

killed = killed_in


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a road accident, alone or as what unrest follows
        ("Angry youths blocked the expressway after a tanker crushed three hawkers to death.", 0),
        ("Two pupils died in a road accident near Kuri, and their classmates blocked the road.", 0),
        ("A lorry ran over a cyclist in Kuri, killing him; traders then burned the lorry.", 0),
        ("The bus collided with a car near Kuri, killing four passengers.", 0),
        ("A trader was knocked down by a speeding car in Kuri and died on the spot.", 0),
        ("Soldiers rioted in Kuri, saying that a state bus killed one of their colleagues.", 0),
        # negatives: a vehicle that met a weapon, one of the security forces, a
        # shooting by mistake, and an accident an attack caused
        ("Two soldiers were killed when their truck ran over a landmine near Kuri.", 2),
        ("Their vehicle hit a roadside device near Kuri. The IED killed three soldiers.", 3),
        ("A police truck ran over a protester in Kuri, killing him.", 1),
        ("A soldier accidentally shot dead a trader in Kuri.", 1),
        ("Rebels derailed a train near Kuri; the collision killed nine passengers.", 9),
        ("Militants in a truck killed five soldiers at the gate in Kuri.", 5),
        ("A blast in a bus killed ten passengers in Kuri.", 10),
    ],
)
def test_road_accidents(text, total):
    assert killed(text) == total


def test_a_road_accident_hurts_no_one_either():
    claims = claims_in("A bus collided with a lorry near Kuri, killing two and injuring six.")
    assert [c for c in claims if c.category.value in ("killed", "wounded")] == []


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the killing told in a relative clause of what a protest is against
        ("Villagers protested against the release of a soldier who beat and killed a trader.", 0),
        ("Women marched over the acquittal of two men who had strangled a girl in Kuri.", 0),
        # what unrest demands: a phrase of "of" or "for", or a relative clause
        ("Students blocked the road demanding the arrest of the men who killed a lecturer.", 0),
        (
            "Traders blocked the market road in Kuri demanding compensation for the families of "
            "two porters killed by soldiers.",
            0,
        ),
        # negatives: the deaths are the unrest's own
        ("Residents blocked the road demanding water and police shot dead two of them.", 2),
        ("Residents blocked the road in Kuri and police killed two of them.", 2),
        ("Clashes over land in Kuri left five dead.", 5),
        ("Mob violence against traders in Kuri left three dead.", 3),
        ("Youths blocked the road in Kuri demanding jobs; soldiers killed four of them.", 4),
    ],
)
def test_what_a_protest_demands(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the month March is no protest march: its deaths are this report's
        ("On 5 March, a clash in Kuri claimed the life of a farmer.", 1),
        ("On 12 March 2016, clashes in Kuri ended in the death of 3 policemen.", 3),
        ("In March 2019, gunmen attacked a church, which resulted in the death of four.", 4),
        ("05 March. The bodies of two herders were found in Kuri.", 2),
        # negatives: a march that the deaths are the reason for
        ("Youths marched in Kuri over the killing of a trader.", 0),
        ("A march to the palace followed the death of a student in custody.", 0),
    ],
)
def test_the_month_march_is_no_protest(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # what an arrest or a statement is about, and a killing not done yet
        ("Troops arrested three vendors in relation to the murder of a militia leader.", 0),
        ("Police questioned two men in connection with the killing of a trader.", 0),
        ("The statement was a reaction to the killing of a rebel commander in Kuri.", 0),
        ("The kidnappers gave a week before they execute the two hostages.", 0),
        # negatives: the arrest and the deaths are two facts; a past killing
        ("Police arrested two men in Kuri and recovered the bodies of three victims.", 3),
        ("Gunmen held the two traders for a day before they killed them.", 2),
    ],
)
def test_what_an_arrest_is_about_and_a_killing_not_yet_done(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an infinitive after a verb that says it was done
        ("Gunmen managed to kill the father and wound his son in Kuri.", 1),
        ("The assailants used automatic weapons to kill a guard and a driver in Kuri.", 2),
        ("A thief used a neck chain to kill a rider and steal his motorcycle.", 1),
        # negatives: tried, failed, habit, an open question, an attempt
        ("Gunmen tried to kill the chief in Kuri.", 0),
        ("Militants failed to kill the governor in Kuri.", 0),
        ("Troops fired at him, but it was unclear if they managed to kill the gunman.", 0),
        ("The militants used rifles in an attempt to assassinate the cleric.", 0),
    ],
)
def test_an_infinitive_that_was_done(text, total):
    assert killed(text) == total
