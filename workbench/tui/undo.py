"""What `u` takes back, and taking it back: the undo stack's entries (`Before`, a
claim's verdict and note before a change; `Restore`, what puts back a link decision, a
grade, a correction or an edit of events) and `Undoing.undo`, which puts back the
latest in the app's writing thread. Split from decisions.py, whose `Decisions` (mixed
into the app) puts each decision on the stack as it is saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from workbench.errors import ChangedMeanwhile, ClaimGone
from workbench.tui.writes import Writer, problem

if TYPE_CHECKING:
    from workbench.service import Workbench


class Before(NamedTuple):
    """A claim's verdict and note before a change `u` takes back, the verdict mark
    read just before the change was written, and the verdict the change gave (None for
    a note): the undo is refused, as a verdict is, where another analyst changed the
    claim after it (`Workbench.verdict_mark`), and where its verdict is no longer the
    one the change gave, whoever changed it (a trial's `u` put back 'unreviewed' over
    the 'false' its analyst had given in the CLI since). `left`: the verdict and note
    the change left (`Workbench.verdict_state`, read just after it); the undo is
    refused where the claim holds others, whoever wrote them (a trial's `u` after a
    note put back 'unreviewed' over the verdict and note given since in the CLI)."""

    claim_id: int
    status: str
    note: str | None
    mark: int
    after: str | None = None
    left: tuple[str, str | None] | None = None


Undo = list[Before]
U = TypeVar("U")


@dataclass(frozen=True)
class Restore:
    """A link decision, a grade or a correction `u` takes back: `restore` (in the
    writing thread) puts back what it replaced; `claims` show the undo being saved;
    `what` names it for the line that says it was undone ("the grade of NRC")."""

    claims: list[int]
    restore: Callable[[], object]
    what: str


class Undoing:
    """Taking decisions back, and the batches they are saved in (mixed into
    WorkbenchApp through `Decisions`, which gives `save`)."""

    workbench: Workbench
    db_path: str
    writer: Writer
    undo_stack: list[Undo | Restore]
    refused_at: int | None  # the stack's height just after an undo was refused
    set_here: dict[int, str]
    save: Callable[..., None]
    notify: Callable[..., Any]

    def _undoable(self, ids: list[int], one: Callable[[int], Before]) -> tuple[Undo, str | None]:
        """`_each`, and what was saved goes on the undo stack. In the writing thread,
        as every change of the stack: an undo asked after a verdict finds it there."""
        batch, error = self._each(ids, one)
        if batch:
            self.undo_stack.append(batch)
        return batch, error

    def _each(self, ids: list[int], one: Callable[[int], U]) -> tuple[list[U], str | None]:
        """`one` on each id in the writing thread, up to the first failure (whose line
        is returned): what was saved before it stays saved."""
        saved: list[U] = []
        for claim_id in ids:
            try:
                saved.append(one(claim_id))
            except Exception as error:
                return saved, problem(error, self.db_path)
        return saved, None

    def _report(self, what: str, saved: int, asked: int, error: str | None) -> None:
        """One line on a batch: how many were saved, and why the rest were not."""
        claims = f"{asked} claim{'s' if asked > 1 else ''}"
        if error is None:
            self.notify(f"{claims} {what}", timeout=2)
            return
        if saved:
            error = f"{saved} of {claims} {what}; the other {asked - saved} not saved: {error}"
        self.notify(error, title="Not saved", severity="error", markup=False, timeout=10)

    def undo(
        self, then: Callable[[], None] = lambda: None, to: Callable[[int], None] | None = None
    ) -> None:
        """Put back the verdicts the last change replaced (the history keeps both),
        after the changes asked before it are saved; the line names what it took back
        as the writing thread found it (a trial's burst of verdicts then `u` was told
        "claim 2", the change before the ones undone). `then` runs after; `to`, where
        given and a verdict or note was put back, runs instead with the first claim
        undone (the queue's cursor goes back to it: a trial's `u` left it on the next
        claim, and enter opened that one); not where the undo was refused (a trial's
        cursor jumped to the claim in conflict, and the next `c` landed on it).

        After a refused undo, with nothing done or undone since, `u` first only names
        what it would take back, and the press after it takes it back: a trial's second
        `u`, meant to try again, took back a correction of another claim minutes older."""
        if self._held_after_refusal():
            return
        self.refused_at = None
        refused: list[str] = []
        put_back: list[str] = []  # what each undo put back: "verdict", "note", "nothing"

        def one(item: Before) -> Before:
            try:
                put_back.append(self.writer.retrying(lambda: self._put_back(item)))
            except (ChangedMeanwhile, ClaimGone) as changed:  # theirs stays, or none: spent
                refused.append(_spent(changed))
            return item

        named = ""  # what is taken back, named once the writing thread has it
        first: int | None = None  # the first claim whose verdict or note is put back

        def job() -> tuple[int, int, str | None] | None:
            nonlocal named, first
            if not self.undo_stack:
                return None
            batch = self.undo_stack.pop()
            if isinstance(batch, Restore):
                named = batch.what
                return self._restore(batch, refused)
            lookup = {item[0]: item for item in batch}
            first = batch[0].claim_id
            undone, error = self._each(list(lookup), lambda i: one(lookup[i]))
            named = _verdicts_of(batch, put_back)
            if len(undone) < len(batch):  # what was not undone: `u` tries again
                self.undo_stack.append(batch[len(undone) :])
            return len(undone) - len(refused), len(batch), error or next(iter(refused), None)

        def done(outcome: tuple[int, int, str | None] | None) -> None:
            if refused:
                self.refused_at = len(self.undo_stack)
            if outcome is None:
                self.notify("Nothing to undo", severity="warning")
            elif outcome[2] is None:  # says what it took back: it may be another screen's
                self.notify(f"Undone: {named}", timeout=3)
            else:
                self._report("undone", *outcome)
            if to is not None and first is not None and not refused:
                to(first)
            else:
                then()

        # the rows marked as undoing: the latest change asked, if it is saved already
        latest = self.undo_stack[-1] if self.undo_stack else []
        ids = latest.claims if isinstance(latest, Restore) else [b.claim_id for b in latest]
        self.save(job, done, claims=ids, saving="undoing")

    def _held_after_refusal(self) -> bool:
        """True, with a line naming what the next `u` takes back, where the last undo
        was refused and nothing was done or undone since (the stack's height is the
        one the refusal left); the hold lasts one press."""
        if self.refused_at != len(self.undo_stack):  # None: no refusal
            return False
        self.refused_at = None
        if not self.undo_stack:
            return False
        latest = self.undo_stack[-1]
        what = latest.what if isinstance(latest, Restore) else _verdicts_of(latest, [])
        self.notify(
            f"The last undo was refused; u again takes back {what}", severity="warning", timeout=6
        )
        return True

    def _restore(self, entry: Restore, refused: list[str]) -> tuple[int, int, str | None]:
        """Put back what a link decision, a grade or a correction replaced; on failure
        it stays on the stack for `u` to try again, unless another analyst has changed
        it since (theirs stays, the undo is spent, and its line joins `refused`)."""
        try:
            self.writer.retrying(entry.restore)
        except (ChangedMeanwhile, ClaimGone) as changed:
            refused.append(_spent(changed))
            return 0, 1, refused[-1]
        except Exception as error:
            self.undo_stack.append(entry)
            return 0, 1, problem(error, self.db_path)
        return 1, 1, None

    def _before(self, claim_id: int, after: str | None = None) -> Before:
        """In the writing thread, just before a change of the claim to the verdict
        `after` (None: a note): what `u` puts back."""
        mark = self.workbench.verdict_mark()
        claim = self.workbench.claim(claim_id)
        return Before(claim_id, claim.status, claim.note, mark, after)

    def _left(self, before: Before) -> Before:
        """In the writing thread, just after the change `before` was taken for: what it
        left (`Workbench.verdict_state`), which its undo expects to find."""
        return before._replace(left=self.workbench.verdict_state(before.claim_id))

    def _put_back(self, before: Before) -> str:
        """A claim's verdict and note as they were: a note alone when the verdict did
        not change, so that its stale mark stays; refused (`VerdictChanged`) where
        another analyst changed the claim since. Which it put back: "verdict", "note",
        or "nothing" where the claim holds them already (a verdict given again as it
        was: a trial's undo of one was told "the note" and logged the note again)."""
        claim_id, status, note, mark, after, left = before
        now = self.workbench.claim(claim_id)
        if (now.status, now.note or "") == (status, note or ""):
            return "nothing"
        if now.status == status:
            self.workbench.set_note(claim_id, note or "", mark, left)
            return "note"
        shown = after if left is None else None
        self.workbench.set_verdict(claim_id, status, note or "", since=mark, shown=shown, left=left)
        self.set_here[claim_id] = status
        return "verdict"


def _verdicts_of(batch: Sequence[Before], put_back: list[str]) -> str:
    """What `u` took back of a batch of verdicts or notes: "the verdict of claim 42
    (back to unreviewed)", "the note of claim 42", "the verdicts of claims 3, 4, 5";
    "the verdict or note" where the batch was not put back whole (a trial's line did
    not say which it had taken back)."""
    claim_ids = [item.claim_id for item in batch]
    plural = len(claim_ids) > 1
    shown = ", ".join(map(str, claim_ids[:5])) + (" …" if len(claim_ids) > 5 else "")
    kinds = set(put_back)
    what = kinds.pop() if len(kinds) == 1 and len(put_back) == len(batch) else "verdict or note"
    if what == "nothing":
        return f"nothing of claim{'s' if plural else ''} {shown}: it held that verdict and note"
    back = f" (back to {batch[0].status})" if what == "verdict" and not plural else ""
    noun = f"{what}s" if plural and what != "verdict or note" else what
    return f"the {noun} of claim{'s' if plural else ''} {shown}{back}"


def _spent(error: ChangedMeanwhile | ClaimGone) -> str:
    """Why an undo cannot be made and is dropped: another analyst changed it since, or
    the claim went with its document."""
    if isinstance(error, ClaimGone):
        return f"claim {error.claim_id} was removed with its document: nothing to take back"
    return str(error)
