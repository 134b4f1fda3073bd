"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Haiti's notes of 2024 and 2025, from one
CSV file that a conflict analysis saved from ACLED's API, with an unnamed index column first, the
date as 2024-02-06 and no event id). The notes here are written for these tests and laid out as the
corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv

corpora = load_benchmark("corpora")

COLUMNS = ["", "event_date", "year", "event_type", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-s"
    folder.mkdir()
    write_csv(
        folder / "raw_acled_2026-02-09.csv",
        COLUMNS,
        [
            ["0", "2024-03-01", "2024", "Battles", "Haiti", "Gangs clashed; 2 killed.", "2"],
            ["1", "2024-03-02", "2024", "Battles", "Haiti", "Gangs  clashed; 2 killed", "2"],
            ["2", "2025-01-05", "2025", "Protests", "Haiti", "Residents rallied in Hinche.", "0"],
            ["3", "2025-02-07", "2025", "Riots", "Haiti", "A mob burned a car.", ""],
            ["4", "2025-02-08", "2025", "Battles", "Haiti", "", "3"],
            # a row of another year or country is left out
            ["5", "2023-12-30", "2023", "Battles", "Haiti", "Police fired; 1 killed.", "1"],
            ["6", "2024-03-03", "2024", "Riots", "Dominican Republic", "A mob beat a man.", "0"],
        ],
    )
    return folder


def test_the_years_kept_one_row_a_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-s"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Haiti", "A mob burned a car.", None),
        ("Haiti", "Gangs clashed; 2 killed.", 2),
        ("Haiti", "Residents rallied in Hinche.", 0),
    ]
    assert len({r.id for r in rows}) == 3
    assert all(r.id.startswith("acled-s:") for r in rows)


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Haiti", "gangs CLASHED, 2 killed", 2],
        ["2", "Jamaica", "A mob burned a cars", 0],
        ["3", "Haiti", "Residents rallied in Hinche!!", 0],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-s", tmp_path / "acled-2020" / "acled.csv", columns, held
    )
    # the copies of Haitian notes go; a near copy of another country's note stays
    assert texts == {"A mob burned a car."}


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-s"])) == []
