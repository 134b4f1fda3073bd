"""An RSS or Atom feed read with feedparser (issue 19): the items' addresses, titles
and dates, for `ingest --feed` to fetch the pages it has not fetched yet."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from urllib.parse import urljoin

from workbench.errors import SourceError


@dataclass(frozen=True)
class FeedItem:
    """One item of a feed: its page's absolute address, title and date (None when
    the feed gives none)."""

    link: str
    title: str | None
    published: dt.date | None


def feed_items(body: bytes, url: str, kind: str | None = None) -> list[FeedItem]:
    """The items of the feed `body` fetched from `url` that link to an http(s) page,
    in the feed's order, each address once. Raises SourceError (one line naming the
    feed) for a body that is no RSS or Atom feed; one that is a web page (`kind`
    "html", as `fetch.kind_of` reads its content type, or a body that opens as
    HTML) says to drop --feed."""
    import feedparser  # type: ignore[import-untyped]  # no types shipped; loaded for feeds only

    parsed = feedparser.parse(body)
    version = getattr(parsed, "version", "")
    if not parsed.entries and (parsed.bozo or not version):
        problem = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(problem).splitlines()[0]})" if problem else ""
        if kind == "html" or _is_page(body):
            detail = " (it is a page, not a feed: drop --feed)"
        raise SourceError(url, f"not an RSS or Atom feed{detail}")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = urljoin(url, str(entry.get("link") or "").strip())
        if not link.lower().startswith(("http://", "https://")) or link in seen:
            continue
        seen.add(link)
        title = str(entry.get("title") or "").strip() or None
        items.append(FeedItem(link, title, _date(entry)))
    return items


def _date(entry: dict[str, object]) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _is_page(body: bytes) -> bool:
    """Whether `body` opens as an HTML page (a doctype or an <html> tag)."""
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))
