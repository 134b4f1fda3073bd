"""The dialogs of the analyst's corrections: one line typed and checked before it is
taken (a voice's name, the voice it merges into or relays, the events to merge, the
claims to split off, the event a claim moves to), and a document's form (outlet,
title, URL, publication date). Each dismisses with its value, or None on escape; a
value that does not parse says why under the box, and the dialog stays."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from workbench.errors import WorkbenchError
from workbench.models import SourceSummary
from workbench.service.curation import document_field
from workbench.tui.fields import Reopens, TextField, TypeAhead, retyped_of
from workbench.tui.screens.confirm import ConfirmModal

T = TypeVar("T")

DOCUMENT_LABELS = {
    "outlet": "Outlet (publisher)",
    "title": "Title",
    "url": "URL (http, https)",
    "published": "Published (date)",
    "language": "Language (en, fr)",
}


class LineModal(TypeAhead, Reopens, ModalScreen[T | None], Generic[T]):
    """One line to type: `parse` makes it the value or raises ValueError saying what is
    wrong; enter takes it, escape cancels. An `offered` value (the workbench's guess,
    such as the claim under the cursor) comes selected, so what is typed replaces it
    (a trial typed "49 19" after an offered "2" and got "249 19"); words the analyst
    typed before come back unselected, to go on with. Opened with `ask`, it opens
    again by itself where the write its value asked for is refused, with `error`,
    the refusal's line, under the words typed (selected: typing replaces them)."""

    DEFAULT_CSS = """
    LineModal { align: center middle; }
    LineModal > Vertical { width: 80%; max-width: 90; height: auto; border: thick $accent;
                           background: $surface; padding: 1 2; }
    LineModal Label { width: 100%; }
    LineModal #line-error { color: $error; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="line.cancel")]

    def __init__(
        self,
        title: str,
        parse: Callable[[str], T],
        value: str = "",
        placeholder: str = "",
        offered: bool = False,
        error: str = "",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.parse = parse
        self.value = value
        self.placeholder = placeholder
        self.offered = offered
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, markup=False)
            yield TextField(self.value, placeholder=self.placeholder, id="line")
            yield Label(self.error, id="line-error", markup=False)
            yield Label("enter takes it · escape cancels", classes="hint")

    def on_mount(self) -> None:
        """The words a write refused the last time this dialog closed, if any."""
        retyped = retyped_of(self)
        line = self.query_one("#line", Input)
        if retyped is not None:
            line.value = retyped.offer(self.title_text, self.value)
        if self.error or (self.offered and line.value == self.value):
            line.select_all()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            value = self.parse(event.value)
        except ValueError as error:
            self.query_one("#line-error", Label).update(str(error))
            return
        retyped = retyped_of(self)
        if retyped is not None:
            retyped.typed(self.title_text, event.value, self.again(self.app))
        self.dismiss(value)

    def reopened(self, error: str) -> LineModal[T]:
        return LineModal(self.title_text, self.parse, self.value, self.placeholder, error=error)

    def action_cancel(self) -> None:
        self.dismiss(None)


def text(given: str) -> str:
    """A name: some text."""
    if not given.strip():
        raise ValueError("Type a name (escape cancels)")
    return given.strip()


def optional_text(given: str) -> str:
    """A voice's name or id, or nothing ("")."""
    return given.strip()


def ids(given: str) -> list[int]:
    """Ids separated by spaces or commas: "7 9", "28, 29"."""
    words = given.replace(",", " ").split()
    if not words or not all(w.isdigit() for w in words):
        raise ValueError("Give one or more ids (numbers), separated by spaces")
    return [int(w) for w in words]


def event_or_new(given: str) -> int | None:
    """An event's id, or "new" (None): where a claim moves."""
    word = given.strip().lower()
    if word == "new":
        return None
    if not word.isdigit():
        raise ValueError("Give an event's id, or new")
    return int(word)


class QuestionModal(ConfirmModal):
    """`ConfirmModal` whose question wraps inside the dialog: a long one (a document's
    file name, its claims and verdicts) is read whole at 80 columns."""

    DEFAULT_CSS = """
    QuestionModal #question { width: 100%; }
    """


class DocumentModal(TypeAhead, ModalScreen[dict[str, str] | None]):
    """A document's outlet, title, URL, publication date and language, filled in as they are;
    enter in a box or Save takes the changed ones (checked first: a date that does
    not read as one says so under the form, which stays), escape cancels."""

    DEFAULT_CSS = """
    DocumentModal { align: center middle; }
    DocumentModal > Vertical { width: 90%; max-width: 100; height: auto; max-height: 100%;
                               border: thick $accent; background: $surface; padding: 0 2; }
    DocumentModal Horizontal { height: auto; }
    DocumentModal Label { width: 100%; }
    DocumentModal #document-error { color: $error; }
    DocumentModal .hint { width: 1fr; padding: 0 0 0 2; }
    DocumentModal Horizontal.field Input { width: 1fr; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="document-form.cancel")]

    def __init__(self, source: SourceSummary) -> None:
        super().__init__()
        self.source = source
        self.before = {field: getattr(source, field) or "" for field in DOCUMENT_LABELS}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Document {self.source.id}: {self.source.path}", markup=False)
            for field, label in DOCUMENT_LABELS.items():
                with Horizontal(classes="field"):
                    yield Label(label)
                    yield TextField(self.before[field], id=f"document-{field}")
            yield Label("", id="document-error", markup=False)
            with Horizontal():
                yield Button("Save", variant="primary", id="document-save")
                yield Label("enter saves · escape cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#document-outlet", Input).focus()

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        self._submit()

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        self._submit()

    def _submit(self) -> None:
        changed: dict[str, str] = {}
        for field in DOCUMENT_LABELS:
            value = self.query_one(f"#document-{field}", Input).value
            if value.strip() == self.before[field].strip():
                continue
            try:
                document_field(field, value)
            except WorkbenchError as error:
                self.query_one("#document-error", Label).update(str(error))
                self.query_one(f"#document-{field}", Input).focus()
                return
            changed[field] = value
        self.dismiss(changed)

    def action_cancel(self) -> None:
        self.dismiss(None)
