"""What the analyst decides in the claims queue: a verdict, a note or an undo on the
claim under the cursor, or on the claims selected (marked, counted, and asked about
first: a verdict on many names how many it will change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.widgets import DataTable

from workbench.models import Status, StoredClaim
from workbench.tui.screens.confirm import ConfirmModal

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


class QueueDecisions:
    """The queue's decisions (mixed into QueueScreen, which gives the rows)."""

    rows: list[StoredClaim]
    total: int
    selected: set[int]
    seen: int | None
    app: Any
    query_one: Callable[..., Any]
    show: Callable[..., None]
    current_id: Callable[[], int | None]
    move_to: Callable[[int], None]
    _cells: Callable[[StoredClaim], list[Any]]
    _update_status: Callable[[], None]

    @property
    def wb_app(self) -> WorkbenchApp:
        return self.app  # type: ignore[no-any-return]

    def targets(self) -> list[int]:
        """The selected claims, else the one under the cursor."""
        if self.selected:
            return sorted(self.selected)
        current = self.current_id()
        return [] if current is None else [current]

    def action_verdict(self, status: str) -> None:
        """Save the verdict in the writing thread and move on at once: the rows show
        `…` until it is saved, then what the database holds. On selected claims, a
        dialog first says how many it will change (and how many are not shown)."""
        targets = self.targets()
        if not targets:
            return
        if not self.selected:
            self._set_verdict(targets, status)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self._set_verdict(targets, status)

        self.app.push_screen(ConfirmModal(self._bulk_question(targets, status)), answered)

    def _bulk_question(self, targets: list[int], status: str) -> str:
        """ "Set 3 selected claims to confirmed?", and how many of them are not shown."""
        claims = f"{len(targets)} selected claim{'s' if len(targets) > 1 else ''}"
        unseen = len(set(targets) - {c.id for c in self.rows})
        hidden = f" ({unseen} of them not shown: filtered out or further down)" if unseen else ""
        return f"Set {claims} to {status}?{hidden}"

    def _set_verdict(self, targets: list[int], status: str) -> None:
        shown = {c.id: c.status for c in self.rows}
        self.wb_app.set_verdicts(
            targets, status, then=self.show, seen=self.seen, back_to=self.move_to, shown=shown
        )
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

    def action_note(self) -> None:
        """A note on the claim under the cursor, or on every selected claim: the box
        holds their note where they share one, else starts empty and says that the
        note typed replaces each of theirs."""
        targets = self.targets()
        if not targets:
            return
        notes = {c.id: c.note or "" for c in self.rows if c.id in targets}  # none is ""
        differ = len(targets) > 1 and (len(notes) < len(targets) or len(set(notes.values())) > 1)
        shown = None if differ else notes.get(targets[0]) or None
        quoted = next((c.text for c in self.rows if c.id == targets[0]), "")
        self.wb_app.edit_note(
            targets, shown, then=self.show, differ=differ, seen=self.seen, quoted=quoted
        )

    def action_toggle_select(self) -> None:
        current = self.current_id()
        if current is None:
            return
        self.selected ^= {current}
        self._redraw_row(current)
        self._update_status()

    def action_select_all(self) -> None:
        """Select every claim read; where more match further down, say so (a trial's
        `a` on 199,703 claims shown selected the 200 read, unsaid)."""
        self.selected = {c.id for c in self.rows}
        for claim in self.rows:
            self._redraw_row(claim.id)
        self._update_status()
        if len(self.rows) < self.total:
            self.app.notify(
                f"{len(self.rows):,} claims selected: the {self.total - len(self.rows):,} further"
                " down are not read yet (end reads them all; then a selects every one)",
                severity="warning",
                timeout=8,
            )

    def _redraw_row(self, claim_id: int) -> None:
        """Redraw the claim's mark, if its row is shown (a selected claim a filter or a
        search has hidden since is not)."""
        table = self.query_one("#queue", DataTable)
        for claim in self.rows:
            if claim.id == claim_id:
                table.update_cell(str(claim_id), "mark", self._cells(claim)[0])
