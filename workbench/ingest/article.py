"""An HTML page's article text and metadata as trafilatura reads them.

trafilatura (lxml underneath) leads the published article-extraction benchmarks:
it keeps an `<article>`'s own `<header>` (headline, standfirst), drops the page's
furniture, and reads the metadata of `<meta>` tags, JSON-LD and the markup
(htmldate for the date). `html.html_to_text` calls it first and falls back on the
hand-written reader when it gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document
from trafilatura.utils import load_html

LIBRARY_LIMIT = 2 * 1024 * 1024
"""Characters of markup above which the library is not asked and the fallback reader
reads the page: trafilatura's time grows with about the square of a page's size (a
page of 2 MB of paragraphs took 5 s, one of 16 MB did not end in 12 minutes, where
the fallback reader takes under 4 s), and lxml's tree is many times the page's
size. News pages average about 170 KB."""

_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_DATES = {"extensive_search": False, "original_date": True}  # the markup's dates only


@dataclass
class LibraryReading:
    """What trafilatura read of a page: its text (blocks a blank line apart, one line
    break at the end) and metadata, each None when the page does not say it;
    `raw_title` is the `<title>` as written (a site name often ends it), `meta` the
    page's `<meta>` tags by lower-cased name or property."""

    text: str
    title: str | None = None
    raw_title: str | None = None
    sitename: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


def library_text(markup: str, *, url: str | None = None) -> LibraryReading | None:
    """trafilatura's reading of `markup` (fetched from `url`, when it was), or None
    when the page is over LIBRARY_LIMIT characters, cannot be parsed, or has no text
    the library takes for an article."""
    if len(markup) > LIBRARY_LIMIT or not markup.strip():
        return None
    tree = load_html(markup)
    if tree is None:
        return None
    meta, canonical, raw_title = _head(tree)
    found = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=True,  # no fallback extractors: as good on the benchmark, a fifth faster
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=_DATES,
    )
    if not isinstance(found, Document) or not found.text or not found.text.strip():
        return None  # a dict only when asked for one: never here
    return LibraryReading(
        text=_paragraphs(found.text),
        title=_clean(meta.get("og:title")) or _clean(found.title) or _clean(raw_title),
        raw_title=_clean(raw_title),
        sitename=_sitename(found, url),
        author=_clean(found.author),
        url=canonical or _clean(meta.get("og:url")) or _clean(found.url),
        published=_clean(found.date),
        meta=meta,
    )


def _head(tree: Any) -> tuple[dict[str, str], str | None, str | None]:
    """The page's `<meta>` tags, its canonical link and its `<title>`, read before the
    library prunes the tree."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        content = element.get("content")
        if key and content is not None and key not in meta:
            meta[key] = content.strip()
    canonical = next(
        (
            _clean(link.get("href"))
            for link in tree.iter("link")
            if (link.get("rel") or "").strip().lower() == "canonical"
        ),
        None,
    )
    title = tree.find(".//title")
    return meta, canonical, title.text_content() if title is not None else None


def _sitename(found: Document, url: str | None) -> str | None:
    """The library's site name, unless it is only the host's name (it falls back on
    that): the title's ending or the text may name the outlet better."""
    name = _clean(found.sitename)
    hosts = {
        _host(found.hostname or ""),
        *(_host(urlsplit(u).netloc) for u in (found.url, url) if u),
    }
    if not name or _host(name) in hosts:
        return None
    return name


def _host(name: str) -> str:
    """A host's name as compared: lower case, no "www.", no port."""
    return name.lower().removeprefix("www.").rsplit(":", 1)[0]


def _paragraphs(body: str) -> str:
    """The library's lines (one a block) as the fallback reader writes blocks: spaces
    folded, a blank line between them, one line break at the end."""
    lines = (_SPACES.sub(" ", line).strip() for line in body.splitlines())
    return "\n\n".join(line for line in lines if line) + "\n"


def _clean(value: str | None) -> str | None:
    value = _SPACES.sub(" ", value or "").strip()
    return value or None
