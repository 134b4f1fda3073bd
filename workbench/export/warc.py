"""The captures as a WARC file (ISO 28500; gzipped per record, as `.warc.gz` files
are, or plain, as `.warc` files are), the format web
archives (pywb, the Wayback Machine, Webrecorder) read: one `response` record per
fetched page with its bytes as they came, dated by its fetch time, addressed by the
final URL, and a `metadata` record beside it naming the document, the address asked
and the redirects followed. The HTTP head of a response is rebuilt from the stored
status and content type: Workbench keeps the body and those, not every header."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from http import HTTPStatus
from typing import BinaryIO

from workbench import __version__
from workbench.ingest.fetch import Capture


def warc_gzipped(path: str) -> bool:
    """Whether a WARC written to `path` is gzipped per record: where its name ends in
    ".gz", as WARC tools (warcio, pywb, wget) read the name."""
    return path.lower().endswith(".gz")


def write_warc(
    out: BinaryIO,
    captures: Iterable[tuple[int, Capture]],
    gzip: bool = True,
    filename: str = "workbench-captures.warc.gz",
) -> int:
    """Write a warcinfo record (naming the file `filename`), then a response and a
    metadata record per (document id, capture), to `out`, each gzipped (a `.warc.gz`
    file) or, with `gzip` False, plain (a `.warc` file); the number of captures
    written."""
    from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
    from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

    writer = WARCWriter(out, gzip=gzip, warc_version="1.1")  # as the warcinfo says
    info = {"software": f"Workbench {__version__}", "format": "WARC File Format 1.1"}
    writer.write_record(writer.create_warcinfo_record(filename, info))
    count = 0
    for document_id, capture in captures:
        head = StatusAndHeaders(
            f"{capture.status} {_reason(capture.status)}",
            [
                ("Content-Type", capture.content_type or "application/octet-stream"),
                ("Content-Length", str(len(capture.body))),
            ],
            protocol="HTTP/1.1",
        )
        dated = {"WARC-Date": _warc_date(capture.fetched_at)}
        response = writer.create_warc_record(
            capture.final_url,
            "response",
            payload=io.BytesIO(capture.body),
            length=len(capture.body),
            http_headers=head,
            warc_headers_dict=dated,
        )
        writer.write_record(response)
        about = {
            "workbench_document": document_id,
            "requested_url": capture.requested_url,
            "redirects": capture.redirects,
            "sha256": capture.sha256,
            "author": capture.author,
        }
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        writer.write_record(
            writer.create_warc_record(
                capture.final_url,
                "metadata",
                payload=io.BytesIO(json.dumps(about).encode("utf-8")),
                warc_content_type="application/json",
                warc_headers_dict={**dated, "WARC-Concurrent-To": record_id},
            )
        )
        count += 1
    return count


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _warc_date(stamp: str) -> str:
    """ "2026-12-01T10:36:00Z" from the stored ISO time in UTC."""
    return stamp.replace("+00:00", "Z")
