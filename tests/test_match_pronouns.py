"""A pronoun counted as a victim ("He bled to death") names no family: it agrees with
another report's named victim as "a person" would, and says a sex where it has one.
Reports written for the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations
from workbench.match.features import generic
from workbench.match.victims import two_sexes

DAY = "2021-03-02"
SEIZED = (
    "Gunmen seized the headman of Kalagwe village in Shan State on Monday and tied "
    "him to a post. {} bled to death hours later."
)


def test_a_pronoun_is_anyone() -> None:
    assert generic("he") and generic("they") and generic("elle")
    assert not generic("soldiers")


def test_a_pronouns_death_agrees_with_the_victim_another_report_names(tmp_path: Path) -> None:
    killed = "Gunmen killed the village headman of Kalagwe, Shan State, on Monday."
    bench = load(tmp_path, (SEIZED.format("He"), DAY), (killed, DAY))
    assert relations(bench, "killed") == ["corroborates"]


def test_a_pronoun_says_its_sex() -> None:
    assert two_sexes("She", "man") and two_sexes("he", "a woman")
    assert not two_sexes("he", "man") and not two_sexes("they", "man")


def test_she_is_no_man_found_dead(tmp_path: Path) -> None:
    found = "A man was found shot dead in Kalagwe village, Shan State, on Monday."
    bench = load(tmp_path, (SEIZED.format("She"), DAY), (found, DAY))
    assert relations(bench, "killed") == []
