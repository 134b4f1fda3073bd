"""Small dialogs: a note, a grade, a new link. Each dismisses with its value or None."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.store import RELATIONS

GRADES = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}


class NoteModal(ModalScreen[str | None]):
    """Write or edit a note; enter keeps it, escape leaves it as it was."""

    DEFAULT_CSS = """
    NoteModal { align: center middle; }
    NoteModal > Vertical { width: 80%; max-width: 100; height: auto; border: thick $accent;
                           background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note.cancel")]

    def __init__(self, title: str, note: str | None) -> None:
        super().__init__()
        self.title_text = title
        self.note = note or ""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text)
            yield Input(value=self.note, placeholder="What you checked, what you found", id="note")
            yield Label("enter keeps the note · escape cancels", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class GradeModal(ModalScreen[str | None]):
    """Choose a source reliability grade on the Admiralty scale."""

    DEFAULT_CSS = """
    GradeModal { align: center middle; }
    GradeModal > Vertical { width: 60; height: auto; border: thick $accent; background: $surface;
                            padding: 1 2; }
    GradeModal OptionList { height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="grade.cancel")]

    def __init__(self, voice: str) -> None:
        super().__init__()
        self.voice = voice

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Reliability of {self.voice}")
            yield OptionList(*(Option(f"{g}  {text}", id=g) for g, text in GRADES.items()))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class LinkModal(ModalScreen[tuple[int, str] | None]):
    """Link this claim to another: "OTHER_ID RELATION", e.g. "41 corroborates"."""

    DEFAULT_CSS = """
    LinkModal { align: center middle; }
    LinkModal > Vertical { width: 70; height: auto; border: thick $accent; background: $surface;
                           padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="link.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Link to claim: its id and a relation (" + ", ".join(RELATIONS) + ")")
            yield Input(placeholder="41 corroborates", id="link")
            yield Label("", id="link-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        parts = event.value.split()
        if len(parts) == 2 and parts[0].isdigit() and parts[1] in RELATIONS:
            self.dismiss((int(parts[0]), parts[1]))
        else:
            self.query_one("#link-error", Label).update(
                "Give a claim id and one of: " + ", ".join(RELATIONS)
            )

    def action_cancel(self) -> None:
        self.dismiss(None)
