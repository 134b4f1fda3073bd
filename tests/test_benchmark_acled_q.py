"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Bangladesh's notes of December 2022 to
August 2024, from one CSV file of ACLED's 2024 columns, with no data_id and the date as 5-Aug-24).
The notes here are written for these tests and laid out as the corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv

corpora = load_benchmark("corpora")

COLUMNS = ["event_id_cnty", "event_date", "year", "event_type", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-q"
    folder.mkdir()
    write_csv(
        folder / "acled_data.csv",
        COLUMNS,
        [
            [
                "BGD1",
                "10-Dec-22",
                "2022",
                "Riots",
                "Bangladesh",
                "BNP and AL men clashed; 1 killed.",
                "1",
            ],
            [
                "BGD2",
                "11-Dec-22",
                "2022",
                "Riots",
                "Bangladesh",
                "BNP and AL  men clashed; 1 killed",
                "1",
            ],
            [
                "BGD3",
                "5-Aug-24",
                "2024",
                "Protests",
                "Bangladesh",
                "Students marched in Dhaka.",
                "0",
            ],
            ["BGD4", "5-Aug-24", "2024", "Riots", "Bangladesh", "A mob burnt a police post.", ""],
            ["BGD5", "5-Aug-24", "2024", "Riots", "Bangladesh", "", "2"],
            # a row of another year or country is left out
            ["BGD6", "30-Nov-22", "2022", "Riots", "Bangladesh", "Villagers clashed.", "0"],
            [
                "BGD7",
                "2-Jan-25",
                "2025",
                "Riots",
                "Bangladesh",
                "A mob beat a thief to death.",
                "1",
            ],
            ["IND8", "2-Jan-24", "2024", "Riots", "India", "A mob beat a thief to death.", "1"],
        ],
    )
    return folder


def test_the_years_kept_one_row_a_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-q"]))
    # BGD6 is of 2022 too (the reader keeps 2022 to 2024 by the `year` column)
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Bangladesh", "A mob burnt a police post.", None),
        ("Bangladesh", "BNP and AL men clashed; 1 killed.", 1),
        ("Bangladesh", "Students marched in Dhaka.", 0),
        ("Bangladesh", "Villagers clashed.", 0),
    ]
    assert len({r.id for r in rows}) == 4
    assert all(r.id.startswith("acled-q:") for r in rows)


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Bangladesh", "bnp and al men CLASHED, 1 killed", 1],
        ["2", "Bangladesh", "Students marched in Dhaka!!", 0],
        ["3", "India", "A mob burnt a police posts", 0],
        ["4", "Bangladesh", "Villagers clashed..", 0],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-q", tmp_path / "acled-south-asia" / "acled.csv", columns, held
    )
    # the copies of Bangladeshi notes go; a near copy of another country's note stays
    assert texts == {"A mob burnt a police post."}


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-q"])) == []
