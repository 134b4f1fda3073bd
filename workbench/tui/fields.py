"""The app's one kind of text box."""

from __future__ import annotations

from typing import Any

from textual.widgets import Input


class TextField(Input):
    """A text box that keeps what it holds when it gets the focus: nothing selected, the
    cursor after the text, so the first key typed adds to a note, an event's name, a
    path or a search instead of wiping it (Textual's `Input` selects it all)."""

    def __init__(self, value: str | None = None, **options: Any) -> None:
        super().__init__(value, select_on_focus=False, **options)


class Retyped:
    """What the analyst typed in a one-line dialog whose change the workbench then
    refused (a claim id that is not there, a voice nobody has): the dialog closed,
    so the next time the same dialog opens it offers those words again, until a
    change is saved. Dialogs are known by their title."""

    def __init__(self) -> None:
        self._typed: dict[str, str] = {}
        self._last: str | None = None  # the dialog whose words went to the last write

    def offer(self, title: str, default: str) -> str:
        """The words to show in the dialog `title`: the ones refused, else `default`."""
        return self._typed.get(title, default)

    def typed(self, title: str, words: str) -> None:
        """The analyst typed `words` in the dialog `title` and it closed to save them."""
        self._typed[title] = words
        self._last = title

    def saved(self) -> None:
        """The last change asked was saved: its words need not be offered again."""
        if self._last is not None:
            self._typed.pop(self._last, None)
            self._last = None

    def refused(self) -> None:
        """The last change asked was refused: its words wait for the dialog."""
        self._last = None
