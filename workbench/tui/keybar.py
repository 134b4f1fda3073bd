"""The footer's key bar, fitted to the terminal's width.

Textual's Footer lays every shown binding in one line and lets the ones past the
right edge fall off the screen (at 80 columns the queue lost Search, Sources,
Events, Help and Export; the detail half its keys). The key bar shows the keys in
the order the screen lists them while they fit, always keeps f1, and when it has
left keys out says so on f1 ("f1 All keys"): the help (f1) and the palette
(ctrl+p) list every key.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.events import Resize
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

HELP_ACTION = "help"  # the key every screen keeps: it lists the others
# Kept as f1 is, whatever the width: ctrl+x, shown only while a source loads, is
# what stops it (a trial at 80 columns never saw it)
_ALWAYS = frozenset({HELP_ACTION, "stop_loading"})
HELP_LEFT_OUT = "All keys"  # f1's label when keys were left out
_PALETTE_CLASS = "-command-palette"


class KeyBar(Footer):
    """A compact footer that keeps to one screen width (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._width = 0  # the width the keys were last fitted to

    def compose(self) -> ComposeResult:
        keys = [key for key in super().compose() if isinstance(key, FooterKey)]
        yield from fitted(keys, self.app.size.width)

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width:
            self._width = event.size.width
            self.refresh(recompose=True)


def fitted(keys: list[FooterKey], width: int) -> Iterable[Widget]:
    """`keys` (as Footer composes them, the palette's last) that fit in `width`
    columns, in their order; f1, ctrl+x (while it is offered) and the palette
    always. A compact key takes its key, a space, its description and a space of
    margin."""
    palette = [key for key in keys if key.has_class(_PALETTE_CLASS)]
    others = [key for key in keys if not key.has_class(_PALETTE_CLASS)]
    kept = {id(key) for key in others if key.action in _ALWAYS}
    room = width - sum(_width(key) + 1 for key in palette) - _width_left_out(others)
    room -= sum(_width(key) for key in others if key.action in _ALWAYS and not _is_help(key))
    for key in others:
        if id(key) not in kept and _width(key) <= room:
            kept.add(id(key))
            room -= _width(key)
    for key in others:
        if id(key) not in kept:
            continue
        if _is_help(key) and len(kept) < len(others):
            key.description = HELP_LEFT_OUT
        yield key
    yield from palette


def _is_help(key: FooterKey) -> bool:
    return key.action == HELP_ACTION


def _width(key: FooterKey) -> int:
    return len(key.key_display) + 1 + len(key.description) + 1


def _width_left_out(keys: list[FooterKey]) -> int:
    """The room f1 takes when some key is left out (its label then the longer)."""
    return sum(
        len(key.key_display) + 2 + max(len(key.description), len(HELP_LEFT_OUT))
        for key in keys
        if _is_help(key)
    )
