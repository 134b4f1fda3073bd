"""The Workbench review app: screens over the service API, built one way (`make_app`).

The event loop never waits on the database: reads run in the reading thread, writes
in the writing thread, and each answer comes back as a message (`messages.py`)."""

from __future__ import annotations

import asyncio
import functools
import itertools
import threading
import time
from collections.abc import Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.widgets import ProgressBar

from workbench.service import ClaimFilter, Workbench
from workbench.tui.crash import crash_report
from workbench.tui.dbfile import DatabaseGone, DbFile
from workbench.tui.decisions import Decisions
from workbench.tui.fields import Retyped, StrandedKeys
from workbench.tui.messages import (
    Failure,
    Loaded,
    LoadEnded,
    LoadProgress,
    Notice,
)
from workbench.tui.opening import Opening
from workbench.tui.progress import remove_progress, show_progress, write_export
from workbench.tui.saves import WAITING_SAID_EVERY_S, Saves, Saving
from workbench.tui.screens.add_source import (
    AddSourceModal,
    SourceChoice,
    start_loading,
    stop_loading,
)
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.screens.correction import CorrectionForm
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.event import EventScreen
from workbench.tui.screens.events import EventsScreen
from workbench.tui.screens.export_modal import ExportChoice, ExportModal
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.modals import NoteModal
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.screens.sources import SourcesScreen
from workbench.tui.undo import Restore, Undo
from workbench.tui.writes import TRY_S, Reader, WritePolicy, Writer, problem

M = TypeVar("M", bound=Message)
QUIT_AGAIN_S = 10.0  # a second q within this many seconds quits with work going on
# how often the screen in front looks for verdicts written by another process (the CLI)
OUTSIDE_EVERY_S = 3.0


