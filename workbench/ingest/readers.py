"""Read a file into a SourceDocument: decode, reduce HTML, find body and metadata."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
from pathlib import Path

from workbench.errors import SourceError
from workbench.extract.dates import find_published
from workbench.extract.french.dates import find_published as find_published_fr
from workbench.ingest.charsets import declared_charset
from workbench.ingest.furniture import find_blocks, name_commenters
from workbench.ingest.html import html_to_text
from workbench.ingest.language import (
    detect_language,
    language_doubt,
    unread_warning,
    with_comment_languages,
)
from workbench.ingest.limits import read_regular
from workbench.ingest.markdown import markdown_to_text
from workbench.ingest.metadata import (
    outlet_from_text,
    outlet_from_title,
    published_from_dateline,
    title_from_blocks,
)
from workbench.ingest.paragraph_languages import with_paragraph_languages
from workbench.models import SourceDocument

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# A terminal's escape sequence (ESC [ ... letter, ESC ] ... BEL or ESC \\) and any
# other control character but tab, line breaks and form feed; bidi overrides.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?)")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def inert_text(text: str) -> str:
    """`text` with nothing a terminal would obey, offsets kept: an escape sequence
    (colours, cursor moves, a window title) becomes spaces, as many as its characters;
    any other control character or bidi override becomes U+FFFD. They are no content
    of a report, and left in they hide text on the analyst's screen and read as
    figures ("ESC[30;40m" is no 30 soldiers)."""
    if not _CONTROL.search(text):
        return text
    text = _ESCAPE_SEQUENCE.sub(lambda m: " " * len(m.group(0)), text)
    return _CONTROL.sub("\ufffd", text)


FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
_SNIFF = 2048


def read_source(
    path: str | Path,
    *,
    fallback_encoding: str | None = None,
    language: str | None = None,
    data: bytes | None = None,
) -> SourceDocument:
    """Read one file as a source document, in `language` (an ISO 639-1 code, the
    analyst's) or the language detected (`language.detect_language`); a language
    the extractor does not read is a warning. `data`: the file's bytes when the
    caller read them already (`read_regular`: the ingest keeps them as evidence),
    else they are read here.

    Raises SourceError (one line: path and problem) for a missing path, a
    directory, anything but a regular file (a FIFO, a device), a file over the
    size limit, an empty or binary file (a PDF is read with pypdf: `pdf.py`), and a
    file that is not UTF-8 unless
    `fallback_encoding` is given, in which case it decodes with that and
    records a warning.
    """
    data = read_regular(str(path)) if data is None else data
    shown = storable_path(str(path))
    if Path(path).suffix.lower() == ".pdf":
        return in_language(document_from_pdf(shown, data), language)
    _check_text(shown, data)
    digest = hashlib.sha256(data).hexdigest()
    text, warnings = _decode(data, shown, fallback_encoding)
    del data  # only the text is read from here on: a long file is not held twice
    fmt = _format(Path(path), text)
    return in_language(document_from_text(shown, text, fmt, digest, warnings), language)


def storable_path(path: str) -> str:
    """A path as a document keeps and shows it: the path itself, or, where the file
    system gave bytes that are not UTF-8 (Python keeps them as lone surrogates, which
    SQLite and the terminal refuse), those bytes written as escapes ("x\\xfey.txt")."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def in_language(doc: SourceDocument, language: str | None) -> SourceDocument:
    """`doc` in `language` (the analyst's ISO 639-1 code) or the one detected, with a
    warning for a language the extractor does not read, and the French way of
    dating a French document that gave no date; where the language is detected,
    its paragraphs in the other language read are marked (`paragraph_languages`)."""
    detected = detect_language(doc.text)
    code = language.lower() if language else detected
    doubt, unread = language_doubt(doc, code, detected), unread_warning(doc.path, code)
    if doubt and unread:  # the analyst's language, one Workbench does not read
        unread = f"{doubt}: no claims are taken from it (document edit --language to change it)"
    unread = unread or doubt
    published = doc.published
    if code == "fr" and published is None:
        published = find_published_fr(doc.text)
    warned = [*doc.warnings, *([unread] if unread else [])]
    update = {"language": code, "warnings": warned, "published": published}
    read = with_comment_languages(doc.model_copy(update=update))
    return read if language else with_paragraph_languages(read)  # the analyst's, throughout


def document_from_text(
    path: str,
    text: str,
    fmt: str = "txt",
    sha256: str | None = None,
    warnings: list[str] | None = None,
) -> SourceDocument:
    """Build a SourceDocument from text already in memory (`document_and_author`)."""
    return document_and_author(path, text, fmt, sha256, warnings)[0]


def document_from_pdf(path: str, data: bytes, sha256: str | None = None) -> SourceDocument:
    """The document of a PDF's bytes (`pdf.pdf_text`: its pages a form feed apart),
    titled from the PDF's metadata when its text names no title; `sha256` of the
    bytes. Raises SourceError (one line naming `path`) for a PDF that gives no text."""
    from workbench.ingest.pdf import pdf_text  # pypdf is loaded for PDFs only

    text, title = pdf_text(path, data)
    digest = sha256 or hashlib.sha256(data).hexdigest()
    document = document_from_text(path, text, "pdf", digest)
    if title and not document.title:
        document = document.model_copy(update={"title": inert_text(title)})
    return document


def document_and_author(
    path: str,
    text: str,
    fmt: str = "txt",
    sha256: str | None = None,
    warnings: list[str] | None = None,
    *,
    page_url: str | None = None,
) -> tuple[SourceDocument, str | None]:
    """Build a SourceDocument from text already in memory (HTML is reduced first,
    `page_url` the address it was fetched from; Markdown read as its words,
    `markdown.markdown_to_text`), and the author an HTML page names.
    A lone surrogate (text decoded badly upstream) becomes U+FFFD: it can be neither
    hashed as UTF-8 nor stored. `sha256` is the hex digest of the raw bytes as they
    came, by default of the text as UTF-8; the text is then made inert
    (`inert_text`). Offsets of everything else stay the same."""
    if not text.isascii():  # a constant-time test: most text has no character to replace
        text = _LONE_SURROGATE.sub("\ufffd", text)
    sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    title = outlet = url = author = None
    published: dt.date | None = None
    if fmt == "html":
        text, meta = html_to_text(text, url=page_url)  # "&#27;" is an escape once decoded
        title, outlet, url = meta.title, meta.outlet or outlet_from_title(meta.title), meta.url
        published, author = _iso_date(meta.published), meta.author
    elif fmt == "md":  # emphasis and link markup are no part of what the text says
        text = markdown_to_text(text)
    text = inert_text(text)
    blocks = name_commenters(text, find_blocks(text))
    if not blocks and not text.strip():
        raise SourceError(path, "no text in the file")
    document = SourceDocument(
        path=path,
        text=text,
        sha256=sha256,
        format=fmt,
        blocks=blocks,
        title=inert_text(title) if title else title_from_blocks(text, blocks),
        outlet=inert_text(outlet) if outlet else outlet_from_text(text, blocks),
        url=url,
        published=published or find_published(text) or published_from_dateline(text),
        warnings=warnings or [],
    )
    return document, inert_text(author) if author else None


def _check_text(shown: str, data: bytes) -> None:
    """Refuse a file's bytes (read by `read_regular`: a regular file only, up to the
    size limit) that are empty or binary."""
    if not data or data.isspace():  # the same test as `not data.strip()`, with no copy
        raise SourceError(shown, "empty file")
    if b"\x00" in data[: _SNIFF * 4] and not data.startswith(_UTF16_MARKS):
        raise SourceError(shown, "binary file, not text")


# The byte-order marks of UTF-16 ("Unicode" in Windows Notepad): text with NUL bytes.
_UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# The codecs `_decode` uses, imported now: Python imports a codec's module on its first
# use, which a process that has since lost the right to read its packages cannot.
for _codec in ("utf-8-sig", "utf-16"):
    codecs.lookup(_codec)


def _decode(data: bytes, shown: str, fallback: str | None) -> tuple[str, list[str]]:
    """The text of a file's bytes: UTF-16 after its byte-order mark, else UTF-8 (its
    mark dropped), else the charset an HTML page's head declares (`declared_charset`),
    else `fallback` with a warning; SourceError when it is none."""
    if data.startswith(_UTF16_MARKS):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            raise SourceError(shown, "not UTF-16 text, though it opens with its mark") from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        declared = declared_charset(data)
        if declared is not None:  # an HTML page saved in the charset it names
            return data.decode(declared, errors="replace"), []
        where = f"byte 0x{data[error.start]:02x} at offset {error.start}"
        if fallback is None:
            raise SourceError(shown, f"not UTF-8 text ({where})") from None
        return data.decode(fallback, errors="replace"), [
            f"{shown}: not UTF-8 ({where}); decoded as {fallback}"
        ]


def _format(path: Path, text: str) -> str:
    return FORMATS.get(path.suffix.lower()) or sniffed_format(text)


def sniffed_format(text: str) -> str:
    """ "html" for text that opens as an HTML page, else "txt"."""
    head = text[:_SNIFF].lstrip().lower()
    return "html" if head.startswith(("<!doctype html", "<html")) else "txt"


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
