"""A yes-or-no question before a change of many claims or a file replaced."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label


class ConfirmModal(ModalScreen[bool]):
    """A question before a change of many claims: y or enter goes on, n or escape not.
    A `destructive` question (replace a file) takes only y for yes: enter says no, as
    a trial's analyst replaced their own report with a second enter."""

    DEFAULT_CSS = """
    ConfirmModal { align: center middle; }
    ConfirmModal > Vertical { width: 80%; max-width: 80; height: auto; border: thick $warning;
                              background: $surface; padding: 1 2; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("enter", "enter", "Answer", id="confirm.enter"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, destructive: bool = False) -> None:
        super().__init__()
        self.question = question
        self.destructive = destructive

    def compose(self) -> ComposeResult:
        hint = (
            "y: yes · n, enter or escape: no"
            if self.destructive
            else "y or enter: yes · n or escape: no"
        )
        with Vertical():
            yield Label(self.question, markup=False, id="question")
            yield Label(hint, classes="hint")

    def action_enter(self) -> None:
        self.dismiss(not self.destructive)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
