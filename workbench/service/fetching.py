"""Loading from the web (issue 19): pages fetched, read and stored with the capture
of what was fetched; a page fetched again with other text stored as a new version.
Nothing is fetched but the addresses the analyst gives."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from workbench.errors import SourceError
from workbench.export.warc import warc_gzipped, write_warc
from workbench.ingest.feeds import feed_items
from workbench.ingest.fetch import STDIN, STOPPED, Capture, Received, Stop, fetch, read_capture
from workbench.ingest.files import Metadata, apply
from workbench.ingest.readers import document_from_text, in_language, sniffed_format
from workbench.ingest.web import decoded_text, document_from_capture, served_kind
from workbench.models import Claim, SourceDocument
from workbench.safe_output import staged
from workbench.service.ingest_report import IngestReport
from workbench.service.loading import Loading, Progress
from workbench.service.places import placed
from workbench.store.versions import Version

Captured = tuple[SourceDocument, list[Claim], Capture]


def read_pasted(data: bytes, given: Metadata) -> tuple[SourceDocument, list[Claim]]:
    """Text pasted or piped in, read as `ingest -` reads it, nothing stored (`extract
    -` too): UTF-8 (else cp1252, with a warning), an HTML page reduced to its article,
    the analyst's metadata over what the text says, its claims placed. Its path is
    its --url when given, else "pasted-<the first 12 digits of its SHA-256>.txt".

    Raises SourceError (naming standard input) on empty input."""
    digest = hashlib.sha256(data).hexdigest()
    name = given.url or f"pasted-{digest[:12]}.txt"
    if not data.strip():
        raise SourceError("standard input", "no text given")
    text, warnings = decoded_text(data, "standard input")
    document = document_from_text(name, text, sniffed_format(text), digest, warnings)
    document = apply(in_language(document, given.language), given)
    from workbench.extract import extract_claims

    return document, list(placed(extract_claims(document)))


class Fetching(Loading):
    """Pages, PDFs and text fetched from the addresses an analyst gives."""

    def ingest_urls(
        self,
        urls: Sequence[str],
        metadata: Metadata | None = None,
        progress: Progress | None = None,
        timeout: float | None = None,
        stop: Stop | None = None,
    ) -> IngestReport:
        """Fetch each address (`ingest.fetch.fetch`: timeout, size limit, redirects
        recorded), read it (HTML, text or PDF) and store it with its claims and its
        capture, each in a transaction of its own; then match what was added. Each
        address that fails is one line in the report's errors, counted as failed;
        the others are stored all the same. `timeout`: seconds to wait for an
        answer (`fetch.fetch_timeout()` by default). `stop`: asked before each
        address and while each arrives (`fetch`); once true, the page arriving is
        one failure, "stopped by the analyst", and the addresses after it are left."""
        report = IngestReport()
        given = metadata or Metadata()
        for done, url in enumerate(urls, 1):
            captured = self._fetched(url, given, report, timeout, stop)
            if captured is not None:
                self._store_captured(captured, report)
            elif stop is not None and stop():
                break
            if progress:
                progress(done, len(urls))
        self._match_added(report)
        return report

    def ingest_feed(
        self,
        feed_url: str,
        metadata: Metadata | None = None,
        timeout: float | None = None,
        stop: Stop | None = None,
        received: Received | None = None,
    ) -> IngestReport:
        """Fetch an RSS or Atom feed and ingest the pages of its items not fetched
        before (`ingest_urls`, each a line of its own when it fails); an item's date
        is the page's when the page gives none. The items fetched before count as
        skipped. The feed that cannot be fetched or read is one line, failed.
        `stop` and `received` as `ingest_urls` and `fetch` take them: the items
        stored before `stop()` came true stay stored."""
        try:
            fetched = fetch(feed_url, timeout=timeout, stop=stop, received=received)
        except SourceError as error:
            report = IngestReport()
            report.fail(str(error))
            return report
        return self._ingest_items(fetched, metadata, timeout, stop, received)

    def _ingest_items(
        self,
        fetched: Capture,
        metadata: Metadata | None,
        timeout: float | None,
        stop: Stop | None,
        received: Received | None,
    ) -> IngestReport:
        """The pages of the items of the feed `fetched` (`ingest_feed`)."""
        report = IngestReport()
        feed_url = fetched.requested_url
        try:
            items = feed_items(fetched.body, feed_url, fetched.kind)
        except SourceError as error:
            report.fail(str(error))
            return report
        seen = self.store.fetched_urls([item.link for item in items])
        report.skipped = len(seen)
        given = metadata or Metadata()
        for item in items:
            if item.link in seen:
                continue
            captured = self._fetched(item.link, given, report, timeout, stop, received)
            if captured is None and stop is not None and stop():
                break
            if captured is not None:
                document, claims, capture = captured
                if document.published is None and item.published is not None:
                    document = document.model_copy(update={"published": item.published})
                self._store_captured((document, claims, capture), report)
        self._match_added(report)
        return report

    def ingest_address(
        self,
        url: str,
        metadata: Metadata | None = None,
        timeout: float | None = None,
        stop: Stop | None = None,
        received: Received | None = None,
    ) -> IngestReport:
        """One address as the review TUI's dialog takes it: a page, a PDF or text, as
        `ingest_urls` loads it; or, where it serves an RSS or Atom feed, the pages of
        its items, as `ingest_feed` does (the feed as fetched once). `stop`: asked
        before the request, between chunks (`fetch`) and before storing; once true,
        nothing more is stored and the report has the failure "stopped by the
        analyst". `received(size, declared)`: the bytes of a body read so far."""
        report = IngestReport()
        try:
            fetched = fetch(url, timeout=timeout, stop=stop, received=received)
            if served_kind(fetched) == "feed":
                return self._ingest_items(fetched, metadata, timeout, stop, received)
            captured = self._read_stopped(fetched, metadata or Metadata(), stop)
        except SourceError as error:
            report.fail(str(error))
            return report
        self._store_captured(captured, report)
        self._match_added(report)
        return report

    def ingest_pasted(self, data: bytes, metadata: Metadata | None = None) -> IngestReport:
        """Load text an analyst pasted or piped in (`ingest -`): UTF-8 (else cp1252,
        with a warning), an HTML page reduced to its article; the analyst's metadata
        over what the text says. Its path is its --url when given (so that pasting
        the same page again with other text makes a new version), else
        "pasted-<the first 12 digits of its SHA-256>.txt". The bytes read are kept
        as its capture (from "stdin"). Empty input is one line, failed."""
        report = IngestReport()
        try:
            document, claims = read_pasted(data, metadata or Metadata())
        except SourceError as error:
            report.fail(str(error))
            return report
        report.warnings += document.warnings
        capture = read_capture(STDIN, data, document.format)
        self._count_stored(
            [(document, claims)], self.store.add_captured([(document, claims, capture)]), report
        )
        self._match_added(report)
        return report

    def _fetched(
        self,
        url: str,
        metadata: Metadata,
        report: IngestReport,
        timeout: float | None,
        stop: Stop | None = None,
        received: Received | None = None,
    ) -> Captured | None:
        """The document, claims and capture of `url`, or None (the failure reported)."""
        try:
            return self._read_fetched(url, metadata, timeout, stop, received)
        except SourceError as error:
            report.fail(str(error))
            return None

    def _read_fetched(
        self,
        url: str,
        metadata: Metadata,
        timeout: float | None,
        stop: Stop | None,
        received: Received | None,
    ) -> Captured:
        """`url` fetched and read (`_read_stopped`)."""
        fetched = fetch(url, timeout=timeout, stop=stop, received=received)
        return self._read_stopped(fetched, metadata, stop)

    def _read_stopped(self, fetched: Capture, metadata: Metadata, stop: Stop | None) -> Captured:
        """`fetched` read (`read_capture`); SourceError "stopped by the analyst" when
        `stop()` came true meanwhile: nothing of it is to be stored."""
        captured = self.read_capture(fetched, metadata)
        if stop is not None and stop():
            raise SourceError(fetched.requested_url, STOPPED)
        return captured

    @staticmethod
    def read_capture(capture: Capture, metadata: Metadata) -> Captured:
        """A capture read into a document with its claims (in this process: a page at a
        time); the analyst's metadata over the page's. Raises SourceError (one line)."""
        from workbench.extract import extract_claims

        document, capture = document_from_capture(capture, metadata.language)
        document = apply(document, metadata)
        return document, list(placed(extract_claims(document))), capture

    def _store_captured(self, captured: Captured, report: IngestReport) -> None:
        """Store one captured document in its own transaction, counted in `report`."""
        document, claims, capture = captured
        try:
            document_id = self.store.add_captured([(document, claims, capture)])[0]
        except SourceError as error:
            report.fail(str(error))
            return
        report.warnings += document.warnings
        self._count_stored([(document, claims)], [document_id], report)

    def capture(self, document_id: int) -> Capture | None:
        """What was fetched or read for a document (`store.captures`): the page, the
        file or the standard input as they came; None for a document loaded before
        Workbench kept files' and standard input's bytes. Raises WorkbenchError for
        no such document or a damaged capture."""
        return self.store.capture(document_id)

    def version(self, document_id: int) -> Version | None:
        """How a document differs from the version of its source before it, or None
        when it is the first. Raises WorkbenchError for no such document."""
        return self.store.version(document_id)

    def export_warc(self, out: BinaryIO, gzip: bool = True) -> int:
        """Write every page fetched to `out` as a WARC file (`export.warc`), gzipped
        per record or, with `gzip` False, plain, read in one transaction; the number
        of captures written. The captures of local files and standard input are left
        out (their paths are the analyst's)."""
        with self.store.reading():
            return write_warc(out, self.store.iter_captures(), gzip=gzip)

    def export_warc_to(self, path: str) -> int:
        """`export_warc` into the file at `path`, written beside it and moved over it
        at the end (`safe_output.staged`): a failed export leaves the file as it was.
        Gzipped per record where the name ends in ".gz" ("captures.warc.gz"), as WARC
        tools take such a file to be; plain otherwise ("captures.warc")."""
        gzip = warc_gzipped(path)
        with staged(path) as written, open(written, "wb") as out, self.store.reading():
            return write_warc(out, self.store.iter_captures(), gzip=gzip, filename=Path(path).name)
