"""Events: the incidents the claims speak of, in a list (contested first) with their
claims, independent voices and days; enter opens one (event.py: its figures per
counting rule, its claims with their credibility, when reports came)."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Header, Static

from workbench.models import EventSummary, counted
from workbench.tui.format import (
    FEWEST,
    clip,
    event_label,
    literal,
    move_bindings,
    short_days,
    widest,
)
from workbench.tui.keybar import KeyBar
from workbench.tui.messages import EventsRead
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.screens.event_edits import merge_into
from workbench.tui.tables import WideTable, kept_cursor

_EVENT_COLUMNS = ("id", "", "event", "claims", "voices", "days")


class EventsScreen(WorkbenchScreen):
    """Every event: name, days, claims, independent voices, contested or not."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="events.back"),
        *move_bindings("events"),
        Binding("enter", "open", "Open", id="events.open"),
        Binding("n", "rename", "Rename", id="events.rename"),
        Binding("u", "undo", "Undo", id="events.undo"),
        Binding("m", "merge", "Merge into", id="events.merge"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.events: list[EventSummary] = []
        self._name_width = 0  # the names' width the rows were drawn for

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Events (enter opens one; contested first)", classes="section")
        yield WideTable(id="events", cursor_type="row", fixed_columns=2)
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#events", DataTable)
        table.add_columns(*_EVENT_COLUMNS)
        self.show()
        table.focus()

    def show(self) -> None:
        """Read the events in the reading thread (reading them never writes: the
        service regroups them after each write), the screen responsive meanwhile."""
        self.sub_title = "reading the events…"
        workbench = self.workbench
        self.read("events", lambda request: EventsRead(request, workbench.events()))

    def read_failed(self, kind: str, line: str) -> None:
        super().read_failed(kind, line)
        self.sub_title = "events not read"

    def on_events_read(self, message: EventsRead) -> None:
        if self.answered(message) is None:
            return
        events = sorted(message.events, key=lambda e: (not e.contested, e.id))
        self.sub_title = counted(len(events), "event")
        table = self.query_one("#events", DataTable)
        if events == self.events and table.row_count == len(events):
            return  # as shown (a refill at start-up, racing the first, drew stale widths)
        self.events = events
        self._fill()

    def _fill(self) -> None:
        """The events as rows, each name clipped so that its claims, voices and days
        fit beside it (`fitted`: at 80 columns the names hid them)."""
        table = self.query_one("#events", DataTable)
        self._name_width = width = self._fitted()
        with kept_cursor(table):
            table.clear(columns=True)  # a column keeps the width of its widest cell
            table.add_columns(*_EVENT_COLUMNS)
            for e in self.events:
                table.add_row(
                    str(e.id),
                    Text("contested", style="bold red") if e.contested else "",
                    clip(_label(e), width),
                    str(e.claims),
                    str(e.voices),
                    literal(short_days(e.first_day, e.last_day)),
                    key=str(e.id),
                )

    def _fitted(self) -> int:
        """The names' width at this terminal's width, beside the other columns."""
        shown = self.events
        others = [
            widest("id", (str(e.id) for e in shown)),
            widest("", ("contested" for e in shown if e.contested)),
            widest("claims", (str(e.claims) for e in shown)),
            widest("voices", (str(e.voices) for e in shown)),
            widest("days", (short_days(e.first_day, e.last_day) for e in shown)),
        ]
        names = widest("event", (_label(e) for e in shown))
        return min(names, self._room(others))

    def _room(self, others: list[int]) -> int:
        """What the terminal leaves the names beside the other columns, at least
        FEWEST: the names take the width there is (at 200 columns they were cut at
        the width of 120)."""
        beside = sum(others) + 2 * (len(others) + 1) + 2  # a cell's padding; the scrollbar
        return max(FEWEST, self.app.size.width - beside)

    def on_resize(self, _event: events.Resize) -> None:
        """The rows drawn again where the new width fits the names otherwise."""
        if self.events and self._name_width != self._fitted():
            self._fill()

    def current(self) -> EventSummary | None:
        table = self.query_one("#events", DataTable)
        if not self.events or table.cursor_row >= len(self.events):
            return None
        return self.events[table.cursor_row]

    @on(DataTable.RowSelected, "#events")
    def action_open(self) -> None:
        event = self.current()
        if event is not None:
            self.wb_app.open_event(event.id)

    def action_rename(self) -> None:
        event = self.current()
        if event is not None:
            self.wb_app.rename_event(event.id, event.name, self.show, bool(event.named_by))

    def action_merge(self) -> None:
        """Merge other events, their ids typed, into the one under the cursor."""
        event = self.current()
        if event is not None:
            merge_into(self, event.id, event.name)


def _label(e: EventSummary) -> str:
    """An event's name as the list shows it: the machine's with its place first."""
    return event_label(e.name, e.place, e.named_by is None)
