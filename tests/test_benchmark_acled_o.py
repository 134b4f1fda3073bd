"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Bangladesh's notes of 2012 to 2014,
from an R data file of Bangladesh's events of 2010-2024 whose `event_date` is a day number and
whose missing values are pandas' NA). The notes here are written for these tests and laid out
as the corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_benchmark, texts_beside_earlier

corpora = load_benchmark("corpora")
rdata = pytest.importorskip("rdata")
pd = pytest.importorskip("pandas")


def _corpus(root: Path) -> Path:
    folder = root / "acled-o"
    folder.mkdir()
    events = [
        # event id, day number, year, country, note, fatalities
        ("BGD1", 15400.0, 2012.0, "Bangladesh", "Gunmen killed two BNP activists.", 2.0),
        ("BGD2", 15800.0, 2013.0, "Bangladesh", "Gunmen  killed two BNP activists", 2.0),
        ("BGD3", 16100.0, 2014.0, "Bangladesh", "Hartal supporters burnt a bus in Dhaka.", 0.0),
        ("BGD4", 16500.0, 2015.0, "Bangladesh", "A JCD leader was shot dead.", 1.0),
        ("BGD5", 15200.0, 2011.0, "Bangladesh", "Police killed a robber.", 1.0),
        ("BGD6", 15500.0, 2012.0, "Bangladesh", None, 3.0),
        ("BGD7", 15600.0, 2012.0, "Bangladesh", "Clashes in Bogra; figure lost.", None),
        ("MLI1", 15500.0, 2012.0, "Mali", "Gunmen killed a trader in Gao.", 1.0),
    ]
    frame = pd.DataFrame(
        events,
        columns=["event_id_cnty", "event_date", "year", "country", "notes", "fatalities"],
    )
    frame["notes"] = frame["notes"].astype("string")
    rdata.write_rds(str(folder / "bangladesh.rds"), frame)
    return folder


def test_the_years_and_country_kept_one_row_a_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-o"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Bangladesh", "Clashes in Bogra; figure lost.", None),
        ("Bangladesh", "Gunmen killed two BNP activists.", 2),
        ("Bangladesh", "Hartal supporters burnt a bus in Dhaka.", 0),
    ]
    assert len({r.id for r in rows}) == 3
    assert all(r.id.startswith("acled-o:") for r in rows)


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["data_id", "country", "notes", "fatalities"]
    held = [
        ["1", "Bangladesh", "gunmen killed TWO BNP activists", 2],
        ["2", "Bangladesh", "Hartal supporters burned a bus in Dhaka.", 0],
        ["3", "Pakistan", "Clashes in Bogra; figures lost.", 0],
    ]
    texts = texts_beside_earlier(
        corpora, tmp_path, "acled-o", tmp_path / "acled-south-asia" / "acled.csv", columns, held
    )
    # the exact copy and the near copy of a Bangladeshi note go; a near copy of another
    # country's note stays.
    assert texts == {"Clashes in Bogra; figure lost."}


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert list(corpora.rows(tmp_path, ["acled-o"])) == []
