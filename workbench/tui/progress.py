"""What the app shows of work done in threads of its own: the progress bar of a load
(`LoadProgress`: files read, or a page's bytes as they arrive) and the export written
to a file. Functions over the app, which keeps only the message handlers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.widgets import Label, ProgressBar

from workbench.display import empty_review_line, mapped_line
from workbench.models import counted
from workbench.tui.format import claims
from workbench.tui.messages import LoadProgress, Notice
from workbench.tui.screens.export_modal import ExportChoice
from workbench.tui.writes import DATABASE_ERRORS, problem

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


def show_progress(app: WorkbenchApp, message: LoadProgress) -> None:
    """The bar, mounted on the screen at the first message: the share done, or a
    page's bytes received so far in a label inside it when its size is unknown."""
    if app.bar is None:
        app.bar = ProgressBar(total=None, show_eta=False, id="loading")
        app.screen.mount(app.bar)
    bar = app.bar
    bar.update(total=message.total or None, progress=message.done)
    of = f" of {message.total:,}" if message.total else ""  # a space after the bar's "1%"
    said = f" {message.done:,}{of} bytes" if message.received else ""
    if said and not bar.query("#loading-bytes"):
        bar.mount(Label(said, id="loading-bytes"))
    for label in bar.query("#loading-bytes").results(Label):
        label.update(said)


def remove_progress(app: WorkbenchApp) -> None:
    if app.bar is not None:
        app.bar.remove()
        app.bar = None


def write_export(app: WorkbenchApp, choice: ExportChoice) -> None:
    """Write the export `choice` names (in the worker thread this runs in); the
    written path and what it holds are said when it is done, or the one line of why
    not. WARC: every capture, as `export --format warc` writes them."""
    try:
        line = f"Wrote {Path(choice.path).resolve()}: {_exported(app, choice)}"
    except DATABASE_ERRORS as error:
        app.post_message(Notice(problem(error, app.db_path), severity="error"))
        return
    app.post_message(Notice(line, title="Exported", timeout=8))


def _exported(app: WorkbenchApp, choice: ExportChoice) -> str:
    if choice.fmt == "warc":
        return f"{counted(app.workbench.export_warc_to(choice.path), 'capture')} as WARC records"
    summary = app.workbench.export_to(
        choice.fmt,
        choice.path,
        choice.statuses,
        choice.contested,
        title=choice.title,
        narrow=choice.narrow,
    )
    empty = empty_review_line(choice.fmt, summary.exported_claims, summary.claims)
    return (
        f"{summary.exported_claims} of {claims(summary.claims)}{mapped_line(summary.mapped)}{empty}"
    )
