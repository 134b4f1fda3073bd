"""Adding a source from the TUI (issue 19, `i`): a dialog to paste text or give a URL
or a file's path, with an optional title and outlet; then `load_source`, run in a
worker thread, loads it through the service with the app's progress bar and says
what it did (or the one line of each failure)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, TextArea

from workbench.service import IngestReport, Metadata
from workbench.tui.fields import TextField
from workbench.tui.messages import Loaded, LoadProgress, Notice
from workbench.tui.writes import DATABASE_ERRORS, problem

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


@dataclass(frozen=True)
class SourceChoice:
    """What to load: `text` pasted, else `where` (an http(s) address or a path); the
    analyst's title and outlet for it, None to take the source's own."""

    text: str = ""
    where: str = ""
    title: str | None = None
    outlet: str | None = None

    @property
    def is_address(self) -> bool:
        return self.where.lower().startswith(("http://", "https://"))


class AddSourceModal(ModalScreen[SourceChoice | None]):
    """Paste text, or give a URL or a file's path (one of the two), and optionally a
    title and an outlet; `ctrl+s` or the button loads, `escape` cancels."""

    DEFAULT_CSS = """
    AddSourceModal { align: center middle; }
    AddSourceModal > Vertical { width: 90%; max-width: 100; height: auto; max-height: 90%;
                                border: thick $accent; background: $surface; padding: 1 2; }
    AddSourceModal TextArea { height: 8; }
    AddSourceModal Horizontal { height: auto; }
    AddSourceModal .half { width: 1fr; }
    AddSourceModal .hint { width: 1fr; padding: 0 0 0 2; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="add-source.cancel"),
        Binding("ctrl+s", "load", "Load", id="add-source.load"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Add a source: a URL or a file's path, or paste its text below")
            yield TextField(placeholder="https://... or a file or folder", id="source-where")
            yield TextArea(id="source-text")
            with Horizontal():
                yield TextField(placeholder="Title (optional)", id="source-title", classes="half")
                yield TextField(placeholder="Outlet (optional)", id="source-outlet", classes="half")
            with Horizontal():
                yield Button("Load", variant="primary", id="source-load")
                yield Label("enter in a box or ctrl+s loads · escape cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#source-where", Input).focus()

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.action_load()

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        self.action_load()

    def action_load(self) -> None:
        """Load what was given: the address or path, else the pasted text; one of the
        two, or a line saying so and the dialog stays."""
        where = self.query_one("#source-where", Input).value.strip()
        text = self.query_one("#source-text", TextArea).text
        if bool(where) == bool(text.strip()):
            self.notify("Give a URL or a path, or paste text: one of the two", severity="warning")
            return
        self.dismiss(
            SourceChoice(
                text=text if not where else "",
                where=str(Path(where).expanduser()) if where and "://" not in where else where,
                title=self.query_one("#source-title", Input).value.strip() or None,
                outlet=self.query_one("#source-outlet", Input).value.strip() or None,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


def load_source(app: WorkbenchApp, choice: SourceChoice) -> None:
    """Load `choice` through the service (in the worker thread this runs in), with the
    app's progress bar; a notice per failure, then the summary (`Loaded`), which
    reads the queues again."""
    app.post_message(LoadProgress(0, 1))
    metadata = Metadata(title=choice.title, outlet=choice.outlet)
    workbench = app.workbench
    try:
        app.writer.file.check()
        if choice.text:
            report = workbench.ingest_pasted(choice.text.encode("utf-8"), metadata)
        elif choice.is_address:
            report = workbench.ingest_urls([choice.where], metadata)
        else:
            report = workbench.ingest([choice.where], metadata, jobs=1)
    except DATABASE_ERRORS as error:
        app.post_message(Loaded(f"Not loaded: {problem(error, app.db_path)}"))
        return
    _tell(app, report)


def _tell(app: WorkbenchApp, report: IngestReport) -> None:
    for line in report.errors:
        app.post_message(Notice(line, title="Not loaded", severity="error", timeout=12))
    for version in report.versions:
        app.post_message(Notice("\n".join(version.lines()), title="New version", timeout=15))
    app.post_message(LoadProgress(1, 1))
    app.post_message(Loaded(f"Loaded: {report.summary()}"))
