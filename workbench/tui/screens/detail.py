"""One claim: its words in their paragraph, its fields, and what other sources say."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Header, Static

from workbench.errors import ClaimGone
from workbench.models import (
    ClaimCredibility,
    Correction,
    LinkDecision,
    LinkView,
    Relation,
    StoredClaim,
    VerdictChange,
)
from workbench.service import LINK_STATES, Workbench
from workbench.tui.format import (
    literal,
    move_bindings,
    shown,
    verdict_bindings,
)
from workbench.tui.keybar import KeyBar
from workbench.tui.messages import ClaimGoneRead, ClaimRead
from workbench.tui.screens.claim_corrections import ClaimCorrecting, history_text
from workbench.tui.screens.detail_text import (
    LINK_COLUMNS,
    claim_fields,
    headline,
    link_cells,
    link_widths,
    why_linked,
)
from workbench.tui.tables import WideTable, kept_cursor

HistoryStep = VerdictChange | Correction | LinkDecision  # one row of a claim's history
ORDER: dict[str, int] = {
    Relation.CONTRADICTS: 0,
    Relation.CORROBORATES: 1,
    Relation.RESTATES: 2,
    Relation.RELATED: 3,
}


class DetailScreen(ClaimCorrecting):
    """A claim with its evidence; linked claims open their own detail."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="detail.back"),
        Binding("enter", "open_link", "Open the linked claim", show=False, id="detail.open"),
        *move_bindings("detail"),
        *verdict_bindings("detail"),
        Binding("a", "link('confirmed')", "Confirm link", id="detail.confirm_link"),
        Binding("r", "link('rejected')", "Reject link", id="detail.reject_link"),
        Binding("l", "add_link", "Add link", show=False, id="detail.add_link"),
        Binding(
            "delete",
            "remove_link",
            "Remove link (kept as rejected)",
            show=False,
            id="detail.remove_link",
        ),
        Binding("g", "grade", "Grade voice", show=False, id="detail.grade"),
        Binding("y", "credibility", "Credibility", id="detail.credibility"),
        Binding("m", "correct", "Correct", id="detail.correct"),
        Binding("D", "dismiss_claim", "Dismiss/restore claim", id="detail.dismiss"),
        Binding("h", "history", "History (pageup/pagedown scroll it)", id="detail.history"),
        Binding("p", "paragraph", "Paragraph", show=False, id="detail.paragraph"),
        # pageup and pagedown scroll the claim, whichever part has the focus: the links
        # table took them, and the paragraph stayed out of reach at 80x24
        Binding(
            "pagedown",
            "scroll_claim(1)",
            "Scroll the claim on",
            show=False,
            priority=True,
            id="detail.page_down",
        ),
        Binding(
            "pageup",
            "scroll_claim(-1)",
            "Scroll the claim back",
            show=False,
            priority=True,
            id="detail.page_up",
        ),
    ]
    # under 32 rows the links and their reason take fewer rows: the claim's gets them;
    # from 45 the claim's panel is only as tall as it needs (app.tcss)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall"), (45, "-taller")]

    def __init__(self, claim_id: int) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.claim: StoredClaim | None = None  # as last read
        self.credibility: ClaimCredibility | None = None  # as last read, with the claim
        self.corrected: int | None = None  # the correction mark read with it
        self.links: list[LinkView] = []
        self._links_width = 0  # the terminal's width the links were drawn for
        self._history_rows = 0  # the rows of the history as last shown

    def compose(self) -> ComposeResult:
        yield Header()
        # the paragraph first, under the headline: at 80x24 it was below the fields and
        # out of reach (a trial pressed pagedown and end; the links table had the keys)
        with VerticalScroll(id="claim"):
            yield Static(id="headline")
            yield Static(id="context")
            yield Static(id="fields")
            yield Static(id="history")
        yield Static(
            "Linked claims (enter opens one; a rejected one is struck out)", id="links-title"
        )
        yield WideTable(id="links", cursor_type="row", fixed_columns=1)
        yield Static(id="link-reason")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#links", DataTable)
        for label in LINK_COLUMNS:
            table.add_column(label, key=label)
        self.show()
        table.focus()

    def show(self) -> None:
        """Read the claim and its links again, in the reading thread, and show them;
        until the first answer the headline says the claim is being read."""
        if self.claim is None:
            self.sub_title = f"reading claim {self.claim_id}…"
        claim_id, workbench = self.claim_id, self.workbench
        self.read("claim", lambda request: _read_claim(workbench, claim_id, request))

    def on_claim_read(self, message: ClaimRead) -> None:
        if self.answered(message) is None:
            return
        before, claim = self.claim, message.claim
        self.claim = claim
        if before is not None and before.status != claim.status:
            self._changed_elsewhere(claim)
        self.credibility = message.credibility
        self.seen, self.corrected = message.mark, message.corrected
        self.changes = message.changes
        self.sub_title = f"claim {claim.id}"
        self.saving_changed()
        self.query_one("#fields", Static).update(claim_fields(claim, message.credibility))
        paragraph, start, end = message.context
        text = Text(shown(paragraph))
        text.stylize("bold reverse", start, end)
        self.query_one("#context", Static).update(text)
        self._show_history(message.history, first=before is None)
        self.links = in_shown_order(message.links, self.links)
        self._fill_links()
        self._show_reason()

    def _show_history(self, changes: list[HistoryStep], first: bool) -> None:
        """The history as read; where it grew while in view (a note written with `n`,
        a verdict, a link decision), the claim's panel scrolls to its end so that the
        new row shows: trial 79's note left the history's heading at the panel's foot
        and its row out of sight until `h` was pressed again."""
        history = self.query_one("#history", Static)
        panel = self.query_one("#claim", VerticalScroll)
        window = panel.content_region
        seen = history.region.y < window.bottom and history.region.bottom > window.y
        grew = len(changes) > self._history_rows
        self._history_rows = len(changes)
        history.update(history_text(changes))
        if seen and grew and not first:
            self.call_after_refresh(panel.scroll_end, animate=False)

    def on_claim_gone_read(self, message: ClaimGoneRead) -> None:
        """The claim went with its document (removed by another process, the CLI, or
        on the sources screen): one line says so and the screen closes, back to the
        screen below, which reads what it shows again. A trial's detail kept showing
        a claim the CLI had removed, and took a verdict and a correction on it that
        failed unsaid. Under a dialog it closes once back in front."""
        if self.answered(message) is None:
            return
        self.claim = None
        self.notify(
            f"Claim {message.claim_id} is no longer stored: its document was removed"
            " (`workbench document archive` lists the verdicts it had)",
            severity="warning",
            markup=False,
            timeout=8,
        )
        if self.app.screen is self:
            self.app.pop_screen()

    def _fill_links(self) -> None:
        """The links as rows, their names as wide as the terminal allows."""
        claim, table = self.claim, self.query_one("#links", DataTable)
        if claim is None:
            return
        self._links_width = self.app.size.width
        with kept_cursor(table):  # the cursor stays on its link
            table.clear(columns=True)  # a column keeps the width of its widest cell
            for label in LINK_COLUMNS:
                table.add_column(label, key=label)
            widths = link_widths(claim, self.links, self.app.size.width)
            for link in self.links:
                table.add_row(*link_cells(claim, link, widths), key=str(link.id))

    def on_resize(self, _event: events.Resize) -> None:
        """The links drawn again for the new width (widened: their names whole)."""
        if self.links and self._links_width != self.app.size.width:
            self._fill_links()

    def saving_changed(self, saved: frozenset[int] = frozenset()) -> None:
        """The headline shows what is being saved on this claim, else its status."""
        if self.claim is not None:
            saving = self.wb_app.saving_label(self.claim_id)
            self.query_one("#headline", Static).update(headline(self.claim, saving))

    @on(DataTable.RowHighlighted, "#links")
    def _show_reason(self) -> None:
        link = self.current_link()
        self.query_one("#link-reason", Static).update(literal(why_linked(link)))

    def _changed_elsewhere(self, claim: StoredClaim) -> None:
        """Say so where the verdict shown changed and this window did not change it
        (the CLI, a script, another window): a trial's analyst, one login in a shell
        and the TUI, pressed `c` a second after the screen took the CLI's "false" in,
        and replaced it unawares."""
        if self.wb_app.set_here.get(claim.id) == claim.status:
            return
        self.notify(
            f"claim {claim.id}: its verdict is now {claim.status}, given outside this"
            " window; read it before you decide again",
            severity="warning",
        )

    def current_link(self) -> LinkView | None:
        table = self.query_one("#links", DataTable)
        if not self.links or table.cursor_row >= len(self.links):
            return None
        return self.links[table.cursor_row]

    @on(DataTable.RowSelected, "#links")
    def action_open_link(self) -> None:
        """enter: the linked claim under the cursor, in its own detail."""
        link = self.current_link()
        if link is not None:
            other = link.b if link.a.id == self.claim_id else link.a
            self.wb_app.open_claim(other.id)

    def action_verdict(self, status: str) -> None:
        shown = {self.claim_id: self.claim.status} if self.claim is not None else None
        self.wb_app.set_verdicts(
            [self.claim_id], status, then=self.show, seen=self.seen, shown=shown
        )

    def action_note(self) -> None:
        """Edit the note, once the claim is read: the dialog offers the note it holds."""
        if self.claim is None:
            self.notify("The claim is still being read", severity="warning")
            return
        self.wb_app.edit_note(
            [self.claim_id], self.claim.note, then=self.show, seen=self.seen, quoted=self.claim.text
        )

    def _write_link(
        self, other: int, write: Callable[[], object], said: Callable[[object], str]
    ) -> None:
        """A link decision with claim `other` in the writing thread, which `u` takes
        back; the links are read again after it."""
        claim_id, workbench = self.claim_id, self.workbench

        def remember() -> Callable[[], object]:
            before = workbench.link_row(claim_id, other)
            return lambda: workbench.restore_link(claim_id, other, before)

        def done(result: object) -> None:
            self.notify(said(result), timeout=2, markup=False)
            self.show()

        what = f"the link decision between claims {claim_id} and {other}"
        self.wb_app.decide([claim_id], remember, write, done, lambda _: self.show(), what)

    def _other(self, link: LinkView) -> int:
        return link.b.id if link.a.id == self.claim_id else link.a.id

    def action_link(self, state: str) -> None:
        link = self.current_link()
        if link is None:
            self.notify("No link to decide on", severity="warning")
            return
        a, b, workbench = link.a.id, link.b.id, self.workbench
        self._write_link(
            self._other(link),
            lambda: workbench.set_link(a, b, state=state),
            lambda _: f"link {state}",
        )

    def action_add_link(self) -> None:
        from workbench.tui.fields import ask
        from workbench.tui.screens.modals import LinkModal

        workbench = self.workbench

        def add(choice: tuple[int, str] | None) -> None:
            if choice is not None:
                other, relation = choice
                self._write_link(
                    other,
                    lambda: workbench.set_link(self.claim_id, other, relation=relation),
                    lambda _: f"linked to claim {other}: {relation}",
                )

        ask(self.app, LinkModal(), add)

    def action_remove_link(self) -> None:
        link = self.current_link()
        if link is not None:
            a, b, workbench = link.a.id, link.b.id, self.workbench
            self._write_link(
                self._other(link),
                lambda: workbench.remove_link(a, b),
                lambda outcome: f"link {outcome}",
            )

    def action_grade(self) -> None:
        if self.claim is not None:
            claim = self.claim
            self.wb_app.grade_voice(str(claim.voice_id), claim.voice, self.show, claim.voice_grade)

    def action_history(self) -> None:
        """The claim's history in view, and its panel in focus: pageup and pagedown then
        scroll it (at 80x24 the history starts below the screen's edge); tab goes back
        to the links."""
        self.show_in_panel("#claim", "#history")

    def action_credibility(self) -> None:
        self.wb_app.grade_credibility(self.claim_id, self.show, self.credibility)

    def action_paragraph(self) -> None:
        """The claim's paragraph in view at the panel's top, the panel in focus."""
        self.show_in_panel("#claim", "#context")

    def action_scroll_claim(self, pages: int) -> None:
        """pagedown / pageup: the claim's panel a page on or back, whatever has the
        focus (a modal's keys stay its own: this screen is not active under it)."""
        panel = self.query_one("#claim", VerticalScroll)
        if pages > 0:
            panel.scroll_page_down(animate=False)
        else:
            panel.scroll_page_up(animate=False)


