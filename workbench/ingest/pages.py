"""The pages of a PDF's text: they are `PAGE_BREAK` apart (a form feed on a line of
its own), so a claim's page follows from its offset. Light on purpose: the store
reads it when it stores a PDF, and a report when it cites a claim's page."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

PAGE_BREAK = "\n\f\n"


def page_starts(text: str) -> list[int]:
    """The offset where each page of a PDF's text starts: [0] for one page."""
    starts = [0]
    at = text.find(PAGE_BREAK)
    while at >= 0:
        starts.append(at + len(PAGE_BREAK))
        at = text.find(PAGE_BREAK, at + 1)
    return starts


def page_of(starts: Sequence[int], offset: int) -> int:
    """The page (from 1) holding the character at `offset`, given `page_starts`."""
    return max(1, bisect.bisect_right(starts, offset))
