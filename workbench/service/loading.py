"""Loading: files and folders read and their claims extracted in worker processes,
every document stored whole, then matched."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from workbench.errors import SourceError
from workbench.ingest.fetch import Capture
from workbench.ingest.files import Collected, Metadata, collect
from workbench.ingest.limits import read_regular
from workbench.ingest.readers import FORMATS
from workbench.models import (
    Claim,
    SourceDocument,
    counted,
)
from workbench.service.corrections import Correcting
from workbench.service.ingest_report import IngestReport, VersionNote, listed
from workbench.service.places import placed
from workbench.service.preparing import Prepared, no_claim, prepare, undated
from workbench.service.sidecars import sidecar_warnings
from workbench.service.workers import (
    absorb_pending_interrupt,
    quiet_cancelled_futures,
    worker_start,
)

Progress = Callable[[int, int], None]  # (files done, files in all)


STORE_BATCH = 25
"""Documents stored per transaction during ingest: whole documents always, and one
commit for many (each commit writes a full-text index segment). An interrupted ingest
keeps every batch committed before it; running it again loads the rest."""


def _folder_warnings(paths: list[str], found: Collected) -> list[str]:
    """A line for each folder given that holds no file Workbench reads (a trial's
    folder of .docx files loaded nothing, said "0 failed" and exited 0, unexplained),
    and one for each that holds files it passes over (`Collected.passed`: a trial's
    file without extension was left out without a word), the links to files outside
    the folder, not followed, named in the same line (`Collected.outside`: a trial's
    link to /etc/passwd was stored), and so are its subfolders that hold no file
    (`Collected.empty`: trial 79's empty subfolder went unsaid, though the help said a
    folder that holds no file to read is a warning)."""
    kinds = " ".join(sorted(FORMATS))
    lines = []
    for given in paths:
        folder = Path(given)
        if not folder.is_dir():
            continue
        said = []
        readable = any(Path(f).is_relative_to(folder) for f in found.files)
        if not readable:
            said.append(f"no file to read in this folder (Workbench reads {kinds})")
        elif passed := found.passed.get(given):
            said.append(
                f"{counted(len(passed), 'file')} not read, of no format Workbench"
                f" reads ({listed(passed)}); it reads {kinds}"
            )
        if readable and (empty := found.empty.get(given)):
            said.append(f"{counted(len(empty), 'subfolder')} with no file in it ({listed(empty)})")
        if links := found.outside.get(given):
            said.append(
                f"{counted(len(links), 'link')} to {'a file' if len(links) == 1 else 'files'}"
                f" outside the folder not followed"
                f" ({listed(links)})"
            )
        if said:
            lines.append(f"{given}: {'; '.join(said)}")
    return lines


class Loading(Correcting):
    """Loading sources: files read and extracted in worker processes, stored whole,
    then matched (what an interrupted ingest left unmatched too)."""

    def ingest(
        self,
        paths: list[str],
        metadata: Metadata | None = None,
        jobs: int | None = None,
        progress: Progress | None = None,
        stop: Callable[[], bool] | None = None,
    ) -> IngestReport:
        """Load files and folders: extraction in `jobs` worker processes (all cores by
        default), every document stored by this process in a transaction of its own.
        `stop` (the TUI's ctrl+x) is asked as each document is read: once true, the
        ones read and not stored yet are not, and the ingest ends as an interrupted one
        (the documents stored before are matched when the database is next opened)."""
        report = IngestReport()
        found = collect(paths)
        files, report.errors = found.files, found.errors
        report.failed = len(report.errors)
        report.warnings += _folder_warnings(paths, found)
        if found.sidecars:
            report.warnings.append(
                f"{counted(len(found.sidecars), 'file')} read as the sidecar of the file"
                f" beside it, not as a document ({listed(found.sidecars)})"
            )
        fresh = self._unseen(files, report, metadata or Metadata())
        done = len(files) - len(fresh)
        jobs = jobs or os.cpu_count() or 1
        pending: list[Prepared] = []
        try:
            for prepared in self._prepare_all(fresh, metadata or Metadata(), jobs, stop):
                if stop is not None and stop():
                    report.interrupted = True  # as Ctrl-C: what was not stored is not
                    break
                done += 1
                pending.append(prepared)
                if len(pending) >= STORE_BATCH:
                    self._store(pending, report)
                    pending = []
                if progress:
                    progress(done, len(files))
            if not report.interrupted:
                self._store(pending, report)
        except KeyboardInterrupt:
            report.interrupted = True  # a batch being stored was rolled back whole
            self._store_read(pending, report)
        except BrokenProcessPool:
            report.interrupted = True
            absorb_pending_interrupt()
            self._store_read(pending, report)
        self._match_added(report)
        return report

    def _store_read(self, pending: list[Prepared], report: IngestReport) -> None:
        """After Ctrl-C, store the documents read whole before it (a trial's eight short
        files, read while a long one was, were lost with it); a second Ctrl-C stops
        that too, the batch rolled back whole."""
        with contextlib.suppress(KeyboardInterrupt):
            self._store(pending, report)

    def _match_added(self, report: IngestReport) -> None:
        """Match the documents added (and those an interrupted ingest left unmatched),
        unless this ingest was interrupted. Ctrl-C while matching ends the ingest as an
        interrupted one: each document's links are stored with it, and those not
        matched yet are matched when the database is next opened."""
        if report.interrupted:
            return
        try:
            resumed = self.resume_matching(report.document_ids)
        except KeyboardInterrupt:
            report.interrupted = report.unmatched = True
            return
        report.resumed = len(resumed) - len(report.document_ids)
        report.links = resumed.links if resumed else 0

    def _unseen(
        self, files: list[str], report: IngestReport, given: Metadata | None = None
    ) -> list[str]:
        """The files whose content is not stored yet; the others count as skipped,
        with a warning where their sidecar now says otherwise than the document
        stored, or cannot be applied (`sidecars.sidecar_warnings`)."""
        fresh = []
        for path in files:
            try:  # as the readers read: a FIFO put there since is refused, not waited on
                digest = hashlib.sha256(read_regular(path)).hexdigest()
            except SourceError as error:
                report.fail(str(error))
                continue
            if self.store.has_document(digest):
                report.skipped += 1
                document_id = self.store.stored_as(digest)
                self._note_loaded(document_id, report)
                if document_id is not None:
                    stored = self.store.document_metadata(document_id)
                    report.warnings += sidecar_warnings(
                        path, given or Metadata(), document_id, stored
                    )
            else:
                fresh.append(path)
        return fresh

    @staticmethod
    def _prepare_all(
        files: list[str], metadata: Metadata, jobs: int, stop: Callable[[], bool] | None
    ) -> Iterator[Prepared]:
        """Each file read and extracted: in this process (where `stop` is asked as each
        claim is read) for one file or one job, else in `jobs` worker processes."""
        if jobs <= 1 or len(files) <= 1:
            yield from (prepare(path, metadata, stop) for path in files)
            return
        import workbench.extract.pipeline  # noqa: F401  loaded once, before the workers fork

        start = (os.getpid(),)
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=worker_start, initargs=start)
        try:
            yield from pool.map(prepare, files, [metadata] * len(files), chunksize=8)
        except BaseException:  # ctrl+c, ctrl+x: not waited for (a wait could hang, gh-94440)
            quiet_cancelled_futures()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)

    def _store(self, batch: list[Prepared], report: IngestReport) -> None:
        """Store a batch of read documents in one transaction; count the unreadable."""
        readable: list[tuple[SourceDocument, list[Claim], Capture]] = []
        for prepared in batch:
            if prepared.document is None or prepared.capture is None:
                report.fail(prepared.error or "unreadable file")
            else:
                report.warnings += prepared.document.warnings
                report.no_claims += no_claim(prepared)
                report.undated += undated(prepared)
                claims = list(placed(prepared.claims))
                readable.append((prepared.document, claims, prepared.capture))
        try:
            ids = self.store.add_captured(readable)
        except SourceError:  # one document the store refuses: the others are stored
            ids = [self._store_alone(captured, report) for captured in readable]
        self._count_stored([(document, claims) for document, claims, _ in readable], ids, report)

    def _count_stored(
        self,
        stored: list[tuple[SourceDocument, list[Claim]]],
        ids: list[int | None],
        report: IngestReport,
    ) -> None:
        """Count documents the store took (and the new versions among them) or had."""
        for (document, claims), document_id in zip(stored, ids, strict=True):
            if document_id is None:
                report.skipped += 1
                self._note_loaded(self.store.stored_as(document.sha256, document.path), report)
            elif document_id < 0:
                continue  # refused, counted as failed
            else:
                report.added += 1
                report.claims += len(claims)
                report.document_ids.append(document_id)
                report.restored += self.store.restored_verdicts([document_id])
                self.restore_corrections(document_id)
                self._note_version(document_id, report, document.path)

    @staticmethod
    def _note_loaded(document_id: int | None, report: IngestReport) -> None:
        """Note in `report` the document a source skipped was stored as, if known."""
        if document_id is not None:
            report.already_loaded.append(document_id)

    def _note_version(self, document_id: int, report: IngestReport, source: str) -> None:
        """Note in `report` that `document_id` is a new version, if it is one, or that
        it names the page of another article as its own (its sidecar's url, copied)."""
        version = self.store.version(document_id)
        if version is None:
            other = self.store.page_shared(document_id)
            if other is not None:
                report.warnings.append(
                    f"{source}: its url is document {other}'s page, but its text is another"
                    " article's: stored as a document of its own, not a new version"
                    " (check the url in its NAME.json)"
                )
            return
        diff = version.diff.splitlines()
        report.versions.append(
            VersionNote(
                document_id=document_id,
                previous_id=version.previous_id,
                source=version.source,
                lines_added=sum(1 for x in diff if x.startswith("+") and not x.startswith("+++")),
                lines_removed=sum(1 for x in diff if x.startswith("-") and not x.startswith("---")),
                figure_changes=[
                    f"claim {c.claim_id} “{c.text}” was claim {c.previous_claim_id}"
                    f" “{c.previous_text}”"
                    for c in version.changes
                ],
            )
        )

    def _store_alone(
        self, captured: tuple[SourceDocument, list[Claim], Capture], report: IngestReport
    ) -> int | None:
        """Store one document with its capture in a transaction of its own: its id,
        None if stored before, -1 if the store refuses it (counted as failed, with
        the reason)."""
        try:
            return self.store.add_captured([captured])[0]
        except SourceError as error:
            report.fail(str(error))
            return -1
