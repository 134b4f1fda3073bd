"""The claims queue: the home screen, where an analyst works through claims."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Checkbox, DataTable, Footer, Header, Input, Select, Static

from workbench.display import figure, graded_voice
from workbench.models import LinkCounts, Status, StoredClaim
from workbench.store import ORDERS, STATUSES, ClaimFilter
from workbench.tui.format import SAVING_MARK, STATUS_MARKS, clip, literal, verdict_bindings
from workbench.tui.writes import DATABASE_ERRORS, guarded

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp

PAGE = 200
SOURCE_CHOICES = 300
COLUMNS = ("", "st", "category", "figure", "⇄", "✗", "subject", "place", "voice", "source")
SORTABLE = {
    "st": "status",
    "category": "category",
    "figure": "figure",
    "subject": "subject",
    "place": "place",
    "voice": "voice",
    "source": "document",
}


class QueueScreen(Screen[None]):
    """Every claim matching the filters, loaded a page at a time as the cursor goes down."""

    BINDINGS = [
        Binding("enter", "open", "Open", id="queue.open"),
        *verdict_bindings("queue"),
        Binding("j", "cursor_down", "Next claim", show=False, id="queue.down"),
        Binding("k", "cursor_up", "Previous claim", show=False, id="queue.up"),
        Binding("space", "toggle_select", "Select", show=False, id="queue.select"),
        Binding("a", "select_all", "Select all shown", show=False, id="queue.select_all"),
        Binding("escape", "clear", "Clear selection and search", show=False, id="queue.clear"),
        Binding("slash", "search", "Search", id="queue.search"),
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
        self.selected: set[int] = set()
        self.where = ClaimFilter(limit=PAGE)
        self._categories: list[str] = []
        self._sources: list[str] = []
        self._marked: set[int] = set()  # rows showing the saving mark

    @property
    def wb_app(self) -> WorkbenchApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="filters"):
            yield Select([(s, s) for s in STATUSES], prompt="status", id="status")
            yield Select([], prompt="category", id="category")
            yield Select([], prompt="source", id="source")
            yield Checkbox("contested", id="contested")
            yield Checkbox("stale", id="stale")
            yield Input(placeholder="/ search", id="search")
        yield DataTable(id="queue", cursor_type="row", zebra_stripes=True)
        yield Static(id="queue-status")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#queue", DataTable)
        for label in COLUMNS:
            table.add_column(label, key=label or "mark")
        self.reload()
        table.focus()

    # -- loading ----------------------------------------------------------

    @guarded
    def reload(self, keep_cursor: bool = True) -> None:
        """Read the first page again (another process may have written meanwhile)."""
        self._reload(keep_cursor)

    def _reload(self, keep_cursor: bool) -> None:
        workbench = self.wb_app.workbench
        self._refresh_choices()
        table = self.query_one("#queue", DataTable)
        current = self.current_id() if keep_cursor else None
        self.total = workbench.count_claims(self.where)
        self.rows, self.counts = [], {}
        table.clear()
        self._load_page()
        if current is not None:
            self.move_to(current)
        self._update_status()

    def _load_page(self) -> None:
        where = replace(self.where, offset=len(self.rows))
        page = self.wb_app.workbench.claims(where)
        self.counts.update(self.wb_app.workbench.link_counts([c.id for c in page]))
        table = self.query_one("#queue", DataTable)
        for claim in page:
            table.add_row(*self._cells(claim), key=str(claim.id))
        self.rows += page

    def _cells(self, claim: StoredClaim) -> list[Any]:
        counts = self.counts.get(claim.id, LinkCounts())
        mark = "●" if claim.id in self.selected else ("!" if claim.stale_reason else "")
        style = "bold red" if counts.contradicts else ""
        saving = self.wb_app.saving_label(claim.id) is not None
        status = SAVING_MARK if saving else STATUS_MARKS.get(claim.status, "·")
        return [
            Text(mark, style="bold yellow"),
            literal(status, "bold yellow" if saving else ""),
            literal(claim.category.value, style),
            literal(figure(claim), style),
            str(counts.corroborates or ""),
            Text(f"{counts.contradicts} ▲" if counts.contradicts else "", style=style),
            clip(claim.subject or "", 22),
            clip(claim.location or "", 18),
            clip(graded_voice(claim), 22),
            clip(claim.source.rsplit("/", 1)[-1], 14),
        ]

    def _refresh_choices(self) -> None:
        """Offer the categories and sources the database holds now."""
        workbench = self.wb_app.workbench
        categories = workbench.categories()
        if categories != self._categories:
            self._categories = categories
            self.query_one("#category", Select).set_options([(c, c) for c in categories])
        # the latest documents: a list of thousands helps no one; search finds the rest
        sources = workbench.document_names(SOURCE_CHOICES)
        if sources != self._sources:
            self._sources = sources
            self.query_one("#source", Select).set_options([(literal(n), n) for n in sources])

    def _update_status(self) -> None:
        counts = self.wb_app.workbench.summary_counts()
        self.sub_title = (
            f"{counts['claims']} claims · {counts['contested']} contested · "
            f"{counts['unreviewed']} unreviewed"
        )
        order = f"sorted by {self.where.order}{' (reversed)' if self.where.descending else ''}"
        chosen = f" · {len(self.selected)} selected" if self.selected else ""
        saving = len(self.wb_app.saving)
        line = literal(f" {self.total} shown · {order}{chosen} · f1 help · ctrl+p commands")
        if saving:
            line = Text.assemble((f" saving {saving} change(s)…", "bold yellow"), line)
        self.query_one("#queue-status", Static).update(line)

    @guarded
    def saving_changed(self) -> None:
        """Writes started or ended: rows being saved show `…`, not a status."""
        if not self.is_mounted:
            return
        saving = {i for ids, _ in self.wb_app.saving.values() for i in ids}
        table = self.query_one("#queue", DataTable)
        for claim in self.rows:
            if claim.id in saving or claim.id in self._marked:
                table.update_cell(str(claim.id), "st", self._cells(claim)[1])
        self._marked = saving
        self._update_status()

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
    @guarded
    def _more_when_near_the_end(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= len(self.rows) - 20 and len(self.rows) < self.total:
            self._load_page()

    @on(DataTable.RowSelected, "#queue")
    def _open_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    @on(DataTable.HeaderSelected, "#queue")
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        order = SORTABLE.get(str(event.column_key.value))
        if order:
            descending = self.where.order == order and not self.where.descending
            self.where = replace(self.where, order=order, descending=descending)
            self.reload()

    # -- filters ------------------------------------------------------------

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _filter_changed(self) -> None:
        status = self.query_one("#status", Select).value
        category = self.query_one("#category", Select).value
        source = self.query_one("#source", Select).value
        self.where = replace(
            self.where,
            status=None if status is Select.NULL else str(status),
            category=None if category is Select.NULL else str(category),
            source=None if source is Select.NULL else str(source),
            contested=self.query_one("#contested", Checkbox).value,
            stale=self.query_one("#stale", Checkbox).value,
        )
        self.reload(keep_cursor=False)

    @on(Input.Submitted, "#search")
    @on(Input.Changed, "#search")
    def _search(self, event: Input.Changed | Input.Submitted) -> None:
        """Search as the analyst types; a search the database cannot read (a lone `"`)
        keeps the claims shown and says why: in the status line while typing, in one
        notification on enter."""
        before, text = self.where, event.value.strip()
        self.where = replace(self.where, search=text or None)
        try:
            self._reload(keep_cursor=False)
        except DATABASE_ERRORS as error:
            self.where = before
            line = f"Search {text!r} cannot be read: {str(error).splitlines()[0]}"
            if isinstance(event, Input.Submitted):
                self.notify(line, severity="error", markup=False, timeout=8)
            else:
                self.query_one("#queue-status", Static).update(literal(f" {line}"))
            return
        if isinstance(event, Input.Submitted):
            self.query_one("#queue", DataTable).focus()

    # -- actions ------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.query_one("#queue", DataTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one("#queue", DataTable).action_cursor_up()

    def action_open(self) -> None:
        claim_id = self.current_id()
        if claim_id is not None:
            self.wb_app.open_claim(claim_id)

    def targets(self) -> list[int]:
        """The selected claims, else the one under the cursor."""
        if self.selected:
            return sorted(self.selected)
        current = self.current_id()
        return [] if current is None else [current]

    def action_verdict(self, status: str) -> None:
        """Save the verdict in the writing thread and move on at once: the rows show
        `…` until it is saved, then what the database holds."""
        targets = self.targets()
        if not targets:
            return
        self.wb_app.set_verdicts(targets, status, then=self.reload)
        selected, self.selected = self.selected, set()
        for claim_id in selected:
            self._redraw_row(claim_id)
        self._to_next_unreviewed()

    def _to_next_unreviewed(self) -> None:
        table = self.query_one("#queue", DataTable)
        start = table.cursor_row
        for index in list(range(start + 1, len(self.rows))) + list(range(start + 1)):
            claim = self.rows[index]
            if claim.status == Status.UNREVIEWED and self.wb_app.saving_label(claim.id) is None:
                table.move_cursor(row=index)
                return

    @guarded
    def action_note(self) -> None:
        targets = self.targets()
        if targets:
            self.wb_app.edit_note(targets, then=self.reload)

    def action_undo(self) -> None:
        self.wb_app.undo(then=self.reload)

    def action_toggle_select(self) -> None:
        current = self.current_id()
        if current is None:
            return
        self.selected ^= {current}
        self._redraw_row(current)
        self._update_status()

    def action_select_all(self) -> None:
        self.selected = {c.id for c in self.rows}
        for claim in self.rows:
            self._redraw_row(claim.id)
        self._update_status()

    def action_clear(self) -> None:
        search = self.query_one("#search", Input)
        if self.selected:
            self.selected.clear()
            self.reload()
        elif search.value:
            search.value = ""
        self.query_one("#queue", DataTable).focus()

    def _redraw_row(self, claim_id: int) -> None:
        table = self.query_one("#queue", DataTable)
        claim = next(c for c in self.rows if c.id == claim_id)
        table.update_cell(str(claim_id), "mark", self._cells(claim)[0])

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_sort(self) -> None:
        orders = list(ORDERS)
        following = orders[(orders.index(self.where.order) + 1) % len(orders)]
        self.where = replace(self.where, order=following, descending=False)
        self.reload()

    def action_reverse(self) -> None:
        self.where = replace(self.where, descending=not self.where.descending)
        self.reload()

    def action_refresh(self) -> None:
        self.reload()

    def action_sources(self) -> None:
        self.wb_app.open_sources()

    def action_events(self) -> None:
        self.wb_app.open_events()
