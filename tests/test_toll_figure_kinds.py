"""Tolls stated as a figure of the toll (issue 13, kinds37): a copula or an estimate
("the fatality figure stood at 27"), a hedged upper bound ("could be as high as 95"), a
voice revising its count ("updated its death count to 212 from 187": 212, and 187 no
more dead), a toll that rose "to at least" a figure (a bound, not an exact figure), and
a total of the dead and the hurt together (an open fate: no claim). Sentences written
for these tests, with their negatives."""

import pytest

from tests.conftest import claims_in, load_benchmark
from workbench.models import Category

toll = load_benchmark("real_text").toll
K, W = Category.KILLED, Category.WOUNDED


def _figures(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.category.value, c.value, c.qualifier) for c in claims_in(text)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The fatality figure stood at 27 after the raid on Gidan.", [("killed", 27, "exact")]),
        ("Officials said the casualty figure was 58.", [("killed", 58, "exact")]),
        ("The number of victims is 16, according to the mayor.", [("killed", 16, "exact")]),
        ("The total number of deaths was 73.", [("killed", 73, "exact")]),
        (
            "The number of villagers killed in the night raid on Tudun was put at 29.",
            [("killed", 29, "exact")],
        ),
        ("A death count of 45 was given by the Red Crescent.", [("killed", 45, "exact")]),
        ("The number of injured stood at 63.", [("wounded", 63, "exact")]),
        ("Deaths totalled 19 by Sunday evening.", [("killed", 19, "exact")]),
        ("The fatalities now stand at 12.", [("killed", 12, "exact")]),
        ("The number of rangers slain was 7.", [("killed", 7, "exact")]),
        (
            "An elder said the number of dead was in the hundreds.",
            [("killed", None, "vague:hundreds")],
        ),
    ],
)
def test_a_toll_stated_as_its_figure(text, figures):
    assert _figures(text) == figures


@pytest.mark.parametrize(
    "text",
    [
        "The figure was 34.",  # no death word: a figure of what, unsaid
        "The number of vehicles destroyed was 40.",
        "The number of cattle killed was 40.",  # animals
        "The number of goats slaughtered stood at 120.",
        "The casualty figure was released in 2019.",  # a year, no figure
        "A number of people were killed in Gidan.",  # a vague count, no total
        "The death toll of the 2015 bombing was 40.",  # another event's toll
        "The death toll in a previous raid on Sabon Gari was 12.",
    ],
)
def test_no_toll_figure(text):
    # a vague count ("A number of people were killed") is a claim with no figure
    assert [c for c in claims_in(text) if c.category in (K, W) and c.low is not None] == []


def test_a_hedged_upper_bound():
    [claim] = claims_in("The death toll could be as high as 95, a medic in Kuri said.")
    assert (claim.category, claim.value, claim.qualifier) == (K, 95, "up_to")
    assert (claim.low, claim.high, claim.hedged) == (None, 95, True)
    [claim] = claims_in("Some residents put the death toll as high as 300.")
    assert (claim.value, claim.qualifier, claim.high) == (300, "up_to", 300)
    assert claim.attribution == "Some residents"


def test_a_toll_that_may_rise_hedges_no_figure_told():
    # "could rise" says the toll is provisional; the figure itself is stated
    [claim] = claims_in("Police said 12 people were killed and the toll could rise.")
    assert (claim.value, claim.hedged) == (12, False)
    # the modal hedges a figure only where it governs one
    [claim] = claims_in("The number of dead may reach 70, doctors warned.")
    assert (claim.value, claim.hedged) == (70, True)


def test_a_voice_revising_its_count_replaces_the_figure_before():
    text = "The health ministry revised its death count up to 212 from 187 on Monday."
    [claim] = claims_in(text)
    assert (claim.category, claim.value, claim.qualifier) == (K, 212, "exact")
    assert claim.attribution == "health ministry"
    text = "Rebels killed 187 people in Tora. The ministry later updated its toll to 212 from 187."
    assert toll(claims_in(text), K) == 212


def test_an_event_raising_a_number_is_a_running_tally_not_a_revision():
    # a monitor's tally over weeks of shelling: neither this event's toll nor a revision;
    # the boy's death is one killed, as "the death of two boys raises ..." is two
    # (since "raises" ends the victim's words: "a boy", not "a boy raises")
    text = "The death of a boy raises the number of civilian casualties to about 340 in Idlib."
    assert [c.value for c in claims_in(text) if c.category is K] == [1]


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("The toll rose to at least 74 on Friday.", "at_least", 74, None),
        ("The death toll has climbed to more than 120.", "more_than", 120, None),
        ("The death toll rose to about 60.", "about", 54, 66),
        ("The toll rose to 18, from 11.", "exact", 18, 18),
        ("The toll rose up to 114.", "exact", 114, 114),  # "up to": the figure it rose to
    ],
)
def test_a_revised_toll_keeps_its_bound(text, qualifier, low, high):
    [claim] = [c for c in claims_in(text) if c.category is K]
    assert (claim.qualifier, claim.low, claim.high) == (qualifier, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The number of dead and injured rose to 140.",
        "Officials put the number of killed and wounded at 64.",
        "The number of casualties and injured reached 90 on Sunday.",
    ],
)
def test_a_total_of_the_dead_and_the_hurt_is_an_open_fate(text):
    assert [c for c in claims_in(text) if c.category in (K, W)] == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a toll stated as a figure is another count of the dead told before, not more dead
        ("Bandits killed 30 villagers in Kuri. The casualty figure was 34.", 30),
        ("Bandits killed 30 villagers in Kuri. The death toll could be as high as 81.", 30),
        ("The casualty figure was 34.", 34),
    ],
)
def test_a_toll_figure_adds_no_dead_to_the_toll(text, figure):
    assert toll(claims_in(text), K) == figure