class WorkbenchApp(Decisions, Opening, Saves, App[None]):
    """Review claims: keyboard first, every read and write off the event loop, the
    screen answering meanwhile."""

    CSS_PATH = "app.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]  # app.tcss fits 80 columns
    TITLE = "Workbench"
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("i", "add_source", "Add source", show=False, id="app.add_source"),
        Binding("ctrl+r", "refresh", "Refresh", show=False, id="app.refresh"),
        Binding("ctrl+t", "change_theme", "Theme", show=False, id="app.theme"),
        Binding("ctrl+x", "stop_loading", "Stop loading", id="app.stop_loading"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(
        self,
        workbench: Workbench,
        seeds: Path | None = None,
        writes: WritePolicy | None = None,
    ) -> None:
        super().__init__()
        self.workbench = workbench
        self.db_path = workbench.store.path
        self.seeds = seeds
        self.undo_stack: list[Undo | Restore] = []
        self.refused_at: int | None = None
        opened = DbFile.opened(self.db_path)
        self.reader = Reader(opened)
        if writes is None:  # a try of TRY_S at a time, a notice between tries
            writes = WritePolicy.in_tries(3 * workbench.store.timeout)
            workbench.wait_for_lock_at_most(TRY_S)
        self.writer = Writer(opened, writes, self)
        self.saving: dict[int, Saving] = {}  # by ticket
        self._tickets = itertools.count(1)
        self.unsaved_notes: dict[int, str] = {}  # claim: the note typed and not saved
        self.deciding: dict[int, str] = {}  # claim: the verdict being saved
        self.set_here: dict[int, str] = {}  # claim: the verdict this window saved last
        self.unsaved_names: dict[int, str] = {}  # event: the name typed and not saved
        # claim: the correction typed and not saved (another analyst's came first)
        self.unsaved_corrections: dict[int, CorrectionForm] = {}
        self.retyped = Retyped()  # a one-line dialog's words a write refused
        self.stranded_keys = StrandedKeys()  # keys typed before a dialog opened
        self.last_export: ExportChoice | None = None  # the next export dialog starts there
        self.loading: dict[int, str] = {}  # the sources added with `i` still loading
        self.stop_asked: dict[int, threading.Event] = {}  # set: that load is to stop
        self.source_again: SourceChoice | None = None  # the last that failed to load
        self._quit_asked: float | None = None  # when q was pressed with work going on
        self.told_empty = False  # "the database is empty" is on screen, until a load adds
        self._waiting_said = -WAITING_SAID_EVERY_S  # when the lock was last reported
        self.bar: ProgressBar | None = None  # a load's progress (`progress.py`)
        self.crash: str | None = None  # the line saying why the app stopped, if it crashed
        self.sub_title = Path(self.db_path).name

    async def on_mount(self) -> None:
        await self.push_screen(QueueScreen())
        self.open_database()
        self.set_interval(OUTSIDE_EVERY_S, self.check_outside)

    def check_outside(self) -> None:
        """The screen in front reads its claims again where a verdict or note was
        written since it read them (`WorkbenchScreen.check_outside`)."""
        if not self.screen_stack:  # the app is closing: the timer may tick once more
            return
        if isinstance(self.screen, WorkbenchScreen):
            self.screen.check_outside()

    async def on_event(self, event: events.Event) -> None:
        """A key typed before a dialog opened that the screen behind it left goes to
        the dialog (`fields.StrandedKeys`); every other event as Textual handles it."""
        keys = self.stranded_keys
        if (
            isinstance(event, events.Key)
            and self.screen_stack
            and await keys.route(event, self.screen)
        ):
            return
        await super().on_event(event)

    def on_unmount(self) -> None:
        self.reader.close()  # the writes asked go on: quitting asks first (action_quit)

    def _handle_exception(self, error: Exception) -> None:
        """Textual's hook (8.2.8) for an error nothing handled: it ends the app with
        return code 1 and keeps the error for a test's pilot to raise. Its traceback
        goes to a file, not to the terminal; `crash` keeps the line the command says."""
        if self.crash is None:
            self.crash = crash_report(error)
        super()._handle_exception(error)
        self._exit_renderables.clear()  # Textual's printed traceback: it is in the file

    # -- work in threads, answered by messages -------------------------------------

    def deliver(self, future: Future[M], target: MessagePump, failed: Failure) -> None:
        """Post the message `future` (a job in the reading or the writing thread) makes
        to `target` when it is done, or `failed(line)`. A worker waits for it, and
        ends once `target` has handled it: whoever waits for the app's workers (a
        test, a snapshot) finds every answer shown."""
        self.run_worker(self._deliver(future, target, failed), group="database")

    async def _deliver(self, future: Future[M], target: MessagePump, failed: Failure) -> None:
        message: Message
        try:
            answer = await asyncio.wrap_future(future)
            message = answer
        except asyncio.CancelledError:
            if not future.cancelled():
                raise  # this worker is cancelled: the app is closing
            return  # dropped for a newer request of the same kind
        except Exception as error:  # any error is one line: the session goes on
            message = failed(problem(error, self.db_path))
        if isinstance(target, WorkbenchScreen):
            await target.drawn.wait()
        handled = asyncio.Event()  # set by a callback queued behind the message
        if target.post_message(message) and target.call_later(handled.set):
            await handled.wait()  # (a screen closed meanwhile drops the message)

    def on_load_progress(self, message: LoadProgress) -> None:
        show_progress(self, message)

    def on_loaded(self, message: Loaded) -> None:
        if not self.loading:
            remove_progress(self)
        if message.added and self.told_empty:
            self.told_empty = False
            self.clear_notifications()  # the database is empty no more
        self.notify(message.summary, markup=False)
        for screen in self.screen_stack:
            if isinstance(screen, QueueScreen):
                screen.show(to_claim=message.first_claim)

    def on_load_ended(self, message: LoadEnded) -> None:
        self.loading.pop(message.ticket, None)
        self.stop_asked.pop(message.ticket, None)
        self.refresh_bindings()
        if isinstance(message.failed, SourceChoice):
            self.source_again = message.failed
        if not self.loading:
            remove_progress(self)
            self._quit_asked = self._quit_asked if self.saving else None

    def stop_on(self, error: Exception) -> None:
        """Stop the app on an error nothing expected, from a thread of its own (as
        Textual does on a worker's): the traceback to a file, one line said."""
        self._handle_exception(error)

    def on_notice(self, message: Notice) -> None:
        self.notify(
            message.line,
            title=message.title,
            severity=message.severity,
            timeout=message.timeout,
            markup=False,
        )

    def action_export(self) -> None:
        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self.last_export = choice
                self.export_report(choice)

        where = self.screen.where if isinstance(self.screen, QueueScreen) else ClaimFilter()
        modal = ExportModal(
            Path.cwd(), where.status or "all", where.contested, where, self.last_export
        )
        self.push_screen(modal, chosen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`ctrl+x` (stop loading) only while a source loads: the footer shows it then."""
        return bool(self.loading) if action == "stop_loading" else True

    def action_stop_loading(self) -> None:
        stop_loading(self)

    def action_add_source(self) -> None:
        """`i`: paste text or give a URL or a path (`screens/add_source.py`); loaded in a
        thread of its own with the progress bar (`start_loading`). What failed to
        load fills the dialog the next time."""

        def chosen(choice: SourceChoice | None) -> None:
            self.source_again = choice if choice is not None and choice.kept else None
            if self.source_again is not None:
                self.notify("Not loaded: what you typed is kept, and i offers it again")
            elif choice is not None:
                start_loading(self, choice)

        self.push_screen(AddSourceModal(self.source_again), chosen)

    def export_report(self, choice: ExportChoice) -> None:
        """Write the export in a thread of its own (a large one takes seconds)."""
        job = functools.partial(write_export, self, choice)
        self.run_worker(job, thread=True, exclusive=True, group="export")

    async def action_quit(self) -> None:
        """Quit, unless a change is still being saved or a source loading: then say
        so; q (or ctrl+q) again within QUIT_AGAIN_S quits without them. A q pressed
        longer ago asks again: an earlier load's q, left standing, let a trial's
        ctrl+q quit at once in a later one."""
        asked, now = self._quit_asked, time.monotonic()
        typed = self._typed_unsaved()
        busy = self.saving or self.loading or typed
        if busy and (asked is None or now - asked > QUIT_AGAIN_S):
            self._quit_asked = now
            self.notify(
                _still_working(len(self.saving), list(self.loading.values()), typed),
                severity="warning",
                markup=False,
            )
            return
        self.writer.close()
        self.exit()

    def _typed_unsaved(self) -> list[str]:
        """What the analyst typed and has not saved, which quitting would lose: the box
        of a note or name dialog open now, and the drafts escape kept (a trial's
        half-typed note went with one ctrl+q, though the dialog says it is kept)."""
        typed = [f"the note typed for claim {claim}" for claim in self.unsaved_notes]
        typed += [f"the name typed for event {event}" for event in self.unsaved_names]
        screen = self.screen
        if isinstance(screen, NoteModal) and screen.typed():
            typed.insert(0, f"the {screen.what} being typed")
        return typed

    # -- navigation ---------------------------------------------------------------

    def open_claim(self, claim_id: int) -> None:
        self.push_screen(DetailScreen(claim_id))

    def open_sources(self) -> None:
        self.push_screen(SourcesScreen())

    def open_events(self) -> None:
        self.push_screen(EventsScreen())

    def open_event(self, event_id: int) -> None:
        self.push_screen(EventScreen(event_id))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen, list(self.BINDINGS)))  # type: ignore[arg-type]

    def on_app_focus(self, event: events.AppFocus) -> None:
        """Show what another process wrote while the terminal was elsewhere; say so if
        the database file was deleted or replaced meanwhile."""
        try:
            self.writer.file.check()
        except DatabaseGone as error:
            self.notify(str(error), severity="error", markup=False, timeout=10)
            return  # nothing is read from it either
        self.action_refresh()

    def action_refresh(self) -> None:
        """Read again what the screen in front shows: what another process wrote."""
        if isinstance(self.screen, WorkbenchScreen):
            self.screen.show()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette offers the actions of the screen in front, then the app's own
        (help, export, refresh, quit), then Textual's (themes)."""
        offered: set[str] = set()
        for owner, bindings in ((screen, screen.BINDINGS), (self, self.BINDINGS)):
            for binding in bindings:
                if isinstance(binding, Binding) and binding.description:
                    if binding.key in offered:
                        continue
                    offered.add(binding.key)
                    yield SystemCommand(
                        binding.description,
                        f"key: {binding.key}",
                        lambda action=binding.action, owner=owner: owner.run_action(action),
                    )
        yield from super().get_system_commands(screen)


def make_app(
    workbench: Workbench,
    *,
    seeds: Path | None = Path("seeds"),
    writes: WritePolicy | None = None,
) -> WorkbenchApp:
    """The app on an open database and its analyst: what the CLI, the tests and the
    benchmarks all run. An empty database is loaded with the articles in `seeds`, if
    that folder is there; `writes` says how long a write waits for another process's
    lock. The caller closes `workbench` when the app has ended."""
    return WorkbenchApp(workbench, seeds, writes)


def _still_working(saving: int, loading: list[str], typed: list[str] | None = None) -> str:
    """What quitting now would drop: "2 change(s) still saving and gao.html still
    loading: q again quits without them"; "the note being typed is not saved: ctrl+q
    again quits without it"."""
    parts = [f"{saving} change(s) still saving"] if saving else []
    parts += [f"{', '.join(loading)} still loading"] if loading else []
    if typed:
        parts.append(f"{', '.join(typed)} not saved")
    key = "ctrl+q" if typed else "q"
    return f"{' and '.join(parts)}: {key} again quits without them"
