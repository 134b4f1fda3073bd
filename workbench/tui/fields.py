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
