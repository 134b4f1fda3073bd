"""Small dialogs: a note, a question, a grade, a new link, an export. Each dismisses
with its value or None."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from workbench.export import EXTENSIONS
from workbench.models import Reliability
from workbench.service import RELATIONS, REVIEWED, STATUSES
from workbench.tui.fields import CheckField, Reopens, TextField, TypeAhead, retyped_of
from workbench.tui.screens.confirm import ConfirmModal
from workbench.vocabulary import ClaimFilter

GRADES = {grade.value: grade.label for grade in Reliability}


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


class NoteModal(TypeAhead, ModalScreen[str | None]):
    """Write or edit a note; enter keeps it, escape leaves it as it was. What was
    typed when escape closed it is `left` (None until then), for the opener to offer
    again: a trial's note was lost whole to one escape."""

    DEFAULT_CSS = """
    NoteModal { align: center middle; }
    NoteModal > Vertical { width: 80%; max-width: 100; height: auto; border: thick $accent;
                           background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel")]

    def __init__(
        self, title: str, note: str | None, what: str = "note", spaced: bool = False
    ) -> None:
        """`spaced`: the box holds `note` and a space, so that words typed on follow it
        as words (a saved note added to); a draft typed before is offered as it was."""
        super().__init__()
        self.spaced = spaced
        self.title_text = title
        self.note = note or ""
        self.what = what  # what the box holds, as its hint names it: "note", "name"
        self.left: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, markup=False)
            # a space after what it holds: words typed on follow it as words (a trial's
            # "...Jan 27TUI note"); enter strips it
            held = f"{self.note} " if self.note and self.spaced else self.note
            yield TextField(held, placeholder="What you checked, what you found", id="note")
            yield Label(
                f"enter keeps the {self.what} · escape cancels (what you typed is offered again)",
                classes="hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(_one_spaced(event.value))

    def action_cancel(self) -> None:
        self.left = _one_spaced(self.query_one("#note", Input).value)
        self.dismiss(None)


def _one_spaced(line: str) -> str:
    """A one-line note or name as kept: its words one space apart, none around them
    (the space the box adds after what it holds, and one typed too, are one)."""
    return " ".join(line.split())


CLEAR_GRADE = "clear"  # GradeModal's answer when the analyst takes the grade away


class GradeModal(ModalScreen[str | None]):
    """Choose a grade from a scale: a voice's reliability (A-F) or a claim's
    credibility (1-6), both on the Admiralty code; or take the grade away
    (CLEAR_GRADE). A grade's own key (`b`, `4`) chooses it at once."""

    DEFAULT_CSS = """
    GradeModal { align: center middle; }
    GradeModal > Vertical { width: 60; height: auto; border: thick $accent; background: $surface;
                            padding: 1 2; }
    GradeModal OptionList { height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="grade.cancel")]

    def __init__(self, title: str, scale: dict[str, str]) -> None:
        super().__init__()
        self.title_text = title
        self.scale = scale

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, markup=False)
            yield OptionList(
                *(Option(f"{g}  {text}", id=g) for g, text in self.scale.items()),
                Option("-  no grade (take mine away)", id=CLEAR_GRADE),
            )
            keys = "/".join(g.lower() for g in self.scale)
            yield Label(
                f"{keys} or ↑↓ and enter choose · - clears · escape cancels · u takes it back",
                classes="hint",
            )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_key(self, event: Key) -> None:
        """A grade's key, either case, chooses it; `-` takes the grade away; another
        letter or digit says which keys grade here, and the dialog stays."""
        chosen = {g.lower(): g for g in self.scale} | {"-": CLEAR_GRADE}
        typed = event.character
        if typed is None or not (typed.isalnum() or typed == "-"):
            return
        event.stop()
        if typed.lower() in chosen:
            self.dismiss(chosen[typed.lower()])
            return
        keys = "/".join(g.lower() for g in self.scale)
        self.notify(f"{typed} is no grade here: {keys}, or - clears", severity="warning")

    def action_cancel(self) -> None:
        self.dismiss(None)


_LINK_TITLE = "Link to claim: its id and a relation (" + ", ".join(RELATIONS) + ")"


class LinkModal(TypeAhead, Reopens, ModalScreen[tuple[int, str] | None]):
    """Link this claim to another: "OTHER_ID RELATION", e.g. "41 corroborates". Opened
    with `ask`, it opens again where the link is refused, with `error`, the line why."""

    DEFAULT_CSS = """
    LinkModal { align: center middle; }
    LinkModal > Vertical { width: 70; height: auto; border: thick $accent; background: $surface;
                           padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="link.cancel")]

    def __init__(self, error: str = "") -> None:
        super().__init__()
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(_LINK_TITLE)
            yield TextField(placeholder="41 corroborates", id="link")
            yield Label(self.error, id="link-error", markup=False)
            yield Label("enter links · escape cancels · u takes it back", classes="hint")

    def on_mount(self) -> None:
        """The words a write refused the last time a link was added, if any."""
        if (retyped := retyped_of(self)) is not None:
            line = self.query_one("#link", Input)
            line.value = retyped.offer(_LINK_TITLE, "")
            if self.error:
                line.select_all()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        parts = event.value.split()
        if len(parts) == 2 and parts[0].isdigit() and parts[1] in RELATIONS:
            if (retyped := retyped_of(self)) is not None:
                retyped.typed(_LINK_TITLE, event.value, self.again(self.app))
            self.dismiss((int(parts[0]), parts[1]))
        else:
            self.query_one("#link-error", Label).update(
                "Give a claim id and one of: " + ", ".join(RELATIONS)
            )

    def reopened(self, error: str) -> LinkModal:
        return LinkModal(error)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportModal(TypeAhead, ModalScreen[ExportChoice | None]):
    """Choose a format, which claims, a title for a report and a file; enter in the
    file's box, or the button, exports (asking first before it replaces a file);
    enter in the title's box goes on to the file's, which is named in full under it.
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
        """The file's box has the focus: enter there exports (on a list, it opens it).
        The file is named in full under its box, however narrow the box."""
        self.query_one("#export-path", Input).focus()
        self._show_where()

    async def on_key(self, event: Key) -> None:
        """A character typed while a list, a box to tick or the button has the focus
        goes on in the title's box (the file's when the format takes no title): a
        trial tabbed to the claims list, typed a title, and lost it. Space still ticks
        and opens, and keys the dialog's boxes take themselves never reach here."""
        if self.focused is None or isinstance(self.focused, Input):
            return  # opening: TypeAhead's, or a text box's own key
        if not event.is_printable or event.character in (None, " "):
            return
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
        for box in self.query("#export-claims, #export-contested, #export-narrow, #export-title"):
            box.disabled = event.value == "warc"
        path = self.query_one("#export-path", Input)
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

        def replace_asked(yes: bool | None) -> None:
            if not yes:
                return  # the dialog stays, with what the analyst typed
            if Path(path).exists():
                question = f"{path} exists: replace it?"
                self.app.push_screen(ConfirmModal(question, destructive=True), write)
            else:
                self.dismiss(choice)

        if strange is None:
            replace_asked(True)
        else:
            self.app.push_screen(ConfirmModal(strange, destructive=True), replace_asked)

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
    folder, or a folder that does not exist; None when it can be tried."""
    if path.is_dir():
        return "is a folder; give a file's name"
    if not path.parent.is_dir():
        return f"the folder {path.parent} does not exist"
    return None
