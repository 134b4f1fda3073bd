"""Small dialogs: a note or a name, a grade, a new link. Each dismisses with its value
or None. The export dialog is export_modal.py's."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from workbench.models import Reliability
from workbench.service import RELATIONS
from workbench.tui.fields import Reopens, TextField, TypeAhead, retyped_of

GRADES = {grade.value: grade.label for grade in Reliability}


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
        self,
        title: str,
        note: str | None,
        what: str = "note",
        spaced: bool = False,
        replaced: bool = False,
    ) -> None:
        """`spaced`: the box holds `note` and a space, so that words typed on follow it
        as words (a saved note added to); a draft typed before is offered as it was.
        `replaced`: `note` is selected, so that what is typed replaces it (an event's
        stored name: trials' names were typed on after the machine's, and after the
        name a merge kept); `end` or an arrow key keeps it, to add to."""
        super().__init__()
        self.spaced = spaced
        self.replaced = replaced
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
            kept = f"typing replaces the {self.what} (end keeps it) · " if self.replaced else ""
            yield Label(
                f"{kept}enter keeps the {self.what} · escape cancels"
                " (what you typed is offered again)",
                classes="hint",
            )

    def on_mount(self) -> None:
        if self.replaced and self.note:
            self.query_one("#note", Input).select_all()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(_one_spaced(event.value))

    def action_cancel(self) -> None:
        self.left = _one_spaced(self.query_one("#note", Input).value)
        self.dismiss(None)

    def typed(self) -> bool:
        """Whether the box holds words other than those it opened with: what quitting
        now would lose."""
        return _one_spaced(self.query_one("#note", Input).value) != _one_spaced(self.note)


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

    def __init__(self, title: str, scale: dict[str, str], current: str | None = None) -> None:
        """`current`: the grade given now, where the list opens (marked "now"), so that
        enter keeps it; the first of the scale where none is (re-trial 61: enter on a
        voice graded E made it A)."""
        super().__init__()
        self.title_text = title
        self.scale = scale
        self.current = current if current in scale else None

    def compose(self) -> ComposeResult:
        grades = list(self.scale)
        with Vertical():
            yield Label(self.title_text, markup=False)
            options = OptionList(
                *(
                    Option(f"{g}  {text}" + ("  (now)" if g == self.current else ""), id=g)
                    for g, text in self.scale.items()
                ),
                Option("-  no grade (take mine away)", id=CLEAR_GRADE),
            )
            if self.current is not None:
                options.highlighted = grades.index(self.current)
            yield options
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
            yield TextField(placeholder="e.g. 41 corroborates", id="link")  # no value typed
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
