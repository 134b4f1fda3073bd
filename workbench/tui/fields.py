"""The app's one kind of text box (and its box of many lines), its check box, and the
memory of what was typed in a one-line dialog whose write was refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast
from weakref import WeakKeyDictionary

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Checkbox, Input, TextArea


class TextField(Input):
    """A text box that keeps what it holds when it gets the focus: nothing selected, the
    cursor after the text, so the first key typed adds to a note, an event's name, a
    path or a search instead of wiping it (Textual's `Input` selects it all)."""

    def __init__(self, value: str | None = None, **options: Any) -> None:
        super().__init__(value, select_on_focus=False, **options)

    async def _on_key(self, event: events.Key) -> None:
        """The box's editing keys (ctrl+u, backspace, enter ...) and tab are done as
        they come, in order with the characters typed: Textual does a binding only
        once its key has come back up to the app, after the characters typed behind
        it (a trial's burst "ctrl+u Beni enter" cleared "Beni" and saved the field
        empty; keys typed after tab went to the box before). A key routed here while a
        tab moved the focus on goes to the box now focused."""
        if moved_in_order(self, event):
            return
        action = _IN_ORDER.get(event.key)
        if action is None:
            return  # a character: `Input` types it
        await self.run_action(action)
        event.stop()
        event.prevent_default()

    def _on_paste(self, event: events.Paste) -> None:
        """Text pasted in lines goes in whole, its lines joined by a space: Textual's
        `Input` keeps the first line only and drops the rest unsaid (a trial pasted a
        note of two lines and lost the second); control characters (an escape, a tab)
        are spaces, and runs of spaces one. Textual calls `Input`'s own handler after
        this one, with the text so joined."""
        shown = "".join(ch if ch.isprintable() else " " for ch in event.text)
        event.text = " ".join(shown.split())


class TextBox(TextArea):
    """A box of many lines (pasted text) whose tab moves the focus in order with the
    characters typed, as `TextField`'s does: Textual's `TextArea` leaves tab to the
    app's binding, which runs after the keys typed behind it, so a burst's "text, tab,
    a title" put the title into the text (trial 61's pasted source lost its title,
    outlet and date into its text). A key routed here while a tab moved the focus on
    goes to the box now focused."""

    async def _on_key(self, event: events.Key) -> None:
        if not moved_in_order(self, event):
            await super()._on_key(event)  # a character, enter: the text takes it


def moved_in_order(box: Widget, event: events.Key) -> bool:
    """Whether `event`, a key at the text box `box`, moved the focus in order with the
    keys typed behind it (`TextField`, `TextBox`), and so was done: a key routed here
    while a tab moved the focus on goes to the box now focused; tab and shift+tab
    move it. The event is then stopped."""
    focused = box.screen.focused
    if focused is not None and focused is not box:
        focused.post_message(events.Key(event.key, event.character))
    elif event.key in ("tab", "shift+tab"):
        (box.screen.focus_next if event.key == "tab" else box.screen.focus_previous)()
    else:
        return False
    event.stop()
    event.prevent_default()
    return True


class CheckField(Checkbox):
    """A check box whose X shows only when it is checked: Textual's draws the X either
    way, told apart by its colour alone, so that on a terminal of few colours, in a
    screen reader or a copy of the screen (tmux capture-pane) an unchecked box read as
    checked (a trial's queue looked filtered to contested and stale claims while it
    showed them all)."""

    def __init__(self, label: str = "", value: bool = False, **options: Any) -> None:
        super().__init__(label, value, **options)
        self.BUTTON_INNER = "X" if value else " "

    def watch_value(self) -> None:
        """The X shown or hidden, then Textual's own: the `-on` class, `Changed` posted."""
        self.BUTTON_INNER = "X" if self.value else " "
        self.refresh()
        super().watch_value()


class TypeAhead:
    """A dialog that takes the keys typed before its text box has the focus: a fast
    typist's burst, or keys a terminal sends at once ("n" then a note then enter),
    reach the dialog while it opens with nothing focused, and Textual drops them (a
    trial's note was saved empty; a split dialog kept its offered ids under the ids
    typed). Each such key goes to the box the dialog focuses first, in order: a
    character as the box takes one, enter submits, backspace and ctrl+u delete.
    Keys that reach the dialog otherwise (ones the box leaves, such as up) pass.
    The app gives it the keys typed before it opened that the screen behind left
    (`StrandedKeys`): "n" opens the note only once the keys after it were already on
    their way to the claims table."""

    async def on_key(self, event: events.Key) -> None:
        """A key that reached the dialog with nothing focused (it is opening)."""
        if cast("Screen[Any]", self).focused is None and await self.take(event):
            event.stop()
            event.prevent_default()

    async def take(self, event: events.Key, box: Input | None = None) -> bool:
        """Type `event` into `box`, else the dialog's first text box, focusing it:
        False, and nothing done, for a key that is no character or edit, or with no
        box."""
        box = box if box is not None else self._first_box()
        if box is None or not (event.is_printable or event.key in _IN_ORDER):
            return False
        dialog = cast("Screen[Any]", self)
        if dialog.focused is not box:
            dialog.set_focus(box)
        if event.is_printable and event.character is not None:
            selection = box.selection
            if selection.is_empty:
                box.insert_text_at_cursor(event.character)
            else:
                box.replace(event.character, *selection)
        else:
            await box.run_action(_IN_ORDER[event.key])
        return True

    def _first_box(self) -> Input | None:
        """The text box the dialog focuses on opening, if that is a text box."""
        dialog = cast("Screen[Any]", self)
        for widget in dialog.query(dialog.AUTO_FOCUS or "*"):
            if widget.focusable:
                return widget if isinstance(widget, Input) else None
        return None


class StrandedKeys:
    """The app's record of which screen each key was typed on, to find the keys a
    dialog's opening stranded: Textual hands a key to the focused widget of the
    screen in front when it arrives, and a key no widget takes comes back to the app
    to be checked against the bindings of the screen in front by then. One typed on
    the screen behind a `TypeAhead` dialog, come back once the dialog opened, is the
    dialog's."""

    def __init__(self) -> None:
        self._typed_on: WeakKeyDictionary[events.Key, Screen[Any]] = WeakKeyDictionary()

    async def route(self, event: events.Key, front: Screen[Any]) -> bool:
        """Note where a new key was typed; give a stranded one to the dialog in
        front. True where the dialog took it (the app is to do nothing more)."""
        if not event.is_forwarded:
            self._typed_on[event] = front
            return False
        typed_on = self._typed_on.pop(event, front)
        return typed_on is not front and isinstance(front, TypeAhead) and await front.take(event)


# The text box's own keys, as `Input` binds them: the action of each
_IN_ORDER = {b.key: b.action for b in Binding.make_bindings(Input.BINDINGS)}


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
