"""The export dialog: the format, which claims (the queue's filters at first), a
report's title and the file to write, chosen and checked before anything is written
(`ExportModal`, dismissed with an `ExportChoice` or None; the app writes it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select

from workbench.export import EXTENSIONS
from workbench.safe_output import a_database
from workbench.service import REVIEWED, STATUSES
from workbench.tui.fields import CheckField, TextField, TypeAhead
from workbench.tui.screens.confirm import ConfirmModal
from workbench.vocabulary import ClaimFilter


@dataclass(frozen=True)
class ExportChoice:
    """What to export, and where."""

    fmt: str
    statuses: tuple[str, ...]
    contested: bool
    path: str
    title: str | None = None  # the report's title (md, html); None: the default
    narrow: ClaimFilter | None = None  # the queue's category, source, search, stale


EXPORT_FORMATS = {
    "md": "Markdown report",
    "html": "HTML report (one file, prints well)",
    "json": "JSON data (everything)",
    "csv": "CSV (a row per claim)",
    "claimreview": "ClaimReview JSON-LD (reviewed claims)",
    "geojson": "GeoJSON (claims and events with a place, for a map)",
    "warc": "WARC (every page, feed, PDF as fetched; the claim filters do not apply)",
}
_DEFAULT_NAME = re.compile(r"report(?:-\d+)?\.[\w.]+")  # the names the dialog offers
_EXTENSIONS = {**EXTENSIONS, "warc": "warc.gz"}
_ALSO_ENDS = {  # other endings a file of the format is commonly given
    "md": (".markdown",),
    "html": (".htm",),
    "claimreview": (".json",),
    "geojson": (".json",),
    "warc": (".warc",),
}
_CLAIM_SETS: dict[str, tuple[str, tuple[str, ...]]] = {  # key: (label, verdicts)
    "all": ("All claims", ()),
    "reviewed": ("Reviewed claims", REVIEWED),
    **{status: (f"Only {status}", (status,)) for status in STATUSES},
}


class ExportModal(TypeAhead, ModalScreen[ExportChoice | None]):
    """Choose a format, which claims, a title for a report and a file; the title's box
    has the focus first, and enter there goes on to the file's, which is named in full
    under it; enter in the file's box, or the button, exports (asking first before it
    replaces a file).
    The claims start as the queue shows them: its status filter and its contested
    box, and its other filters (category, source, search, stale) in a box ticked at
    first, which the analyst may clear to export beyond them."""

    DEFAULT_CSS = """
    ExportModal { align: center middle; }
    ExportModal > Vertical { width: 80%; max-width: 90; height: auto; border: thick $accent;
                             background: $surface; padding: 1 2; }
    ExportModal Horizontal { height: auto; }
    ExportModal #export-claims { width: 1fr; }
    ExportModal #export-contested { width: auto; }
    ExportModal .hint { width: 1fr; padding: 0 0 0 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]
    # The first box typing goes to, on opening too (`TypeAhead`): the title's, the
    # file's where the format takes no title (WARC)
    AUTO_FOCUS = "#export-title, #export-path"

    def __init__(
        self,
        folder: Path,
        claims: str = "all",
        contested: bool = False,
        narrow: ClaimFilter | None = None,
        last: ExportChoice | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.last = last  # the session's last export: its format, title and file again
        self.claims = claims if claims in _CLAIM_SETS else "all"
        self.contested = contested
        self.narrow = narrow if narrow is not None and filters_shown(narrow) else None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Export a report or the data")
            yield Select(
                [(label, fmt) for fmt, label in EXPORT_FORMATS.items()],
                value=self.last.fmt if self.last else "md",
                allow_blank=False,
                id="export-format",
            )
            claim_sets = [(label, key) for key, (label, _) in _CLAIM_SETS.items()]
            with Horizontal():
                yield Select(claim_sets, value=self.claims, allow_blank=False, id="export-claims")
                yield CheckField("Contested only", self.contested, id="export-contested")
            if self.narrow is not None:
                yield CheckField(
                    f"As the queue: {filters_shown(self.narrow)}", True, id="export-narrow"
                )
            title = TextField(
                (self.last.title or "") if self.last else "",
                placeholder="Title of the report (default: Verification report)",
                id="export-title",
                tooltip="The heading of a Markdown or HTML report",
            )
            title.border_title = "report's title (enter: on to the file)"
            yield title
            path = TextField(
                self.last.path if self.last else str(self._default_path("md")), id="export-path"
            )
            path.border_title = "file to write (enter exports)"
            yield path
            yield Label(id="export-where", classes="hint", markup=False)
            with Horizontal():
                yield Button("Export", variant="primary", id="export-go")
                yield Label(
                    "enter in the file's box exports · shift+tab goes back up · escape cancels",
                    classes="hint",
                )

    def on_mount(self) -> None:
        """The title's box has the focus, the file's where the format takes no title:
        the dialog reads top-down, and a trial typed the title first, into the file's
        box (trial 58); enter in the title's box goes on to the file's, where enter
        exports. The file is named in full under its box, however narrow the box."""
        for box in self.query(self.AUTO_FOCUS).results(Input):
            if box.focusable:
                box.focus()
                break
        self._show_where()

    async def on_key(self, event: Key) -> None:
        """A character typed while a list, a box to tick or the button has the focus
        goes on in the title's box (the file's when the format takes no title): a
        trial tabbed to the claims list, typed a title, and lost it. Space still ticks
        and opens. A text box takes its own characters and stops them, so every one
        that reaches here was sent to another widget, the title's box focused or not:
        a burst typed on the list reaches here after the first key moved the focus
        (trial 57 kept only its first letter)."""
        if self.focused is None:
            return  # opening: TypeAhead's
        if not event.is_printable or event.character is None:
            return
        if event.character == " " and not isinstance(self.focused, Input):
            return  # a space ticks the box or opens the list it was sent to
        box = self.query_one("#export-title", Input)
        if box.disabled:
            box = self.query_one("#export-path", Input)
        if await self.take(event, box):
            event.stop()
            event.prevent_default()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "export-path":
            self._show_where()

    def _show_where(self) -> None:
        """ "writes /home/ana/desk/report.md": the file in full, `~` and a relative
        path read as the export reads them (a box at 80 columns showed its end only)."""
        given = self.query_one("#export-path", Input).value.strip()
        where = Path(given).expanduser() if given else None
        if where is not None and not where.is_absolute():
            where = Path.cwd() / where
        said = f"writes {where}" if where is not None else "no file given"
        self.query_one("#export-where", Label).update(said)

    def _default_path(self, fmt: str) -> Path:
        """The first of report.md, report-2.md ... in the folder that no file has: a
        trial's dialog offered the report an earlier session wrote, to be replaced."""
        extension = _EXTENSIONS[fmt]
        name = self.folder / f"report.{extension}"
        number = 2
        while name.exists():
            name, number = self.folder / f"report-{number}.{extension}", number + 1
        return name

    def on_select_changed(self, event: Select.Changed) -> None:
        """A new format changes the file's extension, unless the analyst named the file;
        WARC (every capture) takes no claims, filters or title, so those are disabled."""
        if event.select.id != "export-format":
            return
        title = self.query_one("#export-title", Input)
        path = self.query_one("#export-path", Input)
        if event.value == "warc" and title.has_focus:
            path.focus()  # the title's box is disabled: typing goes on in the file's
        for box in self.query("#export-claims, #export-contested, #export-narrow, #export-title"):
            box.disabled = event.value == "warc"
        given = Path(path.value)
        if _DEFAULT_NAME.fullmatch(given.name) and given.parent == self.folder:
            path.value = str(self._default_path(str(event.value)))
            path.cursor_position = len(path.value)  # typing goes on at the end

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the file's box exports; in the title's it goes on to the file's (a
        trial typed a path into the title and enter exported at once)."""
        if event.input.id == "export-title":
            self.query_one("#export-path", Input).focus()
            return
        self._submit()

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        self._submit()

    def _narrowed(self) -> bool:
        return self.query_one("#export-narrow", Checkbox).value

    def _submit(self) -> None:
        """Export to the file given (`~` is the home folder); one that exists is
        replaced, and one whose name does not end as the format's files do
        (`_strange_ending`) is written, only once the analyst says so (`y`)."""
        given = self.query_one("#export-path", Input).value.strip()
        if not given:
            self.notify("Give the file to write", severity="warning")
            return
        path = str(Path(given).expanduser())
        problem = _unwritable(Path(path))
        if problem:
            self.notify(f"{path}: {problem}", severity="error", markup=False)
            return  # the dialog stays, with what the analyst typed
        claims = str(self.query_one("#export-claims", Select).value)
        choice = ExportChoice(
            fmt=str(self.query_one("#export-format", Select).value),
            statuses=_CLAIM_SETS[claims][1],
            contested=self.query_one("#export-contested", Checkbox).value,
            path=path,
            title=self.query_one("#export-title", Input).value.strip() or None,
            narrow=self.narrow if self.narrow and self._narrowed() else None,
        )
        strange = _strange_ending(Path(path), choice.fmt)

        def write(yes: bool | None) -> None:
            if yes:
                self.dismiss(choice)
            else:
                self._kept(path)

        def replace_asked(yes: bool | None) -> None:
            if not yes:
                self._kept(path)  # the dialog stays, with what the analyst typed
                return
            if Path(path).exists():
                question = f"{path} exists: replace it?"
                self.app.push_screen(ConfirmModal(question, destructive=True), write)
            else:
                self.dismiss(choice)

        if strange is None:
            replace_asked(True)
        else:
            self.app.push_screen(ConfirmModal(strange, destructive=True), replace_asked)

    def _kept(self, path: str) -> None:
        """Say that a "no" wrote nothing and kept the dialog: a trial's second enter
        answered no, and nothing said the report was not written."""
        self.notify(
            f"Nothing written to {path}: change the file's name, or escape to cancel",
            severity="warning",
            markup=False,
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


def filters_shown(where: ClaimFilter) -> str:
    """ "category killed · source blog.txt · “ambush” · stale": a queue's filters
    other than its status and contested box, as the export dialog offers them; ""
    for none."""
    parts = [f"category {where.category}"] if where.category else []
    parts += [f"source {where.source}"] if where.source else []
    parts += [f"“{where.search.strip()}”"] if where.search and where.search.strip() else []
    parts += ["stale"] if where.stale else []
    return " · ".join(parts)


def _strange_ending(path: Path, fmt: str) -> str | None:
    """The question to ask where the file's name does not end as the format's files
    do, None where it does: a trial typed the report's title as the dialog opened, into
    the file's box, and enter wrote "report.mdIturi TUI", a Markdown report without
    its .md."""
    endings = (f".{_EXTENSIONS[fmt]}", *_ALSO_ENDS.get(fmt, ()))
    if path.name.lower().endswith(endings):
        return None
    label = EXPORT_FORMATS[fmt].split(" (")[0]
    return f"{path} does not end in {endings[0]}: write the {label} there all the same?"


def _unwritable(path: Path) -> str | None:
    """Why an export cannot be written at `path`, asked before anything else: a
    folder, a folder that does not exist, a database or its journal
    (`safe_output.a_database`); None when it can be tried."""
    if path.is_dir():
        return "is a folder; give a file's name"
    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist"
    if a_database(str(path)):
        return "is a database (the open claims.db or another); an export never replaces one"
    return None
