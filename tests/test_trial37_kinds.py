"""Kinds a trial of session 37 found, on sentences written for the tests, with
negatives: a figure a voice denies outright is marked `denies` (docs/formats.md: "the
army denied that 30 were killed"), as a story called false was; whoever revises a toll
is not its victims ("Police revise Gwoza toll to 37"); a toll brought to a figure for
the year is a running total."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The army denied that 30 people were killed in Gwoza on Monday.",
        "Police categorically denied that 12 protesters died in custody.",
        "The ministry refuted that 40 civilians were killed in the strike.",
        "Officials dismissed reports that 25 villagers were killed.",
    ],
)
def test_a_denied_figure_is_marked(sentence: str) -> None:
    assert [c.denies for c in claims_in(sentence)] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed 30 people in Gwoza on Monday, police said.",
        "He denied involvement; 30 people were killed in Gwoza on Monday.",
    ],
)
def test_a_figure_nobody_denies_is_not(sentence: str) -> None:
    assert all(not c.denies for c in claims_in(sentence))


@pytest.mark.parametrize(
    "headline",
    ["Police revise Gwoza toll to 37", "Army raises Damboa death toll to 37 as bodies found"],
)
def test_who_revises_a_toll_is_not_its_victims(headline: str) -> None:
    # the police revised the count: not 37 policemen killed
    [claim] = claims_in(headline)
    assert (claim.category.value, claim.value, claim.subject) == ("killed", 37, None)


def test_a_toll_brought_to_a_figure_for_the_year_is_a_running_total() -> None:
    sentence = (
        "The shelling killed 12 people, bringing to more than 2,500 the number of people "
        "killed in North Darfur this year."
    )
    scopes = {c.value: (c.scope.value, c.period) for c in claims_in(sentence)}
    assert scopes[12] == ("incident", None)
    assert scopes[2500] == ("cumulative", "this year")


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The two slain jawans have been identified as Ram Singh and Ajay Kumar.", [2]),
        ("One policeman embraced martyrdom in the attack on the post.", [1]),
        ("Three soldiers were martyred in the ambush near Kupwara.", [3]),
        # a force counted with no death said stays troops
        ("Militants attacked a camp of 40 soldiers near Kupwara.", []),
    ],
)
def test_a_death_in_the_noun_phrase_or_a_martyrdom_is_a_killing(sentence, found) -> None:
    assert [c.value for c in claims_in(sentence) if c.category.value == "killed"] == found
