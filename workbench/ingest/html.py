"""Reduce an HTML page to its article text, one block element a line.

`html_to_text` asks trafilatura first (`ingest/article.py`: the best-scoring
article extractor of the published benchmarks) and falls back on the hand-written
reader here (`fallback_html_to_text`) when the library finds no text or the page
is too large for it. Offsets of claims in an HTML source refer to this extracted
text, not to the markup (docs/formats.md says so).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from workbench.ingest.metadata import outlet_from_title

_SKIPPED = frozenset(
    "script style noscript nav header footer aside form iframe svg button select template "
    "figure figcaption menu dialog".split()
)
_BLOCKS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article ul ol table dd dt pre hr "
    "main title".split()
)
_VOID = frozenset("br hr img meta link input area base col embed source track wbr".split())
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# a script or style element (whose "<!--" opens no comment), a closed comment (HTML's
# "<!-->" and "<!--->" close at once), or a comment that is never closed
_COMMENTS = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--(?:-?>|.*?-->)|(<!--)", re.S | re.I)


@dataclass
class HtmlMetadata:
    """What the page's head says about it."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # an ISO date, YYYY-MM-DD, when the page gives one
    author: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


class _ArticleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Text()
        self.article = _Text()
        self.skip_depth = 0
        self.article_depth = 0
        self.in_title = False
        self.metadata = HtmlMetadata()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or ""
            if key and "content" in values:
                self.metadata.meta[key.lower()] = values["content"].strip()
        elif tag == "link" and values.get("rel", "").lower() == "canonical":
            self.metadata.url = values.get("href") or None
        if tag in _VOID:
            if tag in _BLOCKS:
                self._newline()
            return
        if tag in _SKIPPED:
            self.skip_depth += 1
        elif tag == "article":
            self.article_depth += 1
        elif tag == "title":
            self.in_title = True
        if tag in _BLOCKS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "article" and self.article_depth:
            self.article_depth -= 1
        elif tag == "title":
            self.in_title = False
        if tag in _BLOCKS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.metadata.title = (self.metadata.title or "") + data
            return
        if self.skip_depth:
            return
        self.page.append(data)
        if self.article_depth:
            self.article.append(data)

    def _newline(self) -> None:
        self.page.append("\n\n")
        if self.article_depth:
            self.article.append("\n\n")


def html_to_text(markup: str, *, url: str | None = None) -> tuple[str, HtmlMetadata]:
    """The page's article text, one block a paragraph, and its metadata (title,
    outlet, author, ISO publication date, canonical URL): trafilatura's reading
    (`article.library_text`; `url` is where the page was fetched, for its links),
    else the hand-written reader's (`fallback_html_to_text`) when the library finds
    no text or the page is over `article.LIBRARY_LIMIT` characters. The metadata
    the library leaves out is taken from the page's `<meta>` tags as the fallback
    reads them."""
    from workbench.ingest.article import library_text  # lxml is loaded on first use

    markup = without_unclosed_comment(markup)
    found = library_text(markup, url=url)
    if found is None:
        return _hand_read(markup)
    meta = found.meta
    outlet = _first(meta.get("og:site_name"), meta.get("application-name"), found.sitename)
    return found.text, HtmlMetadata(
        title=found.title,
        outlet=outlet or outlet_from_title(found.raw_title),
        url=found.url,
        published=iso_day(found.published) or _published(meta),
        author=_first(found.author, meta.get("author")),
        meta=meta,
    )


def without_unclosed_comment(markup: str) -> str:
    """`markup` up to a comment that is never closed: HTML's parsing rules make it a
    comment to the end of the page, which a browser never shows (WHATWG HTML,
    "eof-in-comment"), whereas lxml and Python's parser before 3.13 read it as text.
    The markup is returned whole when every comment closes; a "<!--" inside a script
    or style element opens none."""
    for found in _COMMENTS.finditer(markup):
        if found.group(2):
            return markup[: found.start()]
    return markup


