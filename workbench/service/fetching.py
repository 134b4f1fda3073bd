"""Loading from the web (issue 19): pages fetched, read and stored with the capture
of what was fetched; a page fetched again with other text stored as a new version.
Nothing is fetched but the addresses the analyst gives."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.errors import SourceError
from workbench.ingest.fetch import Capture, fetch
from workbench.ingest.files import Metadata, apply
from workbench.ingest.web import document_from_capture
from workbench.models import Claim, SourceDocument
from workbench.service.loading import IngestReport, Loading, Progress
from workbench.service.places import placed
from workbench.store.versions import Version

Captured = tuple[SourceDocument, list[Claim], Capture]


class Fetching(Loading):
    """Pages, PDFs and text fetched from the addresses an analyst gives."""

    def ingest_urls(
        self,
        urls: Sequence[str],
        metadata: Metadata | None = None,
        progress: Progress | None = None,
        timeout: float | None = None,
    ) -> IngestReport:
        """Fetch each address (`ingest.fetch.fetch`: timeout, size limit, redirects
        recorded), read it (HTML, text or PDF) and store it with its claims and its
        capture, each in a transaction of its own; then match what was added. Each
        address that fails is one line in the report's errors, counted as failed;
        the others are stored all the same. `timeout`: seconds to wait for an
        answer (`fetch.fetch_timeout()` by default)."""
        report = IngestReport()
        given = metadata or Metadata()
        for done, url in enumerate(urls, 1):
            captured = self._fetched(url, given, report, timeout)
            if captured is not None:
                self._store_captured(captured, report)
            if progress:
                progress(done, len(urls))
        self._match_added(report)
        return report

    def _fetched(
        self, url: str, metadata: Metadata, report: IngestReport, timeout: float | None
    ) -> Captured | None:
        """The document, claims and capture of `url`, or None (the failure reported)."""
        try:
            return self.read_capture(fetch(url, timeout=timeout), metadata)
        except SourceError as error:
            report.failed += 1
            report.errors.append(str(error))
            return None

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
            report.failed += 1
            report.errors.append(str(error))
            return
        report.warnings += document.warnings
        self._count_stored([(document, claims)], [document_id], report)

    def capture(self, document_id: int) -> Capture | None:
        """What was fetched for a document (`store.captures`), or None for a document
        read from a file. Raises WorkbenchError for no such document or a damaged
        capture."""
        return self.store.capture(document_id)

    def version(self, document_id: int) -> Version | None:
        """How a document differs from the version of its source before it, or None
        when it is the first. Raises WorkbenchError for no such document."""
        return self.store.version(document_id)
