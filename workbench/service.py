"""The one API the command line and the TUI call: load, list, decide, grade, export."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, TextIO, TypeVar

from workbench.config import default_analyst, export_settings
from workbench.errors import SourceError, WorkbenchError
from workbench.eventbook import EventBook
from workbench.export import PARTS, WRITERS, Publisher, Report
from workbench.export.report import SHOWN_PER_SIDE, Case, Counterpart
from workbench.export_middle import MiddleJob, SecondProcess
from workbench.extract import extract_claims
from workbench.ingest import read_source
from workbench.ingest.files import Metadata, apply, collect, sidecar
from workbench.ingest.limits import read_regular
from workbench.match import MatchInput, Relation, Verdict, collector_paused, match
from workbench.models import (
    Claim,
    ClaimCredibility,
    ClaimRow,
    CurrentVerdict,
    EventDetail,
    EventSummary,
    LinkCounts,
    LinkView,
    SourceDocument,
    SourceSummary,
    StoredClaim,
    Summary,
    VerdictChange,
    Voice,
)
from workbench.safe_output import staged
from workbench.store import ORDERS, RELATIONS, REVIEWED, STATUSES, ClaimFilter, Store, now

Progress = Callable[[int, int], None]  # (files done, files in all)


STORE_BATCH = 25
"""Documents stored per transaction during ingest: whole documents always, and one
commit for many (each commit writes a full-text index segment). An interrupted ingest
keeps every batch committed before it; running it again loads the rest."""


@dataclass
class IngestReport:
    """What an ingest did, for the one-line summary."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    interrupted: bool = False
    document_ids: list[int] = field(default_factory=list)
    links: int = 0
    resumed: int = 0  # documents an earlier, interrupted ingest stored and did not match

    def summary(self) -> str:
        line = (
            f"{self.added} documents added, {self.skipped} skipped as already loaded, "
            f"{self.failed} failed; {self.claims} claims added"
        )
        if self.interrupted:
            line += " before the interruption (run the same command again to load the rest)"
        elif self.added or self.resumed:
            line += f"; {self.links} links suggested"
        if self.resumed:
            line += f" ({self.resumed} documents stored before an interruption were matched too)"
        return line


@dataclass
class MatchReport:
    """What a matching run found."""

    compared: int = 0
    links: int = 0
    by_relation: dict[str, int] = field(default_factory=dict)
    stale: int = 0

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {r}" for r, n in sorted(self.by_relation.items())) or "none"
        return (
            f"{self.links} links suggested ({kinds}); {self.stale} verdicts flagged for re-review"
        )


@dataclass(frozen=True)
class MatchResumed:
    """The documents matched by `resume_matching`, and the links written."""

    documents: list[int] = field(default_factory=list)
    links: int = 0

    def __len__(self) -> int:
        return len(self.documents)


@dataclass(frozen=True)
class _Prepared:
    document: SourceDocument | None
    claims: list[Claim]
    error: str | None = None


def prepare(path: str, given: Metadata) -> _Prepared:
    """Read and extract one file: the work the ingest's worker processes do."""
    try:
        document = read_source(path, fallback_encoding="cp1252")
        document = apply(document, given.over(sidecar(path)))
        return _Prepared(document, extract_claims(document))
    except SourceError as error:
        return _Prepared(None, [], str(error))
    except Exception as error:  # one bad file must not stop a corpus
        return _Prepared(None, [], f"{path}: could not be read ({type(error).__name__}: {error})")


