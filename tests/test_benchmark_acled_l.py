"""The fresh ACLED corpus's reader (benchmarks/corpora.py: Nigeria's notes of January to
October 2021, the newest year of a workbook). The notes here are written for these tests and
laid out as the corpus is, in tmp_path: a workbook whose text cells are shared strings."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.conftest import load_benchmark, write_csv

corpora = load_benchmark("corpora")

_COLUMNS = ["event_id_cnty", "event_date", "year", "country", "notes", "fatalities"]
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _column(index: int) -> str:
    return "ABCDEFGHIJ"[index]


def write_xlsx(path: Path, columns: list[str], rows: list[list[object]]) -> None:
    """A workbook of one sheet, `columns` its first row: text in shared strings, numbers
    as numbers, as a spreadsheet program saves an ACLED export."""
    shared: list[str] = []
    lines = []
    for number, values in enumerate([columns, *rows], start=1):
        cells = []
        for index, value in enumerate(values):
            ref = f"{_column(index)}{number}"
            if isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                shared.append(str(value))
                cells.append(f'<c r="{ref}" t="s"><v>{len(shared) - 1}</v></c>')
        lines.append(f'<row r="{number}">{"".join(cells)}</row>')
    sheet = f'<worksheet xmlns="{_MAIN}"><sheetData>{"".join(lines)}</sheetData></worksheet>'
    items = "".join(f"<si><t>{escape(text)}</t></si>" for text in shared)
    strings = f'<sst xmlns="{_MAIN}" count="{len(shared)}">{items}</sst>'
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/worksheets/sheet1.xml", sheet)
        book.writestr("xl/sharedStrings.xml", strings)


def _corpus(root: Path) -> Path:
    folder = root / "acled-l"
    folder.mkdir()
    write_xlsx(
        folder / "ACLED_Nigeria2.xlsx",
        _COLUMNS,
        [
            ["NIG1", 44200, 2021, "Nigeria", "Gunmen killed two farmers & a herder.", 3],
            ["NIG2", 44201, 2021, "Nigeria", "Gunmen  killed two farmers & a herder", 3],
            ["NIG3", 44300, 2021, "Nigeria", "Bandits raided Kaura; four dead.", 4],
            ["NIG4", 44301, 2021, "Nigeria", "Bandits raided Kaura; four dead.", 2],
            ["NIG5", 44302, 2021, "Nigeria", "Traders protested in Kano._x005F_x000D_", 0],
            ["NIG6", 43800, 2019, "Nigeria", "A bomb killed six in Konduga.", 6],
            ["NIG7", 44303, 2021, "Mali", "An IED killed four soldiers.", 4],
        ],
    )
    return folder


def test_one_row_a_nigerian_note_of_2021_and_one_a_figure_of_a_shared_note(
    tmp_path: Path,
) -> None:
    _corpus(tmp_path)
    rows = list(corpora.rows(tmp_path, ["acled-l"]))
    assert sorted((r.country, r.text, r.killed) for r in rows) == [
        ("Nigeria", "Bandits raided Kaura; four dead.", 2),
        ("Nigeria", "Bandits raided Kaura; four dead.", 4),
        ("Nigeria", "Gunmen killed two farmers & a herder.", 3),
        ("Nigeria", "Traders protested in Kano.", 0),
    ]
    assert len({r.id for r in rows}) == 4
    assert all(r.id.startswith("acled-l:") for r in rows)


def test_notes_of_an_earlier_acled_corpus_are_dropped_and_kept_there(tmp_path: Path) -> None:
    _corpus(tmp_path)
    other = tmp_path / "acled-nigeria-e"
    other.mkdir()
    row = ["NIG9", "2020-04-01", 2020, "Nigeria", "traders protested in KANO", 0]
    write_csv(other / "ACLED_Nigeria.csv", _COLUMNS, [row], "utf-8-sig")
    texts = {r.text for r in corpora.rows(tmp_path, ["acled-l"])}
    assert "Traders protested in Kano." not in texts
    assert len(texts) == 2
    assert len(list(corpora.rows(tmp_path, ["acled-nigeria-e"]))) == 1
