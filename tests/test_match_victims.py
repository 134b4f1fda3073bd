"""Victim families and named persons as the matcher reads them, on subjects and
texts written for the tests; each with its negative."""

from __future__ import annotations

from pathlib import Path

from tests.test_match_country import load, relations
from workbench.match.victims import named_person, person_names, victim_family


def test_singulars_ranks_and_spellings_join_their_family() -> None:
    assert victim_family(None, "policeman") == "military"
    assert victim_family(None, "sub inspector") == "military"
    assert victim_family(None, "CAF Jawans") == "military"
    assert victim_family(None, "worshipers") == "civilian"
    assert victim_family(None, "child") == "civilian"
    assert victim_family(None, "Army personnel") == "military"
    assert victim_family(None, "herdsmen") == "civilian"
    assert victim_family(None, "all 33 hijackers") == "armed_group"
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
        ("", "A bomb near the stadium in Lahore killed a policeman on Saturday.", "2019-05-31"),
        ("", "The blast in Lahore killed one sub inspector on Saturday.", "2019-05-31"),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "both security forces" in reason


def test_a_policeman_and_a_villager_are_two_families(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "A bomb near the stadium in Lahore killed a policeman on Saturday.", "2019-05-31"),
        ("", "The blast in Lahore killed one villager on Saturday.", "2019-05-31"),
    )
    assert relations(bench) == []


def test_a_named_victim_fits_the_kind_another_report_gives(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "A car bomb in Riyadh on Friday kills Simon Veness, an engineer.", "2019-06-22"),
        ("", "A British man was killed by a car bomb in Riyadh on Friday.", "2019-06-22"),
    )
    assert [relation for relation, _ in relations(bench)] == ["corroborates"]
    # two names are two people
    other = load(
        tmp_path / "other",
        ("", "A car bomb in Riyadh on Friday kills Simon Veness, an engineer.", "2019-06-22"),
        ("", "A car bomb in Riyadh on Friday kills Pricha Nuannuay, a teacher.", "2019-06-22"),
    )
    assert relations(other) == []


def test_person_names_are_capitalised_pairs_that_name_no_kind_nor_side() -> None:
    assert person_names("known atheist blogger called Niloy Neel") == {"niloy neel"}
    assert "niloy neel" in person_names("Blogger Niloy Neel")
    assert person_names("Pricha Nuannuay, a teacher") == {"pricha nuannuay"}
    # a side, and names before a noun (a party's, a group's), name no person
    assert person_names("Turkish Soldiers") == frozenset()
    assert person_names("Awami League activist") == frozenset()
    assert person_names("Boko Haram fighters") == frozenset()


def test_a_lone_death_both_reports_name_agrees_at_country_level(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "",
            "Attackers with machetes killed a blogger called Arif Rahmanul in Dhaka.",
            "2019-08-08",
        ),
        (
            "— Bangladesh",
            "Blogger Arif Rahmanul was murdered in his home in Baroni area.",
            "2019-08-08",
        ),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "same country: Bangladesh" in reason
    # two lone deaths naming two persons, or only a party, are two incidents
    for number, (first, second) in enumerate(
        [
            ("Arif Rahmanul", "Blogger Sumon Haider"),
            ("Awami League activist", "Awami League leader"),
        ]
    ):
        other = load(
            tmp_path / str(number),
            ("", f"Attackers killed a {first} in Dhaka.", "2019-08-08"),
            ("— Bangladesh", f"{second} was murdered in his home in Baroni area.", "2019-08-08"),
        )
        assert relations(other) == []


def test_hijackers_are_the_attackers_not_the_passengers(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", "All 33 hijackers of the train in Bolan were killed on Wednesday.", "2019-05-31"),
        (
            "",
            "Troops killed 33 attackers who seized the train in Bolan on Wednesday.",
            "2019-05-31",
        ),
        (
            "",
            "The hijackers killed 33 passengers on the train in Bolan on Wednesday.",
            "2019-05-31",
        ),
    )
    [(relation, reason)] = relations(bench)
    assert relation == "corroborates" and "33 vs 33 killed" in reason
    assert "hijackers" in reason and "attackers" in reason


def test_a_victim_one_report_names_in_the_other_s_sentence_is_one_person() -> None:
    from workbench.match.victims import named_in_sentence

    sentence = "The Education Director in Kirkuk, Ibrahim Isma'il, was shot dead on Monday."
    assert named_in_sentence("Ibrahim Ismail Tevfik", sentence)
    # another person, or no name at all
    assert not named_in_sentence("Ahmed Jassim Ali", sentence)
    assert not named_in_sentence("a teacher", sentence)
