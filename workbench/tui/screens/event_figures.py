"""An event's figures by rule as its screen's table gives them, fitted to the
terminal's width (`fitted`): trial 79's table at 80 columns was cut after `min`, and
max and the majority took shift+tab and the arrows to reach. Where the table in full
is wider than the screen, it narrows step by step, each step only where the one before
did not fit, so a wide terminal shows it as it always did: the notes ("contested; 1
false left out") leave the table for lines under it; a side's row under its
category's gives its side alone (" · civilians" under "wounded"); "conservative" is
headed "cons."; min and max share one column ("3-24"); the majority's backing is
written "(1/2)"; and "claims" and "voices" are headed "cl." and "vo.". A table still
too wide scrolls, as before (`WideTable`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len

from workbench.display import FIGURE_COLUMNS, figure_row
from workbench.models import CategoryFigures

PADDING = 2  # a DataTable's cell padding, one each side
_STEPS = 6  # the narrowing steps, in the order they are taken


@dataclass(frozen=True)
class Figures:
    """The figures' table at one width: its column labels, its rows of cells and the
    notes taken out of it (a line each, "killed: contested"; none when the table
    keeps its notes column)."""

    columns: tuple[str, ...]
    rows: list[list[str]]
    notes: list[str]
    step: int  # how many narrowing steps were taken (0: the table in full)


def fitted(figures: Sequence[CategoryFigures], width: int) -> Figures:
    """The figures' table at its fullest that fits `width` columns, else at its
    narrowest."""
    table = narrowed(figures, 0)
    for step in range(1, _STEPS + 1):
        if table_width(table) <= width:
            break
        table = narrowed(figures, step)
    return table


def narrowed(figures: Sequence[CategoryFigures], step: int) -> Figures:
    """The table after `step` narrowing steps (module docstring)."""
    rows = [figure_row(f) for f in figures]
    columns = list(FIGURE_COLUMNS)
    notes: list[str] = []
    if step >= 1:
        notes = [f"{row[0]}: {row[-1]}" for row in rows if row[-1]]
        rows, columns = [row[:-1] for row in rows], columns[:-1]
    if step >= 2:
        for row, f, before in zip(rows[1:], figures[1:], figures[:-1], strict=True):
            if f.side and f.category == before.category:
                row[0] = row[0].removeprefix(f.category.value)  # " · civilians"
    if step >= 3:
        columns[columns.index("conservative")] = "cons."
    if step >= 4:
        at = columns.index("min")
        rows = [[*row[:at], _span(row[at], row[at + 1]), *row[at + 2 :]] for row in rows]
        columns[at : at + 2] = ["min-max"]
    if step >= 5:
        at = columns.index("majority")
        for row, f in zip(rows, figures, strict=True):
            row[at] = row[at].replace(f"({f.majority_voices} of {f.voices})", _backing(f))
    if step >= 6:
        columns[columns.index("claims")] = "cl."
        columns[columns.index("voices")] = "vo."
    return Figures(tuple(columns), rows, notes, step)


def table_width(table: Figures) -> int:
    """The columns' widths, each its widest cell or label and its padding."""
    return sum(
        max([cell_len(label), *(cell_len(row[i]) for row in table.rows)]) + PADDING
        for i, label in enumerate(table.columns)
    )


def _span(low: str, high: str) -> str:
    """ "3-24", "37" where both are one figure, "by side" as it was."""
    return low if low == high else f"{low}-{high}"


def _backing(f: CategoryFigures) -> str:
    return f"({f.majority_voices}/{f.voices})"
