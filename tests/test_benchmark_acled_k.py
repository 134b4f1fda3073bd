"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Somalia's notes of April 2025 to
March 2026). The notes here are written for these tests and laid out as the corpus is, in
tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, write_csv

corpora = load_benchmark("corpora")

_COLUMNS = ["event_id_cnty", "event_date", "year", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-k"
    folder.mkdir()
    write_csv(
        folder / "acled_data.csv",
        _COLUMNS,
        [
            ["SOM1", "2025-04-01", 2025, "Somalia", "A mortar hit a market, killing two.", 2],
            ["SOM2", "2025-04-02", 2025, "Somalia", "A mortar  hit a market, killing two", 2],
            ["SOM3", "2026-01-05", 2026, "Somalia", "An IED hit a convoy; three dead.", 3],
            ["SOM4", "2026-01-06", 2026, "Somalia", "An IED hit a convoy; three dead.", 1],
            ["SOM5", "2025-05-01", 2025, "Somalia", "Militia blocked a road in Galkayo.", 0],
            ["KEN1", "2025-05-02", 2025, "Kenya", "Gunmen killed a herder in Mandera.", 1],
            ["MLI1", "2025-05-03", 2025, "Mali", "An IED killed four soldiers.", 4],
        ],
        "utf-8-sig",
    )
    return folder


def test_one_row_a_somali_note_and_one_a_figure_of_a_shared_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-k"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Somalia", "A mortar hit a market, killing two.", 2),
        ("Somalia", "An IED hit a convoy; three dead.", 1),
        ("Somalia", "An IED hit a convoy; three dead.", 3),
        ("Somalia", "Militia blocked a road in Galkayo.", 0),
    ]
    assert len({r.id for r in rows}) == 4
    assert all(r.id.startswith("acled-k:") for r in rows)


def test_notes_of_an_earlier_acled_corpus_are_dropped_and_kept_there(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-i"
    other.mkdir()
    row = ["SOM9", "2019-04-01", 2019, "Somalia", "militia blocked a road in GALKAYO", 0]
    write_csv(other / "ACLED_Som.csv", _COLUMNS, [row], "utf-8-sig")
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-k"])}
    assert "Militia blocked a road in Galkayo." not in texts
    assert len(texts) == 2
    assert len(list(corpora.rows(tmp_path, ["acled-i"]))) == 1
