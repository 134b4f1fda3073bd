"""Adding a source from the TUI (issue 19, `i`): a dialog to paste text or give a URL
or a file's path, with an optional title and outlet; then `start_loading` loads it
through the service in a thread of its own, with the app's progress bar, and says
what it did (or the one line of each failure)."""

from __future__ import annotations

import itertools
import threading
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
from workbench.tui.messages import Loaded, LoadEnded, LoadProgress, Notice
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

    @property
    def shown(self) -> str:
        """What is loading, as the analyst gave it."""
        return self.where or "the pasted text"


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

    def __init__(self, again: SourceChoice | None = None) -> None:
        super().__init__()
        self.again = again or SourceChoice()  # what failed to load last, offered again

    def compose(self) -> ComposeResult:
        again = self.again
        with Vertical():
            yield Label("Add a source: a URL or a file's path, or paste its text below")
            yield TextField(
                again.where, placeholder="https://... or a file or folder", id="source-where"
            )
            yield TextArea(again.text, id="source-text")
            with Horizontal():
                yield TextField(
                    again.title, placeholder="Title (optional)", id="source-title", classes="half"
                )
                yield TextField(
                    again.outlet,
                    placeholder="Outlet (optional)",
                    id="source-outlet",
                    classes="half",
                )
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


_TICKETS = itertools.count(1)
VERSION_CHANGES_SHOWN = 3  # changed figures a "New version" notice lists


def start_loading(app: WorkbenchApp, choice: SourceChoice) -> None:
    """Load `choice` in a daemon thread of its own, listed in `app.loading` until it
    ends. Quitting does not wait for it: a page that does not answer would hold the
    app open (a thread of Textual's workers is joined at exit); what it had not
    stored then is not stored, as when an ingest is interrupted."""
    ticket = next(_TICKETS)
    app.loading[ticket] = choice.shown
    threading.Thread(
        target=_load_in_thread, args=(app, choice, ticket), name="add-source", daemon=True
    ).start()


def _load_in_thread(app: WorkbenchApp, choice: SourceChoice, ticket: int) -> None:
    failed: SourceChoice | None = choice
    try:
        failed = None if load_source(app, choice) else choice
    except Exception as error:  # a bug: the app stops on it as on a worker's error
        if app.is_running:
            app.call_from_thread(app.stop_on, error)
    finally:
        app.post_message(LoadEnded(ticket, failed))


def load_source(app: WorkbenchApp, choice: SourceChoice) -> bool:
    """Load `choice` through the service (in the thread this runs in), with the
    app's progress bar; a notice per failure, then the summary (`Loaded`), which
    reads the queues again. Whether anything of it was loaded or was there already."""
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
        return False
    _tell(app, report)
    return bool(report.added or report.skipped or not report.failed)


def _tell(app: WorkbenchApp, report: IngestReport) -> None:
    for line in report.errors:
        app.post_message(Notice(line, title="Not loaded", severity="error", timeout=12))
    for version in report.versions:
        head, *changes = version.lines()
        if len(changes) > VERSION_CHANGES_SHOWN:  # a notice taller than 24 lines is cut
            more = len(changes) - VERSION_CHANGES_SHOWN
            changes = [*changes[:VERSION_CHANGES_SHOWN], f"  ... and {more} more figures"]
        app.post_message(Notice("\n".join([head, *changes]), title="New version", timeout=15))
    app.post_message(LoadProgress(1, 1))
    app.post_message(Loaded(f"Loaded: {report.summary()}"))
