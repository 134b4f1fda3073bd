"""How a report cites: a source by outlet, title, date and web address; a claim's
file, page (of a PDF) and character span as a footnote, for traceability, with the
time the source was fetched or read and the SHA-256 of its bytes (the evidence
`document show --raw` and the WARC export give back); a time to the minute. No internal path
reaches a report: a file is named by its name alone."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from tempfile import SpooledTemporaryFile
from types import TracebackType
from typing import NamedTuple, TextIO
from urllib.parse import urlsplit

from workbench.export.headline import date_words
from workbench.ingest.language import language_name
from workbench.ingest.pages import page_of
from workbench.models import ClaimRow, SourceSummary
from workbench.vocabulary import READ_LANGUAGES

_SPOOL = 1 << 20  # footnotes kept in memory up to 1 MiB, then in a temporary file


def minute(stamp: str | None) -> str:
    """ "2026-12-01 10:36 UTC" from a stored ISO time stamp; the stamp as it is when it
    is no ISO time, "" for none."""
    if not stamp:
        return ""
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return when.strftime("%Y-%m-%d %H:%M") + (" UTC" if when.tzinfo is not None else "")


def file_name(path: str | None) -> str:
    """A stored document's file name without its folders: "002_d080ff34.txt"."""
    return (path or "").replace("\\", "/").rsplit("/", 1)[-1]


def http_url(url: str | None) -> str | None:
    """`url` if it is an absolute http or https address, else None: no `javascript:`,
    `data:` or scheme-less text reaches a page that publishes the reviews. A URL with
    spaces or control characters is refused whole, as browsers would read it otherwise."""
    if not url or any(ord(c) <= 0x20 or 0x7F <= ord(c) <= 0x9F for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def citation(source: SourceSummary | None) -> str:
    """ "Le Monde, “Mali: the ambush”, 7 February 2013, in French": a source by
    outlet, title, date and language (other than English; one the extractor does not
    read is said so), each left out when unknown; the file name when neither outlet
    nor title is known. The web address goes beside it (`http_url(source.url)`)."""
    if source is None:
        return "source not found"
    words = [source.outlet] if source.outlet else []
    words += [f"“{source.title}”"] if source.title else []
    if not words:
        words.append(file_name(source.path))
    if source.published:
        words.append(date_words(source.published, None))
    if source.language and source.language != "en":
        words.append(f"in {language_name(source.language)}")
        if source.language not in READ_LANGUAGES:
            words.append("a language not read: no claims taken from it")
    return ", ".join(words)


class Cited(NamedTuple):
    """A source as a report cites it: `citation()`, its http(s) address or None, its
    file's name, where its pages start (a PDF's; empty for any other) and the
    evidence kept: "fetched 2026-12-01 10:36 UTC, SHA-256 …" (`evidence`)."""

    words: str
    url: str | None
    file: str
    pages: tuple[int, ...] = ()
    evidence: str = ""


def cited(source: SourceSummary | None) -> Cited:
    """The source's citation, address, file name, pages and evidence, worked out once
    per document."""
    if source is None:
        return Cited(citation(None), None, "")
    return Cited(
        citation(source),
        http_url(source.url),
        file_name(source.path),
        _pages(source.page_starts),
        evidence(source),
    )


_READ = {"file": "read {} from a file", "stdin": "read {} from standard input"}


def evidence(source: SourceSummary) -> str:
    """ "fetched 2026-12-01 10:36 UTC, SHA-256 9f86d0…" (the whole digest) for a
    source fetched from the web, "read 2026-12-01 10:36 UTC from a file, SHA-256 …"
    for a local file ("from standard input" for text piped or pasted); "" for one
    loaded before its bytes were kept."""
    if not source.fetched_at or not source.capture_sha256:
        return ""
    when = _READ.get(source.captured_from or "", "fetched {}").format(minute(source.fetched_at))
    return f"{when}, SHA-256 {source.capture_sha256}"


def trace(claim: ClaimRow, source: Cited) -> str:
    """ "002_d080ff34.txt, characters 1308–1335": where a claim's words stand; "sitrep.pdf,
    p. 3, characters ..." in a PDF; the time it was fetched or read and the hash of
    the bytes kept after it (`evidence`)."""
    page = f", p. {page_of(source.pages, claim.start)}" if len(source.pages) > 1 else ""
    where = f"{source.file or file_name(claim.source)}{page}, characters {claim.start}–{claim.end}"
    return f"{where}; {source.evidence}" if source.evidence else where


def _pages(starts: str | None) -> tuple[int, ...]:
    try:
        return tuple(int(s) for s in (starts or "").split())
    except ValueError:
        return ()


class Footnotes:
    """Footnotes a writer takes while it writes a section and sets down after it:
    numbered from 1 in the section, their text kept in a spooled file so that a
    table of 100,000 claims keeps memory flat.

    `line(label, number, text)`: a footnote's definition as the writer's format
    writes it, `text` already made inert."""

    def __init__(self, prefix: str, line: Callable[[str, int, str], str]) -> None:
        self.prefix = prefix
        self.line = line
        self.count = 0
        self.first = 1  # the number of the first footnote not yet set down
        self._spool: SpooledTemporaryFile[str] = SpooledTemporaryFile(  # noqa: SIM115
            _SPOOL, mode="w+", encoding="utf-8"
        )  # closed on leaving the `with` block the writer opens it in

    def add(self, text: str) -> tuple[str, int]:
        """Take a footnote: its label (unique in the report) and number."""
        self.count += 1
        label = f"{self.prefix}{self.count}"
        self._spool.write(self.line(label, self.count, text))
        return label, self.count

    def set_down(self, out: TextIO, before: str = "", after: str = "") -> None:
        """Write the footnotes taken since the last time, between `before` and
        `after`; nothing when there are none."""
        if self.first > self.count:
            return
        out.write(before)
        self._spool.seek(0)
        shutil.copyfileobj(self._spool, out)
        out.write(after)
        self._spool.seek(0)
        self._spool.truncate()
        self.first = self.count + 1

    def __enter__(self) -> Footnotes:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._spool.close()
