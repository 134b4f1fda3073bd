"""A report that names no country and a place the gazetteer lacks, whose sentence
names the town another report places its count in ("in the Karrada district of
Baghdad" placed in Karrada alone): the town it names says where it is, a weak tie
held to one day and figures that agree. And a part of a town the gazetteer lacks
("the Shaab neighbourhood of Mosul") lies in the town its sentence names, in no other
("Kirkuk"). Sentences written for the tests, each with its negative."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations

DAY = "2006-05-11"
QUARTER = "A car bomb in the Ghazaliya district of Baghdad killed {} people."


def test_a_countryless_report_naming_the_town_agrees_with_it(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (QUARTER.format(8), DAY),
        ("IRAQ. A car bomb exploded in Baghdad, killing eight people.", DAY),
    )
    assert relations(bench, "killed") == ["corroborates"]


def test_it_ties_nothing_on_another_day(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (QUARTER.format(8), DAY),
        ("IRAQ. A car bomb exploded in Baghdad, killing eight people.", "2006-05-19"),
    )
    assert relations(bench, "killed") == []


def test_it_ties_no_figures_that_disagree(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (QUARTER.format(3), DAY),
        ("IRAQ. Gunmen killed eight people in Baghdad.", DAY),
    )
    assert relations(bench, "killed") == []


def test_a_town_it_does_not_name_ties_nothing(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (QUARTER.format(8), DAY),
        ("IRAQ. A car bomb exploded in Basra, killing eight people.", DAY),
    )
    assert relations(bench, "killed") == []


def test_a_part_of_one_town_lies_in_no_other(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A bomb in the Zuhur neighbourhood of Mosul killed 7 people.", DAY),
        ("IRAQ. A car bomb exploded in Kirkuk, killing seven people.", DAY),
    )
    assert relations(bench, "killed") == []


def test_a_part_of_the_town_lies_in_it(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A bomb in the Zuhur neighbourhood of Mosul killed 7 people.", DAY),
        ("IRAQ. A car bomb exploded in Mosul, killing seven people.", DAY),
    )
    assert relations(bench, "killed") == ["corroborates"]


def test_a_part_of_a_town_lies_in_its_country(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A car bomb in the market district of Tal Afar killed 31 people.", DAY),
        ("Car bombing in Iraq kills 31 people.", DAY),
    )
    assert relations(bench, "killed") == ["corroborates"]
