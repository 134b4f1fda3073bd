"""Paraphrased victim words: "members of the security forces", "security operatives",
"law enforcement personnel" count security forces, as "soldiers" and "policemen" do."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.match_reports import load, relations
from workbench.match.victims import victim_family


@pytest.mark.parametrize(
    ("subject", "family"),
    [
        ("security operatives", "military"),
        ("police agents", "military"),
        ("law enforcement personnel", "military"),
        ("law enforcers", "military"),
        ("OAG operatives", "armed_group"),
        ("operatives", "armed_group"),
        ("members", None),
    ],
)
def test_the_words_of_a_force(subject: str, family: str | None) -> None:
    assert victim_family(None, subject) == family


def test_members_of_the_security_forces_are_soldiers(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Four members of the security forces were killed when militants attacked a "
            "checkpoint near Bannu on 3 March 2017.",
            "2017-03-04",
        ),
        (
            "Militants killed four soldiers at a checkpoint near Bannu on 3 March 2017.",
            "2017-03-04",
        ),
    )
    assert relations(bench) == ["corroborates"]


def test_members_of_the_army_dispute_a_count_of_troops(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Six members of the Pakistan Army were killed near Bannu on 3 March 2017.", "2017-03-04"),
        ("Militants killed four troops near Bannu on 3 March 2017.", "2017-03-04"),
    )
    assert relations(bench) == ["contradicts"]


def test_members_of_an_armed_group_are_no_soldiers(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Four members of the armed group were killed near Bannu on 3 March 2017.", "2017-03-04"),
        (
            "Militants killed four soldiers at a checkpoint near Bannu on 3 March 2017.",
            "2017-03-04",
        ),
    )
    assert relations(bench) == []


def test_law_enforcement_personnel_and_policemen_of_two_towns_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed five law enforcement personnel in Bannu on 9 May 2016.", "2016-05-10"),
        ("Five policemen were killed by gunmen in Mardan on 9 May 2016.", "2016-05-10"),
    )
    assert relations(bench) == []


def test_security_operatives_are_policemen(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen killed five security operatives in Gboko on 9 May 2016.", "2016-05-10"),
        ("Five policemen were killed by gunmen in Gboko on 9 May 2016.", "2016-05-10"),
    )
    assert relations(bench) == ["corroborates"]


def test_members_of_a_countrys_forces_are_its_soldiers(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Nine members of the Turkish forces were killed in Afrin on 6 March 2018.", "2018-03-07"),
        ("Nine Turkish soldiers were killed in clashes in Afrin on 6 March 2018.", "2018-03-07"),
    )
    assert relations(bench) == ["corroborates"]


def test_members_of_a_named_militia_are_no_soldiers(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "Nine members of the Syrian Democratic Forces were killed in Manbij on 6 March 2018.",
            "2018-03-07",
        ),
        ("Nine Syrian soldiers were killed in clashes in Manbij on 6 March 2018.", "2018-03-07"),
    )
    assert relations(bench) == []


@pytest.mark.parametrize("subject", ["Briton", "Frenchman", "two Britons", "three Englishmen"])
def test_a_countrys_people_by_their_own_noun_are_civilians(subject: str) -> None:
    assert victim_family(None, subject) == "civilian"


def test_a_briton_is_a_british_national(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A Briton was shot dead by gunmen in Jeddah on 8 August 2003.", "2003-08-09"),
        ("Gunmen killed a British national in Jeddah on 8 August 2003.", "2003-08-09"),
    )
    assert relations(bench) == ["corroborates"]


def test_a_briton_is_no_soldier(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A Briton was shot dead by gunmen in Basra on 8 August 2003.", "2003-08-09"),
        ("Gunmen killed a British soldier in Basra on 8 August 2003.", "2003-08-09"),
    )
    assert relations(bench) == []
