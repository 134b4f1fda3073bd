"""The `Report` the export writers read, built from the store: its summary, and its
claims, cases, verdicts and histories read lazily, in batches, inside the caller's
read snapshot (`service.reports.Reports`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from workbench.config import export_settings
from workbench.display import correction_line
from workbench.errors import WorkbenchError
from workbench.export import Publisher, Report
from workbench.export.report import (
    DEFAULT_TITLE,
    SHOWN_PER_SIDE,
    Case,
    Counterpart,
    HistoryEntry,
    verdict_entry,
)
from workbench.export.set_aside import Dismissal, RejectedLink, SetAside
from workbench.models import (
    ClaimRow,
    Correction,
    CurrentVerdict,
    LinkState,
    Relation,
    Status,
    Summary,
    VerdictChange,
)
from workbench.rows import ClaimCounts, LinkRow, RankedLinkRow
from workbench.service.corrections import correction
from workbench.service.matching import SET_BY_ANALYST
from workbench.service.reading import counted
from workbench.store import STATUSES, ClaimFilter, now

if TYPE_CHECKING:
    from workbench.service.reports import Reports

_EXPORT_BATCH = 500


class Exporter:
    """Builds the `Report` the export writers read, streaming from the store."""

    def __init__(self, workbench: Reports) -> None:
        self.workbench = workbench
        self.store = workbench.store

    def report(
        self,
        statuses: Sequence[str],
        contested: bool,
        publisher: Publisher | None,
        title: str | None = None,
        narrow: ClaimFilter | None = None,
    ) -> Report:
        """The report of the claims with these verdicts (all when none), or of the
        contested ones only, and within `narrow`'s category, source, search and stale
        (`narrowed`), read lazily from the store (inside the caller's read
        transaction); `title` None or blank: "Verification report". Only the claims
        `counted` takes (no superseded claim), and the summary counts them so."""
        unknown = sorted(set(statuses) - set(STATUSES))
        if unknown:
            raise WorkbenchError(f"unknown status {unknown[0]!r}; use one of {', '.join(STATUSES)}")
        where = counted(replace(narrowed(narrow), statuses=tuple(statuses), contested=contested))
        counts = self.store.summary_counts(counted())
        every = where == counted() and not counts["superseded"]
        chosen = None if every else set(self.store.claim_ids(where))

        def touches(*claim_ids: int) -> bool:
            return chosen is None or any(i in chosen for i in claim_ids)

        def corrections() -> Iterator[Correction]:  # the JSON's, and the tables' notes
            return (correction(r) for r in self.store.iter_corrections() if touches(r["claim_id"]))

        return Report(
            summary=self._summary(where, list(statuses), contested, counts),
            read_sources=self.workbench.sources,
            read_voices=self.workbench.voices,
            read_voice_grades=self.store.document_voice_grades,
            claims=lambda: self.store.iter_claim_rows(where),
            counted_claims=lambda: self._counted_claims(where),
            cases=lambda: self._cases(replace(where, contested=True)),
            reviewed=lambda: self._reviewed(where),
            links=lambda: (r for r in self.store.iter_links() if touches(r["a_id"], r["b_id"])),
            verdicts=lambda: (
                CurrentVerdict(**r) for r in self.store.iter_verdicts() if touches(r["claim_id"])
            ),
            history=lambda: (
                VerdictChange(**r) for r in self.store.iter_history() if touches(r["claim_id"])
            ),
            corrections=corrections,
            read_correction_notes=lambda: {c.claim_id: c.note for c in corrections() if c.note},
            publisher=publisher or self.publisher(),
            events=lambda: (e for e in self.workbench.iter_events() if touches(*e.claim_ids)),
            reported_events=lambda: (
                e for e in self.workbench.iter_events(True) if touches(*e.claim_ids)
            ),
            count_events=lambda: self.store.count_events(None if chosen is None else list(chosen)),
            event_names=self.workbench.event_names,
            revised=lambda: self.store.iter_claim_rows(replace(where, revised=True)),
            title=" ".join((title or "").split()) or DEFAULT_TITLE,
            set_aside=lambda: self._set_aside(where, touches),
        )

    def publisher(self) -> Publisher:
        """The configured organisation, else the analyst, signs the reviews."""
        settings = export_settings()
        if "organisation" in settings:
            return Publisher(settings["organisation"], "Organization", settings.get("url"))
        return Publisher(self.workbench.analyst, "Person", settings.get("url"))

    def _summary(
        self, where: ClaimFilter, statuses: list[str], contested: bool, counts: ClaimCounts
    ) -> Summary:
        tally = self.store.tally(where)
        return Summary(
            database=Path(self.store.path).name,  # its name: no folder reaches a report
            exported_at=now(),
            statuses=statuses,
            contested_only=contested,
            category=where.category,
            source=where.source,
            search=where.search,
            stale_only=where.stale,
            claims=sum(tally["by_status"].values()),
            exported_claims=self.store.count_claims(where),
            analysts=tally["analysts"],
            documents=tally["documents"],
            voices=tally["voices"],
            by_status=tally["by_status"],
            by_category=tally["by_category"],
            contested=counts["contested"],
            superseded=counts["superseded"],
            stale_superseded=tally["stale_superseded"] if counts["superseded"] else 0,
            stale=tally["stale"],
            unreviewed=tally["by_status"][Status.UNREVIEWED],
        )

    def _counted_claims(self, where: ClaimFilter) -> Iterator[tuple[ClaimRow, dict[str, int]]]:
        for batch in _batches(self.store.iter_claim_rows(where), _EXPORT_BATCH):
            counts = self.store.link_counts([claim.id for claim in batch])
            for claim in batch:
                yield claim, counts.get(claim.id, {})

    def _cases(self, where: ClaimFilter) -> Iterator[Case]:
        """Each contested claim with its strongest SHOWN_PER_SIDE opposing and supporting
        claims (read from the database only for those) and how many more there are."""
        known = _Recent[ClaimRow](_KNOWN_CLAIMS)  # a dispute's claims recur case after case
        for batch in _batches(self.store.iter_claim_rows(where), _EXPORT_BATCH):
            claims = [known.keep(claim.id, claim) for claim in batch]
            ids = [c.id for c in claims]
            links = self.store.strongest_links(ids, _CASE_SIDES, SHOWN_PER_SIDE)
            shown = {r["other"] for r in links}
            for claim in self.store.claim_rows_by_id(sorted(shown - known.keys())):
                known.keep(claim.id, claim)
            sides: dict[int, list[RankedLinkRow]] = {claim_id: [] for claim_id in ids}
            for r in links:
                sides[r["claim"]].append(r)
            histories = self._histories(ids)
            for claim in claims:
                yield _case(claim, sides[claim.id], known, histories.get(claim.id, []))

    def _reviewed(self, where: ClaimFilter) -> Iterator[Case]:
        """Each claim of the export an analyst has judged or written a note on that no
        other voice contradicts (those are cases), with its case history."""
        if where.contested:
            return
        contested = set(self.store.claim_ids(ClaimFilter(contested=True)))
        for batch in _batches(self.store.iter_claim_rows(where), _EXPORT_BATCH):
            claims = [
                claim
                for claim in batch
                if (claim.status != Status.UNREVIEWED or claim.note) and claim.id not in contested
            ]
            histories = self._histories([claim.id for claim in claims])
            for claim in claims:
                yield Case(claim, [], [], 0, 0, histories.get(claim.id, []))

    def _set_aside(self, where: ClaimFilter, touches: Callable[..., bool]) -> SetAside:
        """The spans of the export's claims dismissed as no claim, each with its latest
        dismissal, and the rejected links that touch an exported claim."""
        dismissed = list(self.store.iter_claim_rows(replace(where, dismissed=True)))
        corrections = self.store.corrections_of([c.id for c in dismissed])
        dismissals = []
        for claim in dismissed:
            last = [r for r in corrections.get(claim.id, []) if r["field"] == "dismissed"][-1:]
            said = correction(last[0]) if last else None
            dismissals.append(
                Dismissal(
                    claim,
                    said.analyst if said else None,
                    said.at if said else None,
                    said.note if said else None,
                )
            )
        rows = [
            r
            for r in self.store.links(states=[LinkState.REJECTED])
            if touches(r["a_id"], r["b_id"])
        ]
        ends = {c.id: c for c in self.store.claim_rows_by_id(sorted(_ends(rows)))}
        rejected = [
            RejectedLink(
                ends[r["a_id"]],
                ends[r["b_id"]],
                r["relation"],
                None if r["reason"] == SET_BY_ANALYST else r["reason"],  # no machine's words
                r["analyst"],
                r["updated_at"],
                r["note"],
            )
            for r in rows
            if r["a_id"] in ends and r["b_id"] in ends
        ]
        return SetAside(dismissals, rejected)

    def _histories(self, claim_ids: list[int]) -> dict[int, list[HistoryEntry]]:
        """Each claim's case history, oldest first, from every kind of history row.
        The one place a new kind joins it (the analyst's corrections): one more reader
        in `readers`, giving `HistoryEntry` rows by claim id."""
        readers = (self._verdict_history, self._correction_history)
        found: dict[int, list[HistoryEntry]] = {}
        for read in readers:
            for claim_id, entries in read(claim_ids).items():
                found.setdefault(claim_id, []).extend(entries)
        for entries in found.values():
            entries.sort(key=lambda entry: entry.at)  # stable: one kind's order kept
        return found

    def _correction_history(self, claim_ids: list[int]) -> dict[int, list[HistoryEntry]]:
        """Each correction an analyst made of the claim ("corrected value 24 -> 3"),
        the machine's reading stays in the old value."""
        return {
            claim_id: [
                HistoryEntry(
                    c.at, c.analyst, correction_line(c, "→", named=True), c.note, corrected=True
                )
                for c in map(correction, rows)
            ]
            for claim_id, rows in self.store.corrections_of(claim_ids).items()
        }

    def _verdict_history(self, claim_ids: list[int]) -> dict[int, list[HistoryEntry]]:
        """Each verdict set or changed, or given a note; a verdict set again as it was
        without a note is no step of the history."""
        return {
            claim_id: [
                verdict_entry(VerdictChange(**row))
                for row in rows
                if row["old_status"] != row["new_status"] or row["note"]
            ]
            for claim_id, rows in self.store.histories(claim_ids).items()
        }


def narrowed(given: ClaimFilter | Summary | None) -> ClaimFilter:
    """The limits of an export beyond verdicts and contested: a filter's (or an export
    summary's) category, source, search and stale, the rest left as any."""
    if given is None:
        return ClaimFilter()
    if isinstance(given, Summary):
        return ClaimFilter(
            category=given.category,
            source=given.source,
            search=given.search,
            stale=given.stale_only,
        )
    search = (given.search or "").strip() or None
    return ClaimFilter(
        category=given.category, source=given.source, search=search, stale=given.stale
    )


_CASE_SIDES = (Relation.CONTRADICTS, Relation.CORROBORATES)


def _ends(links: list[LinkRow]) -> set[int]:
    return {i for r in links for i in (r["a_id"], r["b_id"])}


def _case(
    claim: ClaimRow,
    links: list[RankedLinkRow],
    known: Mapping[int, ClaimRow],
    history: list[HistoryEntry],
) -> Case:
    """A claim's case: its strongest links each side, both ends known, and its history."""

    def side(relation: str) -> tuple[list[Counterpart], int]:
        mine = [r for r in links if r["relation"] == relation]
        shown = [
            Counterpart(
                claim=known[r["other"]],
                reason=r["reason"],
                score=r["score"],
                state=r["state"],
                note=r["note"],
            )
            for r in mine
        ]
        return shown, mine[0]["in_all"] if mine else 0

    opposing, opposing_in_all = side(Relation.CONTRADICTS)
    supporting, supporting_in_all = side(Relation.CORROBORATES)
    return Case(
        claim=claim,
        opposing=opposing,
        supporting=supporting,
        opposing_in_all=opposing_in_all,
        supporting_in_all=supporting_in_all,
        history=history,
    )


_KNOWN_CLAIMS = 20_000

T = TypeVar("T")


class _Recent(dict[int, T]):
    """The last `size` values kept, by key: a cache whose memory stays bounded."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def keep(self, key: int, value: T) -> T:
        self.pop(key, None)
        self[key] = value
        if len(self) > self.size:
            del self[next(iter(self))]  # the oldest: dicts keep insertion order
        return value


def _batches(rows: Iterator[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
