"""The second Nigerian corpus's reader (benchmarks/corpora.py) and the benchmark's
unreadable classes it led to (benchmarks/unreadable.py). The notes here are written
for these tests and laid out as the corpora are, in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import load_benchmark

corpora = load_benchmark("corpora")
real_text = load_benchmark("real_text")
unreadable = load_benchmark("unreadable")


def _report(path: Path, notes: list[tuple[str, int]]) -> None:
    features = [
        {
            "type": "Feature",
            "properties": {
                "date": "2023-10-01",
                "location": "Bama, Borno",
                "fatalities": dead,
                "detail": text,
            },
        }
        for text, dead in notes
    ]
    body = json.dumps({"type": "FeatureCollection", "features": features}, indent=2)
    path.write_text(f"var confData ={body};\n", encoding="utf-8")


def _old_corpus(root: Path, notes: list[str]) -> None:
    features = [
        {
            "properties": {
                "event_id_cnty": f"{i}NIG",
                "country": "Nigeria",
                "notes": text,
                "fatalities": 1,
            }
        }
        for i, text in enumerate(notes)
    ]
    (root / "acled-nigeria").mkdir()
    (root / "acled-nigeria" / "Nigeria.geojson").write_text(json.dumps({"features": features}))


def test_overlapping_reports_give_one_row_per_note(tmp_path: Path) -> None:
    reports = tmp_path / "acled-nigeria-b" / "reports"
    reports.mkdir(parents=True)
    _report(
        reports / "a_1.js",
        [("Gunmen killed two farmers in Bama.", 2), ("Bandits abducted a trader.", 0)],
    )
    # a later report repeats a note, respaced, with a revised figure
    _report(
        reports / "a_2.js",
        [("Gunmen  killed two farmers in Bama. ", 3), ("Herders killed a hunter.", 1)],
    )
    rows = list(corpora.rows(tmp_path, ["acled-nigeria-b"]))
    assert sorted((r.text, r.killed) for r in rows) == [
        ("Bandits abducted a trader.", 0),
        ("Gunmen killed two farmers in Bama.", 3),
        ("Herders killed a hunter.", 1),
    ]
    assert {r.country for r in rows} == {"Nigeria"}
    assert len({r.id for r in rows}) == 3 and {r.half for r in rows} <= {"study", "test"}


def test_notes_of_the_first_nigerian_corpus_are_dropped(tmp_path: Path) -> None:
    _old_corpus(tmp_path, ["Soldiers killed 4 militants near Gwoza."])
    reports = tmp_path / "acled-nigeria-b" / "reports"
    reports.mkdir(parents=True)
    _report(
        reports / "a_1.js",
        [
            ("SOLDIERS killed 4 militants, near Gwoza", 4),
            ("Soldiers killed 5 militants near Gwoza.", 5),
        ],
    )
    rows = list(corpora.rows(tmp_path, ["acled-nigeria-b"]))
    assert [r.text for r in rows] == ["Soldiers killed 5 militants near Gwoza."]


def _row(text: str, killed: int) -> object:
    return real_text.Row("acled-x:1", "acled-x", "Nigeria", text, killed, None)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Gunmen shot and killed two fishermen at the river.", 2),
        ("Robbers stabbed and killed him before fleeing.", 1),
        ("Bandits attacked the village; six were killed.", 6),
    ],
)
def test_a_number_in_words_or_a_pronoun_victim_is_a_figure(text: str, figure: int) -> None:
    assert unreadable.unreadable(_row(text, figure)) is None


def test_a_text_with_no_figure_at_all_is_unreadable() -> None:
    assert unreadable.unreadable(_row("Militants attack army positions near Bama.", 3)) == (
        "no figure"
    )


@pytest.mark.parametrize(
    "text",
    [
        'A "number" of militants were killed in the clash.',
        "An unknown number of bandits died in the airstrike.",
        "Troops killed a number of insurgents near the camp.",
    ],
)
def test_a_number_of_is_the_convention_for_ten(text: str) -> None:
    assert unreadable.unreadable(_row(text, 10)) == "convention"
    assert unreadable.unreadable(_row(text, 4)) is None


def test_a_date_is_no_stated_figure() -> None:
    # 7 is no sum of the dates' parts (1 + 5 + ...): the toll is shared between days
    text = "Thirteen were killed between Friday (01/05) and Saturday (02/05) on the road."
    assert unreadable.unreadable(_row(text, 7)) == "days split"
    assert unreadable._stated_numbers("on 04.10.23 at 1600hrs, 12 died") == {1600, 12}


@pytest.mark.parametrize(
    "text",
    [
        "A journalist is shot by two gunmen near the market.",
        "Two bombs exploded at the bus park in Jos.",
    ],
)
def test_a_text_that_tells_no_death_is_unreadable(text: str) -> None:
    assert unreadable.unreadable(_row(text, 2)) == "no death told"
    assert unreadable.unreadable(_row(text, 0)) is None  # coded no deaths: scored as clean


@pytest.mark.parametrize(
    "text",
    [
        "Two traders were gunned down near the market.",
        "Two bombs exploded at the bus park in Jos; two casualties.",
        "Two soldiers are reported deceased after the ambush.",
        "Two suicide bombers struck the bus park in Jos.",
    ],
)
def test_a_death_told_in_other_words_is_readable(text: str) -> None:
    assert unreadable.unreadable(_row(text, 2)) is None


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # a comma after a figure separates no thousands (issue 13, session ng45)
        ("Cultists killed 16, including a guard, in Ahoada.", {16}),
        ("Raiders killed 1,200 cattle and 3 herders.", {1200, 3}),
        # a length of time is no figure
        ("Herders attacked Kwall over two days. Four deaths reported.", {4}),
        ("A 25-year-old trader and 2 others died in a 3-day clash.", {2}),
    ],
)
def test_stated_figures_leave_out_lengths_of_time(text: str, stated: set[int]) -> None:
    assert unreadable._stated_numbers(text) == stated


def test_a_fight_told_by_its_length_is_split_over_days() -> None:
    text = "15 are killed in a two day clash between two villages. A paper claims 20 dead."
    assert unreadable.unreadable(_row(text, 7)) == "days split"
    assert unreadable.unreadable(_row(text, 15)) is None  # the figure stated: readable
    # over two days, four deaths: two is the length, not a share, so 2 is a split
    assert unreadable.unreadable(_row("Herders attacked Kwall over two days. Four deaths.", 2)) == (
        "silent split"
    )


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("04 December 2019. Gunmen killed a farmer in Baidoa.", set()),
        ("On March 5, gunmen shot dead a trader in Kismayo.", set()),
        ("Troops of the 14th Infantry Battalion killed 1 NPA member.", {1}),
        ("Gunmen killed 4 soldiers on the 3rd of May, 2 in Gao.", {4, 2}),
    ],
)
def test_stated_figures_leave_out_days_of_a_month_and_ordinals(text: str, stated: set[int]) -> None:
    assert unreadable._stated_numbers(text) == stated


def test_a_day_of_the_month_makes_no_split_of_one_death() -> None:
    text = "04 December 2019. Gunmen shot and killed a farmer in Baidoa."
    assert unreadable.unreadable(_row(text, 1)) is None
