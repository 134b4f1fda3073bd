"""Kinds found in the Nigerian coded notes' study halves (issue 13): beheading told as
decapitation, people taken and then killed by the name of their state ("killed the
abductees"), an occupant as a victim, and deaths in a relative clause of an earlier
event the sentence names as background. Every sentence here was written for these
tests; each kind has its negatives beside it (animals, attempts, rescues, the
sentence's own event, a complement clause)."""

from __future__ import annotations

import pytest

from tests.conftest import killed_in


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Unknown attackers decapitated a herder near Kwaya on Monday.", 1),
        ("Four fishermen were decapitated by militants at the river.", 4),
        ("Gunmen stabbed and decapitated three loggers in the forest.", 3),
        ("Raiders decapitate two traders at their shop, police say.", 2),
        # negatives: an attempt, an animal, a year and an age
        ("The attackers nearly decapitated the guard before police arrived.", 0),
        ("Villagers found a decapitated goat near the shrine.", 0),
        ("A 45-year-old trader escaped when gunmen tried to decapitate him in 2019.", 0),
    ],
)
def test_decapitation_is_a_death(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Bandits abducted five herders on Tuesday. They later shot and killed the abductees.", 5),
        ("Militants seized two engineers. Days later they executed the hostages.", 2),
        ("Gunmen kidnapped three pupils. They killed all the captives at dawn.", 3),
        # negatives: a threat, a rescue, a vague figure taken
        ("Gunmen abducted four travellers. They threatened to kill the hostages.", 0),
        ("Gunmen kidnapped six pupils. Soldiers later rescued the captives.", 0),
        ("Gunmen abducted several farmers. They later killed the abductees.", 0),
    ],
)
def test_people_taken_then_killed_by_their_state(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Armed robbers broke into a house and killed a male occupant.", 1),
        ("The fire killed two occupants of the building.", 2),
        # negative: occupants who escaped
        ("The occupants of the car escaped unhurt after gunmen opened fire.", 0),
    ],
)
def test_an_occupant_is_a_victim(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the relative clause tells an earlier event, named so by a preposition
        (
            "Two days after herders attacked Daka, which left 14 people dead, they "
            "returned and burned the market.",
            0,
        ),
        ("Youths blocked the road in retaliation for an airstrike that killed six herders.", 0),
        ("Vigilantes mobilised in response to a raid which had killed four farmers.", 0),
        ("The bomb went off near the site of the last one, which killed eleven traders.", 0),
        (
            "Two days after herders attacked Daka, which left 14 people dead, they "
            "returned and killed 5 farmers.",
            5,
        ),
        # negatives: the sentence's own event, a complement clause, a day after
        ("Gunmen attacked the village of Daka, which left 14 people dead.", 14),
        ("Police said the following day that nine traders had been killed on the road.", 9),
        (
            "There was a similar raid in Gusau, the chairman said, adding that two "
            "farmers were killed there.",
            2,
        ),
    ],
)
def test_deaths_of_an_earlier_event_in_a_relative_clause(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "murder" as a noun's modifier tells no death
        ("Police went to Abaji to arrest a murder suspect on Friday.", 0),
        ("Eleven members of the cult were charged on murder counts.", 0),
        ("Vigilantes handed the murder suspects over to the police.", 0),
        ("A mob lynched a murder suspect in Ilorin.", 1),
        # negatives: the verb, with its victims
        ("Bandits murder three herders in Gusau.", 3),
        ("Cultists murdered a student near the campus.", 1),
    ],
)
def test_murder_as_a_modifier_is_no_death(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a death dated earlier in the day or week belongs to an earlier event
        (
            "Soldiers visiting a camp where militants killed 9 recruits earlier in the day "
            "came under fire.",
            0,
        ),
        ("A second councillor was shot dead earlier this week in Jos.", 0),
        # negatives: the time opens the sentence and dates its own event; another time
        ("Earlier that day, gunmen killed four farmers near Kaya.", 4),
        ("Gunmen killed four farmers near Kaya in the evening.", 4),
    ],
)
def test_deaths_earlier_in_the_day_are_another_event(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("A political aspirant was reportedly shot dead in Kaduna.", 1),
        ("Gunmen killed a defendant outside the court.", 1),
        ("A resident was killed when soldiers fired into the crowd.", 1),
        # negatives: things in -ant and -ent, an animal
        ("A restaurant was burned and nobody was killed.", 0),
        ("A cow was killed by a stray bullet.", 0),
    ],
)
def test_people_in_ant_and_ent_are_victims(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a named person with an age, or whose death is told by "died"
        ("Ibrahim Sule, 42, was shot dead by gunmen in Kafanchan.", 1),
        ("Grace Audu, aged 19, was killed when her bus was attacked.", 1),
        ("Emeka Obi died in hospital two days after the attack.", 1),
        ("Halima Musa, 30, died of her wounds in Maiduguri.", 1),
        # negatives: an age is no count, a named agent, a name that dies away
        ("Ibrahim Sule, 42, was arrested for the attack.", 0),
        ("Ibrahim Sule killed two guards before fleeing.", 2),
        ("The fighting died down near Kafanchan by noon.", 0),
    ],
)
def test_a_named_person_with_an_age_or_who_died(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the victims of an object's relative clause
        ("The kidnappers freed nine pupils but kept one teacher whom they later killed.", 1),
        ("Farmers found three herders whom the bandits had killed.", 3),
        # negatives: a rescue, a subject's relative, and "of whom" kept as it was
        ("Gunmen abducted two traders whom police later rescued.", 0),
        ("Police arrested four men, two of whom were later killed in custody.", 2),
        ("Forty people were injured, two of whom later died.", 2),
    ],
)
def test_victims_of_an_objects_relative_clause(text: str, total: int) -> None:
    assert killed_in(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the deaths a nominal tells are the reason for what they set off
        ("The death of a trader in police custody on Friday sparked protests in Jos.", 0),
        ("The killing of two herders by vigilantes triggered reprisals in Bokkos.", 0),
        # negatives: a relative clause after the killing, and deaths that set off nothing
        ("Bandits caused the death of five farmers, which sparked protests in Gusau.", 5),
        ("The deaths of three pupils in the attack shocked the town.", 3),
    ],
)
def test_deaths_that_set_off_protests_are_their_reason(text: str, total: int) -> None:
    assert killed_in(text) == total
