"""Tables read again without losing the analyst's place: a refill puts the cursor
back on the row it was on (found by its key, else at the same position), so a key
pressed after a dialog closes acts on the row the analyst chose, never on row one."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress

from textual import events
from textual.coordinate import Coordinate
from textual.message import Message
from textual.widgets import DataTable, Input
from textual.widgets.data_table import RowDoesNotExist, RowKey


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


def set_max_height(table: DataTable[object], rows: int) -> None:
    """`table` at most `rows` lines tall, its style set only when that changes (each
    setting lays the screen out again)."""
    if table.styles.max_height is None or table.styles.max_height.value != rows:
        table.styles.max_height = rows


class Table(DataTable[object]):
    """A DataTable that draws its rows again once it has measured new ones.

    Textual (8.2.8) measures the columns of rows added when it is next idle; a row
    drawn before that stayed in its render caches at the header's width ("kille"
    for "killed north of Kidal" on the events list opened just after start-up)."""

    # Keys whose screen action moves the focus to a text box ("slash": "search"), done
    # here as they come: Textual does a binding only once its key has come back up to
    # the screen, after the keys typed behind it (re-trial 61's burst "/Kolofata" went
    # to the claims list, whose "f" marked a claim false).
    focus_keys: dict[str, str] = {}

    async def _on_key(self, event: events.Key) -> None:
        """A focus key's action at once; a key routed here after it moved the focus
        to a text box goes to that box, in order."""
        focused = self.screen.focused
        if isinstance(focused, Input):  # the focus went to a text box
            focused.post_message(events.Key(event.key, event.character))
        elif event.key in self.focus_keys:
            await self.screen.run_action(self.focus_keys[event.key])
        else:
            return
        event.stop()
        event.prevent_default()

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        super()._update_dimensions(new_rows)
        self._clear_caches()
        self.refresh()

    def action_scroll_home(self) -> None:
        """home: the first row (DataTable's only scrolled the view to the left edge)."""
        if self.cursor_type == "row":
            self.move_cursor(row=0)
        else:
            super().action_scroll_home()

    class EndAsked(Message):
        """`end` was pressed on a table of rows: a screen that reads its rows a page at
        a time reads the rest, then goes to the last (`queue_reads.QueuePaging`)."""

    def action_scroll_end(self) -> None:
        """end: the last row (and `EndAsked`, for the rows not read yet)."""
        if self.cursor_type == "row":
            self.move_cursor(row=max(self.row_count - 1, 0))
            self.post_message(self.EndAsked())
        else:
            super().action_scroll_end()


class WideTable(Table):
    """A table of rows wider than a narrow terminal: `left` and `right` move its view
    by a quarter of its width, not one character (the trial pressed `right` sixty
    times at 80 columns to reach a claim's place), and its first `fixed_columns`
    (the id) stay in view."""

    def action_cursor_right(self) -> None:
        if self.cursor_type in ("row", "none"):
            self.scroll_relative(x=self._step(), animate=False)
        else:
            super().action_cursor_right()

    def action_cursor_left(self) -> None:
        if self.cursor_type in ("row", "none"):
            self.scroll_relative(x=-self._step(), animate=False)
        else:
            super().action_cursor_left()

    def _step(self) -> int:
        return max(8, self.size.width // 4)
