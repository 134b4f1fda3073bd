"""Paraphrased headlines of one attack: a death both name by whose people it counts
("One Turkish soldier killed", "A Turkish soldier killed") ties their disputed
wounded tolls to one incident, where one death of no side named ties nothing."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations
from workbench.service import Workbench


def test_one_death_of_one_side_ties_a_wounded_dispute(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("One Turkish soldier killed, five wounded in attack in northern Syria", "2019-05-12"),
        ("A Turkish soldier killed and 8 others wounded in northern Syria", "2019-05-12"),
    )
    assert wounded(bench) == ["contradicts"]


def test_one_death_of_no_side_ties_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("One person killed, five wounded in attack in northern Syria", "2019-05-12"),
        ("A man killed and 8 others wounded in northern Syria", "2019-05-12"),
    )
    assert wounded(bench) == []


def test_deaths_of_two_sides_tie_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("One Turkish soldier killed, five wounded in attack in northern Syria", "2019-05-12"),
        ("A Russian soldier killed and 8 others wounded in northern Syria", "2019-05-12"),
    )
    assert wounded(bench) == []


def wounded(bench: Workbench) -> list[str]:
    return relations(bench, "wounded")
