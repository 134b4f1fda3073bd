"""The one API the command line and the TUI call: load, list, decide, grade."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from workbench.config import default_analyst
from workbench.errors import SourceError, WorkbenchError
from workbench.extract import extract_claims
from workbench.ingest import read_source
from workbench.ingest.files import Metadata, apply, collect, sidecar
from workbench.models import Claim, SourceDocument, SourceSummary, StoredClaim, VerdictChange, Voice
from workbench.store import ClaimFilter, Store

Progress = Callable[[int, int], None]  # (files done, files in all)


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

    def summary(self) -> str:
        line = (
            f"{self.added} documents added, {self.skipped} skipped as already loaded, "
            f"{self.failed} failed; {self.claims} claims added"
        )
        if self.interrupted:
            line += " before the interruption (run the same command again to load the rest)"
        return line


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
        try:
            for prepared in self._prepare_all(fresh, metadata or Metadata(), jobs):
                done += 1
                self._store(prepared, report)
                if progress:
                    progress(done, len(files))
        except KeyboardInterrupt:
            report.interrupted = True  # the document being stored was rolled back whole
        return report

    def _unseen(self, files: list[str], report: IngestReport) -> list[str]:
        """The files whose content is not stored yet; the others count as skipped."""
        import hashlib

        fresh = []
        for path in files:
            try:
                digest = hashlib.sha256(open(path, "rb").read()).hexdigest()  # noqa: SIM115
            except OSError as error:
                report.errors.append(f"{path}: cannot be read ({error.strerror or error})")
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

    def _store(self, prepared: _Prepared, report: IngestReport) -> None:
        if prepared.document is None:
            report.failed += 1
            report.errors.append(prepared.error or "unreadable file")
            return
        report.warnings += prepared.document.warnings
        if self.store.add_document(prepared.document, prepared.claims) is None:
            report.skipped += 1
        else:
            report.added += 1
            report.claims += len(prepared.claims)

    # -- reading ----------------------------------------------------------

    def sources(self) -> list[SourceSummary]:
        return [SourceSummary(**_zeroes(row)) for row in self.store.documents()]

    def voices(self) -> list[Voice]:
        return [Voice(**row) for row in self.store.voices()]

    def claims(self, where: ClaimFilter | None = None) -> list[StoredClaim]:
        return [StoredClaim(**row) for row in self.store.claims(where or ClaimFilter())]

    def claim(self, claim_id: int) -> StoredClaim:
        return StoredClaim(**self.store.claim(claim_id))

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


def _zeroes(row: dict[str, object]) -> dict[str, object]:
    return {k: (0 if v is None and k in _COUNTS else v) for k, v in row.items()}


_COUNTS = frozenset({"claims", "voices", "confirmed", "disputed", "false_claims", "unverifiable"})

__all__ = ["ClaimFilter", "IngestReport", "Metadata", "Workbench", "WorkbenchError"]
