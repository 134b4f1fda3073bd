"""Listings on a narrow terminal (issue 17 §2, found in the trial at 80 columns):
the ids every command takes and the figures are never cut; text columns give way."""

from __future__ import annotations

from rich.console import Console

from workbench.cli.terminal import listing

_ROW = (
    "1314",
    "unreviewed",
    "killed",
    "USD >1,800,000",
    "Russian soldiers in the north of the country",
    "road linking Kidal, Anefis and Tessalit",
    "author of 001_301209d383b67838.txt",
    "001_301209d383b67838.txt",
)
_COLUMNS = ("id", "status", "category", "figure", "subject", "place", "voice", "source")


def rendered(width: int) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    table = listing(_COLUMNS, max_width=32)
    table.add_row(*_ROW)
    console.print(table)
    return console.export_text().splitlines()


def test_ids_and_figures_keep_their_width_at_80_columns():
    header, row = rendered(80)
    assert header.split()[:4] == ["id", "status", "category", "figure"]
    assert row.startswith("1314  unreviewed  killed    USD >1,800,000")
    assert all(len(line) <= 80 for line in (header, row))
    assert "…" in row  # the text columns were cut instead


def test_a_wide_terminal_shows_every_text_up_to_the_columns_limit():
    _, row = rendered(220)
    assert "001_301209d383b67838.txt" in row and "road linking Kidal, Anefis and …" in row
