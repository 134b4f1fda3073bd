"""The Workbench review app: screens over the service API, one factory for every caller."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import ProgressBar

from workbench.errors import WorkbenchError
from workbench.models import CREDIBILITY_LABELS
from workbench.service import Workbench
from workbench.tui.screens.detail import DetailScreen
from workbench.tui.screens.events import EventScreen, EventsScreen
from workbench.tui.screens.help import HelpScreen
from workbench.tui.screens.modals import (
    GRADES,
    ExportChoice,
    ExportModal,
    GradeModal,
    NoteModal,
)
from workbench.tui.screens.queue import QueueScreen
from workbench.tui.screens.sources import SourcesScreen

Undo = list[tuple[int, str, str | None]]  # (claim, status before, note before)


class WorkbenchApp(App[None]):
    """Review claims: keyboard first, every decision written at once."""

    CSS_PATH = "app.tcss"
    TITLE = "Workbench"
    BINDINGS = [
        Binding("f1", "help", "Help", id="app.help"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("ctrl+t", "change_theme", "Theme", show=False, id="app.theme"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, workbench: Workbench, seeds: Path | None = None) -> None:
        super().__init__()
        self.workbench = workbench
        self.seeds = seeds
        self.undo_stack: list[Undo] = []
        self.sub_title = Path(workbench.store.path).name

    def on_mount(self) -> None:
        self.push_screen(QueueScreen())
        if self.workbench.is_empty():
            if self.seeds is not None and self.seeds.is_dir():
                self.notify(f"The database is empty: loading the sample articles in {self.seeds}")
                self.load_files([str(self.seeds)])
            else:
                self.notify("The database is empty: run `workbench ingest PATH` to load articles")

    # -- long work in workers ---------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load_files(self, paths: list[str]) -> None:
        """Ingest (and match) in a thread, with a progress bar; the interface keeps answering."""
        bar = ProgressBar(total=None, show_eta=False, id="loading")
        self.call_from_thread(self.screen.mount, bar)

        def progress(done: int, total: int) -> None:
            self.call_from_thread(bar.update, total=total, progress=done)

        report = self.workbench.ingest(paths, jobs=1, progress=progress)
        self.call_from_thread(self._loaded, bar, report.summary())

    def _loaded(self, bar: ProgressBar, summary: str) -> None:
        bar.remove()
        self.notify(f"Loaded: {summary}")
        for screen in self.screen_stack:
            if isinstance(screen, QueueScreen):
                screen.reload()

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
        except WorkbenchError as error:
            self.call_from_thread(self.notify, str(error), severity="error")
            return
        written = Path(choice.path).resolve()
        self.call_from_thread(
            self.notify,
            f"Wrote {written}: {summary.exported_claims} of {summary.claims} claims",
            title="Exported",
            timeout=8,
        )

    # -- decisions --------------------------------------------------------------

    def set_verdicts(self, claim_ids: Iterable[int], status: str, note: str | None = None) -> None:
        """Set one verdict on each claim; `u` takes the whole batch back."""
        batch: Undo = []
        for claim_id in claim_ids:
            before = self.workbench.claim(claim_id)
            self.workbench.set_verdict(claim_id, status, note)
            batch.append((claim_id, before.status, before.note))
        if batch:
            self.undo_stack.append(batch)
            self.notify(f"{len(batch)} claim{'s' if len(batch) > 1 else ''} {status}", timeout=2)

    def undo(self) -> bool:
        """Put back the verdicts the last change replaced (the history keeps both)."""
        if not self.undo_stack:
            self.notify("Nothing to undo", severity="warning")
            return False
        for claim_id, status, note in self.undo_stack.pop():
            self.workbench.set_verdict(claim_id, status, note or "")
        self.notify("Undone", timeout=2)
        return True

    def edit_note(self, claim_ids: list[int], then: Callable[[], None]) -> None:
        current = self.workbench.claim(claim_ids[0])
        title = (
            f"Note on claim {claim_ids[0]}"
            if len(claim_ids) == 1
            else f"Note on {len(claim_ids)} claims"
        )

        def save(note: str | None) -> None:
            if note is None:
                return
            for claim_id in claim_ids:
                status = self.workbench.claim(claim_id).status
                self.set_verdicts([claim_id], status, note)
            then()

        self.push_screen(NoteModal(title, current.note if len(claim_ids) == 1 else None), save)

    def grade_voice(self, voice_id: str, name: str, then: Callable[[], None]) -> None:
        def save(grade: str | None) -> None:
            if grade is None:
                return
            try:
                self.workbench.grade(voice_id, grade)
            except WorkbenchError as error:
                self.notify(str(error), severity="error")
            then()

        self.push_screen(GradeModal(f"Reliability of {name}", GRADES), save)

    def grade_credibility(self, claim_id: int, then: Callable[[], None]) -> None:
        def save(grade: str | None) -> None:
            if grade is not None:
                self.workbench.set_credibility(claim_id, int(grade))
                then()

        scale = {str(grade): label for grade, label in CREDIBILITY_LABELS.items()}
        self.push_screen(GradeModal(f"Credibility of claim {claim_id}", scale), save)

    def rename_event(self, event_id: int, name: str, then: Callable[[], None]) -> None:
        def save(new: str | None) -> None:
            if new:
                self.workbench.rename_event(event_id, new)
                then()

        self.push_screen(NoteModal(f"Name of event {event_id}", name), save)

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
        """Show what another process wrote while the terminal was elsewhere."""
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
    db: str, analyst: str | None = None, seeds: Path | None = Path("seeds")
) -> WorkbenchApp:
    """The app on a database: what the CLI, the tests and the benchmarks all run."""
    return WorkbenchApp(Workbench(db, analyst), seeds)
