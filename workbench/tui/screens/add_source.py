"""Adding a source from the TUI (issue 19, `i`): a dialog to paste text or give a URL
or a file's path, with an optional title, outlet, URL (where pasted text was
published), publication date and language, the last three checked as the CLI
checks --url, --published and --language; then `start_loading` loads it through
the service in a thread of its own, with the app's progress bar, and says what it
did (or the one line of each failure); `stop_loading` (ctrl+x) asks the loads in
progress to stop."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, TextArea

from workbench.ingest.files import date_problem, url_problem
from workbench.ingest.language import language_problem
from workbench.service import ClaimFilter, IngestReport, Metadata, Workbench
from workbench.tui.fields import TextBox, TextField, TypeAhead
from workbench.tui.messages import Loaded, LoadEnded, LoadProgress, Notice
from workbench.tui.writes import DATABASE_ERRORS, problem

if TYPE_CHECKING:
    from workbench.tui.app import WorkbenchApp


@dataclass(frozen=True)
class SourceChoice:
    """What to load: `text` pasted, else `where` (an http(s) address or a path); the
    analyst's title, outlet, URL, publication date and language (ISO 639-1) for it,
    None to take the source's own (pasted text has none: its URL is its path when
    given; its language is detected)."""

    text: str = ""
    where: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    kept: bool = False  # escape closed the dialog: what was typed, not to load

    @property
    def metadata(self) -> Metadata:
        return Metadata(
            title=self.title,
            outlet=self.outlet,
            url=self.url,
            published=self.published,
            language=self.language,
        )

    @property
    def is_address(self) -> bool:
        return self.where.lower().startswith(("http://", "https://"))

    @property
    def shown(self) -> str:
        """What is loading, as the analyst gave it."""
        return self.where or "the pasted text"


class AddSourceModal(TypeAhead, ModalScreen[SourceChoice | None]):
    """Paste text, or give a URL or a file's path (one of the two), and optionally a
    title, an outlet, the URL pasted text was published at, its date and language; `ctrl+s` or
    the button loads, `escape` cancels. What cannot be loaded as given is one line in
    the dialog, which stays."""

    DEFAULT_CSS = """
    AddSourceModal { align: center middle; }
    AddSourceModal > Vertical { width: 90%; max-width: 100; height: auto; max-height: 100%;
                                border: thick $accent; background: $surface; padding: 0 2; }
    AddSourceModal TextArea { height: 6; }
    AddSourceModal #source-problem { color: $warning; display: none; }
    AddSourceModal #source-problem.shown { display: block; }
    AddSourceModal Horizontal { height: auto; }
    AddSourceModal .half { width: 1fr; }
    AddSourceModal #source-language { width: 18; }
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
            yield TextBox(again.text, id="source-text")
            # the language's narrow box beside the title and outlet, so that the address
            # and the date have room for their hints (at 80 columns they were cut)
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
                yield TextField(again.language, placeholder="Lang: en/fr", id="source-language")
            with Horizontal():
                yield TextField(
                    again.url,
                    placeholder="URL it was published at",
                    id="source-url",
                    classes="half",
                )
                yield TextField(
                    again.published,
                    placeholder="Published: YYYY-MM-DD",
                    id="source-published",
                    classes="half",
                )
            yield Label("", id="source-problem")
            with Horizontal():
                yield Button("Load", variant="primary", id="source-load")
                yield Label("enter in a box or ctrl+s loads · escape cancels", classes="hint")

    def on_mount(self) -> None:
        """The address's box has the focus; what failed to load is selected there, so
        typing replaces it and an arrow key keeps it to correct."""
        where = self.query_one("#source-where", Input)
        where.focus()
        if where.value:
            where.select_all()

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self.action_load()

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        self.action_load()

    def action_load(self) -> None:
        """Load what was given: the address or path, else the pasted text (one of the
        two), with a URL and a date that can be read; else a line in the dialog says
        what is wrong, and it stays."""
        typed = self._typed()
        where, text, language = typed.where, typed.text, typed.language
        if bool(where) == bool(text.strip()):
            problem: str | None = "Give a URL or a path, or paste text: one of the two"
        else:
            problem = next(
                (
                    f"{name}: {said}"
                    for name, said in (
                        ("URL", typed.url and url_problem(typed.url)),
                        ("Published", typed.published and date_problem(typed.published)),
                        ("Language", language and language_problem(language)),
                    )
                    if said
                ),
                None,
            )
        if problem is not None:
            self._say(problem)
            return
        self.dismiss(
            replace(
                typed,
                text=text if not where else "",
                where=str(Path(where).expanduser()) if where and "://" not in where else where,
                language=language.lower() if language else None,
            )
        )

    def _typed(self) -> SourceChoice:
        """What the dialog's boxes hold as typed: the address and the optional fields
        stripped (None where empty), the pasted text as it is."""
        return SourceChoice(
            text=self.query_one("#source-text", TextArea).text,
            where=self.query_one("#source-where", Input).value.strip(),
            title=self._given("#source-title"),
            outlet=self._given("#source-outlet"),
            url=self._given("#source-url"),
            published=self._given("#source-published"),
            language=self._given("#source-language"),
        )

    def _given(self, box: str) -> str | None:
        return self.query_one(box, Input).value.strip() or None

    def _say(self, problem: str) -> None:
        """Show `problem` as the dialog's one line (and a notice, for a screen reader)."""
        line = self.query_one("#source-problem", Label)
        line.update(problem)
        line.add_class("shown")
        self.notify(problem, severity="warning", markup=False)

    def action_cancel(self) -> None:
        """Close without loading; what was typed is kept for the next `i` (a trial's
        long pasted article went with one escape)."""
        typed = self._typed()
        if not typed.text.strip() and replace(typed, text="") == SourceChoice():  # nothing
            self.dismiss(None)
            return
        self.dismiss(replace(typed, kept=True))