def fallback_html_to_text(markup: str) -> tuple[str, HtmlMetadata]:
    """The hand-written reader: the page's article text (the `<article>` when there is
    one, its `<header>` left out) and its metadata.

    Beside the markup this holds the parser's text in pieces, then the tidied text
    as it is written while those pieces are read and let go: about twice the text
    at most, never a string per tag or per line (a page that is one long text:
    `benchmarks/adversarial.py`). A comment never closed ends the page
    (`without_unclosed_comment`)."""
    return _hand_read(without_unclosed_comment(markup))


def _hand_read(markup: str) -> tuple[str, HtmlMetadata]:
    """`fallback_html_to_text` of markup whose unclosed comment is cut already."""
    parser = _ArticleText()
    parser.feed(markup)
    parser.close()
    chosen = parser.article if parser.article.has_text() else parser.page
    parser.article = parser.page = _Text()  # the other one is let go before tidying
    text = _tidy(chosen.lines())
    meta = parser.metadata
    meta.title = _first(meta.meta.get("og:title"), meta.title)
    meta.outlet = _first(meta.meta.get("og:site_name"), meta.meta.get("application-name"))
    meta.url = _first(meta.url, meta.meta.get("og:url"))
    meta.published = _published(meta.meta)
    meta.author = _first(meta.meta.get("author"), meta.meta.get("article:author"))
    return text, meta


def _tidy(lines: Iterable[str]) -> str:
    """The lines with their spaces folded, each stripped, at most one blank line in a
    row and none first or last, one line break at the end (a lone line break when no
    line has text). Written into a `_Text` as the lines come: no list of them is
    made, and a blank line is written only when a line with text follows it."""
    out = _Text()
    started = blank = False
    for raw in lines:
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            blank = started
            continue
        if blank:
            out.append("\n")
        out.append(line + "\n")
        started, blank = True, False
    return out.take() if started else "\n"


class _Text:
    """Text received in many small pieces (one per tag's data), kept in pieces of
    about `_PIECE` each: a page of a million tags is not a million strings."""

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._recent: list[str] = []

    def append(self, data: str) -> None:
        self._recent.append(data)
        if len(self._recent) >= _PIECE:
            self._pieces.append("".join(self._recent))
            self._recent = []

    def has_text(self) -> bool:
        """Whether any character received is not white space (`str.strip` keeps one)."""
        return any(piece and not piece.isspace() for piece in [*self._pieces, *self._recent])

    def take(self) -> str:
        """The text received, as one string; the pieces are let go."""
        pieces, self._pieces = [*self._pieces, *self._recent], []
        self._recent = []
        return "".join(pieces)

    def lines(self) -> Iterator[str]:
        """The text received, cut at each line feed as `str.split` cuts it at one, the
        pieces let go as they are read: the whole is never joined."""
        pieces, self._pieces = [*self._pieces, *self._recent], []
        self._recent = []
        pieces.reverse()  # read from the end of the list: each is dropped once read
        carry: list[str] = []  # a line's parts from pieces before this one
        while pieces:
            piece = pieces.pop()
            start = 0
            while (end := piece.find("\n", start)) >= 0:
                carry.append(piece[start:end])
                yield "".join(carry)
                carry, start = [], end + 1
            carry.append(piece[start:])
        yield "".join(carry)


_PIECE = 4096


def _first(*values: str | None) -> str | None:
    return next((v.strip() for v in values if v and v.strip()), None)


_DATE_KEYS = ("article:published_time", "date", "pubdate", "dc.date", "dc.date.issued")


def _published(meta: dict[str, str]) -> str | None:
    """The first publication date of the page's `<meta>` tags, as YYYY-MM-DD."""
    return next((day for key in _DATE_KEYS if (day := iso_day(meta.get(key)))), None)


def iso_day(value: str | None) -> str | None:
    """ "2013-01-25" from an ISO date or time ("2013-01-25T10:00:00Z") or an RFC 2822
    one ("Fri, 25 Jan 2013 10:00:00 GMT", as `<meta name="date">` and feeds give it);
    None for anything else."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None
