"""The analyst's decisions from the TUI: verdicts, notes, grades, names, edits of
events, each undoable (undo.py). Each is written in the app's writing thread (`save`),
its outcome handled when the message saying so arrives; what was typed and not saved is
kept and offered again."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import Any, TypeVar

from workbench.models import CREDIBILITY_LABELS, ClaimCredibility, Seen
from workbench.tui.screens.modals import CLEAR_GRADE, GRADES, GradeModal, NoteModal
from workbench.tui.undo import Before, Restore, Undo, Undoing

T = TypeVar("T")


class Decisions(Undoing):
    """The decisions of the app (mixed into WorkbenchApp, which gives `save`); `u`
    takes each back (`Undoing`)."""

    unsaved_notes: dict[int, str]
    deciding: dict[int, str]  # claim: the verdict being saved, not yet on the screen
    set_here: dict[int, str]  # claim: the verdict this window saved last
    unsaved_names: dict[int, str]
    push_screen: Callable[..., Any]

    def set_verdicts(
        self,
        claim_ids: Iterable[int],
        status: str,
        then: Callable[[], None] = lambda: None,
        seen: int | None = None,
        back_to: Callable[[int], None] = lambda _claim: None,
        shown: Mapping[int, str] | None = None,
    ) -> None:
        """Set one verdict on each claim; `u` takes back what was saved of the batch.
        `seen`: the verdict mark the screen read with the claims; a claim another
        analyst decided on after it is not saved, and the line says who and what;
        so is a claim whose verdict is no longer the one `shown` gives it (claim:
        verdict on the screen), whoever changed it, unless this app is saving one;
        `back_to(that claim)` is called then, before `then()`, so that the screen
        that moved on shows it again (a trial pressed the key again, as the line
        said, and judged the next claim)."""
        ids = list(claim_ids)
        expected = {i: self.deciding.get(i) or (shown or {}).get(i) for i in ids}
        self.deciding.update(dict.fromkeys(ids, status))

        def one(claim_id: int) -> Before:
            before = self._before(claim_id, status)
            was = expected[claim_id]
            self.writer.retrying(
                lambda: self.workbench.set_verdict(claim_id, status, since=seen, shown=was)
            )
            self.set_here[claim_id] = status
            return self._left(before)

        def done(outcome: tuple[Undo, str | None]) -> None:
            batch, error = outcome
            for claim_id in ids:
                if self.deciding.get(claim_id) == status:
                    del self.deciding[claim_id]
            self._report(f"{status}", len(batch), len(ids), error)
            if error is not None and len(batch) < len(ids):
                back_to(ids[len(batch)])
            then()

        self.save(lambda: self._undoable(ids, one), done, claims=ids, saving=status)

    def decide(
        self,
        claims: list[int],
        remember: Callable[[], Callable[[], object]],
        write: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[str], None],
        what: str,
    ) -> None:
        """A link decision, a grade or a correction, undoable: in the writing thread
        `remember()` reads what `write` replaces and gives the write that puts it
        back, which goes on the undo stack once `write` is saved; `what` names it."""

        def job() -> T:
            restore = remember()
            result = self.writer.retrying(write)
            self.undo_stack.append(Restore(claims, restore, what))
            return result

        self.save(job, done, failed, claims=claims)

    def edit_events(
        self, touched: Callable[[], Sequence[int | None]], edit: Callable[[], T], what: str
    ) -> T:
        """In the writing thread: an edit of events (rename, merge, split, move) whose
        claims and names, as they were in the events `touched()` names, `u` puts back
        while the events stand as the edit left them (`Workbench.undo_event_edit`)."""
        bench = self.workbench
        before = bench.event_state(touched())
        result = self.writer.retrying(edit)
        after = bench.event_state_after(before)
        restore = partial(bench.undo_event_edit, before, after)
        self.undo_stack.append(Restore(before.claim_ids, restore, what))
        return result

    def edit_note(
        self,
        claim_ids: list[int],
        shown: str | None,
        then: Callable[[], None],
        differ: bool = False,
        seen: int | None = None,
        quoted: str = "",
    ) -> None:
        """Write the note on each claim, its verdict kept. The dialog's title names the
        claim and `quoted`, its words, where one claim is noted (a trial's `n` pressed
        after a verdict had moved the cursor on noted the next claim, unseen). The
        dialog offers the note typed and not saved on the first claim, else `shown`,
        the claims' note as the screen last read it; where their notes `differ`, it
        says the note typed replaces each (`u` takes them back). `seen` as for
        `set_verdicts`: a note not saved for it is kept, and `n` offers it again."""
        first = claim_ids[0]
        typed = self.unsaved_notes.get(first)
        current = typed if typed is not None else shown
        title = f"Note on {len(claim_ids)} claims"
        if len(claim_ids) == 1:
            title = f"Note on claim {first}" + (f": \u201c{quoted}\u201d" if quoted else "")
        if differ:
            title += ": their notes differ, and this one replaces each (u takes it back)"

        def one(claim_id: int) -> Before:
            before = self._before(claim_id)
            self.writer.retrying(lambda: self.workbench.set_note(claim_id, note_text, seen))
            return self._left(before)

        def done(outcome: tuple[Undo, str | None]) -> None:
            batch, error = outcome
            for claim_id, *_ in batch:
                self.unsaved_notes.pop(claim_id, None)
            if error is not None:
                for claim_id in claim_ids[len(batch) :]:
                    self.unsaved_notes[claim_id] = note_text
                error += " (the note is kept: n offers it again)"
            self._report("noted", len(batch), len(claim_ids), error)
            then()

        note_text = ""

        def save(note: str | None) -> None:
            nonlocal note_text
            if note is None:
                _keep_draft(self.unsaved_notes, first, modal, shown, self.notify)
                return
            note_text = note
            self.save(lambda: self._undoable(claim_ids, one), done, claims=claim_ids, saving="note")

        modal = NoteModal(title, current, spaced=typed is None)
        self.push_screen(modal, save)

    def grade_voice(
        self, voice_id: str, name: str, then: Callable[[], None], shown: str | None
    ) -> None:
        """Grade a voice; `u` puts its grade and note back. `shown`: the grade the
        screen showed (None: none); a voice another analyst graded since is not
        graded over, and the line says who and what (`GradeChanged`)."""
        bench = self.workbench

        def save(grade: str | None) -> None:
            if grade is None:
                return
            cleared = grade == CLEAR_GRADE
            written = Seen(None if cleared else grade)

            def remember() -> Callable[[], object]:
                voice = next(v for v in bench.voices() if str(v.id) == voice_id)
                return lambda: bench.restore_voice_grade(voice.id, voice.grade, voice.note, written)

            write = (
                partial(bench.ungrade, voice_id, seen=Seen(shown))
                if cleared
                else partial(bench.grade, voice_id, grade, seen=Seen(shown))
            )
            self.decide(
                [], remember, write, lambda _: then(), lambda _: then(), f"the grade of {name}"
            )

        self.push_screen(GradeModal(f"Reliability of {name}", GRADES, shown), save)

    def grade_credibility(
        self, claim_id: int, then: Callable[[], None], shown: ClaimCredibility | None
    ) -> None:
        """Grade a claim's credibility; `u` puts the grade before back. `shown`: the
        claim's credibility as the screen showed it; a grade another analyst gave since
        is not replaced, and the line says who and what (`GradeChanged`)."""
        bench = self.workbench
        seen = Seen(shown.analyst.grade if shown and shown.analyst else None)

        def save(grade: str | None) -> None:
            if grade is None:
                return
            cleared = grade == CLEAR_GRADE
            written = Seen(None if cleared else int(grade))

            def remember() -> Callable[[], object]:
                before = bench.credibility_grade(claim_id)
                return lambda: bench.restore_credibility(claim_id, before, written)

            write = (
                partial(bench.clear_credibility, claim_id, seen)
                if cleared
                else partial(bench.set_credibility, claim_id, int(grade), seen=seen)
            )
            what = f"the credibility grade of claim {claim_id}"
            self.decide([claim_id], remember, write, lambda _: then(), lambda _: then(), what)

        scale = {str(grade): label for grade, label in CREDIBILITY_LABELS.items()}
        now = str(seen.grade) if seen.grade is not None else None
        self.push_screen(GradeModal(f"Credibility of claim {claim_id}", scale, now), save)

    def rename_event(
        self, event_id: int, name: str, then: Callable[[], None], named: bool = False
    ) -> None:
        """Rename an event shown as `name` (`named`: an analyst's name, else the
        machine's); a name not saved is offered again on the next rename. A name
        another analyst gave it since it was shown is not replaced, and the line says
        who and what (`NameChanged`). A blank name, or the name as it was, saves
        nothing and says so (enter on the machine's name made it the analyst's)."""
        seen = Seen(name if named else None)

        def failed(_line: str) -> None:
            then()

        def save(new: str | None) -> None:
            if new is None:
                _keep_draft(self.unsaved_names, event_id, modal, name, self.notify)
                return
            if not new or new == name:  # a re-trial's enter made the machine's name its own
                self.unsaved_names.pop(event_id, None)
                why = "a name cannot be blank" if not new else "the name is as it was"
                self.notify(f"Event {event_id} keeps its name: {why}", timeout=3)
                return
            self.unsaved_names[event_id] = new

            def done(_detail: object) -> None:
                self.unsaved_names.pop(event_id, None)
                then()

            rename = partial(self.workbench.rename_event, event_id, new, seen)
            what = f"renaming event {event_id}"
            self.save(lambda: self.edit_events(lambda: [event_id], rename, what), done, failed)

        offered = self.unsaved_names.get(event_id, name)
        stored = event_id not in self.unsaved_names  # typing replaces it; a draft goes on
        modal = NoteModal(f"Name of event {event_id}", offered, what="name", replaced=stored)
        self.push_screen(modal, save)


def _keep_draft(
    drafts: dict[int, str],
    key: int,
    modal: NoteModal,
    stored: str | None,
    notify: Callable[..., Any],
) -> None:
    """What was typed in a note or name dialog that escape closed, kept in `drafts`
    for the next time it opens on `key`, and said; words left as `stored` (or none)
    drop the draft, so clearing the box and escaping forgets it."""
    typed = (modal.left or "").strip()
    if not typed or typed == (stored or "").strip():
        drafts.pop(key, None)
        return
    drafts[key] = typed
    notify(f"Not saved: n offers the {modal.what} you typed again", timeout=4)
