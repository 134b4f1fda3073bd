"""The event book: events over one store, grouping brought up to date with the claims
and links by an explicit step after every write that changes them (`EventBook.regroup`),
the analyst's edits (rename, merge, split, move), and the figures and credibility
suggestions read from them. Reading never writes. Split from events.py, whose `Events`
(a part of `Workbench`) makes one for each call.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from workbench.errors import WorkbenchError
from workbench.event_rows import EventMove, EventRow
from workbench.events import (
    EventLink,
    event_claims,
    group,
    same_statements,
    suggest_credibility,
)
from workbench.events.merging import far_apart, kept_place
from workbench.events.summary import summarise, timeline
from workbench.match import MatchInput, collector_paused
from workbench.models import (
    ClaimCredibility,
    Credibility,
    EventDetail,
    EventSummary,
    Relation,
    Seen,
    StoredClaim,
)
from workbench.rows import GradeRow, MatchInputRow
from workbench.service.fields import parse_field
from workbench.store import Store

_EVIDENCE = (Relation.CORROBORATES, Relation.CONTRADICTS)


class EventBook:
    """Events over one store, regrouped (`regroup`) after its claims or links change."""

    def __init__(self, store: Store, analyst: str) -> None:
        self.store = store
        self.analyst = analyst

    def regroup(self) -> list[EventMove]:
        """Group the claims again if claims or links changed since the last grouping,
        and work out the summary of every event whose claims, links or name changed:
        the step the service runs after each write that changes claims or links (this
        writes; nothing that only reads calls it). Claims an analyst placed stay; the
        machine's placements are redone. A read-only database is left as it is.
        Returns the machine-placed claims that left the event they were in (`_moves`)."""
        if self.store.read_only:
            return []
        moves = self._group()
        stale = self.store.unsummed_events()
        if stale:
            self._summarise({row["id"]: row for row in stale})
        return moves

    def _group(self) -> list[EventMove]:
        fingerprint = self.store.events_fingerprint()
        if self.store.events_grouped_from() == fingerprint:
            return []
        with collector_paused():
            placements = self.store.event_placements()
            placed = {claim: event for claim, event, by in placements if by}
            current = {claim: event for claim, event, by in placements if not by}
            links = [EventLink(*row) for row in self.store.event_links()]
            inputs = self._inputs(self.store.match_inputs())
            claims = event_claims(inputs, links, placed)
            groups = group(claims, links, placed, current, self._places_as_read())
        self.store.save_grouping(groups, fingerprint)
        return self._moves(current, {c.id for c in inputs})

    def _places_as_read(self) -> dict[int, str]:
        """The place each claim whose place an analyst corrected had as the machine read
        it (its first place correction's old value), by claim id: grouping keeps such a
        claim with its sentence's claims (`grouping.group`)."""
        found: dict[int, str] = {}
        for row in self.store.iter_corrections():
            if row["field"] == "place" and row["claim_id"] not in found and row["old_value"]:
                old = json.loads(row["old_value"])
                if isinstance(old, str) and old:
                    found[row["claim_id"]] = old
        return found

    def _moves(self, before: Mapping[int, int], stored: set[int]) -> list[EventMove]:
        """The claims the machine had placed (`before`: claim id -> event id) that a
        grouping took out of their event, by (from, to); a claim not `stored` (its
        document removed) is no move."""
        after = {claim: event for claim, event, _ in self.store.event_placements()}
        moved: dict[tuple[int, int | None], list[int]] = {}
        for claim, event in before.items():
            now = after.get(claim)
            if now != event and claim in stored:
                moved.setdefault((event, now), []).append(claim)
        ordered = sorted(moved.items(), key=lambda item: (item[0][0], item[0][1] or 0))
        return [EventMove(tuple(sorted(ids)), a, b) for (a, b), ids in ordered]

    def summaries(self, corroborated_or_contested: bool = False) -> Iterator[EventSummary]:
        """Every event in a line (or those of more than one voice or contested), as the
        last `regroup` left them, read as consumed. Reading never writes."""
        for row in self.store.iter_events(corroborated_or_contested):
            if row["summary"]:  # None: another process is grouping again just now
                yield EventSummary.model_validate_json(row["summary"])

    def names_by_claim(self) -> dict[int, tuple[int, str]]:
        """Each claim's event id and name, by claim id, without reading every summary."""
        return self.store.event_names()

    def is_current(self) -> bool:
        """Whether the events are grouped from the claims and links as they stand and
        every one is summed: nothing is left for `regroup` to write."""
        grouped = self.store.events_grouped_from() == self.store.events_fingerprint()
        return grouped and not self.store.unsummed_events()

    def _summarise(self, events: dict[int, EventRow]) -> None:
        with collector_paused():
            members: dict[int, list[int]] = {}
            for claim_id, event_id, _ in self.store.event_placements():
                if event_id in events:
                    members.setdefault(event_id, []).append(claim_id)
            wanted = [claim_id for ids in members.values() for claim_id in ids]
            # a claim a newer version superseded stays where the analyst placed it, but
            # is not counted (its successor took the placement: `versions.py`)
            inputs = {c.id: c for c in self._inputs(self.store.match_inputs(wanted))}
            contradicted = self.store.contradicted()
            found = {
                event_id: summarise(
                    events[event_id], [inputs[i] for i in ids if i in inputs], contradicted
                )
                for event_id, ids in members.items()
            }
        self.store.save_event_summaries([(i, _stored(e)) for i, e in found.items()])

    def detail(self, event_id: int) -> EventDetail:
        """One event with its claims, figures, credibility and timeline, worked out
        from the claims as they stand (read only)."""
        row = self.store.event(event_id)
        ids = self.store.event_members(event_id)
        inputs = self._inputs(self.store.match_inputs(ids))
        links = self.store.linked(ids, _EVIDENCE)
        contradicted: dict[int, set[int]] = {}
        for claim_id, other, relation in links:
            if relation == Relation.CONTRADICTS:
                contradicted.setdefault(claim_id, set()).add(other)
        claims = sorted(
            (StoredClaim.model_validate(r) for r in self.store.claims_by_id(ids)),
            key=lambda c: (c.document_id, c.start),
        )
        summary = summarise(row, inputs, contradicted)
        return EventDetail(
            **dict(summary),
            event_claims=claims,
            credibility=self._credibility(claims, links, claims),
            voice_names=sorted({c.voice for c in claims}),
            timeline=timeline(inputs),
        )

    def credibility(self, claims: Sequence[StoredClaim]) -> list[ClaimCredibility]:
        """Each claim's suggested credibility from its links and those of the claims of
        its event that tell its figure in its voice, beside the analyst's."""
        events = {e for c in claims if (e := self.store.event_of(c.id)) is not None}
        member_ids = sorted({i for e in events for i in self.store.event_members(e)})
        members = [StoredClaim.model_validate(r) for r in self.store.claims_by_id(member_ids)]
        ids = sorted({c.id for c in [*claims, *members]})
        return self._credibility(claims, self.store.linked(ids, _EVIDENCE), members)

    def _credibility(
        self,
        claims: Sequence[StoredClaim],
        links: Sequence[tuple[int, int, str]],
        members: Sequence[StoredClaim] = (),
    ) -> list[ClaimCredibility]:
        """`links`: (claim, other claim, relation) for the evidence links of the claims
        and of `members` (their events' claims). A figure one voice tells in several
        reports is one statement (`same_statements`): each of its claims is suggested
        the credibility of the links of all of them, so that the ministry's "5 killed"
        relayed in three reports is not graded 4, 5 and 2 by which report each link
        happened to reach."""
        relays = self.store.voice_relays()
        figures = {(c.category, c.low, c.high) for c in claims}
        alike = [c for c in members if (c.category, c.low, c.high) in figures]
        pool = {c.id: _relayed(c, relays) for c in [*alike, *claims]}
        tellers = same_statements(list(pool.values()))
        others = {
            r["id"]: _relayed(StoredClaim.model_validate(r), relays)
            for r in self.store.claims_by_id(sorted({other for _, other, _ in links}))
        }
        evidence: dict[tuple[int, str], dict[int, StoredClaim]] = {}
        for claim_id, other, relation in links:
            evidence.setdefault((claim_id, relation), {})[other] = others[other]
        graded = self.store.credibility_grades([c.id for c in claims])
        days = self.store.report_days(sorted({*others, *pool, *(m.id for m in members)}))
        found = []
        for claim in claims:
            told = tellers[claim.id]
            suggested = suggest_credibility(
                pool[claim.id],
                _evidence(evidence, told, Relation.CORROBORATES),
                _evidence(evidence, told, Relation.CONTRADICTS),
                days,
                [m for m in members if m.category == claim.category and m.id != claim.id],
            )
            own = graded.get(claim.id)
            found.append(
                ClaimCredibility(
                    claim_id=claim.id,
                    voice_grade=claim.voice_grade,
                    suggested=suggested,
                    analyst=_analyst_credibility(own),
                    graded_by=own["analyst"] if own else None,
                    graded_at=own["graded_at"] if own else None,
                )
            )
        return found

    # -- the analyst's edits ------------------------------------------------

    def rename(self, event_id: int, name: str, seen: Seen | None = None) -> EventDetail:
        """Give an event the analyst's name: one line of text, at most 200 characters
        (a trial's 600-character name took nine lines of the event's header). `seen`:
        the analyst's name shown (`store.rename_event`: NameChanged where another
        analyst named it since)."""
        if not name.strip():
            raise WorkbenchError("an event's name cannot be empty")
        name = parse_field("name", name)
        self.regroup()
        self.store.rename_event(event_id, name.strip(), self.analyst, seen)
        self.regroup()
        return self.detail(event_id)

    def merge(self, event_id: int, others: Sequence[int]) -> EventDetail:
        """Move every claim of the other events into this one; they cease to exist. An
        event merged into itself, or no other event, is refused (WorkbenchError).

        The event keeps the place its name showed: the analyst's name stays as it is;
        a machine's name that the merged claims would move to another place (a trial's
        "killed, wounded in Nguétchéwé" became "... in IDP camp", the words of the
        claims merged in) keeps the place it named, the rest of the name (categories,
        days) as the merged claims give it, held as the merging analyst's name
        (logged as a rename; `event rename` changes it, undo takes it back). Events
        far apart in time are merged, and the event's `warnings` say so."""
        if not [other for other in others if other != event_id]:
            raise WorkbenchError(f"event {event_id} cannot be merged into itself; name another")
        self.regroup()
        before = self.store.event(event_id)
        target = self.detail(event_id)
        shown = target if before["named_by"] is None else None
        apart = far_apart(target, [self.detail(o) for o in dict.fromkeys(others) if o != event_id])
        claims = [c for other in others for c in self._members(other) if other != event_id]
        self.store.place_claims(claims, event_id, self.analyst, "merge", merged=others)
        self.regroup()
        after = self.detail(event_id)
        if shown is not None and after.named_by is None and after.place != shown.place:
            kept = kept_place(after.name, after.place, shown.place)
            if kept is not None:
                self.store.rename_event(event_id, kept, self.analyst, Seen(None))
                self.regroup()
        return self.detail(event_id).model_copy(update={"warnings": apart})

    def split(self, event_id: int, claim_ids: Sequence[int]) -> EventDetail:
        """Take these claims of the event out into a new event of their own."""
        self.regroup()
        members = set(self._members(event_id))
        strangers = [c for c in claim_ids if c not in members]
        if strangers:
            raise WorkbenchError(f"claim {strangers[0]} is not in event {event_id}")
        if not claim_ids or members <= set(claim_ids):
            raise WorkbenchError("a split leaves claims on both sides; name some, not all")
        new = self.store.place_claims(claim_ids, None, self.analyst, "split", merged=[event_id])
        self.regroup()
        return self.detail(new)

    def move(self, claim_id: int, event_id: int | None) -> EventDetail:
        """Put a claim in another event, or in a new one of its own (None). Raises
        WorkbenchError where a claim alone in its event is asked into a new one: that
        only gave it another number."""
        self.regroup()
        current = self.store.event_of(claim_id)
        if event_id is None and current and self.store.event_members(current) == [claim_id]:
            raise WorkbenchError(f"claim {claim_id} is alone in event {current} already")
        moved_to = self.store.place_claims([claim_id], event_id, self.analyst, "move")
        self.regroup()
        return self.detail(moved_to)

    def _inputs(self, rows: Sequence[MatchInputRow]) -> list[MatchInput]:
        """The matcher's view of these claims, each of a voice that relays another
        (the analyst says so: store/curation.py) counted in that voice's, so that
        grouping and the independent voices follow who speaks for whom."""
        relays = self.store.voice_relays()
        found = [MatchInput.from_row(row) for row in rows]
        if not relays:
            return found
        return [
            replace(c, voice_id=relays[c.voice_id]) if c.voice_id in relays else c for c in found
        ]

    def _members(self, event_id: int) -> list[int]:
        self.store.event(event_id)  # an unknown event is an error, not an empty one
        return self.store.event_members(event_id)


def _evidence(
    evidence: Mapping[tuple[int, str], Mapping[int, StoredClaim]],
    told: Sequence[int],
    relation: str,
) -> list[StoredClaim]:
    """The claims linked by `relation` to any of the claims that tell one statement
    (`told`), each once, none of those claims themselves."""
    found = {i: c for t in told for i, c in evidence.get((t, relation), {}).items()}
    return [c for i, c in found.items() if i not in told]


def _relayed(claim: StoredClaim, relays: Mapping[int, int]) -> StoredClaim:
    """`claim`, counted in the voice its voice relays, if it relays one."""
    if claim.voice_id not in relays:
        return claim
    return claim.model_copy(update={"voice_id": relays[claim.voice_id]})


def _analyst_credibility(row: GradeRow | None) -> Credibility | None:
    if row is None:
        return None
    return Credibility(grade=row["grade"], reason=row["note"] or "graded")


def _stored(summary: EventSummary) -> str:
    """An event's summary as the store keeps it: the rules' words are the same for
    every figure, and come back from the model."""
    return summary.model_dump_json(exclude={"figures": {"__all__": {"rules"}}})
