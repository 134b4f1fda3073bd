"""Members of a body: a subject that counts people only as "members" or "personnel"
takes the family of the body its claim names after "of". Subjects and headlines
written for the tests, each with its negative."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.match.members import claim_family, members_family
from workbench.models import Claim

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


def test_members_named_by_a_word_before_them() -> None:
    # a group's name or an armed group's word before "members"; a force's word
    assert members_family("gang members", "around 15 gang members killed") == "armed_group"
    assert members_family("NPA members", "three NPA members killed") == "armed_group"
    assert members_family("police members", "two police members were hurt") == "military"
    # a party's wing, a crew: no family
    assert members_family("BCL members", "3 BCL members were injured") is None
    assert members_family("crew members", "two crew members were hurt") is None


def test_a_countrys_possessive_is_no_name_of_its_force() -> None:
    text = "two members of Myanmar's security forces were killed"
    assert members_family("members", text) == "military"
    assert members_family("members", "two members of the Assam Rifles were killed") is None


def test_the_body_may_follow_the_claims_words() -> None:
    # the claim's words end at "members"; its sentence names their body after them
    told = (
        "In Hama, 40 people were killed yesterday including 12 members of the regime "
        "forces and militiamen loyal to them, and 20 civilians."
    )
    members = _claim(told, 12)
    assert members.subject == "members"
    assert claim_family(members) == "military"
    # a party's members after the claim stay of no family
    told = "Clashes killed 9 people in Dhaka, including 4 members of the Awami League."
    assert claim_family(_claim(told, 4)) is None


def _claim(sentence: str, figure: int) -> Claim:
    """The claim a sentence written for the test gives with this figure."""
    claims = extract_claims(document_from_text("r.txt", sentence))
    return next(claim for claim in claims if claim.value == figure)


def test_members_of_a_states_force_by_its_kind_named_or_not() -> None:
    # once match.members.force_members, read after the claim: one reading of members
    text = "two members of the Kenya Defence Forces were killed"
    assert members_family("members", text) == "military"
    assert members_family("personnel", "three personnel of the Turkish forces") == "military"
    assert members_family("men", "five men of the security forces died") == "military"
    assert members_family("members", "officers of law enforcement agencies") is None
    # a non-state army, a named militia: no family
    assert members_family("members", "four members of the Free Syrian Army") is None
    assert members_family("members", "nine members of the Kurdish Peoples Forces") is None
