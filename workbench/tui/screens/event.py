"""One event: its figures side by side per counting rule, its claims with their
credibility, when reports came (by day), and the analyst's edits of it: rename, merge
other events into it, split claims off, move a claim out. Opened from the events'
list (events.py)."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Header, Static

from workbench.display import credibility_line, event_line
from workbench.models import EventDetail
from workbench.tui.fields import ask
from workbench.tui.format import literal, move_bindings
from workbench.tui.keybar import KeyBar
from workbench.tui.messages import EventRead
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.screens.curation_modals import LineModal, event_or_new, ids
from workbench.tui.screens.event_claims import FULL, Layout, cells, layout
from workbench.tui.screens.event_edits import Edit, edit_events, followed, listed, merge_into
from workbench.tui.screens.event_figures import Figures, fitted
from workbench.tui.tables import WideTable, kept_cursor, set_max_height

CLAIM_ROWS = 16  # the claims' table's least height: a header and 15 claims
CLAIMS_IN_VIEW = 6  # a header and 5 claims in view under the figures when an event opens
FIGURE_ROWS = 5  # the figures' least height: a header, 3 rows and the scrollbar


class EventScreen(WorkbenchScreen):
    """One event: figures per category and rule, its claims, a timeline of reports."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="event.back"),
        *move_bindings("event"),
        Binding("enter", "open_claim", "Open the claim", show=False, id="event.open"),
        Binding("n", "rename", "Rename", id="event.rename"),
        Binding("y", "credibility", "Credibility", id="event.credibility"),
        Binding("u", "undo", "Undo", id="event.undo"),
        Binding("m", "merge", "Merge into", id="event.merge"),
        Binding("s", "split", "Split off", id="event.split"),
        Binding("v", "move", "Move claim", id="event.move"),
        Binding(
            "t",
            "timeline",
            "Reports by day (pageup/pagedown scroll)",
            show=False,
            id="event.timeline",
        ),
    ]

    def __init__(self, event_id: int) -> None:
        super().__init__()
        self.event_id = event_id
        self.detail: EventDetail | None = None
        self.leaving = False  # its last claim is moving out: the event will be no more
        self._layout: Layout | None = None  # the claims' columns as drawn
        self._figures: Figures | None = None  # the figures' table as drawn

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="event"):
            yield Static(id="event-headline")
            yield Static(
                "Figures by rule (shift+tab, then the arrows, scrolls them)", classes="section"
            )
            yield WideTable(id="figures", cursor_type="none", fixed_columns=1)
            notes = Static(id="figure-notes")  # the notes a narrow table leaves out
            notes.display = False
            yield notes
            yield Static("Claims (enter opens one; y grades its credibility)", classes="section")
            yield WideTable(id="event-claims", cursor_type="row", fixed_columns=1)
            yield Static(id="claim-credibility")
            yield Static("Reports by day (t shows them)", classes="section")
            yield Static(id="timeline")
        yield KeyBar()

    def on_mount(self) -> None:
        claims = self.query_one("#event-claims", DataTable)
        claims.add_columns(*FULL)
        self.show()
        claims.focus()

    def show(self) -> None:
        """Read the event again (its figures, claims and timeline) in the reading
        thread, then show it."""
        if self.detail is None:
            self.sub_title = f"reading event {self.event_id}…"
        event_id, workbench, claim = self.event_id, self.workbench, self.current_claim()
        self.read("event", lambda request: EventRead(request, followed(workbench, event_id, claim)))

    def read_failed(self, kind: str, line: str) -> None:
        """A read failed: said, unless it is of the event its last claim is leaving (a
        read asked as the dialog closed, answered once the move removed the event)."""
        if not self.leaving:
            super().read_failed(kind, line)

    def on_event_read(self, message: EventRead) -> None:
        if self.answered(message) is None:
            return
        self.leaving = False  # it is there: a move out of it failed, or is not saved yet
        e = self.detail = message.detail
        self.event_id = e.id  # another, where the event went and its claim was followed
        self.sub_title = f"event {e.id}"
        self.query_one("#event-headline", Static).update(_headline(e))
        self._fill_figures()
        self._fill_claims()
        width = max((len(p.day) for p in e.timeline), default=0)
        lines = [
            f"{p.day:<{width}}  {'█' * min(p.claims, 40)} {p.claims}  {', '.join(p.voices)}"
            for p in e.timeline
        ]
        self.query_one("#timeline", Static).update(Text("\n".join(lines)))
        self._show_credibility()

    def _fill_figures(self) -> None:
        """The figures by rule, fitted to the terminal's width (`event_figures.fitted`:
        at 80 columns the table was cut after `min`): the notes column in red, or the
        notes in red lines under the table where they left it."""
        e = self.detail
        if e is None:
            return
        self._figures = at = self._fitted_figures()
        figures = self.query_one("#figures", DataTable)
        figures.clear(columns=True)
        figures.add_columns(*at.columns)
        for row in at.rows:
            cells = list(map(literal, row))
            if at.step == 0:  # the notes column
                cells[-1] = Text(row[-1], style="bold red")
            figures.add_row(*cells)
        notes = self.query_one("#figure-notes", Static)
        notes.update(literal("\n".join(at.notes), style="bold red"))
        notes.display = bool(at.notes)

    def _fitted_figures(self) -> Figures:
        """The figures' table at this terminal's width, inside the event's panel."""
        return fitted(self.detail.figures if self.detail else [], self.app.size.width - 4)

    def _fill_claims(self) -> None:
        """The event's claims as rows with their place, date and source, the columns
        fitted to the terminal's width (`event_claims.layout`: at 80 columns the
        credibility was cut to "4 doub"; a trial could not tell a claim's incident
        without opening it)."""
        e = self.detail
        if e is None:
            return
        claims = self.query_one("#event-claims", DataTable)
        credibility = {c.claim_id: c for c in e.credibility}
        self._layout = at = self._fitted_claims()
        with kept_cursor(claims):
            claims.clear(columns=True)  # a column keeps the width of its widest cell
            claims.add_columns(*at.columns)
            for c in e.event_claims:
                claims.add_row(*cells(c, credibility.get(c.id), at), key=str(c.id))
        self.call_after_refresh(self._fit_height)

    def _fitted_claims(self) -> Layout:
        """The claims' columns at this terminal's width, inside the event's panel (its
        padding and scrollbar)."""
        detail = self.detail
        graded = {c.claim_id: c for c in detail.credibility} if detail else {}
        return layout(detail.event_claims if detail else [], graded, self.app.size.width - 4)

    def _fit_height(self) -> None:
        """The figures no taller than leaves CLAIMS_IN_VIEW lines of the claims in view
        under them, down to FIGURE_ROWS (they scroll: at 80x24 an event of nine
        figure rows hid its claims below the fold), and the claims' table as tall as
        the panel leaves it beside the headline, the figures and the sections, at
        least CLAIM_ROWS (at 200x50 it stopped at 15 rows above 20 empty lines); the
        panel scrolls to the reports by day."""
        panel = self.query_one("#event", VerticalScroll)
        view = panel.scrollable_content_region.height
        beside = sum(
            w.outer_size.height
            for w in panel.children
            if w.id not in ("figures", "event-claims", "timeline") and w.display
        )
        figures = self.query_one("#figures", DataTable)
        natural = figures.row_count + 2  # its header and its horizontal scrollbar
        tall = min(natural, max(FIGURE_ROWS, view - beside - CLAIMS_IN_VIEW))
        set_max_height(figures, tall)
        claims = self.query_one("#event-claims", DataTable)
        set_max_height(claims, max(CLAIM_ROWS, view - beside - tall))

    def on_resize(self, _event: events.Resize) -> None:
        """The claims drawn again where the new width fits the columns otherwise, and
        as tall as the new height leaves them."""
        if self.detail is not None and self._figures != self._fitted_figures():
            self._fill_figures()
        if self.detail is not None and self._layout != self._fitted_claims():
            self._fill_claims()
        elif self.detail is not None:
            self.call_after_refresh(self._fit_height)

    def current_claim(self) -> int | None:
        table = self.query_one("#event-claims", DataTable)
        if self.detail is None or table.cursor_row >= len(self.detail.event_claims):
            return None
        return self.detail.event_claims[table.cursor_row].id

    def _cursor_in_view(self) -> None:
        """The claims' table scrolled to the panel's top where its cursor row lies
        below the panel's fold: at 80x24 a headline of many voices and the figures left
        two of its rows in view, and the cursor moved on out of sight (trial 62 split
        and moved a claim it could not see). At its least height the table fits. Not
        on the first row, where the screen opens: its figures stay in view until the
        cursor moves (two trials could not find them at 80x24)."""
        table = self.query_one("#event-claims", DataTable)
        panel = self.query_one("#event", VerticalScroll)
        if table.cursor_row == 0:  # the screen opens on its figures (trials 64, 65)
            return
        row = table.region.y + 1 + table.cursor_row - round(table.scroll_y)  # its header
        if table.has_focus and not panel.region.y <= row < panel.region.bottom:
            panel.scroll_to_widget(table, top=True, animate=False)

    @on(DataTable.RowHighlighted, "#event-claims")
    def _show_credibility(self) -> None:
        """The highlighted claim's credibility in full: whose grade, and why; its row
        kept in view (`_cursor_in_view`)."""
        self.call_after_refresh(self._cursor_in_view)
        claim_id = self.current_claim()
        found = (
            [c for c in self.detail.credibility if c.claim_id == claim_id] if self.detail else []
        )
        line = f"claim {claim_id}: {credibility_line(found[0])}" if found else ""
        self.query_one("#claim-credibility", Static).update(literal(line))

    @on(DataTable.RowSelected, "#event-claims")
    def action_open_claim(self) -> None:
        claim_id = self.current_claim()
        if claim_id is not None:
            self.wb_app.open_claim(claim_id)

    def action_timeline(self) -> None:
        """The reports by day in view, and the event's panel in focus: pageup and
        pagedown then scroll it (at 80x24 the timeline starts below the screen's
        edge); tab goes on to the figures, then the claims."""
        self.show_in_panel("#event", "#timeline")

    def action_credibility(self) -> None:
        claim_id = self.current_claim()
        if claim_id is not None:
            graded = self.detail.credibility if self.detail else []
            shown = [c for c in graded if c.claim_id == claim_id]
            self.wb_app.grade_credibility(claim_id, self.show, next(iter(shown), None))

    def action_rename(self) -> None:
        if self.detail is not None:
            detail = self.detail
            self.wb_app.rename_event(detail.id, detail.name, self.show, bool(detail.named_by))

    def action_merge(self) -> None:
        """Merge other events, their ids typed, into this one."""
        if self.detail is not None:
            merge_into(self, self.event_id, self.detail.name)

    def action_split(self) -> None:
        """Take claims (the one under the cursor offered) out into a new event."""
        claim_id = self.current_claim()
        if claim_id is None:
            return
        event_id = self.event_id

        def chosen(claims: list[int] | None) -> None:
            if claims:
                said = f"Split claims {listed(claims)} off into event {{}}"
                what = f"splitting claims {listed(claims)} off event {event_id}"
                split = Edit(lambda w: w.split_event(event_id, claims), lambda _: [event_id])
                edit_events(self, split, said, what)

        title = f"Split off from event {event_id}: the claims to take out (ids)"
        ask(self.app, LineModal(title, ids, str(claim_id), "28 29", offered=True), chosen)

    def action_move(self) -> None:
        """Move the claim under the cursor into another event, or a new one."""
        claim_id = self.current_claim()
        if claim_id is None:
            return

        last = self.detail is not None and len(self.detail.event_claims) == 1

        def moved(detail: EventDetail) -> None:
            if last:  # the event it left is no more: show the one it went to
                self.event_id = detail.id
                self.leaving = False

        def chosen(target: tuple[int | None] | None) -> None:
            if target is not None:
                self.leaving = last
                said = f"Moved claim {claim_id} into event {{}}"
                move = Edit(
                    lambda w: w.move_claim(claim_id, target[0]),
                    lambda w: [w.event_of(claim_id), target[0]],
                )
                edit_events(self, move, said, f"moving claim {claim_id}", moved)

        title = f"Move claim {claim_id} to: an event's id, or new"
        where = LineModal(title, _moved_to, placeholder="an id from the events list, or new")
        ask(self.app, where, chosen)


def _moved_to(given: str) -> tuple[int | None]:
    """Where a claim moves (None: a new event), boxed: a dialog's None is its cancel."""
    return (event_or_new(given),)


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
