"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Somalia's, Iraq's and the
Philippines' notes of 2019). The notes here are written for these tests and laid out as
the corpora are, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, write_csv

corpora = load_benchmark("corpora")

_COLUMNS = ["data_id", "event_id_cnty", "year", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-i"
    folder.mkdir()
    write_csv(
        folder / "ACLED_Som.csv",
        _COLUMNS,
        [
            [1, "SOM1", 2019, "Somalia", "Al Shabaab killed three soldiers in Afgooye.", 3],
            [2, "SOM2", 2019, "Somalia", "Al Shabaab  killed three soldiers in Afgooye", 3],
            [3, "SOM3", 2020, "Somalia", "Clan militias clashed; two dead.", 2],
            [4, "SOM4", 2019, "Somalia", "A mortar hit a market, killing two.", 2],
            [5, "SOM5", 2019, "Somalia", "A mortar hit a market, killing two.", 1],
        ],
        "utf-8-sig",
    )
    write_csv(
        folder / "ACLED_Iraq.csv",
        _COLUMNS,
        [[6, "IRQ1", 2019, "Iraq", "An IED killed a farmer in Tarmiyah.", 1]],
        "utf-8-sig",
    )
    write_csv(
        folder / "ACLED_Phil.csv",
        _COLUMNS,
        [
            [7, "PHL1", 2019, "Philippines", "NPA rebels killed a soldier in Samar.", 1],
            [8, "PHL2", 2019, "Mali", "Gunmen killed four herders.", 4],
        ],
        "utf-8-sig",
    )
    return folder


def test_one_row_a_note_of_2019_and_one_a_figure_of_a_shared_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-i"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Iraq", "An IED killed a farmer in Tarmiyah.", 1),
        ("Philippines", "NPA rebels killed a soldier in Samar.", 1),
        ("Somalia", "A mortar hit a market, killing two.", 1),
        ("Somalia", "A mortar hit a market, killing two.", 2),
        ("Somalia", "Al Shabaab killed three soldiers in Afgooye.", 3),
    ]
    assert len({r.id for r in rows}) == 5


def test_notes_of_an_earlier_acled_corpus_are_dropped_and_kept_there(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-f"
    other.mkdir()
    row = [1, "DRC1", 2019, "Democratic Republic of Congo", "an IED killed a FARMER in Tarmiyah", 1]
    write_csv(other / "ACLED_DRC.csv", _COLUMNS, [row], "utf-8-sig")
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-i"])}
    assert "An IED killed a farmer in Tarmiyah." not in texts
    assert len(texts) == 3
    assert len(list(corpora.rows(tmp_path, ["acled-f"]))) == 1