_TICKETS = itertools.count(1)
VERSION_CHANGES_SHOWN = 3  # changed figures a "New version" notice lists
FAILURES_SHOWN = 5  # files a "Not loaded" notice names (each may wrap to three lines)


def start_loading(app: WorkbenchApp, choice: SourceChoice) -> None:
    """Load `choice` in a daemon thread of its own, listed in `app.loading` until it
    ends, its stop asked by setting its event in `app.stop_asked` (`stop_loading`).
    Quitting does not wait for it: a page that does not answer would hold the
    app open (a thread of Textual's workers is joined at exit); what it had not
    stored then is not stored, as when an ingest is interrupted."""
    ticket = next(_TICKETS)
    app.loading[ticket] = choice.shown
    stop = app.stop_asked[ticket] = threading.Event()
    app.refresh_bindings()  # ctrl+x shows in the footer while something loads
    threading.Thread(
        target=_load_in_thread, args=(app, choice, ticket, stop), name="add-source", daemon=True
    ).start()


def stop_loading(app: WorkbenchApp) -> None:
    """Ask every source loading to stop (`ctrl+x`): a page stops between two chunks
    of its body (`fetch(stop=...)`), a feed before its next item; nothing partly read
    is stored, and each load's summary says "Stopped"."""
    asked = [event for event in app.stop_asked.values() if not event.is_set()]
    for event in asked:
        event.set()
    if asked:
        app.notify(f"Stopping {', '.join(app.loading.values())}", markup=False, timeout=4)


def _load_in_thread(
    app: WorkbenchApp, choice: SourceChoice, ticket: int, stop: threading.Event
) -> None:
    failed: SourceChoice | None = choice
    try:
        failed = None if load_source(app, choice, stop) else choice
    except Exception as error:  # a bug: the app stops on it as on a worker's error
        if app.is_running:
            app.call_from_thread(app.stop_on, error)
    finally:
        app.post_message(LoadEnded(ticket, failed))


