"""Kinds a fresh analyst's trial met in English wire copy (extract/): a count of the
people who told the story read as a figure, the outlet they told taken for a
place, an armed group's claim not marked as one, and a running total of a long
war read as one incident. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    return extract_claims(document_from_text("t.txt", text))


@pytest.mark.parametrize(
    "text",
    [
        "At least 17 soldiers were killed in an attack on their base, two military sources said.",
        "Gunmen killed 12 villagers near Gao overnight, three local officials told Reuters.",
        "Nine people died in the blast, according to two hospital sources.",
        "Four witnesses said 30 people were killed when the market was shelled.",
    ],
)
def test_a_count_of_the_people_telling_it_is_no_figure(text):
    found = claims(text)
    assert found, text
    assert all(c.value not in (2, 3, 4) for c in found), [(c.category, c.value) for c in found]


def test_a_count_of_sources_as_the_subject_of_a_report_stays_a_claim():
    """Not every number before "sources" is a voice's: "reports from 40 sources" is
    no voice, and a toll of "sources" is none either, but neither does it vanish
    the toll it sits beside."""
    found = claims("Twelve people were killed on Monday, the police said, citing two witnesses.")
    assert [(c.category.value, c.value) for c in found] == [("killed", 12)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen killed 12 villagers overnight, a local official told Sahel Wire.", None),
        ("Gunmen killed 12 villagers near Gao overnight, an official told Sahel Radio.", "Gao"),
        ("Twelve people were killed near Gao, a resident told the Mali Daily.", "Gao"),
    ],
)
def test_the_outlet_a_voice_told_is_no_place(text, place):
    [claim] = claims(text)
    assert claim.location is None or place in claim.location
    assert claim.location is None if place is None else True


@pytest.mark.parametrize(
    "text",
    [
        "ISWAP claimed on Monday that its fighters had killed 40 soldiers near Ngouboua.",
        "The group claimed in a statement that it had killed 40 soldiers near Ngouboua.",
        "Al-Shabaab claimed that its fighters killed 40 soldiers near Ngouboua.",
    ],
)
def test_an_armed_groups_claim_is_marked_hedged(text):
    [claim] = [c for c in claims(text) if c.value == 40]
    assert claim.hedged


def test_a_claim_of_responsibility_with_a_toll_from_elsewhere_is_not_hedged():
    text = "The army said 9 soldiers were killed near Ngouboua on Sunday."
    [claim] = claims(text)
    assert not claim.hedged


@pytest.mark.parametrize(
    "text",
    [
        "More than 2 million people have been displaced by the 16-year insurgency.",
        "The 12-year conflict has killed more than 40,000 people.",
        "Some 350,000 people have died in the decade-long war, the UN says.",
    ],
)
def test_the_toll_of_a_long_war_is_a_running_total(text):
    [claim] = claims(text)
    assert claim.scope.value == "cumulative"


def test_a_toll_beside_a_years_old_insurgency_in_its_own_words_stays_an_incident():
    text = "Gunmen from the 16-year insurgency killed 9 farmers near Gwoza on Sunday."
    [claim] = claims(text)
    assert claim.scope.value == "incident"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The death toll from Saturday night's attack on Pulka in Gwoza local government "
            "area of Borno State has risen to 21, a police officer said.",
            21,
        ),
        (
            "The death toll from Friday's twin suicide bombings at the crowded fish market in "
            "the north-eastern city of Maiduguri rose to 32 on Sunday.",
            32,
        ),
    ],
)
def test_a_death_toll_whose_subject_runs_long_before_its_verb(text, value):
    [claim] = claims(text)
    assert (claim.category.value, claim.value) == ("killed", value)


@pytest.mark.parametrize(
    "text",
    [
        "The number of displaced people in the camps of Borno State has risen to 3,000.",
        "The death toll was high. Prices in the markets of Borno State have risen to 3,000.",
    ],
)
def test_a_figure_that_rose_without_a_death_toll_is_no_killing(text):
    assert all(c.category.value != "killed" for c in claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "A market brawl in Damaturu on Saturday left no one dead, police said.",
        "No-one was hurt when the bridge was shelled.",
    ],
)
def test_no_one_counts_nobody(text):
    assert [c.value for c in claims(text)] in ([], [0])  # no one: none, or a toll of 0


def test_no_one_beside_a_toll_leaves_the_toll():
    found = claims("The blast left 12 dead and no one injured.")
    assert [(c.category.value, c.value) for c in found] == [("killed", 12)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The army said it repelled the attack, losing four soldiers.", 4),
        ("The army lost 12 men in the ambush near Gao.", 12),
        ("Families who lost 3 children in the raid marched on Monday.", 3),
    ],
)
def test_a_side_losing_its_people_counts_its_dead(text, value):
    assert [(c.category.value, c.value) for c in claims(text)] == [("killed", value)]


@pytest.mark.parametrize(
    "text", ["The company lost 200 jobs.", "The party lost four seats in the vote."]
)
def test_losing_things_is_no_death(text):
    assert all(c.category.value != "killed" for c in claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "The monitor recorded 1,240 people killed in the first quarter.",
        "Some 300 civilians were killed in the first half, the UN said.",
    ],
)
def test_a_quarter_or_half_is_a_period(text):
    [claim] = claims(text)
    assert claim.scope.value == "cumulative"


def test_the_first_half_of_a_match_is_no_period_of_a_war():
    [claim] = claims("Two players were injured in the first half of the match.")
    assert claim.scope.value == "incident"
