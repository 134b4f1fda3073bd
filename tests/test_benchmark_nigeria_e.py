"""The fifth Nigerian corpus's reader (benchmarks/corpora.py: Nigeria's ACLED notes of
2019-2020). The notes here are written for these tests and laid out as the corpora
are, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, write_csv

corpora = load_benchmark("corpora")

_COLUMNS = ["data_id", "event_id_cnty", "year", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-nigeria-e"
    folder.mkdir()
    write_csv(
        folder / "ACLED_Nigeria.csv",
        _COLUMNS,
        [
            [1, "NIG1", 2019, "Nigeria", "Gunmen killed two herders. Fatalities coded 2.", 2],
            [2, "NIG2", 2019, "Nigeria", "Gunmen  killed two herders. Fatalities coded 2", 2],
            [3, "NIG3", 2020, "Nigeria", "Twenty died in clashes over two days.", 10],
            [4, "NIG4", 2020, "Nigeria", "Twenty died in clashes over two days.", 0],
            [5, "NIG5", 2020, "Nigeria", "Troops killed five militants near Bama.", 5],
            [6, "NIG6", 2020, "Nigeria", "", 0],
        ],
        "utf-8-sig",
    )
    return folder


def test_one_row_a_note_and_figure(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-nigeria-e"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Nigeria", "Gunmen killed two herders. Fatalities coded 2.", 2),
        ("Nigeria", "Troops killed five militants near Bama.", 5),
        ("Nigeria", "Twenty died in clashes over two days.", 0),
        ("Nigeria", "Twenty died in clashes over two days.", 10),
    ]
    assert len({r.id for r in rows}) == 4 and {r.half for r in rows} <= {"study", "test"}


def test_notes_of_another_acled_corpus_are_dropped_and_kept_there(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-nigeria-d"
    other.mkdir()
    row = ["NIG9", 2010, "Nigeria", "TROOPS killed five militants near Bama", 5]
    write_csv(
        other / "ACLED_Nigeria.csv",
        ["event_id_cnty", "year", "country", "notes", "fatalities"],
        [row],
        "cp1252",
    )
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-nigeria-e"])}
    assert "Troops killed five militants near Bama." not in texts
    assert "Twenty died in clashes over two days." in texts
    # the earlier corpus keeps its note
    assert len(list(corpora.rows(tmp_path, ["acled-nigeria-d"]))) == 1
