"""A report that places its toll only in a region or a country ("in northwest
England") and names the town in its lead ("the attack in Marrowby, near Preston",
a town the gazetteer does not know) meets another report's toll placed in that
town, as a town named in passing (weak: one day and figures that agree); on texts
written for the tests, with negatives."""

from __future__ import annotations

from pathlib import Path

from tests.test_match_country import load, relations

REGION = (
    "A knife attack at a youth club in northwest England on Monday resulted in the deaths "
    "of {} teenagers, according to police. A man was arrested after the attack in {}, "
    "near Preston."
)
TOWN = "Two teenagers have been stabbed to death at a youth club in Marrowby, north of Preston."


def test_a_town_the_lead_names_ties_a_toll_placed_in_its_region(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", TOWN, "2024-07-29"),
        ("", REGION.format("two", "Marrowby"), "2024-07-29"),
    )
    [(relation, reason)] = relations(bench)
    # the region's report names the town in its opening, not in the claim's sentence
    assert relation == "corroborates" and "'Marrowby' named in the other report's opening" in reason


def test_a_town_the_lead_names_needs_figures_that_agree(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", TOWN, "2024-07-29"),
        ("", REGION.format("five", "Marrowby"), "2024-07-29"),
    )
    assert relations(bench) == []


def test_a_town_the_lead_names_needs_one_day(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        ("", TOWN.replace("have been", "were") + " It happened on 2 March.", "2024-03-03"),
        ("", REGION.format("two", "Marrowby"), "2024-07-29"),
    )
    assert relations(bench) == []
