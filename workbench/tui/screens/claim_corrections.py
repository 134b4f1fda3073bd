"""The claim detail's corrections: `m` opens the correction form, `D` dismisses the
claim as no claim (or restores it) once asked; both are saved in the writing thread,
`u` takes them back, and the screens beneath read again. The detail's history lists
verdicts, corrections and link decisions together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from rich.text import Text

from workbench.display import change_line, correction_line, moves_line
from workbench.errors import CorrectionChanged
from workbench.models import Correction, LinkDecision, StoredClaim, VerdictChange
from workbench.tui.format import shown
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.screens.confirm import ConfirmModal
from workbench.tui.screens.correction import (
    FIGURE,
    CorrectionForm,
    CorrectionModal,
    VoiceChoices,
    field_text,
)

if TYPE_CHECKING:
    from workbench.service import Workbench


class ClaimCorrecting(WorkbenchScreen):
    """A screen of one claim (`claim_id`, `claim` as last read) that corrects it."""

    claim_id: int
    claim: StoredClaim | None
    corrected: int | None  # the correction mark read with the claim

    def action_correct(self) -> None:
        """Open the correction form with the claim's fields as they stand, and what was
        typed in it and not saved (another analyst's correction came first) over them."""
        if self.claim is None:
            self.notify("The claim is still being read", severity="warning")
            return

        def save(form: CorrectionForm | None) -> None:
            if form is not None:
                self._write_correction(form)

        workbench = self.workbench
        names = [v.name for v in workbench.voices() if v.merged_into is None]
        voices = VoiceChoices(names, workbench.names_new_voice)
        typed = self.wb_app.unsaved_corrections.get(self.claim_id)
        self.app.push_screen(CorrectionModal(self.claim, voices, typed), save)

    def _write_correction(self, form: CorrectionForm) -> None:
        """Save the correction in the writing thread (`u` puts the fields back, as a
        correction of its own, unless a field holds another value than the correction
        left, whoever changed it since); the detail
        and the screens beneath read again. Refused where another analyst corrected one
        of these fields after the claim was read: the form keeps what was typed."""
        claim_id, workbench, seen = self.claim_id, self.workbench, self.corrected
        fields = set(form.changes) | (set(FIGURE) if set(form.changes) & set(FIGURE) else set())
        unsaved = self.wb_app.unsaved_corrections

        left: list[StoredClaim] = []  # the claim as the correction left it, read after it
        moved: list[str] = []  # what the correction moved between events, said after it

        def remember() -> Callable[[], object]:
            mark = workbench.correction_mark()
            before = workbench.claim(claim_id)
            undo = {
                f: str(before.voice_id) if f == "voice" else field_text(before, f) for f in fields
            }

            def put_back() -> list[Correction]:
                if left:  # refused where a field holds another value now, whoever set it
                    _unchanged_since_shown(workbench, left[0], sorted(fields))
                return workbench.correct_claim(claim_id, undo, "undone", since=mark)

            return put_back

        def done(changes: list[Correction]) -> None:
            unsaved.pop(claim_id, None)
            said = ", ".join(c.field for c in changes) or "nothing changed"
            self.notify(f"claim {claim_id} corrected: {said}", timeout=3, markup=False)
            for line in moved:  # longer: other claims left their event unasked
                self.notify(line, timeout=8, markup=False)
            self._changed()

        def failed(_line: str) -> None:
            unsaved[claim_id] = form  # `m` offers it again
            self.show()

        shown_claim = self.claim

        def write() -> list[Correction]:
            if shown_claim is not None:
                _unchanged_since_shown(workbench, shown_claim, list(form.changes))
            written = workbench.correct_claim(claim_id, form.changes, form.note, since=seen)
            left.append(workbench.claim(claim_id))
            line = moves_line(workbench.last_moves) if written else None
            moved.extend([line] if line else [])
            return written

        what = f"the correction of claim {claim_id} ({', '.join(form.changes)})"
        self.wb_app.decide([claim_id], remember, write, done, failed, what)

    def action_dismiss_claim(self) -> None:
        """Dismiss the claim as no claim (or restore a dismissed one), once asked."""
        if self.claim is None:
            self.notify("The claim is still being read", severity="warning")
            return
        claim_id, workbench, dismissed = self.claim_id, self.workbench, self.claim.dismissed
        question = (  # short: the dialog is read at 80 columns
            f"Restore claim {claim_id} to the queue?"
            if dismissed
            else f"Dismiss claim {claim_id} as no claim? D on it restores it."
        )

        def remember() -> Callable[[], object]:
            if dismissed:
                return lambda: workbench.dismiss_claim(claim_id, "undone")
            return lambda: workbench.restore_claim(claim_id, "undone")

        def write() -> Correction:
            if dismissed:
                return workbench.restore_claim(claim_id)
            return workbench.dismiss_claim(claim_id)

        def done(change: Correction) -> None:
            self.notify(f"claim {claim_id}: {correction_line(change)}", timeout=3, markup=False)
            self._changed()

        def answered(yes: bool | None) -> None:
            if yes:
                what = f"{'restoring' if dismissed else 'dismissing'} claim {claim_id}"
                self.wb_app.decide([claim_id], remember, write, done, lambda _: self.show(), what)

        self.app.push_screen(ConfirmModal(question), answered)

    def _changed(self) -> None:
        """The claim changed: this screen and every screen beneath it read again."""
        for screen in self.app.screen_stack:
            if isinstance(screen, WorkbenchScreen):
                screen.show()


def history_text(changes: Sequence[VerdictChange | Correction | LinkDecision]) -> Text:
    """The claim's verdicts, corrections and link decisions, oldest first: who, when,
    what."""
    text = Text("history", style="bold")
    if not changes:
        text.append("  no verdict or correction yet", style="dim")
    for c in changes:
        said = change_line(c)
        text.append(f"\n{c.at[:16].replace('T', ' ')}  {c.analyst}: {shown(said)}")
        if c.note:
            text.append(f"  ({shown(c.note)})", style="dim")
    return text


def _unchanged_since_shown(workbench: Workbench, shown: StoredClaim, fields: list[str]) -> None:
    """Raise `CorrectionChanged` where a field the form corrects holds another value
    than the form showed, whoever changed it: a trial's TUI correction of a subject
    replaced, unseen, the one its analyst had typed in the CLI meanwhile (the marks
    only tell another analyst's change). In the writing thread, before the write."""
    now = workbench.claim(shown.id)
    for field in fields:
        if field_text(now, field) != field_text(shown, field):
            last = [c for c in workbench.corrections(shown.id) if c.field == field]
            who, at = (last[-1].analyst, last[-1].at) if last else ("a re-reading", _now())
            raise CorrectionChanged(shown.id, field, field_text(now, field), who, at)


def _now() -> str:
    return datetime.now(UTC).isoformat()
