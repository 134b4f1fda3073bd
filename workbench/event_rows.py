"""The rows of events the store gives the layers above it (store/events.py,
store/event_undo.py), as declared types: see workbench/rows.py, whose rules they
follow (unvalidated rows as SQLite returns them; tests/test_rows.py checks each
query's columns against its type).
"""

from __future__ import annotations

from typing import NamedTuple, TypedDict

# -- events (store/events.py) ---------------------------------------------------


class EventMove(NamedTuple):
    """Claims the machine's regrouping took out of the event they were in
    (`EventBook.regroup`): into another event (its id after the regrouping) or into
    none (`to_event` None, a claim that no longer names a place). A correction or a
    rejected link can move claims the analyst never touched; the shells say so."""

    claim_ids: tuple[int, ...]  # ascending
    from_event: int
    to_event: int | None


class EventRow(TypedDict):
    """An event as the events table keeps it (`Store.unsummed_events`): what
    `events.summary.summarise` reads of it."""

    id: int
    name: str | None  # the analyst's name for it; None: the machine names it
    named_by: str | None  # the analyst who named it


class DatedEventRow(EventRow):
    """An event with when it was made and last changed (`Store.event`)."""

    created_at: str
    updated_at: str


class EventSummaryRow(TypedDict):
    """An event's kept summary (`Store.iter_events`)."""

    id: int
    summary: str | None  # an `EventSummary` as JSON; None: to be worked out again


class EventLogRow(TypedDict):
    """A row of the event_log table (`Store.event_log`): one edit of an event."""

    event_id: int
    action: str  # rename, merge, split or move
    detail: str  # the new name, or the ids of the claims moved, space-separated
    analyst: str
    at: str


class EventState(NamedTuple):
    """Where some claims are, and the events they are in, at one moment
    (`Store.event_state`): what `u` puts back after an analyst renamed, merged or
    split events or moved a claim (`Store.restore_event_state`)."""

    placements: tuple[tuple[int, int, str | None], ...]  # (claim, event, placed_by), sorted
    events: tuple[tuple[int, str | None, str | None, str], ...]  # (id, name, named_by, made)
    logged: int  # the id of the event_log's last row when it was read (0: none)

    @property
    def claim_ids(self) -> list[int]:
        """The claims it places, in order."""
        return [claim_id for claim_id, _event, _by in self.placements]

    def same_as(self, other: EventState) -> bool:
        """Whether both place the claims alike in events of the same names."""
        return (self.placements, self.events) == (other.placements, other.events)
