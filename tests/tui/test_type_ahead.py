"""Keys typed in a burst (a fast typist, or a terminal sending them at once) reach the
dialog the first of them opens, in order, not the screen behind it: a trial's
`n`, a note and enter saved an empty note, and the ids typed in a split dialog at
once left its offered ids in place. Pilot tests on the real app and a real
database; the keys are posted together, as a terminal delivers them, not one at a
time with a wait between as `pilot.press` does."""

from __future__ import annotations

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.tui.pilots import ready, settle
from tests.tui.test_review_corrections import open_the_form
from tests.tui.test_review_curation import errors, open_first_event
from workbench.service import Workbench
from workbench.tui.app import WorkbenchApp, make_app
from workbench.tui.screens.queue import QueueScreen

pytestmark = pytest.mark.usefixtures("app_idle_wait")  # tests/tui/conftest.py

_CHARACTERS = {"enter": "\r", "space": " ", "escape": "\x1b", "backspace": "\x7f", "slash": "/"}


async def typed(app: WorkbenchApp, pilot: Pilot[None], *keys: str) -> None:
    """`burst` the keys, then wait until the app has read them all (they are queued
    behind one another, and a loaded machine is slow to get through them) and what
    they asked is saved."""
    burst(app, *keys)
    for _ in range(3):  # a key's write, then the screen read again, then its redraw
        await pilot.pause()  # every message pump idle: each key handled
        await settle(app, pilot)


def burst(app: WorkbenchApp, *keys: str) -> None:
    """Post `keys` to the app at once, as a terminal sends a burst: each a key name
    ("enter", "ctrl+u") or one character."""
    for key in keys:
        if len(key) == 1:
            app.post_message(events.Key("space" if key == " " else key, key))
        else:
            app.post_message(events.Key(key, _CHARACTERS.get(key)))


