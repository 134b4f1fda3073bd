"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Sri Lanka's notes of 2010-2019 (not
2015) and 2022, Afghanistan's of March 2020 and Benin's of 2009-2022 (not September 2017 to July
2018), from four CSV files of ACLED's columns with the year given). The notes here are written
for these tests and laid out as the corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv

corpora = load_benchmark("corpora")

COLUMNS = ["event_id_cnty", "event_date", "year", "country", "notes", "fatalities"]


def _corpus(root: Path, *, all_files: bool = True) -> Path:
    folder = root / "acled-u"
    folder.mkdir()
    write_csv(
        folder / "ACLEDRAWSL.csv",
        ["data_id", *COLUMNS],
        [
            ["1", "LKA1", "3-May-18", "2018", "Sri Lanka", "A mob beat a man; 1 died.", "1"],
            ["2", "LKA2", "4-May-18", "2018", "Sri Lanka", "A mob  beat a man; 1 died", "1"],
            ["3", "LKA3", "5-May-16", "2016", "Sri Lanka", "Farmers rallied.", "0"],
            # Sri Lanka's 2015 is acled-south-asia's: left out whole
            ["9", "LKA9", "8-Jan-15", "2015", "Sri Lanka", "A grenade exploded.", "0"],
            # a row of another year or country is left out
            ["4", "LKA4", "5-May-08", "2008", "Sri Lanka", "Troops fired; 4 killed.", "4"],
            ["5", "IND5", "5-May-18", "2018", "India", "Students rallied.", "0"],
        ],
    )
    if all_files:
        write_csv(
            folder / "2022-raw.csv",
            COLUMNS,
            [
                ["LKA6", "9-May-22", "2022", "Sri Lanka", "Rioters burned a house.", "0"],
                ["LKA7", "1-Jan-23", "2023", "Sri Lanka", "Workers marched.", "0"],
            ],
        )
        write_csv(
            folder / "geo_stuff_ACLED.csv",
            ["data_id", *COLUMNS],
            [
                [
                    "8",
                    "AFG8",
                    "1-Mar-20",
                    "2020",
                    "Afghanistan",
                    "Taliban attacked a post; 3 killed.",
                    "3",
                ]
            ],
        )
        write_csv(
            folder / "saereplication_acled.csv",
            COLUMNS,
            [
                ["BEN9", "8 February 2022", "2022", "Benin", "Gunmen killed 2 rangers.", "2"],
                # Benin's September 2017 to July 2018 is acled-g's: left out whole
                ["BEN11", "11 February 2018", "2018", "Benin", "People killed 4 herders.", "4"],
                ["BEN12", "31 August 2017", "2017", "Benin", "Herders killed a farmer.", "1"],
                ["BFA10", "8 February 2022", "2022", "Burkina Faso", "Gunmen killed 5.", "5"],
            ],
        )
    return folder


def test_the_years_and_countries_kept_one_row_a_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-u"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Afghanistan", "Taliban attacked a post; 3 killed.", 3),
        ("Benin", "Gunmen killed 2 rangers.", 2),
        ("Benin", "Herders killed a farmer.", 1),
        ("Sri Lanka", "A mob beat a man; 1 died.", 1),
        ("Sri Lanka", "Farmers rallied.", 0),
        ("Sri Lanka", "Rioters burned a house.", 0),
    ]
    assert len({r.id for r in rows}) == 6
    assert all(r.id.startswith("acled-u:") for r in rows)


def test_the_first_file_alone_is_read(tmp_path: Path) -> None:
    _corpus(tmp_path, all_files=False)
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-u"])}
    assert texts == {"A mob beat a man; 1 died.", "Farmers rallied."}


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Sri Lanka", "a mob BEAT a man, 1 died", 1],
        ["2", "India", "Farmers ralied.", 0],
        ["3", "Afghanistan", "Taliban attacked a post; 3 killed!!", 3],
        ["4", "Benin", "Gunmen killed 2 ranger.", 2],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-u", tmp_path / "acled-2020" / "acled.csv", columns, held
    )
    # the copies go, and a near copy of the same country's note; another country's stays
    assert texts == {"Farmers rallied.", "Rioters burned a house.", "Herders killed a farmer."}


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-u"])) == []
