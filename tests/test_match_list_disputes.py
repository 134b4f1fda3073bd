"""A list's parts dispute another report's toll as the list's total, in a city where
small tolls alone would be two incidents: "three Greeks and two Britons" (5) against
"seven people". Sentences written for the tests, each with its negative."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations

DAY = "1999-05-10"
LIST = "A bomb at a cafe in Athens killed three Greeks and two Britons."


def test_a_lists_total_disputes_a_close_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (LIST, DAY),
        ("GREECE. A bomb exploded in an Athens cafe, killing seven people.", DAY),
    )
    assert set(relations(bench, "killed")) == {"contradicts"}


def test_a_lists_total_agrees_with_its_toll(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (LIST, DAY),
        ("GREECE. A bomb exploded in an Athens cafe, killing five people.", DAY),
    )
    assert set(relations(bench, "killed")) == {"corroborates"}


def test_a_lists_total_far_from_a_toll_disputes_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (LIST, DAY),
        ("GREECE. A bomb exploded at a police station in Athens, killing 19 people.", DAY),
    )
    assert relations(bench, "killed") == []
