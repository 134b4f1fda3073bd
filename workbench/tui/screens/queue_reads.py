"""What the claims queue reads, in the reading thread, and how it shows the answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from textual.widgets import DataTable

from workbench.models import StoredClaim
from workbench.service import ClaimFilter, Workbench
from workbench.tui.messages import Page, PageRead, QueueRead
from workbench.tui.tables import Table

SOURCE_CHOICES = 300

HIDDEN_NEW = (
    "The claims just loaded are not shown: the queue's status, category, source,"
    " contested, stale or search hides them (escape clears the search)"
)


def narrowed(where: ClaimFilter) -> bool:
    """Whether the queue's filters leave claims out (a trial loaded a source with a
    search on, and its claims were hidden with no word of why)."""
    return (
        bool(where.status or where.category or where.source or where.search)
        or where.contested
        or where.stale
        or where.dismissed
    )


@dataclass(frozen=True)
class Reload:
    """How the answer to the latest reload is shown: the cursor kept on its claim or
    not, or moved to the claim `to_claim` (the first of a source just loaded) when
    it is shown; for a search, the filters before it and whether it was entered or
    typed."""

    keep_cursor: bool
    before_search: ClaimFilter | None = None
    entered: bool = False
    to_claim: int | None = None


def page(workbench: Workbench, where: ClaimFilter) -> Page:
    """In the reading thread: the claims `where` selects, with their link counts."""
    claims = workbench.claims(where)
    return Page(where, claims, workbench.link_counts([c.id for c in claims]))


def first_page(workbench: Workbench, where: ClaimFilter, request: int) -> QueueRead:
    """In the reading thread: what a reload shows, and the verdict mark before it."""
    mark, changes = workbench.verdict_mark(), workbench.change_mark()
    categories = workbench.categories()
    # the latest documents: a list of thousands helps no one; search finds the rest
    sources = workbench.document_names(SOURCE_CHOICES)
    total = workbench.count_claims(where)
    first = page(workbench, where)
    summary = workbench.summary_counts()
    return QueueRead(request, first, total, summary, categories, sources, mark, changes)


class QueuePaging:
    """The queue's rows read a page at a time (mixed into QueueScreen): the next page
    as the cursor nears the end of the rows read; on `end`, every row not read yet,
    then the cursor on the last (a trial's `end` on 5,513 claims went 200 further
    at each press)."""

    rows: list[StoredClaim]
    total: int
    shown: ClaimFilter
    to_end: bool
    app: Any
    query_one: Callable[..., Any]
    read: Callable[..., None]
    reading: Callable[[str], bool]
    answered: Callable[..., str | None]
    _add: Callable[[Page], None]

    def read_more(self, rest: bool = False) -> None:
        """Ask for the next page (`rest`: every row not read yet), unless one is asked
        already, the rows are being read again, or all are read."""
        if len(self.rows) >= self.total or self.reading("page") or self.reading("rows"):
            return
        limit = self.total - len(self.rows) if rest else self.shown.limit
        where = replace(self.shown, offset=len(self.rows), limit=limit)
        workbench: Workbench = self.app.workbench
        self.read("page", lambda request: PageRead(request, page(workbench, where)))

    def on_table_end_asked(self, message: Table.EndAsked) -> None:
        message.stop()
        if len(self.rows) < self.total:
            self.to_end = True
            self.read_more(rest=True)

    def on_page_read(self, message: PageRead) -> None:
        if self.answered(message) is None or message.page.where.offset != len(self.rows):
            return
        self._add(message.page)
        table = self.query_one("#queue", DataTable)
        if self.to_end and len(self.rows) >= self.total:
            self.to_end = False
            table.move_cursor(row=len(self.rows) - 1)
        elif self.to_end:
            self.read_more(rest=True)
        else:
            self.read_more_near_the_end()

    def read_more_near_the_end(self) -> None:
        """Read the next page when the cursor comes near the end of the rows read,
        unless it is asked already or the rows are being read again."""
        if self.query_one("#queue", DataTable).cursor_row >= len(self.rows) - 20:
            self.read_more()
