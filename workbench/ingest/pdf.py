"""A PDF (a situation report, a press release) read into a source document with
pypdf, page by page: each page's lines joined back into paragraphs, the pages a
form feed apart (U+000C on a line of its own, `pages.PAGE_BREAK`), so that a
claim's page is known from its offset (`pages.page_of`)."""

from __future__ import annotations

import io
import logging
import re

from workbench.errors import SourceError
from workbench.ingest.pages import PAGE_BREAK

_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
_BULLET = re.compile(r"^(?:[-•▪●◦*–]|\d{1,2}[.)]|[a-z][.)])\s")
_SPACES = re.compile(r"[ \t\u00a0]+")


def pdf_text(path: str, data: bytes) -> tuple[str, str | None]:
    """A PDF's text, page by page (`PAGE_BREAK` between pages), and the title its
    metadata gives (None for none). Raises SourceError (one line naming `path`) for
    a file pypdf cannot read, an encrypted one, and one with no text (a scan:
    Workbench does no OCR)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the analyst's
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise SourceError(path, "the PDF is encrypted")
        pages = [_paragraphs(page.extract_text() or "") for page in reader.pages]
        title = _metadata_title(reader)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise SourceError(path, f"not a PDF pypdf can read ({error})") from None
    if not any(page.strip() for page in pages):
        raise SourceError(path, "the PDF has no text (a scan? Workbench does no OCR)")
    return PAGE_BREAK.join(pages), title


def _paragraphs(page: str) -> str:
    """A page's lines as paragraphs: a line ending a sentence, a short line, or one
    before a bullet ends a paragraph; a word cut with a hyphen at a line's end is
    joined whole."""
    lines = [_SPACES.sub(" ", line).strip() for line in page.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return ""
    width = max(len(line) for line in lines)
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if current.endswith("-") and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ends = (
            (_SENTENCE_END.search(line) is not None and len(line) < 0.85 * width)
            or len(line) < 0.6 * width
            or _BULLET.match(following) is not None
        )
        if ends or not following:
            paragraphs.append(current)
            current = ""
    return "\n\n".join(paragraphs)


def _metadata_title(reader: object) -> str | None:
    metadata = getattr(reader, "metadata", None)
    title = getattr(metadata, "title", None) if metadata is not None else None
    return str(title).strip() or None if title else None
