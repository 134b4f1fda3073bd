"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Western and Middle Africa's notes of
2013 to 2015 and Cameroon's of 2013 to August 2017, from three kinds of file: ACLED's version 5
files, tab-separated Mac Roman text with CR line ends; its realtime files of 2015, where an event
is its id and the latest file's copy wins; and HDX's Cameroon workbook, the date a day number).
The notes here are written for these tests and laid out as the corpus is, in tmp_path."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv
from tests.test_benchmark_acled_l import write_xlsx

corpora = load_benchmark("corpora")

V5 = ["EVENT_ID_CNTY", "YEAR", "Actor", "COUNTRY", "Notes", "Fatalities"]
REALTIME = ["EVENT_ID_CNTY", "YEAR", "ACTOR1", "COUNTRY", "NOTES", "FATALITIES"]
CAMEROON = ["event_id_cnty", "event_date", "year", "actor1", "country", "notes", "fatalities"]


def _write_v5(path: Path, rows: list[list[object]]) -> None:
    with path.open("w", encoding="mac_roman", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\r")
        writer.writerow(V5)
        writer.writerows(rows)


def _corpus(root: Path, *, all_files: bool = True) -> Path:
    folder = root / "acled-w"
    folder.mkdir()
    car, drc = "Central African Republic", "Democratic Republic of Congo"
    _write_v5(
        folder / "ACLED_CAR_00_14.txt",
        [
            ["1CEN", "2013", "Seleka", car, "Séléka fighters killed 3 in Bria.", 3],
            ["2CEN", "2014", "Seleka", car, "Séléka  fighters killed 3 in Bria", 3],
            # a year before 2013 is left out
            ["3CEN", "2012", "Anti-balaka", car, "A mosque was burned.", 0],
        ],
    )
    if not all_files:
        return folder
    _write_v5(
        folder / "ACLED_DRC_97_14.txt",
        [["4DRC", "2014", "ADF", drc, "The ADF killed 8 near Beni.", 8]],
    )
    write_csv(
        folder / "ACLED All Africa File_January 2015.csv",
        REALTIME,
        [
            ["1RTA", "2015", "Rioters", "Ghana", "Students rioted in Kumasi.", 0],
            ["2RTA", "2015", "Police", "Ghana", "Police shot a man dead in Tamale.", 1],
            # Nigeria (acled-nigeria's years), Benin (acled-u's) and the held-out countries go
            ["3RTA", "2015", "Gunmen", "Nigeria", "Gunmen killed 4 in Jos.", 4],
            ["4RTA", "2015", "Gunmen", "Benin", "Herders killed a farmer.", 1],
            ["5RTA", "2015", "Gunmen", "Burkina Faso", "Gunmen killed 5.", 5],
            # Cameroon's are read from the workbook; Boko Haram's are acled-g's
            ["6RTA", "2015", "Military", "Cameroon", "Troops fought; 2 died.", 2],
            ["7RTA", "2015", "Boko Haram", "Chad", "Militants raided a village.", 5],
            ["8RTA", "2015", "Rebels", "Chad ", "Boko  Haram killed 6 fishermen.", 6],
            # a realtime file's rows of other years are left out
            ["9RTA", "2014", "Traders", "Liberia", "Traders protested.", 0],
        ],
        encoding="cp1252",
    )
    write_csv(
        folder / "ACLED-All-Africa-File_20150101-to-20151024_csv.csv",
        REALTIME,
        [
            # the latest file's copy of an event wins
            ["2RTA", "2015", "Police", "Ghana", "Police shot a man dead in Tamale town.", 1],
            ["10RTA", "2015", "Voters", "Ivory Coast", "Voters’ rally in Abidjan.", 0],
        ],
        encoding="mac_roman",
    )
    tags = [
        "#event+code",
        "#date+occurred",
        "#date+year",
        "#group+name+first",
        "#country+name",
        "#description",
        "#affected+killed",
    ]
    write_xlsx(
        folder / "conflict_data_cmr.xlsx",
        CAMEROON,
        [
            tags,
            # a row whose columns shifted names its region as its country: every row is Cameroon's
            [
                "CAO1",
                42493,
                2016,
                "Military",
                "Middle Africa",
                "Troops shot 2 smugglers.",
                2,
            ],
            ["CAO2", 42978, 2017, "Teachers", "Cameroon", "Teachers marched in Bamenda.", 0],
            # from September 2017 Cameroon's notes are acled-nigeria-c's
            ["CAO3", 42979, 2017, "Separatists", "Cameroon", "A school was burned.", 0],
            [
                "CAO4",
                42064,
                2015,
                "Boko Haram",
                "Cameroon",
                "Militants raided Kolofata.",
                4,
            ],
            ["CAO5", 41061, 2012, "Police", "Cameroon", "Police fired on a crowd; 1 died.", 1],
        ],
    )
    return folder


def test_the_years_and_countries_kept_one_row_a_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-w"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Cameroon", "Teachers marched in Bamenda.", 0),
        ("Cameroon", "Troops shot 2 smugglers.", 2),
        ("Central African Republic", "Séléka fighters killed 3 in Bria.", 3),
        ("Democratic Republic of Congo", "The ADF killed 8 near Beni.", 8),
        ("Ghana", "Police shot a man dead in Tamale town.", 1),
        ("Ghana", "Students rioted in Kumasi.", 0),
        ("Ivory Coast", "Voters’ rally in Abidjan.", 0),
    ]
    assert len({r.id for r in rows}) == 7
    assert all(r.id.startswith("acled-w:") for r in rows)


def test_the_first_file_alone_is_read(tmp_path: Path) -> None:
    _corpus(tmp_path, all_files=False)
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-w"])}
    assert texts == {"Séléka fighters killed 3 in Bria."}


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Democratic Republic of Congo", "the ADF KILLED 8 near Beni!!", 8],
        ["2", "Ghana", "Student rioted in Kumasi.", 0],
        ["3", "Togo", "Teachers marched in Bamendaa.", 0],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-w", tmp_path / "acled-2020" / "acled.csv", columns, held
    )
    # the copy goes, and a near copy of the same country's note; another country's stays
    assert texts == {
        "Troops shot 2 smugglers.",
        "Teachers marched in Bamenda.",
        "Séléka fighters killed 3 in Bria.",
        "Police shot a man dead in Tamale town.",
        "Voters’ rally in Abidjan.",
    }


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-w"])) == []