class Workbench:
    """A claims database and the analyst working on it."""

    def __init__(self, db_path: str, analyst: str | None = None) -> None:
        self.store = Store(db_path)
        self.analyst = analyst or default_analyst()

    def close(self) -> None:
        self.store.close()

    # -- loading ----------------------------------------------------------

    def ingest(
        self,
        paths: list[str],
        metadata: Metadata | None = None,
        jobs: int | None = None,
        progress: Progress | None = None,
    ) -> IngestReport:
        """Load files and folders: extraction in `jobs` worker processes (all cores by
        default), every document stored by this process in a transaction of its own."""
        report = IngestReport()
        files, report.errors = collect(paths)
        report.failed = len(report.errors)
        fresh = self._unseen(files, report)
        done = len(files) - len(fresh)
        jobs = jobs or os.cpu_count() or 1
        pending: list[_Prepared] = []
        try:
            for prepared in self._prepare_all(fresh, metadata or Metadata(), jobs):
                done += 1
                pending.append(prepared)
                if len(pending) >= STORE_BATCH:
                    self._store(pending, report)
                    pending = []
                if progress:
                    progress(done, len(files))
            self._store(pending, report)
        except KeyboardInterrupt:
            report.interrupted = True  # a batch being stored was rolled back whole
        if not report.interrupted:
            resumed = self.resume_matching(report.document_ids)
            report.resumed = len(resumed) - len(report.document_ids)
            report.links = resumed.links if resumed else 0
        return report

    def resume_matching(self, fresh: Sequence[int] = ()) -> MatchResumed:
        """Match the claims of these documents and of every document an interrupted
        ingest stored without matching (stopped by Ctrl-C or killed): the next ingest
        calls it, and a shell may on opening the database."""
        documents = sorted({*fresh, *self.store.unmatched_documents()})
        if not documents:
            return MatchResumed()
        claims = self.store.claims_of_documents(documents)
        found = self.match(claims, documents=documents)
        return MatchResumed(documents, found.links)

    def _unseen(self, files: list[str], report: IngestReport) -> list[str]:
        """The files whose content is not stored yet; the others count as skipped."""
        fresh = []
        for path in files:
            try:  # as the readers read: a FIFO put there since is refused, not waited on
                digest = hashlib.sha256(read_regular(path)).hexdigest()
            except SourceError as error:
                report.errors.append(str(error))
                report.failed += 1
                continue
            if self.store.has_document(digest):
                report.skipped += 1
            else:
                fresh.append(path)
        return fresh

    @staticmethod
    def _prepare_all(files: list[str], metadata: Metadata, jobs: int) -> Iterator[_Prepared]:
        if jobs <= 1 or len(files) <= 1:
            yield from (prepare(path, metadata) for path in files)
            return
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            try:
                yield from pool.map(prepare, files, [metadata] * len(files), chunksize=8)
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise

    def _store(self, batch: list[_Prepared], report: IngestReport) -> None:
        """Store a batch of read documents in one transaction; count the unreadable."""
        readable: list[tuple[SourceDocument, list[Claim]]] = []
        for prepared in batch:
            if prepared.document is None:
                report.failed += 1
                report.errors.append(prepared.error or "unreadable file")
            else:
                report.warnings += prepared.document.warnings
                readable.append((prepared.document, prepared.claims))
        try:
            ids = self.store.add_documents(readable)
        except SourceError:  # one document the store refuses: the others are stored
            ids = [self._store_alone(document, claims, report) for document, claims in readable]
        for (_, claims), document_id in zip(readable, ids, strict=True):
            if document_id is None:
                report.skipped += 1
            elif document_id < 0:
                continue  # refused, counted as failed
            else:
                report.added += 1
                report.claims += len(claims)
                report.document_ids.append(document_id)

    def _store_alone(
        self, document: SourceDocument, claims: list[Claim], report: IngestReport
    ) -> int | None:
        """Store one document in a transaction of its own: its id, None if stored
        before, -1 if the store refuses it (counted as failed, with the reason)."""
        try:
            return self.store.add_documents([(document, claims)])[0]
        except SourceError as error:
            report.failed += 1
            report.errors.append(str(error))
            return -1

    # -- matching ---------------------------------------------------------

    def match(
        self,
        claim_ids: list[int] | None = None,
        replace: bool = False,
        documents: Sequence[int] = (),
    ) -> MatchReport:
        """Relate the given claims (all, when None) to every stored claim, store the
        suggestions (with `replace`, in place of every earlier machine suggestion) and
        flag verdicts that a source loaded after them calls into question. The
        `documents` (every one, when all claims are matched) are marked matched."""
        with collector_paused():  # reading and matching make a million acyclic objects
            return self._match(claim_ids, replace, None if claim_ids is None else documents)

    def _match(
        self, claim_ids: list[int] | None, replace: bool, documents: Sequence[int] | None
    ) -> MatchReport:
        stored = [MatchInput.from_row(r) for r in self.store.match_inputs()]
        wanted = None if claim_ids is None else set(claim_ids)
        fresh = stored if wanted is None else [c for c in stored if c.id in wanted]
        verdicts = match(fresh, stored)
        report = MatchReport(compared=len(fresh))
        report.links = self.store.save_suggestions(
            [(v.a, v.b, v.relation.value, v.score, v.reason) for v in verdicts],
            replace=replace,
            documents=documents,
        )
        for v in verdicts:
            report.by_relation[v.relation.value] = report.by_relation.get(v.relation.value, 0) + 1
        report.stale = self.store.mark_stale(self._stale(verdicts, {c.id: c for c in stored}))
        return report

    def _stale(
        self, verdicts: list[Verdict], claims: dict[int, MatchInput]
    ) -> list[tuple[int, str, str, str]]:
        """Verdicts a source loaded after them calls into question: a confirmed claim now
        contradicted, or a false one now corroborated, by another voice. Each flag
        carries its premise (the status, when the other claim was loaded), which the
        store checks again as it writes: a verdict set meanwhile is not flagged."""
        decided = self.store.verdicts(["confirmed", "false"])
        flags = []
        for v in verdicts:
            for mine, theirs in ((v.a, v.b), (v.b, v.a)):
                if mine not in decided:
                    continue
                status, decided_at = decided[mine]
                challenged = (v.relation is Relation.CONTRADICTS and status == "confirmed") or (
                    v.relation is Relation.CORROBORATES and status == "false"
                )
                other = claims[theirs]
                loaded_at = other.loaded_at or ""
                if challenged and loaded_at > decided_at:
                    verb = "contradicts" if v.relation is Relation.CONTRADICTS else "corroborates"
                    reason = f"claim {theirs} ({other.voice}) {verb} it: {v.reason}"
                    flags.append((mine, reason, status, loaded_at))
        return flags

    def links(self, claim_id: int | None = None, relation: str | None = None) -> list[LinkView]:
        rows = self.store.links(claim_id, relation)
        ids = sorted({i for r in rows for i in (r["a_id"], r["b_id"])})
        claims = {
            row["id"]: StoredClaim.model_validate(row) for row in self.store.claims_by_id(ids)
        }
        return [LinkView(a=claims[r["a_id"]], b=claims[r["b_id"]], **r) for r in rows]

    def set_link(
        self,
        a: int,
        b: int,
        relation: str | None = None,
        state: str = "confirmed",
        note: str | None = None,
    ) -> LinkView:
        row = self.store.set_link(a, b, relation, state, note, self.analyst)
        return LinkView(a=self.claim(row["a_id"]), b=self.claim(row["b_id"]), **row)

    def remove_link(self, a: int, b: int) -> str:
        return self.store.remove_link(a, b, self.analyst)

    # -- reading ----------------------------------------------------------

    def sources(self) -> list[SourceSummary]:
        return [SourceSummary(**_zeroes(row)) for row in self.store.documents()]

    def voices(self) -> list[Voice]:
        return [Voice(**row) for row in self.store.voices()]

    def claims(self, where: ClaimFilter | None = None) -> list[StoredClaim]:
        return [
            StoredClaim.model_validate(row) for row in self.store.claims(where or ClaimFilter())
        ]

    def count_claims(self, where: ClaimFilter | None = None) -> int:
        return self.store.count_claims(where or ClaimFilter())

    def link_counts(self, claim_ids: list[int]) -> dict[int, LinkCounts]:
        """Each claim's links counted by relation; rejected links do not count."""
        counted = self.store.link_counts(claim_ids)
        return {claim_id: LinkCounts(**counted.get(claim_id, {})) for claim_id in claim_ids}

    # -- exporting --------------------------------------------------------

    def export(
        self,
        fmt: str,
        out: TextIO,
        statuses: Sequence[str] = (),
        contested: bool = False,
        publisher: Publisher | None = None,
    ) -> Summary:
        """Write a report or data export of the claims with these verdicts (all when
        none are given), or of the contested ones only; see docs/export.md."""
        with self._one_picture():
            report = self._report(fmt, statuses, contested, publisher)
            WRITERS[fmt](report, out)
            return report.summary

    def export_to(
        self,
        fmt: str,
        path: str,
        statuses: Sequence[str] = (),
        contested: bool = False,
        publisher: Publisher | None = None,
        jobs: int | None = None,
    ) -> Summary:
        """The same, into a file: a regular file or a new path, never a device, a FIFO,
        a symbolic link or a folder (WorkbenchError, one line). Written in a private
        folder beside it and moved over it at the end (safe_output.staged), so a
        failed export leaves no half report and spoils no earlier one. CSV gets a
        byte-order mark, which spreadsheets need to read UTF-8. With `jobs`
        2, a report or JSON export is written by two processes at once (the default
        from SPLIT_FROM claims on a machine of two cores or more); with 1, by this one."""
        encoding, newline = ("utf-8-sig", "") if fmt == "csv" else ("utf-8", None)
        try:
            with (
                staged(path) as written,
                self._one_picture(),
                open(written, "w", encoding=encoding, newline=newline) as out,
            ):
                report = self._report(fmt, statuses, contested, publisher)
                if _in_two(fmt, report.summary, jobs):
                    self._write_in_two(fmt, report, out, Path(written))
                else:
                    WRITERS[fmt](report, out)
        except OSError as error:
            raise WorkbenchError(f"{path}: cannot be written ({error.strerror or error})") from None
        return report.summary

    @contextmanager
    def _one_picture(self) -> Iterator[None]:
        """One read transaction for a whole export, so that it agrees with itself while
        others write. The events are grouped and summed first (that writes), and the
        reading starts again if another process changed claims or links in between;
        on the third try the events may lag behind the claims, never contradict them."""
        for attempt in range(3):
            self._book.current()
            with self.store.reading():
                if attempt == 2 or self.store.read_only or self._book.is_current():
                    yield
                    return

    def _report(
        self, fmt: str, statuses: Sequence[str], contested: bool, publisher: Publisher | None
    ) -> Report:
        if fmt not in WRITERS:
            raise WorkbenchError(f"unknown format {fmt!r}; use one of {', '.join(WRITERS)}")
        if fmt == "claimreview" and not statuses:
            statuses = REVIEWED  # only reviewed claims have a review
        return Exporter(self).report(statuses, contested, publisher)

    def _write_in_two(self, fmt: str, report: Report, out: TextIO, beside: Path) -> None:
        """The middle part written by a second process into a scratch file while this
        one writes the start, and the end into another; both spliced in after. The
        second is a fresh interpreter (`workbench.export_middle`): a forked one would
        share this one's SQLite connection, which SQLite forbids."""
        summary = report.summary
        with TemporaryDirectory(dir=beside.parent, prefix=f"{beside.name}.") as scratch:
            middle, end = Path(scratch, "middle"), Path(scratch, "end")
            job = MiddleJob(
                self.store.path,
                fmt,
                summary.statuses,
                summary.contested_only,
                report.publisher,
                str(middle),
                self.store.state(),
            )
            with SecondProcess(job) as second:
                PARTS[fmt].start(report, out)
                with end.open("w", encoding="utf-8") as later:
                    PARTS[fmt].end(report, later)
                if not second.finish():  # it read a later database: written here instead
                    with middle.open("w", encoding="utf-8") as part:
                        PARTS[fmt].middle(report, part)
            for piece in (middle, end):
                with piece.open(encoding="utf-8") as text:
                    shutil.copyfileobj(text, out)

    def context(self, claim: StoredClaim) -> tuple[str, int, int]:
        """The paragraph a claim stands in, and the claim's offsets within it."""
        text = self.store.document_text(claim.document_id)
        start = text.rfind("\n", 0, claim.start) + 1
        end = text.find("\n", claim.end)
        end = len(text) if end < 0 else end
        return text[start:end], claim.start - start, claim.end - start

    def is_empty(self) -> bool:
        """No document loaded yet."""
        return self.store.count("documents") == 0

    def summary_counts(self) -> dict[str, int]:
        """Claims in all, contested and unreviewed."""
        return self.store.summary_counts()

    def document_names(self, limit: int = 300) -> list[str]:
        return self.store.document_names(limit)

    def categories(self) -> list[str]:
        return self.store.distinct("claims", "category")

    def claim(self, claim_id: int) -> StoredClaim:
        return StoredClaim.model_validate(self.store.claim(claim_id))

    def history(self, claim_id: int) -> list[VerdictChange]:
        return [VerdictChange(**row) for row in self.store.history(claim_id)]

    # -- deciding ---------------------------------------------------------

    def set_verdict(
        self, claim_id: int, status: str, note: str | None = None, analyst: str | None = None
    ) -> VerdictChange:
        row = self.store.set_verdict(claim_id, status, note, analyst or self.analyst)
        return VerdictChange(
            claim_id=row["claim_id"],
            old_status=row["old_status"],
            new_status=row["status"],
            note=row["note"],
            analyst=row["analyst"],
            at=row["at"],
        )

    def grade(self, voice: str, grade: str, note: str | None = None) -> Voice:
        found = self.store.find_voice(voice)
        self.store.grade_voice(found["id"], grade.upper(), note)
        return next(v for v in self.voices() if v.id == found["id"])

    # -- events and credibility -------------------------------------------

    @property
    def _book(self) -> EventBook:
        return EventBook(self.store, self.analyst)

    def events(self) -> list[EventSummary]:
        """Every event, its claims grouped again first if claims or links changed."""
        return list(self.iter_events())

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
        self._book.refresh()
        return self.store.event_of(claim_id)

    def rename_event(self, event_id: int, name: str) -> EventDetail:
        return self._book.rename(event_id, name)

    def merge_events(self, event_id: int, others: Sequence[int]) -> EventDetail:
        return self._book.merge(event_id, others)

    def split_event(self, event_id: int, claim_ids: Sequence[int]) -> EventDetail:
        return self._book.split(event_id, claim_ids)

    def move_claim(self, claim_id: int, event_id: int | None) -> EventDetail:
        return self._book.move(claim_id, event_id)

    def credibility(self, claim_id: int) -> ClaimCredibility:
        return self._book.credibility([self.claim(claim_id)])[0]

    def set_credibility(
        self, claim_id: int, grade: int, note: str | None = None
    ) -> ClaimCredibility:
        """The analyst's own credibility grade for a claim: it wins over the suggestion."""
        self.store.set_credibility(claim_id, grade, note, self.analyst)
        return self.credibility(claim_id)


