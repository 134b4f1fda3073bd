"""The fourth Nigerian corpus's reader (benchmarks/corpora.py: Nigeria's ACLED notes
of 1997-2013 and Chad's of 2019-2020). The notes here are written for these tests and
laid out as the corpora are, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, write_csv

corpora = load_benchmark("corpora")

_NIGERIA_COLUMNS = ["EVENT_ID_CNTY", "YEAR", "COUNTRY", "NOTES", "FATALITIES"]
_CHAD_COLUMNS = ["event_id_cnty", "year", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-nigeria-d"
    folder.mkdir()
    write_csv(
        folder / "ACLED_Nigeria.csv",
        _NIGERIA_COLUMNS,
        [
            ["1NIG", 1999, "Nigeria", "Gunmen killed the chief\u2019s two sons.", 2],
            ["2NIG", 2004, "Nigeria", "Gunmen  killed the chief\u2019s two sons. ", 2],
            ["3NIG", 2010, "Nigeria", "Twenty died in clashes over two days.", 10],
            ["4NIG", 2010, "Nigeria", "Twenty died in clashes over two days.", 10],
            ["5NIG", 2010, "Nigeria", "Twenty died in clashes over two days.", 0],
            ["6NIG", 2014, "Nigeria", "Militants killed four herders.", 4],
            ["7NIG", 2012, "Nigeria", "", 0],
        ],
        "cp1252",
    )
    write_csv(
        folder / "ACLED_Chad.csv",
        _CHAD_COLUMNS,
        [
            ["CHA1", 2019, "Chad", "Troops killed five militants near Bol.", 5],
            ["NIR1", 2019, "Niger", "Militants killed a guard at Diffa.", 1],
        ],
        "utf-8",
    )
    return folder


def test_one_row_a_note_and_figure_of_the_years_no_other_corpus_holds(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-nigeria-d"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Chad", "Troops killed five militants near Bol.", 5),
        ("Nigeria", "Gunmen killed the chief\u2019s two sons.", 2),
        ("Nigeria", "Twenty died in clashes over two days.", 0),
        ("Nigeria", "Twenty died in clashes over two days.", 10),
    ]
    assert len({r.id for r in rows}) == 4 and {r.half for r in rows} <= {"study", "test"}


def test_notes_of_another_acled_corpus_are_dropped(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-nigeria-c"
    other.mkdir()
    columns = ["country", "date", "location", "notes", "incident_fatalities"]
    row = ["Chad", "2018-02-01", "Bol", "TROOPS killed five militants near Bol", 5]
    write_csv(other / "africa-conflict-2018.csv", columns, [row], "utf-8")
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-nigeria-d"])}
    assert "Troops killed five militants near Bol." not in texts
    assert "Gunmen killed the chief\u2019s two sons." in texts
    # the earlier corpus keeps its note
    assert len(list(corpora.rows(tmp_path, ["acled-nigeria-c"]))) == 1
