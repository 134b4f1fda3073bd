"""Members of a body: a subject that counts people only as "members" or "personnel"
takes the family of the body its claim names after "of". Subjects and headlines
written for the tests, each with its negative."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations
from workbench.match.victims import members_family

DAY = "2016-11-20"


def test_members_of_a_force_are_security_forces() -> None:
    assert members_family("members", "kills 14 members of government forces") == "military"
    assert members_family("members", "six members of the army were killed") == "military"
    assert members_family("personnel", "killing three personnel of the police") == "military"
    assert members_family("members", "killed nine members of the rebel militias") == "armed_group"


def test_members_of_a_named_body_or_a_fuller_subject_say_no_family() -> None:
    # a party's or a group's name says no family; a subject naming one keeps its own
    assert members_family("members", "four members of the Labour Party were killed") is None
    assert members_family("members", "kills 5 members of Ansar Dine") is None
    assert members_family("soldiers", "12 soldiers of the army") is None
    assert members_family(None, "members of the army") is None


def test_members_of_a_force_agree_with_its_soldiers(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Militant attack kills 14 members of government forces near Sirte", DAY),
        ("Militants kill 14 Libyan soldiers near Sirte", DAY),
    )
    assert relations(bench, "killed") == ["corroborates"]


def test_members_of_a_force_are_no_count_of_civilians(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Militant attack kills 14 members of government forces near Sirte", DAY),
        ("Militants kill 14 civilians near Sirte", DAY),
    )
    assert relations(bench, "killed") == []


def test_members_of_a_named_force_say_no_family() -> None:
    assert members_family("members", "nine members of the Kurdish Peoples Forces") is None
