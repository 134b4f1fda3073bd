"""A set of text spans that answers "does this span overlap one of them?" in
logarithmic time, so that checking each figure of a long sentence against its
dates, times and links stays linear in the sentence."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate

Span = tuple[int, int]


class SpanSet:
    """Spans `(start, end)` of a text, end exclusive, overlapping or not."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._spans = sorted(spans)
        self._starts: list[int] = []
        self._reach: list[int] = []  # the furthest end so far
        if self._spans:  # most sentences skip nothing
            self._starts = [s for s, _ in self._spans]
            self._reach = list(accumulate((e for _, e in self._spans), max))

    def __bool__(self) -> bool:
        return bool(self._spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether `[start, end)` shares a character with one of the spans."""
        if not self._starts:  # most sentences skip nothing
            return False
        last = bisect.bisect_left(self._starts, end) - 1  # the last span starting before `end`
        return last >= 0 and self._reach[last] > start

    def with_spans(self, spans: Iterable[Span]) -> SpanSet:
        """A new set holding these spans and the spans of this one."""
        return SpanSet([*self._spans, *spans])
