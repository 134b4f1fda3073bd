"""Tables read again without losing the analyst's place: a refill puts the cursor
back on the row it was on (found by its key, else at the same position), so a key
pressed after a dialog closes acts on the row the analyst chose, never on row one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from textual.coordinate import Coordinate
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist


@contextmanager
def kept_cursor(table: DataTable[object]) -> Iterator[None]:
    """Clear and refill `table` inside the block; after it the cursor is on the row
    of the key it was on (rows are added with `key=`), or, that row gone, at the
    same position, or the last row."""
    row, key = table.cursor_row, None
    if 0 <= row < table.row_count:
        key = table.coordinate_to_cell_key(Coordinate(row, 0)).row_key
    yield
    if table.row_count == 0:
        return
    target = min(max(row, 0), table.row_count - 1)
    if key is not None:
        with suppress(RowDoesNotExist):  # the row went (a document removed): the same position
            target = table.get_row_index(key)
    table.move_cursor(row=target)
