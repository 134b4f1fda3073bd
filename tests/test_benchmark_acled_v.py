"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Myanmar's notes of 2016 to 2019, from
one CSV file of ACLED's columns, the date as 20161112 and the year and country given; 2020 is left
out). The notes here are written for these tests and laid out as the corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv

corpora = load_benchmark("corpora")

COLUMNS = ["data_id", "event_id_cnty", "event_date", "year", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-v"
    folder.mkdir()
    write_csv(
        folder / "ACLED_Myanmar.csv",
        COLUMNS,
        [
            ["1", "MMR1", "20160105", "2016", "Myanmar", "Troops fought rebels; 2 died.", "2"],
            ["2", "MMR2", "20160106", "2016", "Myanmar", "Troops  fought rebels; 2 died", "2"],
            ["3", "MMR3", "20191230", "2019", "Myanmar", "Farmers marched to the office.", "0"],
            ["4", "MMR4", "20170826", "2017", "Myanmar", "A mine went off near a bridge.", ""],
            ["5", "MMR5", "20180301", "2018", "Myanmar", "", "1"],
            # Myanmar's 2015 is acled-south-asia's and 2020 acled-2020's: left out whole
            ["6", "MMR6", "20151231", "2015", "Myanmar", "Police shot a man dead.", "1"],
            ["7", "MMR7", "20200101", "2020", "Myanmar", "Monks rallied downtown.", "0"],
            # a row of another country is left out
            ["8", "THA8", "20180301", "2018", "Thailand", "Students rallied.", "0"],
            ["9", "BFA9", "20180301", "2018", "Burkina Faso", "Gunmen killed 5.", "5"],
        ],
    )
    return folder


def test_the_years_kept_one_row_a_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-v"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Myanmar", "A mine went off near a bridge.", None),
        ("Myanmar", "Farmers marched to the office.", 0),
        ("Myanmar", "Troops fought rebels; 2 died.", 2),
    ]
    assert len({r.id for r in rows}) == 3
    assert all(r.id.startswith("acled-v:") for r in rows)


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Myanmar", "troops FOUGHT rebels, 2 died", 2],
        ["2", "Thailand", "A mine went off near a bridges.", 0],
        ["3", "Myanmar", "Farmers marched to the offices!!", 0],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-v", tmp_path / "acled-2020" / "acled.csv", columns, held
    )
    # the copy goes, and a near copy of the same country's note; another country's stays
    assert texts == {"A mine went off near a bridge."}


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-v"])) == []