def _zeroes(row: dict[str, object]) -> dict[str, object]:
    return {k: (0 if v is None and k in _COUNTS else v) for k, v in row.items()}


_COUNTS = frozenset({"claims", "voices", "confirmed", "disputed", "false_claims", "unverifiable"})

__all__ = [
    "ORDERS",
    "RELATIONS",
    "REVIEWED",
    "STATUSES",
    "ClaimFilter",
    "IngestReport",
    "MatchReport",
    "Metadata",
    "Workbench",
    "WorkbenchError",
]


# -- exporting ---------------------------------------------------------------

_EXPORT_BATCH = 500


class Exporter:
    """Builds the `Report` the export writers read, streaming from the store."""

    def __init__(self, workbench: Workbench) -> None:
        self.workbench = workbench
        self.store = workbench.store

    def report(
        self, statuses: Sequence[str], contested: bool, publisher: Publisher | None
    ) -> Report:
        unknown = sorted(set(statuses) - set(STATUSES))
        if unknown:
            raise WorkbenchError(f"unknown status {unknown[0]!r}; use one of {', '.join(STATUSES)}")
        where = ClaimFilter(statuses=tuple(statuses), contested=contested)
        chosen = set(self.store.claim_ids(where)) if statuses or contested else None

        def touches(*claim_ids: int) -> bool:
            return chosen is None or any(i in chosen for i in claim_ids)

        return Report(
            summary=self._summary(where, list(statuses), contested),
            read_sources=self.workbench.sources,
            read_voices=self.workbench.voices,
            read_voice_grades=self.store.document_voice_grades,
            claims=lambda: self.store.iter_claim_rows(where),
            counted_claims=lambda: self._counted_claims(where),
            cases=lambda: self._cases(replace(where, contested=True)),
            links=lambda: (r for r in self.store.iter_links() if touches(r["a_id"], r["b_id"])),
            verdicts=lambda: (
                CurrentVerdict(**r) for r in self.store.iter_verdicts() if touches(r["claim_id"])
            ),
            history=lambda: (
                VerdictChange(**r) for r in self.store.iter_history() if touches(r["claim_id"])
            ),
            publisher=publisher or self.publisher(),
            events=lambda: (e for e in self.workbench.iter_events() if touches(*e.claim_ids)),
            reported_events=lambda: (
                e for e in self.workbench.iter_events(True) if touches(*e.claim_ids)
            ),
            count_events=lambda: self.store.count_events(None if chosen is None else list(chosen)),
            event_names=self.workbench.event_names,
        )

    def publisher(self) -> Publisher:
        """The configured organisation, else the analyst, signs the reviews."""
        settings = export_settings()
        if "organisation" in settings:
            return Publisher(settings["organisation"], "Organization", settings.get("url"))
        return Publisher(self.workbench.analyst, "Person", settings.get("url"))

    def _summary(self, where: ClaimFilter, statuses: list[str], contested: bool) -> Summary:
        tally = self.store.tally()
        return Summary(
            database=self.store.path,
            exported_at=now(),
            statuses=statuses,
            contested_only=contested,
            claims=sum(tally["by_status"].values()),
            exported_claims=self.store.count_claims(where),
            analysts=tally["analysts"],
            documents=tally["documents"],
            voices=tally["voices"],
            by_status=tally["by_status"],
            by_category=tally["by_category"],
            contested=self.store.summary_counts()["contested"],
            stale=tally["stale"],
            unreviewed=tally["by_status"]["unreviewed"],
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
            sides: dict[int, list[dict[str, Any]]] = {claim_id: [] for claim_id in ids}
            for r in links:
                sides[r["claim"]].append(r)
            histories = self.store.histories(ids)
            for claim in claims:
                yield _case(claim, sides[claim.id], known, histories.get(claim.id, []))


SPLIT_FROM = 20_000
"""Claims from which an export to a file is written by two processes at once: below
it, starting a second Python costs more than it saves."""


def _in_two(fmt: str, summary: Summary, jobs: int | None) -> bool:
    if fmt not in PARTS or not summary.claims:
        return False
    if jobs is None:
        return (os.cpu_count() or 1) > 1 and summary.exported_claims >= SPLIT_FROM
    return jobs > 1


_CASE_SIDES = ("contradicts", "corroborates")


def _case(
    claim: ClaimRow,
    links: list[dict[str, Any]],
    known: Mapping[int, ClaimRow],
    history: list[dict[str, Any]],
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
            )
            for r in mine
        ]
        return shown, mine[0]["in_all"] if mine else 0

    opposing, opposing_in_all = side("contradicts")
    supporting, supporting_in_all = side("corroborates")
    return Case(
        claim=claim,
        opposing=opposing,
        supporting=supporting,
        opposing_in_all=opposing_in_all,
        supporting_in_all=supporting_in_all,
        history=[VerdictChange(**h) for h in history],
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
