"""A day written in numbers ("19/12/2018", "7.2.2021"): which of its first two numbers
is the day. Split from dates.py, whose `DATE_RE` finds such a day."""

from __future__ import annotations

import datetime as dt


def numeric_day(first: int, second: int, year: int, ref: dt.date | None) -> dt.date | None:
    """The day "first/second/year" names: day first ("19/12/2018", as most of the world
    writes it) unless only month first makes a date ("12/19/2018"); where both do, the
    one on or nearest before `ref` (the report's day), day first without one. None
    where neither is a date."""
    candidates = []
    for day, month in ((first, second), (second, first)):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if len(candidates) < 2 or ref is None or candidates[0] == candidates[1]:
        return candidates[0] if candidates else None
    past = [c for c in candidates if c <= ref]
    return max(past) if past else candidates[0]
