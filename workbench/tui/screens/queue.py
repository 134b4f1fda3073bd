"""The claims queue: the home screen, where an analyst works through claims."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Checkbox, DataTable, Header, Input, Select, Static

from workbench.models import LinkCounts, StoredClaim
from workbench.rows import ClaimCounts
from workbench.service import ORDERS, STATUSES, ClaimFilter
from workbench.tui.fields import CheckField, TextField
from workbench.tui.format import (
    SUPERSEDED_MARK,
    claims,
    literal,
    verdict_bindings,
)
from workbench.tui.keybar import KeyBar
from workbench.tui.messages import Page, QueueRead
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.screens.queue_decisions import QueueDecisions
from workbench.tui.screens.queue_layout import queue_widths
from workbench.tui.screens.queue_reads import HIDDEN_NEW, QueuePaging, Reload, first_page, narrowed
from workbench.tui.screens.queue_rows import SORTABLE, add_columns, row_cells
from workbench.tui.tables import WideTable

PAGE = 200
DISMISSED = "dismissed"  # in the status list: the claims an analyst dismissed


class QueueScreen(WorkbenchScreen, QueueDecisions, QueuePaging):
    """Every claim matching the filters, loaded a page at a time as the cursor goes down."""

    BINDINGS = [
        Binding("enter", "open", "Open", id="queue.open"),
        *verdict_bindings("queue"),
        Binding("j", "cursor_down", "Next claim", show=False, id="queue.down"),
        Binding("k", "cursor_up", "Previous claim", show=False, id="queue.up"),
        Binding("space", "toggle_select", "Select", show=False, id="queue.select"),
        Binding("a", "select_all", "Select all shown", show=False, id="queue.select_all"),
        Binding("escape", "clear", "Clear selection and search", show=False, id="queue.clear"),
        Binding("slash", "search", "Search", key_display="/", id="queue.search"),
        Binding("o", "sort", "Sort by next column", show=False, id="queue.sort"),
        Binding("O", "reverse", "Reverse the sort", show=False, id="queue.reverse"),
        Binding("r", "refresh", "Refresh", show=False, id="queue.refresh"),
        Binding("s", "sources", "Sources", id="queue.sources"),
        Binding("v", "events", "Events", id="queue.events"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[StoredClaim] = []
        self.counts: dict[int, LinkCounts] = {}
        self.total = 0
        self.to_end = False  # end was pressed: the rest is being read, then the last row
        self.selected: set[int] = set()
        self.where = ClaimFilter(limit=PAGE)  # as asked
        self.shown = self.where  # as the rows were read
        self.summary: ClaimCounts | None = None  # until the first read answers
        self._categories: list[str] = []
        self._sources: list[str] = []
        self._marked: set[int] = set()  # rows showing the saving mark
        self._awaiting: set[int] = set()  # saved, showing the mark until read again
        self._reload = Reload(keep_cursor=True)
        self._clipped_at = (0, 0, 0, 0)  # the names' widths the rows were drawn for

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="filters"):
            statuses = [*STATUSES, DISMISSED]  # the claims dismissed as none: D restores one
            yield Select([(s, s) for s in statuses], prompt="status", id="status")
            yield Select([], prompt="category", id="category")
            yield Select([], prompt="source", id="source")
            yield CheckField("contested", id="contested")
            yield CheckField("stale", id="stale")
            yield TextField(placeholder="/ search", id="search")
        table = WideTable(id="queue", cursor_type="row", zebra_stripes=True, fixed_columns=2)
        table.focus_keys = {"slash": "search"}
        yield table
        yield Static(id="queue-status")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#queue", DataTable)
        add_columns(table)
        self.show()
        table.focus()

    # -- loading: in the reading thread --------------------------------------

    def show(self, keep_cursor: bool = True, to_claim: int | None = None) -> None:
        """Read the first page again (another process may have written meanwhile); the
        rows shown stay until the answer comes, the status line says it is awaited.
        `to_claim`: the claim the cursor goes to once read, if it is shown."""
        self._ask_rows(Reload(keep_cursor, to_claim=to_claim))

    def _ask_rows(self, reload: Reload) -> None:
        self._reload = reload
        self._asked.pop("page", None)  # a page of the rows before would not follow on
        where, workbench = self.where, self.workbench
        self.read("rows", lambda request: first_page(workbench, where, request))
        self._update_status()

    def on_queue_read(self, message: QueueRead) -> None:
        if self.answered(message) is None:
            return
        self._offer(message.categories, message.sources)
        table = self.query_one("#queue", DataTable)
        current = self.current_id() if self._reload.keep_cursor else None
        self.shown, self.total, self.summary = message.page.where, message.total, message.summary
        self.seen, self.changes = message.mark, message.changes
        self.rows, self.counts, self._awaiting = [], {}, set()
        self.to_end = False  # the rows are read again: an end asked before is spent
        table.clear()
        self._add(message.page)
        if self._reload.to_claim in {claim.id for claim in self.rows}:
            current = self._reload.to_claim
        elif self._reload.to_claim is not None and narrowed(self.shown):
            self.notify(HIDDEN_NEW, severity="warning", timeout=8)
        if current is not None:
            self.move_to(current)
        self._update_status()
        if self._reload.entered:
            table.focus()

    def _add(self, page: Page) -> None:
        self.counts.update(page.counts)
        table = self.query_one("#queue", DataTable)
        if not self.rows:  # the first page sets the names' widths; later ones keep them
            self._clipped_at = queue_widths(self.app.size.width, page.claims, self.counts)
        for claim in page.claims:
            table.add_row(*self._cells(claim), key=str(claim.id))
        self.rows += page.claims

    def on_resize(self, _event: events.Resize) -> None:
        """The rows drawn again where the terminal's new width clips names otherwise
        (`roomy`): a trial widened 80 columns to 200 and the names stayed clipped as
        at 80, beside 60 empty columns."""
        if not self.rows:
            return
        if self._clipped_at == queue_widths(self.app.size.width, self.rows, self.counts):
            return
        table = self.query_one("#queue", DataTable)
        current, rows = self.current_id(), self.rows
        table.clear(columns=True)  # a column keeps the width of its widest cell
        add_columns(table)
        self.rows = []
        self._add(Page(where=self.shown, claims=rows, counts={}))
        if current is not None:
            self.move_to(current)

    def read_failed(self, kind: str, line: str) -> None:
        """Rows the database cannot read keep the claims shown, and the status line
        says how they are filtered and sorted, not what was asked. A search says why in
        the status line while typing, in one notification on enter."""
        if kind == "rows":
            awaiting, self._awaiting = self._awaiting, set()
            self._redraw_marks(awaiting)  # as last read
            self.where = replace(self.shown, offset=0)
            self._update_status()
        before = self._reload.before_search
        if kind != "rows" or before is None:
            super().read_failed(kind, line)
            return
        line = f"Search {self.where.search!r} cannot be read: {line}"
        self.where = before
        if self._reload.entered:
            self.notify(line, severity="error", markup=False, timeout=8)
        else:
            self.query_one("#queue-status", Static).update(literal(f" {line}"))

    def _cells(self, claim: StoredClaim) -> list[Any]:
        saving = self.wb_app.saving_label(claim.id) is not None or claim.id in self._awaiting
        counts = self.counts.get(claim.id, LinkCounts())
        selected = claim.id in self.selected
        return row_cells(claim, counts, selected, saving, self._clipped_at)

    def _offer(self, categories: list[str], sources: list[str]) -> None:
        """Offer the categories and sources the database holds now."""
        if categories != self._categories:
            self._categories = categories
            self.query_one("#category", Select).set_options([(c, c) for c in categories])
        if sources != self._sources:
            self._sources = sources
            self.query_one("#source", Select).set_options([(literal(n), n) for n in sources])

    def _update_status(self) -> None:
        counts = self.summary
        if counts is not None:
            # counted as the exports count (`service.reading.counted`): a superseded
            # claim is listed, marked ⊘, but not counted (the line below says so)
            # read-only stays in the title: the opening notice fades (a trial on a
            # read-only file learnt it at its first verdict)
            read_only = " · read-only" if self.workbench.read_only else ""
            self.sub_title = (
                f"{claims(counts['claims'])} · {counts['contested']} contested · "
                f"{counts['unreviewed']} unreviewed{read_only}"
            )
        order = f"sorted by {self.where.order}{' (reversed)' if self.where.descending else ''}"
        saving = len(self.wb_app.saving)
        searched = f" search: {self.where.search} ·" if self.where.search else ""
        old = counts["superseded"] if counts is not None else 0
        uncounted = f" · {old} superseded {SUPERSEDED_MARK}, not counted" if old else ""
        shown = f"{searched} {self.total} shown{uncounted}"
        line = literal(f"{shown} · {order} · f1 help · ctrl+p commands")
        if self.selected:  # first, with the search: at 80 columns the line's end is cut
            chosen = f" ● {len(self.selected)} selected ·"
            line = Text.assemble((chosen, "bold yellow"), line)
        if saving:
            line = Text.assemble((f" saving {saving} change(s)…", "bold yellow"), line)
        if self.reading("rows"):
            line = Text.assemble((" reading…", "bold yellow"), line)
        self.query_one("#queue-status", Static).update(line)

    def saving_changed(self, saved: frozenset[int] = frozenset()) -> None:
        """Writes started or ended: rows being saved show `…`, not a status. Once saved
        (from this screen or another), the rows are read again, and its claims show
        `…` until then, not the status from before; one not saved shows it again."""
        if not self.is_mounted:
            return
        saving = {i for s in self.wb_app.saving.values() for i in s.claims}
        if saved:
            self._awaiting |= saved
            self.show()
        self._redraw_marks(saving | self._marked)
        self._marked = saving
        self._update_status()

    def _redraw_marks(self, claim_ids: set[int]) -> None:
        table = self.query_one("#queue", DataTable)
        for claim in self.rows:
            if claim.id in claim_ids:
                table.update_cell(str(claim.id), "st", self._cells(claim)[2])

    # -- the cursor ---------------------------------------------------------

    def current_id(self) -> int | None:
        table = self.query_one("#queue", DataTable)
        if not self.rows or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row].id

    def move_to(self, claim_id: int) -> None:
        for index, claim in enumerate(self.rows):
            if claim.id == claim_id:
                self.query_one("#queue", DataTable).move_cursor(row=index)
                return

    @on(DataTable.RowHighlighted, "#queue")
    def _more_when_near_the_end(self) -> None:
        self.read_more_near_the_end()

    @on(DataTable.RowSelected, "#queue")
    def _open_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    @on(DataTable.HeaderSelected, "#queue")
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        order = SORTABLE.get(str(event.column_key.value))
        if order:
            descending = self.where.order == order and not self.where.descending
            self.where = replace(self.where, order=order, descending=descending)
            self.show()

    # -- filters ------------------------------------------------------------

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _filter_changed(self) -> None:
        status = self.query_one("#status", Select).value
        category = self.query_one("#category", Select).value
        source = self.query_one("#source", Select).value
        dismissed = status == DISMISSED
        self.where = replace(
            self.where,
            status=None if status is Select.NULL or dismissed else str(status),
            dismissed=dismissed,
            category=None if category is Select.NULL else str(category),
            source=None if source is Select.NULL else str(source),
            contested=self.query_one("#contested", Checkbox).value,
            stale=self.query_one("#stale", Checkbox).value,
        )
        self.show(keep_cursor=False)

    @on(Input.Submitted, "#search")
    @on(Input.Changed, "#search")
    def _search(self, event: Input.Changed | Input.Submitted) -> None:
        """Search as the analyst types; a search the database cannot read (a lone `"`)
        keeps the claims shown and says why: in the status line while typing, in one
        notification on enter."""
        before, text = self.where, event.value.strip()
        self.where = replace(self.where, search=text or None)
        entered = isinstance(event, Input.Submitted)
        self._ask_rows(Reload(keep_cursor=False, before_search=before, entered=entered))

    # -- actions ------------------------------------------------------------

    def action_undo(self) -> None:
        """u: take back the last change, and the cursor goes to the claim it was of."""
        self.wb_app.undo(then=self.show, to=lambda claim: self.show(to_claim=claim))

    def action_cursor_down(self) -> None:
        self.query_one("#queue", DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#queue", DataTable).action_cursor_up()

    def action_open(self) -> None:
        claim_id = self.current_id()
        if claim_id is not None:
            self.wb_app.open_claim(claim_id)

    def action_clear(self) -> None:
        search = self.query_one("#search", Input)
        if self.selected:
            self.selected.clear()
            self.show()
        elif search.value:
            search.value = ""
        self.query_one("#queue", DataTable).focus()

    def action_search(self) -> None:
        """/: a new search, the last one selected so that typing replaces it (the
        trial's "Forty" and "toll at 31" ran together); an arrow key keeps it. The focus
        moves at once, not when the app is next idle (Textual's `focus`): the keys typed
        behind "/" go into the box, not to the claims list (re-trial 61's burst
        "/Kolofata" marked a claim false with its "f")."""
        box = self.query_one("#search", Input)
        self.set_focus(box)
        box.select_all()

    def action_sort(self) -> None:
        orders = list(ORDERS)
        following = orders[(orders.index(self.where.order) + 1) % len(orders)]
        self.where = replace(self.where, order=following, descending=False)
        self.show()

    def action_reverse(self) -> None:
        self.where = replace(self.where, descending=not self.where.descending)
        self.show()

    def action_refresh(self) -> None:
        self.show()

    def action_sources(self) -> None:
        self.wb_app.open_sources()

    def action_events(self) -> None:
        self.wb_app.open_events()
