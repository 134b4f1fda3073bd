"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Nigeria's notes of September 2016
to August 2017 and August to December 2018 from acled-l's workbook, less Boko Haram's and the
Islamic State's events, and Somalia's, South Sudan's, Sudan's and Libya's of September 2017 to
July 2018 from acled-nigeria-c's extracts). The notes here are written for these tests and laid
out as the corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, texts_beside_earlier, write_csv
from tests.test_benchmark_acled_l import write_xlsx

corpora = load_benchmark("corpora")

_BOOK = ["event_id_cnty", "event_date", "year", "country", "actor1", "actor2", "notes"]
_BOOK += ["fatalities"]
_EXTRACT = ["event_date", "country", "location", "notes", "fatalities"]
_LATER = ["date", "country", "location", "notes", "incident_fatalities"]
# Day numbers of the workbook: 5 October 2016, 1 March 2017, 10 January 2018 (acled-nigeria-c's
# months), 9 September 2018, 1 February 2019.
_OCT16, _MAR17, _JAN18, _SEP18, _FEB19 = 42648, 42795, 43110, 43352, 43497


def _corpus(root: Path) -> Path:
    folder = root / "acled-n"
    folder.mkdir()
    gunmen = "Unidentified Armed Group (Nigeria)"
    iswap = "Islamic State (West Africa)"
    write_xlsx(
        folder / "ACLED_Nigeria2.xlsx",
        _BOOK,
        [
            ["NIG1", _OCT16, 2016, "Nigeria", gunmen, "Civilians", "Gunmen killed two farmers.", 2],
            ["NIG2", _MAR17, 2017, "Nigeria", gunmen, "Civilians", "Gunmen  killed two farmers", 2],
            ["NIG3", _SEP18, 2018, "Nigeria", "Rioters", "", "Rioters burnt a car in Jos.", 0],
            ["NIG4", _JAN18, 2018, "Nigeria", gunmen, "Civilians", "Gunmen killed a chief.", 1],
            ["NIG5", _FEB19, 2019, "Nigeria", gunmen, "Civilians", "Gunmen killed a driver.", 1],
            ["NIG6", _MAR17, 2017, "Nigeria", "Boko Haram", "Civilians", "A bomb killed six.", 6],
            ["NIG7", _SEP18, 2018, "Nigeria", iswap, "Military", "A raid.", 3],
            ["MLI1", _MAR17, 2017, "Mali", gunmen, "Civilians", "Gunmen killed a trader.", 1],
        ],
    )
    write_csv(
        folder / "africa_1.csv",
        _EXTRACT,
        [
            ["2017-10-02", "Somalia", "Afgooye", "Al Shabaab killed a soldier in Afgooye.", 1],
            ["2017-10-03", "Cameroon", "Kolofata", "A bomb killed three in Kolofata.", 3],
            ["2017-10-04", "Mali", "Gao", "An IED killed four soldiers.", 4],
            ["2017-11-05", "Libya", "Sirte", "Clashes in Sirte; 2 LNA fighters killed.", 2],
        ],
    )
    write_csv(
        folder / "africa-conflict-2018.csv",
        _LATER,
        [
            ["2017-10-02", "Somalia", "Afgooye", "Al Shabaab killed a soldier in Afgooye.", 2],
            ["2018-03-07", "South Sudan", "Yei", "SPLA-IO attacked Yei; no fatalities.", 0],
        ],
    )
    return folder


def test_the_spans_countries_and_actors_kept_one_row_a_note_and_the_later_extracts_figure(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-n"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Libya", "Clashes in Sirte; 2 LNA fighters killed.", 2),
        ("Nigeria", "Gunmen killed two farmers.", 2),
        ("Nigeria", "Rioters burnt a car in Jos.", 0),
        ("Somalia", "Al Shabaab killed a soldier in Afgooye.", 2),
        ("South Sudan", "SPLA-IO attacked Yei; no fatalities.", 0),
    ]
    assert len({r.id for r in rows}) == 5
    assert all(r.id.startswith("acled-n:") for r in rows)


def test_notes_and_near_copies_of_an_earlier_acled_corpus_are_dropped_and_kept_there(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    columns = ["event_id_cnty", "event_date", "year", "country", "notes", "fatalities"]
    held = [
        ["NIG9", "2020-04-01", 2020, "Nigeria", "gunmen killed TWO farmers", 2],
        ["NIG10", "2020-04-02", 2020, "Nigeria", "Rioters burned a car in Jos.", 0],
        ["CHA1", "2020-04-03", 2020, "Chad", "Al Shabaab killed a soldier in Afgoye.", 1],
    ]
    texts = texts_beside_earlier(
        corpora,
        tmp_path,
        "acled-n",
        tmp_path / "acled-nigeria-e" / "ACLED_Nigeria.csv",
        columns,
        held,
        "utf-8-sig",
    )
    # the exact copy and the near copy of a Nigerian note go; a near copy of another
    # country's note stays.
    assert texts == {
        "Clashes in Sirte; 2 LNA fighters killed.",
        "Al Shabaab killed a soldier in Afgooye.",
        "SPLA-IO attacked Yei; no fatalities.",
    }
