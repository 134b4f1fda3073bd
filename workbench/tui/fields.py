"""The app's one kind of text box, and the memory of what was typed in a one-line
dialog whose write was refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.app import App
from textual.screen import ModalScreen
from textual.widgets import Input


class TextField(Input):
    """A text box that keeps what it holds when it gets the focus: nothing selected, the
    cursor after the text, so the first key typed adds to a note, an event's name, a
    path or a search instead of wiping it (Textual's `Input` selects it all)."""

    def __init__(self, value: str | None = None, **options: Any) -> None:
        super().__init__(value, select_on_focus=False, **options)

    def _on_paste(self, event: events.Paste) -> None:
        """Text pasted in lines goes in whole, its lines joined by a space: Textual's
        `Input` keeps the first line only and drops the rest unsaid (a trial pasted a
        note of two lines and lost the second); control characters (an escape, a tab)
        are spaces, and runs of spaces one. Textual calls `Input`'s own handler after
        this one, with the text so joined."""
        shown = "".join(ch if ch.isprintable() else " " for ch in event.text)
        event.text = " ".join(shown.split())


class Retyped:
    """What the analyst typed in a one-line dialog whose change the workbench then
    refused (a claim id that is not there, a voice nobody has): the dialog closed to
    save it, so on the refusal it opens again by itself, the words typed and the
    refusal's line in it (a trial's next keys, typed after the dialog closed on a
    refusal, disputed a claim on the screen behind); until a change is saved the
    same dialog offers those words. Dialogs are known by their title."""

    def __init__(self) -> None:
        self._typed: dict[str, str] = {}
        self._last: str | None = None  # the dialog whose words went to the last write
        self._again: Callable[[str], None] | None = None

    def offer(self, title: str, default: str) -> str:
        """The words to show in the dialog `title`: the ones refused, else `default`."""
        return self._typed.get(title, default)

    def typed(self, title: str, words: str, again: Callable[[str], None] | None = None) -> None:
        """The analyst typed `words` in the dialog `title` and it closed to save them;
        `again(line)` opens it anew with the refusal's line, if the write is refused."""
        self._typed[title] = words
        self._last = title
        self._again = again

    def saved(self) -> None:
        """The last change asked was saved: its words need not be offered again."""
        if self._last is not None:
            self._typed.pop(self._last, None)
        self._last, self._again = None, None

    def refused(self, line: str) -> None:
        """The last change asked was refused (`line` says why): its words wait for the
        dialog, which opens again if it was the one that asked."""
        again = self._again
        self._last, self._again = None, None
        if again is not None:
            again(line)


def retyped_of(screen: ModalScreen[Any]) -> Retyped | None:
    """The app's memory of words a write refused (None in an app without one)."""
    found = getattr(screen.app, "retyped", None)
    return found if isinstance(found, Retyped) else None


class Reopens:
    """A dialog whose answer is written after it closes: opened with `ask`, it opens
    again by itself where the write is refused (`Retyped.refused`), a copy of it
    (`reopened`) showing the refusal's line and answering to the same callback."""

    chosen: Callable[[Any], None] | None = None  # set by `ask`

    def reopened(self, error: str) -> ModalScreen[Any]:
        """This dialog anew, with `error` (the refusal's line) shown in it."""
        raise NotImplementedError

    def again(self, app: App[Any]) -> Callable[[str], None] | None:
        """How the dialog opens anew on a refusal; None where it was not `ask`ed."""
        chosen = self.chosen
        if chosen is None:
            return None

        def reopen(line: str) -> None:
            ask(app, self.reopened(line), chosen)

        return reopen


def ask(app: App[Any], modal: ModalScreen[Any], chosen: Callable[[Any], None]) -> None:
    """Open a dialog whose answer `chosen` writes: a dialog that `Reopens` opens again,
    with the words typed and the refusal's line, where the write is refused."""
    if isinstance(modal, Reopens):
        modal.chosen = chosen
    app.push_screen(modal, chosen)
