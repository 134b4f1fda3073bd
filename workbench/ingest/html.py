"""Reduce an HTML page to its article text, one block element a line.

Offsets of claims in an HTML source refer to this extracted text, not to the
markup (docs/formats.md says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

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


@dataclass
class HtmlMetadata:
    """What the page's head says about it."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
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


def html_to_text(markup: str) -> tuple[str, HtmlMetadata]:
    """The page's article text (the `<article>` when there is one) and its metadata."""
    parser = _ArticleText()
    parser.feed(markup)
    parser.close()
    article = parser.article.value()
    text = _tidy(article if article.strip() else parser.page.value())
    meta = parser.metadata
    meta.title = _first(meta.meta.get("og:title"), meta.title)
    meta.outlet = _first(meta.meta.get("og:site_name"), meta.meta.get("application-name"))
    meta.url = _first(meta.url, meta.meta.get("og:url"))
    meta.published = _first(
        meta.meta.get("article:published_time"),
        meta.meta.get("date"),
        meta.meta.get("pubdate"),
        meta.meta.get("dc.date"),
    )
    return text, meta


def _tidy(text: str) -> str:
    """Spaces folded, lines stripped, at most one blank line in a row, one line break
    at the end. Read a line at a time into a `_Text`: a page of many short lines is
    never held as one string per line."""
    out = _Text()
    start, previous = 0, ""
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = _SPACES.sub(" ", text[start:end]).strip()
        if line or previous:
            out.append(line + "\n")
        previous, start = line, end + 1
    return out.value().strip() + "\n"


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

    def value(self) -> str:
        return "".join([*self._pieces, *self._recent])


_PIECE = 4096


def _first(*values: str | None) -> str | None:
    return next((v.strip() for v in values if v and v.strip()), None)
