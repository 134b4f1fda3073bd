"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Ukraine's notes of January to mid-April
2022, from one CSV file of ACLED's 2022 columns, with the date as 15 April 2022 and a byte-order
mark). The notes here are written for these tests and laid out as the corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv

corpora = load_benchmark("corpora")

COLUMNS = ["data_id", "event_id_cnty", "event_date", "year", "event_type", "country", "notes"]
COLUMNS += ["fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-r"
    folder.mkdir()
    write_csv(
        folder / "UkraineACLED.csv",
        COLUMNS,
        [
            [
                "1",
                "UKR1",
                "24 February 2022",
                "2022",
                "Battles",
                "Ukraine",
                "Forces clashed; 2 killed.",
                "2",
            ],
            [
                "2",
                "UKR2",
                "25 February 2022",
                "2022",
                "Battles",
                "Ukraine",
                "Forces  clashed; 2 killed",
                "2",
            ],
            [
                "3",
                "UKR3",
                "1 March 2022",
                "2022",
                "Protests",
                "Ukraine",
                "Residents rallied in Kherson.",
                "0",
            ],
            [
                "4",
                "UKR4",
                "2 March 2022",
                "2022",
                "Explosions/Remote violence",
                "Ukraine",
                "A missile struck a depot.",
                "",
            ],
            ["5", "UKR5", "3 March 2022", "2022", "Battles", "Ukraine", "", "3"],
            # a row of another year or country is left out
            [
                "6",
                "UKR6",
                "30 December 2021",
                "2021",
                "Battles",
                "Ukraine",
                "Sniper fire; 1 killed.",
                "1",
            ],
            [
                "7",
                "RUS7",
                "3 March 2022",
                "2022",
                "Riots",
                "Russia",
                "Police beat protesters.",
                "0",
            ],
        ],
        encoding="utf-8-sig",
    )
    return folder


def test_the_year_kept_one_row_a_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-r"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Ukraine", "A missile struck a depot.", None),
        ("Ukraine", "Forces clashed; 2 killed.", 2),
        ("Ukraine", "Residents rallied in Kherson.", 0),
    ]
    assert len({r.id for r in rows}) == 3
    assert all(r.id.startswith("acled-r:") for r in rows)


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Ukraine", "forces CLASHED, 2 killed", 2],
        ["2", "Russia", "A missile struck a depots", 0],
        ["3", "Ukraine", "Residents rallied in Kherson!!", 0],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-r", tmp_path / "acled-2020" / "acled.csv", columns, held
    )
    # the copies of Ukrainian notes go; a near copy of another country's note stays
    assert texts == {"A missile struck a depot."}


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-r"])) == []
