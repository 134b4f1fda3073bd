"""Exports: the `Report` the writers read (built by `exporter.Exporter` from the store
as one snapshot), written to a stream or safely to a file (in two processes for
large ones)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TextIO

from workbench.errors import WorkbenchError
from workbench.export import PARTS, WRITERS, Publisher, Report
from workbench.export_middle import MiddleJob, SecondProcess
from workbench.models import Summary
from workbench.safe_output import staged
from workbench.service.events import Events
from workbench.service.exporter import Exporter, narrowed
from workbench.service.reading import Reading
from workbench.store import REVIEWED, ClaimFilter

SPLIT_FROM = 20_000
"""Claims from which an export to a file is written by two processes at once: below
it, starting a second Python costs more than it saves."""


class Reports(Reading, Events):
    """Exports: reports and data, to a stream or a file, each read as one snapshot."""

    def export(
        self,
        fmt: str,
        out: TextIO,
        statuses: Sequence[str] = (),
        contested: bool = False,
        publisher: Publisher | None = None,
        title: str | None = None,
        narrow: ClaimFilter | None = None,
    ) -> Summary:
        """Write a report or data export of the claims with these verdicts (all when
        none are given), or of the contested ones only; see docs/export.md. `title`:
        the report's title (Markdown and HTML), "Verification report" when None.
        `narrow`: the other limits, as a queue's filters (its category, source,
        search and stale; the rest of it is not read)."""
        with self.store.reading():  # one snapshot: the report agrees with itself
            report = self._report(fmt, statuses, contested, publisher, title, narrow)
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
        title: str | None = None,
        narrow: ClaimFilter | None = None,
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
                self.store.reading(),  # one snapshot, however others write
                open(written, "w", encoding=encoding, newline=newline) as out,
            ):
                report = self._report(fmt, statuses, contested, publisher, title, narrow)
                mapped = None
                if _in_two(fmt, report.summary, jobs):
                    self._write_in_two(fmt, report, out, Path(written))
                else:
                    mapped = WRITERS[fmt](report, out)
        except OSError as error:
            raise WorkbenchError(f"{path}: cannot be written ({error.strerror or error})") from None
        return report.summary.model_copy(update={"mapped": mapped})

    def _report(
        self,
        fmt: str,
        statuses: Sequence[str],
        contested: bool,
        publisher: Publisher | None,
        title: str | None,
        narrow: ClaimFilter | None = None,
    ) -> Report:
        if fmt not in WRITERS:
            raise WorkbenchError(f"unknown format {fmt!r}; use one of {', '.join(WRITERS)}")
        if fmt == "claimreview" and not statuses:
            statuses = REVIEWED  # only reviewed claims have a review
        return Exporter(self).report(statuses, contested, publisher, title, narrow)

    def _write_in_two(self, fmt: str, report: Report, out: TextIO, beside: Path) -> None:
        """The middle part written by a second process into a scratch file while this
        one writes the start, and the end into another; both spliced in after. The
        second is a fresh interpreter (`workbench.export_second`): a forked one would
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
                report.title,
                narrowed(summary),
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


def _in_two(fmt: str, summary: Summary, jobs: int | None) -> bool:
    if fmt not in PARTS or not summary.claims:
        return False
    if jobs is None:
        return (os.cpu_count() or 1) > 1 and summary.exported_claims >= SPLIT_FROM
    return jobs > 1
