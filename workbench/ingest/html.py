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
        self.page: list[str] = []
        self.article: list[str] = []
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
    chunks = parser.article if "".join(parser.article).strip() else parser.page
    text = _tidy("".join(chunks))
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
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def _first(*values: str | None) -> str | None:
    return next((v.strip() for v in values if v and v.strip()), None)
