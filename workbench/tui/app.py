"""The Workbench review app: screens over the service API, one factory for every caller."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from pathlib import Path
from typing import TypeVar

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import ProgressBar

from workbench.errors import DatabaseReadOnly
from workbench.service import Workbench
from workbench.tui.dbfile import DatabaseGone, DbFile
from workbench.tui.decisions import Decisions, Undo
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.events import EventScreen, EventsScreen
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.modals import (
    ExportChoice,
    ExportModal,
)
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.screens.sources import SourcesScreen
from workbench.tui.writes import DATABASE_ERRORS, WritePolicy, Writer, WriteWaiting, problem

T = TypeVar("T")
WAITING_SAID_EVERY_S = 3.0


class WorkbenchApp(Decisions, App[None]):
    """Review claims: keyboard first, every decision written in the writing thread at
    once, the screen answering meanwhile."""

    CSS_PATH = "app.tcss"
    TITLE = "Workbench"
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("ctrl+t", "change_theme", "Theme", show=False, id="app.theme"),
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
        self.seeds = seeds
        self.undo_stack: list[Undo] = []
        self.writer = Writer(DbFile.opened(workbench.store.path), writes or WritePolicy(), self)
        self.saving: dict[int, tuple[frozenset[int], str]] = {}  # ticket: (claims, what)
        self._tickets = itertools.count(1)
        self.unsaved_notes: dict[int, str] = {}  # claim: the note typed and not saved
        self.unsaved_names: dict[int, str] = {}  # event: the name typed and not saved
        self._quit_asked = False
        self._waiting_said = -WAITING_SAID_EVERY_S  # when the lock was last reported
        self.sub_title = Path(workbench.store.path).name

    async def on_mount(self) -> None:
        await self.push_screen(QueueScreen())  # mounted: a worker's reload finds its table
        try:
            empty = self.workbench.is_empty()
        except DATABASE_ERRORS as error:
            self.notify(problem(error, self.workbench.store.path), severity="error", markup=False)
            return
        if empty:
            if self.seeds is not None and self.seeds.is_dir():
                self.notify(
                    f"The database is empty: loading the sample articles in {self.seeds}",
                    markup=False,
                )
                self.load_files([str(self.seeds)])
            else:
                self.notify("The database is empty: run `workbench ingest PATH` to load articles")
        else:
            self.resume_matching()

    # -- long work in workers ---------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load_files(self, paths: list[str]) -> None:
        """Ingest (and match) in a thread, with a progress bar; the interface keeps answering."""
        bar = ProgressBar(total=None, show_eta=False, id="loading")
        self.call_from_thread(self.screen.mount, bar)

        def progress(done: int, total: int) -> None:
            self.call_from_thread(bar.update, total=total, progress=done)

        try:
            self.writer.file.check()
            summary = f"Loaded: {self.workbench.ingest(paths, jobs=1, progress=progress).summary()}"
        except DATABASE_ERRORS as error:
            summary = f"Not loaded: {problem(error, self.workbench.store.path)}"
        self.call_from_thread(self._loaded, bar, summary)

    @work(thread=True, exclusive=True, group="load")
    def resume_matching(self) -> None:
        """Match, in a thread, what an interrupted ingest stored and left unmatched
        (killed, or stopped with Ctrl-C), and say so; nothing to say when there is none."""
        try:
            resumed = self.workbench.resume_matching()
        except DatabaseReadOnly:
            return  # a database opened to read only is matched by whoever can write it
        except DATABASE_ERRORS as error:
            line = f"Not matched: {problem(error, self.workbench.store.path)}"
            self.call_from_thread(self.notify, line, severity="error", markup=False)
            return
        if resumed:
            summary = (
                f"Matched {len(resumed)} documents an interrupted ingest left unmatched:"
                f" {resumed.links} links suggested"
            )
            self.call_from_thread(self._announce, summary)

    def _announce(self, summary: str) -> None:
        self.notify(summary, markup=False)
        for screen in self.screen_stack:
            if isinstance(screen, QueueScreen):
                screen.reload()

    def _loaded(self, bar: ProgressBar, summary: str) -> None:
        bar.remove()
        self._announce(summary)

    def action_export(self) -> None:
        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self.export_report(choice)

        self.push_screen(ExportModal(Path.cwd()), chosen)

    @work(thread=True, exclusive=True, group="export")
    def export_report(self, choice: ExportChoice) -> None:
        """Write the export in a thread; the written path is shown when it is done."""
        try:
            summary = self.workbench.export_to(
                choice.fmt, choice.path, choice.statuses, choice.contested
            )
        except DATABASE_ERRORS as error:
            line = problem(error, self.workbench.store.path)
            self.call_from_thread(self.notify, line, severity="error", markup=False)
            return
        written = Path(choice.path).resolve()
        self.call_from_thread(
            self.notify,
            f"Wrote {written}: {summary.exported_claims} of {summary.claims} claims",
            title="Exported",
            timeout=8,
            markup=False,
        )

    # -- writes: in the writing thread, with a visible state ----------------------

    def save(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
        claims: Iterable[int] = (),
        saving: str = "saving",
    ) -> None:
        """Run `job` (service calls, each through `self.writer.retrying`) off the event
        loop after the writes before it; then `done(result)`, or one error line and
        `failed(line)`. `claims` show `saving` meanwhile."""
        ticket = next(self._tickets)
        self.saving[ticket] = (frozenset(claims), saving)
        self._saving_changed()
        self.run_worker(self._finish(ticket, job, done, failed), group="write")

    async def _finish(
        self,
        ticket: int,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None,
    ) -> None:
        try:
            await self._complete(self.writer.submit(job), done, failed, "Not saved")
        finally:
            self.saving.pop(ticket, None)
            self._saving_changed()

    def read(
        self,
        job: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Read in the writing thread, after the writes asked before (so the screen
        shows them): for reads that may write, as reading events regroups them."""
        future = self.writer.submit(lambda: self.writer.retrying(job))
        self.run_worker(self._complete(future, done, failed, "Not read"), group="read")

    async def _complete(
        self,
        future: Future[T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None,
        title: str,
    ) -> None:
        """Wait for `future` off the event loop; then `done(result)`, or one line and
        `failed(line)`. Any error is one line: the analyst's session goes on."""
        try:
            result = await asyncio.wrap_future(future)
        except Exception as error:
            line = problem(error, self.workbench.store.path)
            self.notify(line, title=title, severity="error", markup=False, timeout=10)
            if failed is not None:
                with contextlib.suppress(NoMatches):  # the screen asking was closed
                    failed(line)
            return
        with contextlib.suppress(NoMatches):
            done(result)

    def saving_label(self, claim_id: int) -> str | None:
        """What is being saved on `claim_id` now (the latest write asked), if anything."""
        found = [label for ids, label in self.saving.values() if claim_id in ids]
        return found[-1] if found else None

    def _saving_changed(self) -> None:
        """Writes started or ended: each screen showing claims redraws their state."""
        if not self.saving:
            self._quit_asked = False
        for screen in self.screen_stack:
            changed = getattr(screen, "saving_changed", None)
            if changed is not None:
                changed()

    def on_write_waiting(self, message: WriteWaiting) -> None:
        """The lock is held by another process: say so (every few seconds at most)
        while the write keeps trying."""
        now = time.monotonic()
        if now - self._waiting_said < WAITING_SAID_EVERY_S:
            return
        self._waiting_said = now
        self.notify(
            f"Another process is writing to the database: still saving "
            f"(try {message.attempt + 1} of {message.attempts})",
            severity="warning",
            timeout=3,
        )

    async def action_quit(self) -> None:
        """Quit, unless a change is still being saved: then say so; q again quits."""
        if self.saving and not self._quit_asked:
            self._quit_asked = True
            self.notify(
                f"{len(self.saving)} change(s) still saving: q again quits without them",
                severity="warning",
            )
            return
        self.writer.close()
        self.exit()

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
        screen = self.screen
        if isinstance(screen, QueueScreen):
            screen.reload()
        elif isinstance(screen, DetailScreen):
            screen.show()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette offers the actions of the screen in front, then the app's."""
        for binding in screen.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                action = binding.action
                yield SystemCommand(
                    binding.description,
                    f"key: {binding.key}",
                    lambda action=action, screen=screen: screen.run_action(action),  # type: ignore[misc]
                )
        yield from super().get_system_commands(screen)


def make_app(
    db: str,
    analyst: str | None = None,
    seeds: Path | None = Path("seeds"),
    writes: WritePolicy | None = None,
) -> WorkbenchApp:
    """The app on a database: what the CLI, the tests and the benchmarks all run;
    `writes` says how long a write waits for another process's lock."""
    return WorkbenchApp(Workbench(db, analyst), seeds, writes)
