"""Events: the incidents the claims speak of, then one event with its figures side by
side per counting rule, its claims with their credibility, and when reports came."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from workbench.display import (
    FIGURE_COLUMNS,
    credibility_line,
    days,
    event_line,
    figure_row,
)
from workbench.models import ClaimCredibility, EventDetail, EventSummary
from workbench.tui.format import claim_figure, clip, literal, move_bindings
from workbench.tui.messages import EventRead, EventsRead
from workbench.tui.screens.base import WorkbenchScreen


class EventsScreen(WorkbenchScreen):
    """Every event: name, days, claims, independent voices, contested or not."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="events.back"),
        *move_bindings("events"),
        Binding("enter", "open", "Open", id="events.open"),
        Binding("n", "rename", "Rename", id="events.rename"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.events: list[EventSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Events (enter opens one; contested first)", classes="section")
        yield DataTable(id="events", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#events", DataTable)
        table.add_columns("id", "event", "days", "claims", "voices", "")
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
        self.events = sorted(message.events, key=lambda e: (not e.contested, e.id))
        table = self.query_one("#events", DataTable)
        table.clear()
        for e in self.events:
            table.add_row(
                str(e.id),
                clip(e.name, 60),
                literal(days(e)),
                str(e.claims),
                str(e.voices),
                Text("contested", style="bold red") if e.contested else "",
                key=str(e.id),
            )
        self.sub_title = f"{len(self.events)} events"

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
            self.wb_app.rename_event(event.id, event.name, then=self.show)


class EventScreen(WorkbenchScreen):
    """One event: figures per category and rule, its claims, a timeline of reports."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="event.back"),
        *move_bindings("event"),
        Binding("n", "rename", "Rename", id="event.rename"),
        Binding("y", "credibility", "Credibility", id="event.credibility"),
    ]

    def __init__(self, event_id: int) -> None:
        super().__init__()
        self.event_id = event_id
        self.detail: EventDetail | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="event"):
            yield Static(id="event-headline")
            yield Static("Figures by rule", classes="section")
            yield DataTable(id="figures", cursor_type="none")
            yield Static("Claims (enter opens one; y grades its credibility)", classes="section")
            yield DataTable(id="event-claims", cursor_type="row")
            yield Static(id="claim-credibility")
            yield Static("Reports by day", classes="section")
            yield Static(id="timeline")
        yield Footer()

    def on_mount(self) -> None:
        figures = self.query_one("#figures", DataTable)
        figures.add_columns(*FIGURE_COLUMNS)
        claims = self.query_one("#event-claims", DataTable)
        claims.add_columns("id", "category", "figure", "voice", "reliability", "credibility")
        self.show()
        claims.focus()

    def show(self) -> None:
        """Read the event again (its figures, claims and timeline) in the reading
        thread, then show it."""
        if self.detail is None:
            self.sub_title = f"reading event {self.event_id}…"
        event_id, workbench = self.event_id, self.workbench
        self.read("event", lambda request: EventRead(request, workbench.event(event_id)))

    def on_event_read(self, message: EventRead) -> None:
        if self.answered(message) is None:
            return
        e = self.detail = message.detail
        self.sub_title = f"event {e.id}"
        self.query_one("#event-headline", Static).update(_headline(e))
        figures = self.query_one("#figures", DataTable)
        figures.clear()
        for f in e.figures:
            *cells, contested = figure_row(f)
            figures.add_row(*map(literal, cells), Text(contested, style="bold red"))
        claims = self.query_one("#event-claims", DataTable)
        claims.clear()
        credibility = {c.claim_id: c for c in e.credibility}
        for c in e.event_claims:
            claims.add_row(
                str(c.id),
                literal(c.category.value),
                literal(claim_figure(c)),
                clip(c.voice, 34),
                literal(c.voice_grade or "not graded"),
                literal(_grade(credibility[c.id])),
                key=str(c.id),
            )
        width = max((len(p.day) for p in e.timeline), default=0)
        lines = [
            f"{p.day:<{width}}  {'█' * min(p.claims, 40)} {p.claims}  {', '.join(p.voices)}"
            for p in e.timeline
        ]
        self.query_one("#timeline", Static).update(Text("\n".join(lines)))
        self._show_credibility()

    def current_claim(self) -> int | None:
        table = self.query_one("#event-claims", DataTable)
        if self.detail is None or table.cursor_row >= len(self.detail.event_claims):
            return None
        return self.detail.event_claims[table.cursor_row].id

    @on(DataTable.RowHighlighted, "#event-claims")
    def _show_credibility(self) -> None:
        """The highlighted claim's credibility in full: whose grade, and why."""
        claim_id = self.current_claim()
        found = (
            [c for c in self.detail.credibility if c.claim_id == claim_id] if self.detail else []
        )
        line = f"claim {claim_id}: {credibility_line(found[0])}" if found else ""
        self.query_one("#claim-credibility", Static).update(literal(line))

    @on(DataTable.RowSelected, "#event-claims")
    def _open_claim(self) -> None:
        claim_id = self.current_claim()
        if claim_id is not None:
            self.wb_app.open_claim(claim_id)

    def action_credibility(self) -> None:
        claim_id = self.current_claim()
        if claim_id is not None:
            self.wb_app.grade_credibility(claim_id, then=self.show)

    def action_rename(self) -> None:
        if self.detail is not None:
            self.wb_app.rename_event(self.event_id, self.detail.name, then=self.show)


def _headline(e: EventDetail) -> Text:
    text = Text()
    text.append(e.name, style="bold")
    if e.named_by:
        text.append(f"  (named by {e.named_by})", style="dim")
    text.append(f"\n{event_line(e)}")
    if e.contested:
        text.append(" · contested", style="bold red")
    text.append(f"\nvoices: {', '.join(e.voice_names)}", style="dim")
    return text


def _grade(c: ClaimCredibility) -> str:
    """ "4 doubtful (suggested)", or "5 improbable (analyst)" when an analyst graded it."""
    return f"{c.effective.grade} {c.effective.label} ({'analyst' if c.analyst else 'suggested'})"
