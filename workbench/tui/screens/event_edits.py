"""Edits of events from the events screens: merged, split, a claim moved (each undoable
by `u`), and the event shown followed where an undo took it back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from workbench.errors import WorkbenchError
from workbench.models import EventDetail
from workbench.service import Workbench
from workbench.tui.fields import ask
from workbench.tui.screens.base import WorkbenchScreen
from workbench.tui.screens.curation_modals import LineModal, ids


def followed(workbench: Workbench, event_id: int, claim_id: int | None) -> EventDetail:
    """The event, or, where it is no more (an undo took back the move that made it),
    the one its claim under the cursor is in now; else the error of the event."""
    try:
        return workbench.event(event_id)
    except WorkbenchError:
        now_in = None if claim_id is None else workbench.event_of(claim_id)
        if now_in is None:
            raise
        return workbench.event(now_in)


def merge_into(screen: WorkbenchScreen, event_id: int, name: str) -> None:
    """Ask for the events to merge into `event_id`, then merge them."""

    def chosen(others: list[int] | None) -> None:
        if others:
            said = f"Merged events {listed(others)} into event {{}}"
            what = f"merging events {listed(others)} into event {event_id}"
            merge = Edit(lambda w: w.merge_events(event_id, others), lambda _: [event_id, *others])
            edit_events(screen, merge, said, what)

    def others(given: str) -> list[int]:
        """The ids typed; this event's own is refused in the dialog, which stays (a
        trial's next keys went to the screen behind when the dialog closed on it)."""
        typed = ids(given)
        if event_id in typed:
            raise ValueError(f"Event {event_id} cannot be merged into itself: give other ids")
        return typed

    title = f"Merge into event {event_id} ({name}): the other events' ids"
    ask(screen.app, LineModal(title, others, placeholder="their ids, a space between"), chosen)


class Edit(NamedTuple):
    """An edit of events: `make` it, over the events `touched` names before it."""

    make: Callable[[Workbench], EventDetail]
    touched: Callable[[Workbench], Sequence[int | None]]


def edit_events(
    screen: WorkbenchScreen,
    edit: Edit,
    said: str,
    what: str,
    then: Callable[[EventDetail], None] = lambda _detail: None,
) -> None:
    """Make one change to the events in the writing thread, undoable by `u` (`what`
    names it then); then say so (`said` with the event it leaves), `then(that
    event)`, and read the screen again. A refusal is one line."""
    app = screen.wb_app
    workbench = app.workbench

    def done(detail: EventDetail) -> None:
        app.notify(said.format(detail.id), markup=False)
        for line in detail.warnings:  # merged far apart in time: `u` takes it back
            app.notify(f"{line}: u takes the merge back", severity="warning", markup=False)
        then(detail)
        screen.show()

    def job() -> EventDetail:
        return app.edit_events(lambda: edit.touched(workbench), lambda: edit.make(workbench), what)

    app.save(job, done, lambda _: screen.show())


def listed(claims: Sequence[int]) -> str:
    """ "28 29": ids as typed."""
    return " ".join(map(str, claims))
