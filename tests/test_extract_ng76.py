"""Kinds found in the Nigerian ACLED corpora's study halves (session 76, helper ng76): a
relative named after a comma ("the village head, his son"), a force's loss named by rank
("lost an officer and three other soldiers"), attackers a force shoots ("troops shot four
suicide bombers"), and deaths told as background: a protest's "over" read as "more than",
a background death told again by a definite phrase in a later sentence, and the killing
that set off the unrest ("the crisis began last Friday when herders killed a farmer").
Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category


def _toll(text: str) -> float:
    """The sum of the killed claims' low ends (an "about" figure its value), as the
    real-text benchmark counts them."""
    total = 0.0
    for claim in claims_in(text):
        if claim.category is Category.KILLED:
            total += claim.low if claim.low is not None else (claim.value or 0)
    return total


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen killed the village head, his son, and abducted his wife in Kauru.", 2),
        (
            "Boko Haram attacks Dala, beheading the ward head, his brother and burning the market.",
            2,
        ),
        ("Bandits shot dead the imam, his wife, near Zaria on Friday.", 2),
        ("The killers murdered the pastor, his daughter, in their home.", 2),
    ],
)
def test_a_relative_after_a_comma_is_one_more_victim(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen killed the chairman, a retired teacher, in Jos.", 1),  # an appositive
        ("Gunmen killed the village head and his son.", 2),  # already two
        ("Gunmen shot dead a trader, his wife and their daughter in Kafanchan.", 3),
    ],
)
def test_an_appositive_stays_one_person(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "The army has lost an officer and three other soldiers, with 11 others wounded, "
            "in an ambush near Bama.",
            4,
        ),
        ("The police lost a sergeant and two constables when gunmen struck the checkpoint.", 3),
        ("Government forces lost a commander and two fighters in the clashes near Damboa.", 3),
        ("The unit lost a corporal and four other soldiers in the raid on the base at Monguno.", 5),
    ],
)
def test_a_force_losing_one_named_by_rank(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    "text",
    [
        "A soldier lost a leg in the blast near Dikwa.",
        "The governor lost an election to the opposition candidate.",
        "The army lost a vehicle and two rifles in the ambush.",
        "The officer lost a relative in the flood last year and was on leave.",
    ],
)
def test_losing_things_is_no_death(text: str) -> None:
    assert _toll(text) == 0


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Troops on Sunday shot four suicide bombers at the gate of the camp in Dikwa.", 4),
        ("Police foil a raid on the bank in Gombe, shoot three armed attackers.", 3),
        ("Vigilantes shot two suspected Boko Haram insurgents near the market in Mubi.", 2),
        ("Troops shot three attackers and arrested two others near Damboa.", 3),
    ],
)
def test_attackers_shot_in_the_act_are_dead(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers shot five attackers who were later taken to hospital in Yola.",
        "Police shot two attackers in the leg near the station in Kano.",
        "Soldiers shot two attackers and arrested them near Bama.",
        "Police shot two protesters in Aba on Monday.",
    ],
)
def test_shot_but_hurt_taken_or_not_attackers_is_no_death(text: str) -> None:
    assert _toll(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        # a protest's "over", not "more than"
        "Traders took to the streets in Lafia over three drivers killed by soldiers last week.",
        "Workers took to the streets over two colleagues killed by police during a strike.",
        # a background death told again by a definite phrase
        "Youths staged a protest in Onitsha over the murder of a trader by police. "
        "The man was killed on 14/05.",
        "Residents marched in Jos to protest the alleged murder of four farmers. "
        "The deaths of the four may be linked to a land dispute.",
        "Workers demonstrated against the death of their colleague in Eldoret. "
        "The workers said their colleague died because of negligence.",
        "Residents burned three houses in revenge against the family of a man suspected "
        "to have killed a trader. The trader had been shot dead by the man over a debt.",
        # told again after a nominal that a reason makes background
        "Locals picketed the station, saying police were slow to arrest those involved in "
        "the murder of a teenager. The boy was found dead on Monday.",
        "Prisoners rioted following the suspicious death of an inmate. The inmate was found "
        "dead in his cell.",
        "Villagers held a protest demanding an investigation of the death of their relative "
        "in custody. They said their relative died after a beating.",
    ],
)
def test_a_background_death_is_not_this_events(text: str) -> None:
    assert _toll(text) == 0


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Eight people died in clashes in Wase. The crisis began last Friday when herders "
            "killed a farmer.",
            8,
        ),
        (
            "Five were killed in Agatu. Residents said the violence started on Sunday when "
            "gunmen killed a youth leader.",
            5,
        ),
        (
            "Tensions began when a herder was killed near the market, and three people died "
            "in the clashes that followed.",
            3,
        ),
    ],
)
def test_the_killing_that_set_off_the_unrest_is_background(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a new victim of the protest itself, told by a definite phrase
        (
            "Youths protested over the murder of a trader in Aba. Police opened fire and the "
            "protest leader was killed.",
            1,
        ),
        ("Protesters clashed with police in Aba, over 12 people were killed.", 12),
        ("Six people were killed when the clashes began in the market.", 6),
        (
            "Gunmen killed a farmer in Agatu. The death of a farmer angered residents. The man "
            "was buried on Friday.",
            1,
        ),
        ("Students protested in Ilorin; over 10 students were killed when police opened fire.", 10),
    ],
)
def test_the_protests_own_deaths_stay(text: str, toll: int) -> None:
    assert _toll(text) == toll
