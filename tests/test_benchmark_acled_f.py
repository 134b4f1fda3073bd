"""The fresh ACLED corpus's reader (benchmarks/corpora.py: DR Congo's and Mozambique's
notes of 2016-2019). The notes here are written for these tests and laid out as the
corpora are, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, write_csv

corpora = load_benchmark("corpora")

_COLUMNS = ["data_id", "event_id_cnty", "year", "country", "notes", "fatalities"]
_DRC = "Democratic Republic of Congo"


def _corpus(root: Path) -> Path:
    folder = root / "acled-f"
    folder.mkdir()
    write_csv(
        folder / "ACLED_DRC.csv",
        _COLUMNS,
        [
            [1, "DRC1", 2018, _DRC, "ADF killed seven civilians in Beni.", 7],
            [2, "DRC2", 2018, _DRC, "ADF  killed seven civilians in Beni", 7],
            [3, "DRC3", 2020, _DRC, "Mai-Mai killed two soldiers.", 2],
            [4, "DRC4", 2019, _DRC, "Troops killed five militia members.", 5],
        ],
        "utf-8-sig",
    )
    write_csv(
        folder / "ACLED_Mozambique.csv",
        _COLUMNS,
        [[5, "MOZ1", 2019, "Mozambique", "Insurgents beheaded a farmer.", 1]],
        "utf-8-sig",
    )
    return folder


def test_one_row_a_note_of_2016_to_2019(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-f"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        (_DRC, "ADF killed seven civilians in Beni.", 7),
        (_DRC, "Troops killed five militia members.", 5),
        ("Mozambique", "Insurgents beheaded a farmer.", 1),
    ]


def test_notes_of_an_earlier_acled_corpus_are_dropped_and_kept_there(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-nigeria-e"
    other.mkdir()
    row = ["X1", 2019, "Nigeria", "TROOPS killed five militia members", 5]
    write_csv(
        other / "ACLED_Nigeria.csv",
        ["event_id_cnty", "year", "country", "notes", "fatalities"],
        [row],
        "utf-8-sig",
    )
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-f"])}
    assert texts == {"ADF killed seven civilians in Beni.", "Insurgents beheaded a farmer."}
    assert len(list(corpora.rows(tmp_path, ["acled-nigeria-e"]))) == 1
