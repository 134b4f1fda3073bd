"""The fresh ACLED corpus's reader (benchmarks/corpora.py: the Philippines' notes of 2016 and
2017, from monthly files a processing script cut from an ACLED export, with no country, year or
event id column). The notes here are written for these tests and laid out as the corpus is, in
tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv

corpora = load_benchmark("corpora")

COLUMNS = ["event_date", "event_type", "Region", "Province", "fatalities", "notes"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-p"
    folder.mkdir()
    write_csv(
        folder / "2016_01_PhilEvents.csv",
        COLUMNS,
        [
            ["2016-01-04", "Battles", "Caraga", "Surigao", "2", "NPA rebels killed two soldiers."],
            ["2016-01-09", "Battles", "Caraga", "Surigao", "2", "NPA  rebels killed two soldiers"],
            ["2016-01-12", "Protests", "NCR", "Manila", "0", "Farmers protested in Manila."],
            ["2016-01-20", "Riots", "NCR", "Manila", "", "A mob stoned a police car."],
            ["2016-01-21", "Battles", "BARMM", "Sulu", "1", ""],
        ],
    )
    write_csv(
        folder / "2017_12_PhilEvents.csv",
        COLUMNS,
        [
            [
                "2017-12-03",
                "Violence against civilians",
                "NCR",
                "Manila",
                "1",
                "A drug suspect was killed in a police raid at Manila on 03 Dec 2017.",
            ],
            # a row of another year in a month's file is left out
            ["2018-01-02", "Battles", "BARMM", "Lanao del Sur", "3", "Soldiers killed three men."],
        ],
    )
    # a month the reader does not list is not read
    write_csv(
        folder / "2018_01_PhilEvents.csv",
        COLUMNS,
        [["2018-01-05", "Battles", "BARMM", "Sulu", "4", "Abu Sayyaf killed four marines."]],
    )
    return folder


def test_the_months_kept_one_row_a_note_and_the_country_given(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-p"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Philippines", "A drug suspect was killed in a police raid at Manila on 03 Dec 2017.", 1),
        ("Philippines", "A mob stoned a police car.", None),
        ("Philippines", "Farmers protested in Manila.", 0),
        ("Philippines", "NPA rebels killed two soldiers.", 2),
    ]
    assert len({r.id for r in rows}) == 4
    assert all(r.id.startswith("acled-p:") for r in rows)


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Philippines", "npa rebels KILLED two soldiers", 2],
        ["2", "Philippines", "Farmers protested in Manila!!", 0],
        ["3", "Indonesia", "A mob stoned a police cars", 0],
        [
            "4",
            "Philippines",
            "A drug suspect was killed in a police raid at Manila on 03 Dec 2019.",
            1,
        ],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-p", tmp_path / "acled-south-asia" / "acled.csv", columns, held
    )
    # the exact copies and the near copy of a Philippine note go (a formulaic note that differs
    # by its date alone is a near copy); a near copy of another country's note stays.
    assert texts == {"A mob stoned a police car."}


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-p"])) == []
