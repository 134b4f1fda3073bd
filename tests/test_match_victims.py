"""Victim families and named persons as the matcher reads them, on subjects and
texts written for the tests; each with its negative."""

from __future__ import annotations

from pathlib import Path

from tests.test_match_country import load, relations
from workbench.match.victims import named_person, victim_family


def test_singulars_ranks_and_spellings_join_their_family() -> None:
    assert victim_family(None, "policeman") == "military"
    assert victim_family(None, "sub inspector") == "military"
    assert victim_family(None, "CAF Jawans") == "military"
    assert victim_family(None, "worshipers") == "civilian"
    assert victim_family(None, "child") == "civilian"
    assert victim_family(None, "Army personnel") == "military"
    # a person of no stated kind is in no family
    assert victim_family(None, "person") is None
    assert victim_family(None, "people") is None


def test_a_name_alone_says_who_not_what_kind() -> None:
    assert named_person("Pricha Nuannuay")
    assert named_person("Simon Veness")
    assert not named_person("Kenyan Soldiers")
    assert not named_person("Chief")
    assert not named_person("district chief")
    assert not named_person(None)


def test_a_policeman_and_a_sub_inspector_are_both_security_forces(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "A bomb near the stadium in Lahore killed a policeman on Saturday.", "2030-05-31"),
        ("", "The blast in Lahore killed one sub inspector on Saturday.", "2030-05-31"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "both security forces" in reason


def test_a_policeman_and_a_villager_are_two_families(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "A bomb near the stadium in Lahore killed a policeman on Saturday.", "2030-05-31"),
        ("", "The blast in Lahore killed one villager on Saturday.", "2030-05-31"),
    )
    assert relations(bench) == []


def test_a_named_victim_fits_the_kind_another_report_gives(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "A car bomb in Riyadh on Friday kills Simon Veness, an engineer.", "2030-06-22"),
        ("", "A British man was killed by a car bomb in Riyadh on Friday.", "2030-06-22"),
    )
    assert [relation for relation, _ in relations(bench)] == ["corroborates"]
    # two names are two people
    other = load(
        tmp_path / "other",
        ("", "A car bomb in Riyadh on Friday kills Simon Veness, an engineer.", "2030-06-22"),
        ("", "A car bomb in Riyadh on Friday kills Pricha Nuannuay, a teacher.", "2030-06-22"),
    )
    assert relations(other) == []
