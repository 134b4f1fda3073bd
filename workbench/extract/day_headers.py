"""The days a thread or a live page heads its posts with: a line that holds a date
alone ("24.11.2026", "25 November 2026", "Tuesday, Nov. 24") dates the posts after it,
up to the next such line, where the page has two or more (trial 73b: a governor's
Telegram channel, its posts "🔴 07:15 Preliminary: 4 people killed" under "24.11.2026"
and "⚡️ 09:05 ... 14 dead" under "25.11.2026", was read undated). One line alone is an
article's date line, which says when it was published, not when its tolls happened.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable

from workbench.extract.dates import DateMention

_LINE = re.compile(r"^[^\S\n]*(\S[^\n]{3,48}?)[^\S\n]*$", re.MULTILINE)
_WORD_OR_DIGIT = re.compile(r"[^\W_]")
_FEWEST = 2  # day lines a page needs before they head its posts

Finder = Callable[[str, dt.date | None, int, int], list[DateMention]]


def day_headers(text: str, published: dt.date | None, find: Finder) -> list[DateMention]:
    """The lines of `text` that name one day and nothing else (signs and emoji aside),
    in order, as `find(text, published, start, end)` reads them; [] where fewer than
    two are."""
    found = []
    for line in _LINE.finditer(text):
        if not any(c.isdigit() for c in line.group(1)):
            continue  # "Tuesday" alone heads no day a reader can place
        dates = find(text, published, line.start(1), line.end(1))
        if len(dates) != 1 or dates[0].first is None or dates[0].first != dates[0].last:
            continue
        rest = text[line.start(1) : dates[0].start] + text[dates[0].end : line.end(1)]
        if not _WORD_OR_DIGIT.search(rest):
            found.append(dates[0])
    return found if len(found) >= _FEWEST else []


def header_day(headers: list[DateMention], position: int) -> DateMention | None:
    """The day of the last header line before `position`; None before the first."""
    at = bisect_right([h.start for h in headers], position)
    return headers[at - 1] if at else None
