"""A roundup's lead, naming two regions of its country or more ("a strike in Kaduna
state ..., as gunmen killed farmers in Plateau state"), tells no one region the
report's unknown villages lie in (trial 72: a Kaduna village's 23 dead corroborated
Plateau's 23 through such a lead, and a village's toll was set in Zamfara by an X
thread's first post). A toll of a region and one of an unknown village tie at country
level only where the village's report names that region near it. Reports written for
these tests, in real SQLite files, with the shipped gazetteer; with their negatives."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load
from tests.test_match_texts import links

ROUNDUP = (
    "Strike and farm attack kill dozens in Nigeria\n\n"
    "ABUJA (AP) - Residents of a village in Kaduna state on Thursday buried victims of a"
    " military air strike, as gunmen killed farmers in a separate attack in Plateau"
    " state.\n\nLocal officials said 23 civilians died in Kurmin Bawa village on Tuesday."
)
PLATEAU = "Gunmen killed 23 people in Plateau state on Tuesday, police said."


def test_a_roundups_village_is_no_part_of_a_region_it_names(tmp_path: Path) -> None:
    bench = load(tmp_path, (ROUNDUP, "2026-11-19"), (PLATEAU, "2026-11-19"))
    assert not [reason for _, reason in links(bench) if "Kurmin Bawa" in reason]


def test_a_reports_one_region_still_holds_its_villages_massacre(tmp_path: Path) -> None:
    """The negative: a lead of one region ties its unknown village's mass killing to
    that region's toll of the day, as before."""
    one = ROUNDUP.replace("Kaduna state", "Plateau state").replace("in a separate attack ", "")
    bench = load(tmp_path, (one, "2026-11-19"), (PLATEAU, "2026-11-19"))
    assert [reason for _, reason in links(bench) if "Kurmin Bawa" in reason]


def test_a_same_figure_no_longer_ties_a_village_to_a_region_its_report_never_names(
    tmp_path: Path,
) -> None:
    """Seven in a village of no gazetteer and seven in a region, the same day (too few
    for one massacre's tolls, `ties._massacre_in_division`): the village may lie in any
    region, and its report names none; they were tied at country level ("may lie in
    Plateau") by the figure alone."""
    village = "Gunmen killed 7 people in Kurmin Bawa village, Nigeria, on Tuesday, residents said."
    region = "Seven people were killed in Plateau state on Tuesday, police said."
    bench = load(tmp_path, (village, "2026-11-19"), (region, "2026-11-19"))
    assert links(bench) == []