def in_shown_order(links: list[LinkView], shown: list[LinkView]) -> list[LinkView]:
    """The links read again in the order they were shown, new ones after: a decision
    leaves its link where it stands (struck out when rejected), so that `r j r j r`
    rejects three links one after another. A trial's rejected link jumped to the
    bottom with the cursor, and the next `r` rejected it again."""
    place = {link.id: i for i, link in enumerate(shown)}
    return sorted(links, key=lambda link: place.get(link.id, len(place)))


def _read_claim(workbench: Workbench, claim_id: int, request: int) -> ClaimRead | ClaimGoneRead:
    """In the reading thread: what the screen shows of a claim, and the verdict and
    correction marks before it."""
    marks = workbench.verdict_mark(), workbench.correction_mark()
    changes = workbench.change_mark()
    try:
        claim = workbench.claim(claim_id)
    except ClaimGone:
        return ClaimGoneRead(request, claim_id)
    every = workbench.links(claim_id, states=LINK_STATES)  # a rejected one too: `a` takes it back
    links = sorted(every, key=lambda v: (v.state == "rejected", ORDER.get(v.relation, 9), -v.score))
    history: list[HistoryStep] = [
        *workbench.history(claim_id),
        *workbench.corrections(claim_id),
        *workbench.link_decisions(claim_id),
    ]
    return ClaimRead(
        request,
        claim,
        workbench.credibility(claim_id),
        workbench.context(claim),
        links,
        sorted(history, key=lambda change: change.at),
        marks,
        changes,
    )