async def test_a_note_typed_at_once_after_n_is_saved_whole(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        claim = queue.current_id()
        await typed(app, pilot, "n", *"checked the wire", "enter")
        assert isinstance(app.screen, QueueScreen) and errors(app) == []
    assert Workbench(seeded_db).claim(claim or 0).note == "checked the wire"


async def test_a_burst_with_edits_and_escape_leaves_nothing_behind(seeded_db: str) -> None:
    """Backspace edits the burst's note; escape cancels the dialog, and the keys
    typed in the dialog never reach the queue as verdicts (x is unverifiable)."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        claim = queue.current_id() or 0
        await typed(app, pilot, "n", *"xx", "backspace", "escape")
        await settle(app, pilot)
        assert isinstance(app.screen, QueueScreen)
        # the x left by escape is offered again: ctrl+u clears it
        await typed(app, pilot, "n", "ctrl+u", *"okay", "backspace", "backspace", *"!", "enter")
        await settle(app, pilot)
    stored = Workbench(seeded_db).claim(claim)
    assert stored.status == "unreviewed" and stored.note == "ok!"


async def test_ids_typed_at_once_in_the_split_dialog_replace_the_offered_one(
    seeded_db: str,
) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_event(app, pilot)
        assert screen.detail is not None
        first, second = [c.id for c in screen.detail.event_claims]
        assert screen.current_claim() == first  # the id the dialog offers
        await typed(app, pilot, "s", "ctrl+u", *str(second), "enter")
        await settle(app, pilot)
        assert errors(app) == []
    check = Workbench(seeded_db)
    assert check.event_of(second) != check.event_of(first)


async def test_keys_that_open_no_dialog_still_act_on_the_queue(seeded_db: str) -> None:
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        await typed(app, pilot, "j", "j", "down")
        await settle(app, pilot)
        assert queue.query_one("#queue").cursor_row == 3


async def test_escape_keeps_the_note_typed_and_n_offers_it_again(seeded_db: str) -> None:
    """A trial lost a typed note to one escape; the add-source dialog kept its text."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        claim = queue.current_id() or 0
        await pilot.press("n", *"a long note", "escape")
        await settle(app, pilot)
        assert any("n offers the note you typed again" in n.message for n in app._notifications)
        assert Workbench(seeded_db).claim(claim).note is None  # not saved
        await pilot.press("n")
        await settle(app, pilot)
        box = app.screen.query_one("#note", Input)
        assert box.value == "a long note"
        await pilot.press("ctrl+u", "escape")  # emptied, then escape: the draft goes
        await settle(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
        assert app.screen.query_one("#note", Input).value == ""
        await pilot.press(*"kept", "enter")
        await settle(app, pilot)
    assert Workbench(seeded_db).claim(claim).note == "kept"


async def test_ctrl_u_then_words_in_a_burst_replace_what_the_box_held(seeded_db: str) -> None:
    """A box's editing keys are done in order with the characters after them:
    Textual does a binding (ctrl+u) only once its key has come back up to the app,
    after the characters typed behind it, so a trial's "ctrl+u burst note enter"
    cleared the words it typed and saved an empty note."""
    Workbench(seeded_db, analyst="ana").set_note(1, "an old note")
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        queue.move_to(1)
        await pilot.press("n")  # the dialog open, holding the old note
        await settle(app, pilot)
        await typed(app, pilot, "ctrl+u", *"burst note", "enter")
    assert Workbench(seeded_db).claim(1).note == "burst note"


async def test_tabs_and_words_in_a_burst_reach_the_field_tabbed_to(seeded_db: str) -> None:
    """A trial tabbed to the correction form's place and typed "ctrl+u Beni enter"
    at once: the place was saved empty, over another analyst's correction."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(100, 30)) as pilot:
        detail, form = await open_the_form(app, pilot)
        chain = form.focus_chain
        tabs = chain.index(form.query_one("#field-place", Input)) - chain.index(form.focused)
        assert tabs > 1
        await typed(app, pilot, *["tab"] * tabs, "ctrl+u", *"Gossi", "enter")
    assert Workbench(seeded_db).claim(detail.claim_id).location == "Gossi"


async def test_u_in_a_burst_names_the_change_it_took_back(seeded_db: str) -> None:
    """A trial's "c", then "j d u" at once: the line named the claim confirmed first,
    while the dispute typed in the burst was the one taken back."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        queue = await ready(app, pilot)
        first = queue.current_id()
        await pilot.press("c")
        await settle(app, pilot)
        await typed(app, pilot, "j", "d", "u")
        said = [n.message for n in app._notifications if n.message.startswith("Undone")]
    check = Workbench(seeded_db)
    disputed = [c.id for c in check.claims() if check.history(c.id) and c.id != first]
    assert len(disputed) == 1 and check.claim(disputed[0]).status == "unreviewed"
    assert said == [f"Undone: the verdict of claim {disputed[0]} (back to unreviewed)"]
    assert check.claim(first or 0).status == "confirmed"


async def test_a_burst_of_pasted_text_tab_and_fields_fills_each_field(seeded_db: str) -> None:
    """Trial 61 tabbed into the add-source dialog's text box, typed an article, then
    tab and a title, tab and an outlet, at once: all of it went into the text, and the
    source was stored with no title, outlet or date."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        await typed(app, pilot, "i")
        await typed(app, pilot, "tab", *"Gunmen killed 9.", "tab", *"Raid", "tab", *"Wire")
        screen = app.screen
        assert screen.query_one("#source-text", TextArea).text == "Gunmen killed 9."
        assert screen.query_one("#source-title", Input).value == "Raid"
        assert screen.query_one("#source-outlet", Input).value == "Wire"
        await typed(app, pilot, "shift+tab", *" Again")
        assert screen.query_one("#source-title", Input).value == "Raid Again"


async def test_a_search_typed_at_once_after_slash_goes_into_the_box(seeded_db: str) -> None:
    """Re-trial 61 typed "/Kolofata" at once: the letters reached the claims list, whose
    "f" marked a claim false and "a" selected every claim; the box got "ta"."""
    app = make_app(Workbench(seeded_db, analyst="ana"), seeds=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await typed(app, pilot, "slash", *"Kolofata")
        assert app.screen.query_one("#search", Input).value == "Kolofata"
    assert all(c.status == "unreviewed" for c in Workbench(seeded_db).claims())
