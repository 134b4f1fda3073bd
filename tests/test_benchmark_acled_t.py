"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Gaza City's notes of 7 October 2023
to 6 June 2025, from one CSV file of ACLED's columns, the date as 6-Jun-25 and the year given). The
notes here are written for these tests and laid out as the corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv

corpora = load_benchmark("corpora")

COLUMNS = ["event_id_cnty", "event_date", "year", "event_type", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-t"
    folder.mkdir()
    write_csv(
        folder / "gaza_war_events.csv",
        COLUMNS,
        [
            ["PSE1", "7-Oct-23", "2023", "Battles", "Palestine", "Forces clashed; 2 killed.", "2"],
            ["PSE2", "8-Oct-23", "2023", "Battles", "Palestine", "Forces  clashed; 2 killed", "2"],
            ["PSE3", "5-Jan-25", "2025", "Protests", "Palestine", "Residents rallied.", "0"],
            ["PSE4", "7-Feb-24", "2024", "Strikes", "Palestine", "A drone struck a car.", ""],
            ["PSE5", "8-Feb-24", "2024", "Battles", "Palestine", "", "3"],
            # a row of another year or country is left out
            ["PSE6", "30-Dec-22", "2022", "Battles", "Palestine", "Troops fired; 1 killed.", "1"],
            ["ISR7", "3-Mar-24", "2024", "Riots", "Israel", "A mob beat a man.", "0"],
        ],
    )
    return folder


def test_the_years_kept_one_row_a_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-t"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Palestine", "A drone struck a car.", None),
        ("Palestine", "Forces clashed; 2 killed.", 2),
        ("Palestine", "Residents rallied.", 0),
    ]
    assert len({r.id for r in rows}) == 3
    assert all(r.id.startswith("acled-t:") for r in rows)


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Palestine", "forces CLASHED, 2 killed", 2],
        ["2", "Israel", "A drone struck a cars", 0],
        ["3", "Palestine", "Residents rallied!!", 0],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-t", tmp_path / "acled-2020" / "acled.csv", columns, held
    )
    # the copies of Palestine's notes go; a near copy of another country's note stays
    assert texts == {"A drone struck a car."}


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-t"])) == []
