"""Trial 79's kinds in events and figures: running totals of different periods in
one report are two counts, not rival ones; a period that names a time bounds a total
before one that names a war; a spaced dash between a number in digits and one in
words is no range (a dateline's day before its story); a figure its own voice revised
later contests nothing. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import bench_with_reports
from workbench.extract import extract_claims
from workbench.extract.scope import claim_scope
from workbench.ingest import document_from_text
from workbench.service import Workbench


def _bench(tmp_path: Path, reports: dict[str, tuple[str, str, str]]) -> Workbench:
    return bench_with_reports(tmp_path, reports)


def _period(sentence: str, figure: str) -> str | None:
    at = sentence.index(figure)
    return claim_scope(sentence, 0, len(sentence), at, at + len(figure))[1]


def test_a_time_bounds_a_total_before_a_wars_name() -> None:
    told = "Since January, at least 40 people have been killed in the Casamance conflict."
    assert _period(told, "40 people") == "Since January"
    told = "Over the past year, 300 civilians have died in the Tigray war, the agency said."
    assert _period(told, "300 civilians") == "Over the past year"
    # a war's name alone still bounds its total
    told = "More than 5,000 people have been killed in the Casamance conflict."
    assert _period(told, "5,000 people") == "in the Casamance conflict"


def _killed(text: str) -> list[tuple[float | None, float | None]]:
    claims = extract_claims(document_from_text("r.txt", text))
    return [(c.low, c.high) for c in claims if c.category == "killed"]


def test_a_datelines_day_before_a_figure_in_words_is_no_range() -> None:
    assert _killed("KYIV, March 3 - Three people were killed in a drone strike on Kharkiv.") == [
        (3, 3)
    ]
    assert _killed("BANJUL, Nov. 21 — Two villagers were killed at Bulock, police said.") == [
        (2, 2)
    ]
    assert _killed("GOMA, June 9 – Eleven civilians were killed in Rutshuru, the army said.") == [
        (11, 11)
    ]


def test_ranges_written_in_one_form_stay_ranges() -> None:
    assert _killed("Between 20 - 30 people were killed in Kharkiv.") == [(20, 30)]
    assert _killed("Three - four people were killed in Kharkiv on Monday.") == [(3, 4)]
    assert _killed("Rebels killed 12-15 soldiers near Goma.") == [(12, 15)]


def test_running_totals_of_different_periods_are_two_counts(tmp_path: Path) -> None:
    text = (
        "Casamance: army loses three men\n\n"
        "In the past month alone, 12 people have been killed in Casamance, a local "
        "official said. The conflict has killed more than 5,000 people in Casamance "
        "since 1982."
    )
    bench = _bench(tmp_path, {"a": ("Outlet", "2026-11-21", text)})
    totals = [e for e in bench.events() if "running total" in e.name]
    assert len(totals) == 2, [e.name for e in totals]
    assert not any(bench.event(e.id).figures[0].contested for e in totals)
    names = sorted(e.name for e in totals)
    assert any("in the past month" in n for n in names) and any("since 1982" in n for n in names)


def test_running_totals_of_one_period_stay_one_count(tmp_path: Path) -> None:
    text = (
        "Casamance toll\n\n"
        "So far this year, 40 people have been killed in Casamance, the rights group said. "
        "Since January, 45 people have been killed in Casamance, a local official said."
    )
    bench = _bench(tmp_path, {"a": ("Outlet", "2026-11-20", text)})
    [total] = [e for e in bench.events() if "running total" in e.name]
    killed = bench.event(total.id).figures[0]
    assert killed.claims == 2 and killed.contested  # two voices' rival counts


_CLASH = (
    "Villagers clash with forest guards in Bulock\n\nBANJUL, Nov 19 - Villagers clashed "
    "with forest guards at Bulock in the West Coast Region on Tuesday. No lives were "
    "lost, but several guards were injured, the Gambia Police Force said in a statement."
)


@pytest.mark.parametrize(
    ("voice", "contested", "conservative"),
    [
        # the police's own later count revises their "no lives were lost"
        ("the Gambia Police Force said on Thursday", False, 2),
        # another voice's later count disputes it
        ("a doctor at the Brikama hospital said on Thursday", True, 0),
    ],
)
def test_a_figure_its_voice_revised_later_contests_nothing(
    tmp_path: Path, voice: str, contested: bool, conservative: int
) -> None:
    later = (
        "Two dead after Bulock clash\n\nBANJUL, Nov 21 - Two villagers have died after "
        f"Tuesday's clash between residents and forest guards at Bulock, {voice}."
    )
    bench = _bench(
        tmp_path, {"a": ("The Point", "2026-11-19", _CLASH), "b": ("Foroyaa", "2026-11-21", later)}
    )
    [event] = [e for e in bench.events() if "killed" in e.name]
    killed = bench.event(event.id).figures[0]
    assert (killed.contested, killed.conservative) == (contested, conservative), killed


def test_an_events_period_words_start_lower_case_in_both_languages() -> None:
    from workbench.events.name_words import period_words

    assert period_words("Since January") == "since January"
    assert period_words("Depuis janvier") == "depuis janvier"
    assert period_words("the past month") == "in the past month"
    assert period_words("since 1982") == "since 1982"
