"""The claims queue's columns and what a row's cells show: a claim's marks (selected,
stale, being saved), its status, category, figure, the counts of claims that
corroborate and contradict it, and its names clipped to the widths the terminal
leaves them (`queue_layout.queue_widths`). Split from queue.py."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import DataTable

from workbench.display import graded_voice
from workbench.models import LinkCounts, StoredClaim
from workbench.tui.format import (
    CONTRADICTS_MARK,
    CORROBORATES_MARK,
    SAVING_MARK,
    SELECTED_MARK,
    STALE_MARK,
    STATUS_MARKS,
    claim_figure,
    clip,
    literal,
)
from workbench.tui.screens.queue_layout import Widths

COLUMNS = (
    "",
    "id",
    "st",
    "category",
    "figure",
    CORROBORATES_MARK,
    CONTRADICTS_MARK,
    "voice",
    "place",  # before the subject: at 80 columns the place shows, the subject may not
    "subject",
    "date",
    "source",
)
SORTABLE = {
    "id": "document",
    "st": "status",
    "category": "category",
    "figure": "figure",
    "subject": "subject",
    "place": "place",
    "voice": "voice",
    "source": "document",
}


def row_cells(
    claim: StoredClaim, counts: LinkCounts, selected: bool, saving: bool, widths: Widths
) -> list[Any]:
    """A claim's row, a cell for each of COLUMNS: its mark (selected, else stale), its
    status (or `SAVING_MARK` while it is `saving`), its tallies of `counts`, in red
    where it is contradicted, and its names clipped to `widths` (voice, subject, place,
    source)."""
    stale = STALE_MARK if claim.stale_reason else ""
    mark = SELECTED_MARK if selected else stale
    style = "bold red" if counts.contradicts else ""
    status = SAVING_MARK if saving else STATUS_MARKS.get(claim.status, "·")
    voice, subject, place, source = widths
    return [
        Text(mark, style="bold yellow"),
        Text(str(claim.id), style="dim"),
        literal(status, "bold yellow" if saving else ""),
        literal(claim.category.value, style),
        literal(claim_figure(claim), style),  # whole: "USD >1,800,00…" read as another
        str(counts.corroborates or ""),
        Text(str(counts.contradicts or ""), style=style),
        clip(graded_voice(claim), voice),
        clip(claim.location or "", place),
        clip(claim.subject or "", subject),
        literal(claim.date or ""),
        clip(claim.source.rsplit("/", 1)[-1], source),
    ]


def add_columns(table: DataTable[Any]) -> None:
    """The queue's columns, each as wide as its widest cell; the marks' column sized for
    its mark (it starts empty)."""
    for label in COLUMNS:
        table.add_column(label, key=label or "mark", width=None if label else 1)
