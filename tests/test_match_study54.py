"""Matching kinds from pairs-news-e's study half (session 54): one kidnapping of
uncommon victims told at the country's level, dated to its day in one report and to
its month in the other (`match.rare_victims`), and its negatives; and a blast named by
its town and its site ("the Beirut port explosion") placed in the town. Texts written
for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load
from tests.test_match_texts import links


def test_one_figure_of_uncommon_victims_in_one_month_links(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A gang abducted a group of 16 pilgrims in Haiti on Saturday.", "2021-10-17"),
        ("Two of the 16 pilgrims who were kidnapped in Haiti in October were freed.", "2021-12-06"),
    )
    relations = [relation for relation, _ in links(bench)]
    assert "corroborates" in relations


def test_one_figure_of_common_victims_in_one_month_stays_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("Gunmen abducted 16 people in Haiti on Saturday.", "2021-10-17"),
        ("The 16 people who were kidnapped in Haiti in October remain held.", "2021-12-06"),
    )
    assert links(bench) == []


def test_uncommon_victims_with_other_figures_stay_apart(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("A gang abducted a group of 16 pilgrims in Haiti on Saturday.", "2021-10-17"),
        ("The 9 pilgrims who were kidnapped in Haiti in October remain held.", "2021-12-06"),
    )
    assert links(bench) == []


def test_a_blast_named_by_its_town_and_site_is_in_the_town(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("The death toll from the Beirut port explosion has risen to 154.", "2020-08-07"),
        ("The death toll of the blast in Beirut rose to 135 on Thursday.", "2020-08-06"),
    )
    [(relation, reason)] = links(bench)
    assert relation == "contradicts" and "Beirut" in reason
