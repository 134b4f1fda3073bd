"""The service's events and credibility, as `Workbench` exposes them (`Events`): read
as the last regrouping left them, edited by the analyst, regrouped after every write
that changes claims or links; the work is the event book's (event_book.py). Reading
never writes.

`Workbench` exposes these; the CLI and the TUI never come here directly.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.event_rows import EventMove, EventState
from workbench.models import ClaimCredibility, EventDetail, EventSummary, Seen
from workbench.rows import GradeRow
from workbench.service.base import Base
from workbench.service.event_book import EventBook


class Events(Base):
    """Events and credibility: read as the last regrouping left them; edited by
    the analyst; regrouped after every write that changes claims or links."""

    @property
    def _book(self) -> EventBook:
        return EventBook(self.store, self.analyst)

    def events(self) -> list[EventSummary]:
        """Every event, as the last write that changed claims or links grouped it."""
        return list(self.iter_events())

    def regroup_events(self) -> list[EventMove]:
        """Bring the events up to date with the claims and links (a write): every write
        the service makes to claims or links ends with it, so it is needed only after
        a process was stopped between the two, or on a database from before it.
        Returns the claims it took out of the events they were in, kept as
        `last_moves` until the next regrouping: a shell tells the analyst after a
        correction or a link decision (trial 61: a corrected place moved three other
        claims into a new event with no word)."""
        self.last_moves = self._book.regroup()
        return self.last_moves

    def events_current(self) -> bool:
        """Whether the events are grouped from the claims and links as they stand."""
        return self._book.is_current()

    def iter_events(self, corroborated_or_contested: bool = False) -> Iterator[EventSummary]:
        """The same, read from the database as they are consumed; or only the events
        of more than one independent voice or contested."""
        return self._book.summaries(corroborated_or_contested)

    def event(self, event_id: int) -> EventDetail:
        return self._book.detail(event_id)

    def event_names(self) -> dict[int, tuple[int, str]]:
        """Each claim's event id and name, by claim id; claims in no event are absent."""
        return self._book.names_by_claim()

    def event_of(self, claim_id: int) -> int | None:
        return self.store.event_of(claim_id)

    def rename_event(self, event_id: int, name: str, seen: Seen | None = None) -> EventDetail:
        """Name an event (`EventBook.rename`; `seen` the analyst's name shown, if any)."""
        return self._book.rename(event_id, name, seen)

    def merge_events(self, event_id: int, others: Sequence[int]) -> EventDetail:
        return self._book.merge(event_id, others)

    def split_event(self, event_id: int, claim_ids: Sequence[int]) -> EventDetail:
        return self._book.split(event_id, claim_ids)

    def move_claim(self, claim_id: int, event_id: int | None) -> EventDetail:
        return self._book.move(claim_id, event_id)

    def event_state(self, event_ids: Sequence[int | None]) -> EventState:
        """Where the claims of these events are and the events' names, before an edit of
        them (None, or an id of no event, is passed over): for `undo_event_edit`."""
        return self.store.event_state([e for e in event_ids if e is not None])

    def event_state_after(self, before: EventState) -> EventState:
        """Where the claims of `before` are after the edit: for `undo_event_edit`."""
        return self.store.claims_event_state(before.claim_ids)

    def undo_event_edit(self, before: EventState, after: EventState) -> None:
        """Take back a rename, merge, split or move: the claims and the events' names as
        `before` holds them, the events regrouped and summed again. Raises
        `EventsChanged`, writing nothing, where they are no longer as `after` holds."""
        self.store.restore_event_state(before, after, self.analyst)
        self._book.regroup()

    def credibility(self, claim_id: int) -> ClaimCredibility:
        return self._book.credibility([self.claim(claim_id)])[0]

    def credibility_grade(self, claim_id: int) -> GradeRow | None:
        """The analyst's credibility grade of a claim as stored, if any."""
        return self.store.credibility_grades([claim_id]).get(claim_id)

    def restore_credibility(
        self, claim_id: int, before: GradeRow | None, seen: Seen | None = None
    ) -> None:
        """Undo a credibility grade: the analyst's grade as `before` holds it, or none.
        `seen`: the grade being taken back; raises `GradeChanged` where another analyst
        has graded the claim since."""
        self.store.restore_credibility(claim_id, before, self.analyst, seen)

    def clear_credibility(self, claim_id: int, seen: Seen | None = None) -> ClaimCredibility:
        """Take the analyst's credibility grade of a claim away: the suggestion stands.
        `seen` as for `set_credibility`."""
        self.claim(claim_id)  # a claim that is not there is named
        self.store.restore_credibility(claim_id, None, self.analyst, seen)
        return self.credibility(claim_id)

    def set_credibility(
        self, claim_id: int, grade: int, note: str | None = None, seen: Seen | None = None
    ) -> ClaimCredibility:
        """The analyst's own credibility grade for a claim: it wins over the suggestion.
        `seen`, the analyst's grade as they were shown it (`Seen(None)`: none): raises
        `GradeChanged`, writing nothing, where another analyst graded the claim since."""
        self.store.set_credibility(claim_id, grade, note, self.analyst, seen)
        return self.credibility(claim_id)
