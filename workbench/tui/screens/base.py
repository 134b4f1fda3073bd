"""What every screen of the review app shares: the app and its service, reads that
run off the event loop and come back as messages, reading again what it shows when it
comes back to the front, is asked to (`ctrl+r`) or another process judged a claim
meanwhile, and escape back."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable

from workbench.tui.messages import Answer, MarkRead, ReadFailed

if TYPE_CHECKING:
    from workbench.service import Workbench
    from workbench.tui.app import WorkbenchApp

_requests = itertools.count(1)  # one numbering for every screen: a number is never reused


class WorkbenchScreen(Screen[None]):
    """A screen of the app. It reads with `read`, in the reading thread, and handles
    the answer's message; only the answer to the latest request of each kind is
    taken, an older one dropped."""

    def __init__(self) -> None:
        super().__init__()
        self._asked: dict[str, int] = {}  # kind of read: the latest request
        # Set once the screen is first drawn: answers wait for it, as a table filled
        # while it is still being mounted can draw its header before sizing its columns.
        self.drawn = asyncio.Event()
        self._resumed = False  # whether it came to the front once (when it opened)
        self.seen: int | None = None  # the verdict mark read with its claims, if any
        # the change mark (`Workbench.change_mark`) read with what it shows, or at the
        # last look (`check_outside`): another process wrote since when it moves
        self.changes: int | None = None

    def on_mount(self) -> None:
        self.call_after_refresh(self.drawn.set)

    def show(self) -> None:
        """Read again, in the reading thread, what the screen shows, and show it."""

    def on_screen_resume(self) -> None:
        """Back in front (a screen or a dialog above it closed): read again what it
        shows, which a decision made there, or another process, may have changed. On
        opening, `on_mount` reads it."""
        if self._resumed:
            self.show()
        self._resumed = True

    def check_outside(self) -> None:
        """Read where the verdict history stands (`Workbench.verdict_mark`), and whether
        another process wrote anything since (`Workbench.change_mark`): the screen
        reads what it shows again where a verdict or note was written since it read
        them, by another process too (the CLI), so that the rows show it (a trial's
        queue kept showing no verdict over one the analyst gave in the CLI), and
        where another process wrote anything else: a claim it dismissed, a document
        it removed with its claims (a trial's queue kept both, and a verdict on one
        failed), a correction, a merge, a load."""
        if not self._asked:
            workbench = self.workbench
            self.read(
                "mark",
                lambda request: MarkRead(
                    request, workbench.verdict_mark(), workbench.change_mark()
                ),
            )

    def on_mark_read(self, message: MarkRead) -> None:
        if self.answered(message) is None:
            return
        if self.changes is None:  # a screen whose reads do not give it: the first look
            self.changes = message.changes
        judged = self.seen is not None and message.mark > self.seen
        written = message.changes != self.changes
        if (judged or written) and not self.wb_app.deciding:
            self.changes = message.changes  # the screen's read, if it gives it, follows
            self.show()

    @property
    def wb_app(self) -> WorkbenchApp:
        return self.app  # type: ignore[return-value]

    @property
    def workbench(self) -> Workbench:
        """The service: called only inside a job given to `read`, never on the loop."""
        return self.wb_app.workbench

    def read(self, kind: str, job: Callable[[int], Answer]) -> None:
        """Ask for `job(request)` (service calls, made into the answer) off the event
        loop, in the reading thread, where a request of the same kind not started yet
        is dropped. Reading never writes (the service regroups events after writes),
        so a read never waits on another process's lock."""
        request = self._asked[kind] = next(_requests)
        app = self.wb_app
        future = app.reader.ask((self, kind), lambda: job(request))
        app.deliver(future, self, lambda line: ReadFailed(request, line))

    def reading(self, kind: str) -> bool:
        """Whether a read of `kind` is asked and not answered yet."""
        return kind in self._asked

    def answered(self, message: Answer) -> str | None:
        """The kind of read `message` answers, if it answers the latest request of its
        kind (which is answered then); None for an older answer, to be dropped."""
        for kind, request in self._asked.items():
            if request == message.request:
                del self._asked[kind]
                return kind
        return None

    def on_read_failed(self, message: ReadFailed) -> None:
        kind = self.answered(message)
        if kind is not None:
            self.read_failed(kind, message.line)

    def read_failed(self, kind: str, line: str) -> None:
        """A read of `kind` failed: one line says why, the screen keeps what it shows."""
        self.notify(line, title="Not read", severity="error", markup=False, timeout=10)

    def saving_changed(self, saved: frozenset[int] = frozenset()) -> None:
        """Writes started or ended (`saved`: the claims of one that was saved): a
        screen showing claims redraws their state."""

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_focus_next(self) -> None:
        self.focus_next()

    def show_in_panel(self, panel: str, part: str) -> None:
        """Scroll the scrolling panel `panel` (a selector) to put `part` at its top, and
        give it the focus, so that pageup and pagedown scroll it. The scroll waits for
        the next layout, so a part whose text has just arrived is measured first."""
        scroll = self.query_one(panel, VerticalScroll)
        scroll.focus()
        target = self.query_one(part)
        scroll.call_after_refresh(scroll.scroll_to_widget, target, top=True, animate=False)

    def action_undo(self) -> None:
        """u: take back the last change (a verdict, a note, a link decision, a grade,
        a correction), on whichever screen made it; this screen read again after."""
        self.wb_app.undo(then=self.show)

    def action_cursor_down(self) -> None:
        """j: the next row of the table in focus."""
        if isinstance(self.focused, DataTable):
            self.focused.action_cursor_down()

    def action_cursor_up(self) -> None:
        """k: the previous row of the table in focus."""
        if isinstance(self.focused, DataTable):
            self.focused.action_cursor_up()
