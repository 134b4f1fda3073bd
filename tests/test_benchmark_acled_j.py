"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Myanmar's notes of explosions
and remote violence in 2021). The notes here are written for these tests and laid out as
the corpus is, in tmp_path."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import load_benchmark, write_csv

corpora = load_benchmark("corpora")

_COLUMNS = ["data_id", "event_id_cnty", "year", "country", "notes", "fatalities"]


def _corpus(root: Path) -> Path:
    folder = root / "acled-j"
    folder.mkdir()
    write_csv(
        folder / "explosions_remote_violence.csv",
        _COLUMNS,
        [
            [1, "MMR1", 2021, "Myanmar", "A shell landed in a village, killing two farmers.", 2],
            [2, "MMR2", 2021, "Myanmar", "A shell  landed in a village, killing two farmers", 2],
            [3, "MMR3", 2022, "Myanmar", "A mine killed a woman near Hpakant.", 1],
            [4, "MMR4", 2021, "Myanmar", "An air strike hit a camp; three dead.", 3],
            [5, "MMR5", 2021, "Myanmar", "An air strike hit a camp; three dead.", 1],
            [6, "MMR6", 2021, "Myanmar", "A bomb went off at an office in Yangon.", 0],
            [7, "MLI1", 2021, "Mali", "An IED killed four soldiers.", 4],
        ],
        "utf-8-sig",
    )
    return folder


def test_one_row_a_note_of_2021_and_one_a_figure_of_a_shared_note(tmp_path: Path) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-j"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Myanmar", "A bomb went off at an office in Yangon.", 0),
        ("Myanmar", "A shell landed in a village, killing two farmers.", 2),
        ("Myanmar", "An air strike hit a camp; three dead.", 1),
        ("Myanmar", "An air strike hit a camp; three dead.", 3),
    ]
    assert len({r.id for r in rows}) == 4
    assert all(r.id.startswith("acled-j:") for r in rows)


def test_notes_of_an_earlier_acled_corpus_are_dropped_and_kept_there(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-i"
    other.mkdir()
    row = [1, "PHL1", 2019, "Philippines", "a bomb went off at an office in YANGON", 0]
    write_csv(other / "ACLED_Som.csv", _COLUMNS, [row], "utf-8-sig")
    write_csv(other / "ACLED_Phil.csv", _COLUMNS, [row], "utf-8-sig")
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-j"])}
    assert "A bomb went off at an office in Yangon." not in texts
    assert len(texts) == 2
    assert len(list(corpora.rows(tmp_path, ["acled-i"]))) == 1
