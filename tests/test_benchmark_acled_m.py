"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Nigeria's notes of October 2022 to
February 2023, from a data warehouse's extract whose columns are named "ACLED Notes" and so on,
with no country column). The notes here are written for these tests and laid out as the corpus
is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, write_csv

corpora = load_benchmark("corpora")

_COLUMNS = [
    "ACLED Event ID Cnty",
    "ACLED Year",
    "ACLED Region",
    "ACLED Notes",
    "ACLED Fatalities",
]


def _corpus(root: Path) -> Path:
    folder = root / "acled-m"
    folder.mkdir()
    write_csv(
        folder / "Nigeria_ACLED.csv",
        _COLUMNS,
        [
            ["NIG1", 2022, "Western Africa", "Gunmen killed two farmers & a herder.", 3],
            ["NIG2", 2022, "Western Africa", "Gunmen  killed two farmers & a herder", 3],
            ["NIG3", 2023, "Western Africa", "Bandits raided Kaura; four dead.", 4],
            ["NIG4", 2023, "Western Africa", "Bandits raided Kaura; four dead.", 2],
            ["NIG5", 2022, "Western Africa", "Traders protested in Kano.", 0],
            ["NIR1", 2022, "Western Africa", "An IED killed four soldiers.", 4],
            ["MLI1", 2023, "Western Africa", "Gunmen killed a trader in Gao.", 1],
        ],
        "utf-8-sig",
    )
    return folder


def test_one_row_a_nigerian_note_and_one_a_figure_of_a_shared_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-m"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Nigeria", "Bandits raided Kaura; four dead.", 2),
        ("Nigeria", "Bandits raided Kaura; four dead.", 4),
        ("Nigeria", "Gunmen killed two farmers & a herder.", 3),
        ("Nigeria", "Traders protested in Kano.", 0),
    ]
    assert len({r.id for r in rows}) == 4
    assert all(r.id.startswith("acled-m:") for r in rows)


def test_notes_of_an_earlier_acled_corpus_are_dropped_and_kept_there(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-nigeria-e"
    other.mkdir()
    columns = ["event_id_cnty", "event_date", "year", "country", "notes", "fatalities"]
    row = ["NIG9", "2020-04-01", 2020, "Nigeria", "traders protested in KANO", 0]
    write_csv(other / "ACLED_Nigeria.csv", columns, [row], "utf-8-sig")
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-m"])}
    assert "Traders protested in Kano." not in texts
    assert len(texts) == 2
    assert len(list(corpora.rows(tmp_path, ["acled-nigeria-e"]))) == 1
