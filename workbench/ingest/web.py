"""A fetched resource (`fetch.Capture`) read into a source document: an HTML page
reduced to its article (`html.html_to_text`, given the address it came from), plain
text and Markdown as they are, a PDF page by page (`pdf.py`). The document's path is
the address asked for, so that fetching it again finds the version before."""

from __future__ import annotations

import dataclasses

from workbench.errors import FeedSource, SourceError
from workbench.ingest.charsets import declared_charset
from workbench.ingest.fetch import Capture
from workbench.ingest.readers import document_and_author, document_from_pdf, in_language
from workbench.models import SourceDocument

READ = ("html", "txt", "md", "pdf")


def served_kind(capture: Capture) -> str | None:
    """What `capture` holds: its content type's kind (`Capture.kind`: "html", "feed",
    "pdf" ..., None for a type not known), except that a body opening as a PDF is one
    whatever its content type (servers often send application/octet-stream)."""
    return "pdf" if capture.body.startswith(b"%PDF-") else capture.kind


def document_from_capture(
    capture: Capture, language: str | None = None
) -> tuple[SourceDocument, Capture]:
    """The document read from `capture` (in `language`, else the one detected) and the
    capture with the author the page names. Raises SourceError, one line naming the
    address, for a feed (FeedSource: to be read with `--feed`), a content type Workbench does not
    read, an empty body, and a body that decodes to no text. A body that opens as a
    PDF is read as one whatever its content type (servers often send
    application/octet-stream)."""
    url = capture.requested_url
    kind = served_kind(capture)
    if kind == "feed":
        raise FeedSource(url, f"is a feed ({_type(capture)}): ingest it with --feed {url}")
    if kind not in READ:
        raise SourceError(url, f"content type {_type(capture)} is not read (HTML, text or PDF)")
    if not capture.body.strip():
        raise SourceError(url, "the server sent no content")
    if kind == "pdf":
        document, author = document_from_pdf(url, capture.body, capture.sha256), None
    else:
        text, warnings = _decoded(capture)
        document, author = document_and_author(
            url, text, kind or "txt", capture.sha256, warnings, page_url=capture.final_url
        )
    if document.url is None:
        document = document.model_copy(update={"url": capture.final_url})
    return in_language(document, language), dataclasses.replace(capture, author=author)


def _decoded(capture: Capture) -> tuple[str, list[str]]:
    return decoded_text(capture.body, capture.requested_url, capture.charset)


def decoded_text(body: bytes, url: str, charset: str | None = None) -> tuple[str, list[str]]:
    """`body` as text: in `charset` (the one a server named), else UTF-8, else in the
    charset its HTML head declares (`charsets.declared_charset`), else (with a
    warning) Windows-1252, the usual charset of pages that name none. Raises
    SourceError (one line naming `url`) for binary content."""
    if b"\x00" in body[:8192]:
        raise SourceError(url, "binary content, not text")
    if charset:
        try:
            return body.decode(charset, errors="replace"), []
        except LookupError:
            pass  # a charset Python does not know: read as if none was named
    try:
        return body.decode("utf-8"), []
    except UnicodeDecodeError:
        declared = declared_charset(body)
        if declared is not None:
            return body.decode(declared, errors="replace"), []
        return body.decode("cp1252", errors="replace"), [
            f"{url}: not UTF-8 and no charset named; decoded as cp1252"
        ]


def _type(capture: Capture) -> str:
    return capture.content_type.split(";")[0].strip() or "(none given)"