def load_source(
    app: WorkbenchApp, choice: SourceChoice, stop: threading.Event | None = None
) -> bool:
    """Load `choice` through the service (in the thread this runs in), with the
    app's progress bar (a page's bytes as they arrive); a notice per failure, then
    the summary (`Loaded`), which reads the queues again. A page or feed stops once
    `stop` is set. Whether anything of it was loaded or was there already."""
    stop = stop or threading.Event()
    app.post_message(LoadProgress(0, 1))

    def received(size: int, declared: int | None) -> None:
        app.post_message(LoadProgress(size, declared or 0, received=True))

    def files_done(done: int, total: int) -> None:  # a folder's files, as each is read
        app.post_message(LoadProgress(done, total))

    metadata = choice.metadata
    workbench = app.workbench
    try:
        app.writer.file.check()
        if choice.text:
            report = workbench.ingest_pasted(choice.text.encode("utf-8"), metadata)
        elif choice.is_address:
            report = workbench.ingest_address(
                choice.where, metadata, stop=stop.is_set, received=received
            )
        else:
            report = workbench.ingest(
                [choice.where], metadata, jobs=1, progress=files_done, stop=stop.is_set
            )
        first_claim = _first_claim(workbench, report.document_ids)
    except DATABASE_ERRORS as error:
        app.post_message(Loaded(f"Not loaded: {problem(error, app.db_path)}"))
        return False
    _tell(app, report, choice, first_claim, stopped=stop.is_set())
    return bool(report.added or report.skipped or not report.failed)


def _first_claim(workbench: Workbench, documents: list[int]) -> int | None:
    """The id of the first claim of the first of `documents` (just added), if any."""
    if not documents:
        return None
    claims = workbench.claims(ClaimFilter(document_id=min(documents)))
    return min((claim.id for claim in claims), default=None)


def _tell(
    app: WorkbenchApp,
    report: IngestReport,
    choice: SourceChoice,
    first_claim: int | None,
    stopped: bool = False,
) -> None:
    """A notice per failure, per warning and per new version, one for metadata not
    applied to a source loaded already; then the summary: "Stopped" when the analyst
    stopped it, "Loaded" when anything was added or was there already, else "Not
    loaded"; with the id of the first new claim, where the queue's cursor goes."""
    if report.errors:
        app.post_message(_not_loaded(report.errors))
    for line in report.all_warnings():
        app.post_message(Notice(line, title="Warning", severity="warning", timeout=12))
    for version in report.versions:
        head, *changes = version.lines()
        if len(changes) > VERSION_CHANGES_SHOWN:  # a notice taller than 24 lines is cut
            more = len(changes) - VERSION_CHANGES_SHOWN
            changes = [*changes[:VERSION_CHANGES_SHOWN], f"  ... and {more} more figures"]
        app.post_message(Notice("\n".join([head, *changes]), title="New version", timeout=15))
    if report.already_loaded and (unapplied := _not_applied(choice)):
        document = report.already_loaded[0]
        line = (
            f"The {unapplied} given {'was' if ' and ' not in unapplied else 'were'} not"
            f" applied to document {document}, loaded already: s, then d on it, edits it"
        )
        app.post_message(Notice(line, title="Loaded already", severity="warning", timeout=12))
    app.post_message(LoadProgress(1, 1))
    done = "Loaded" if report.added or report.skipped else "Not loaded"
    done = f"Stopped ({choice.shown})" if stopped else done
    new = f"; new claims from id {first_claim}" if first_claim is not None else ""
    app.post_message(Loaded(f"{done}: {report.summary()}{new}", first_claim, report.added))


def _not_loaded(errors: list[str]) -> Notice:
    """One notice for the files not loaded, a line each, the first FAILURES_SHOWN of
    them where there are more: a trial's eight failures came as eight notices, stacked
    until the first had scrolled off at 80x24."""
    lines = errors[:FAILURES_SHOWN]
    if len(errors) > FAILURES_SHOWN:
        more = len(errors) - FAILURES_SHOWN
        lines.append(f"... and {more} more (`workbench ingest` in a terminal lists every one)")
    title = "Not loaded" if len(errors) == 1 else f"Not loaded: {len(errors)} files"
    return Notice("\n".join(lines), title=title, severity="error", timeout=12 + 2 * len(lines))


def _not_applied(choice: SourceChoice) -> str:
    """ "title and outlet": the fields the analyst gave, in words; "" for none."""
    given = [name for name in ("title", "outlet", "url", "published") if getattr(choice, name)]
    words = [{"url": "URL", "published": "date"}.get(name, name) for name in given]
    return " and ".join(words)
