"""A date expression resolved: `dates.DATE_RE`'s match read as the first and last
day it names (`datetime.date`s, a closed interval), seen from a reference date (the
article's publication day): "Tuesday" the last Tuesday on or before it, "last month"
its month before, "around February 5" February 3 to 7. (None, None) where the
expression needs a reference and has none ("yesterday" with no publication date), or
names no real day ("February 30"). Split from dates.py, which finds the expressions
and asks `resolve` of each."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from workbench.extract.numeric_dates import numeric_day

_MONTH_NAMES = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MONTH_NAMES["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name.lower(): number for number, name in enumerate(calendar.day_abbr)})
_WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
_UNITS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_SHIFTS = {"last": -1, "this": 0, "next": 1}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}


def resolve(match: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day `match` (of `dates.DATE_RE`) names, seen from `ref`;
    "around", "about" ... widen a single day by two days either side."""
    approx = bool(match.group("approx")) and match.group("approx").strip().lower() in (
        "around",
        "about",
        "circa",
        "approximately",
        "roughly",
        "on or about",
    )
    first, last = _resolve_exact(match, ref)
    if approx and first is not None and last is not None and first == last:
        return first - dt.timedelta(days=2), last + dt.timedelta(days=2)
    return first, last


def _resolve_exact(
    match: re.Match[str], ref: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    g = match.group
    if g("iso"):
        return _day(int(g("iy")), int(g("im")), int(g("id")))
    if g("na"):
        day = numeric_day(int(g("na")), int(g("nb")), int(g("ny")), ref)
        return (day, day) if day is not None else (None, None)
    for m, d, y, r in (("m1", "d1", "y1", "r1"), ("m2", "d2", "y2", "r2")):
        if g(m) and g(r):  # "3 March last year"
            if ref is None:
                return None, None
            return _day(ref.year + _SHIFTS[g(r).lower()], _month(g(m)), int(g(d)))
        if g(m):
            first, last = _month_day(_month(g(m)), int(g(d)), g(y), ref)
            other = (g("e1") or g("e1w")) if m == "m1" else g("b2")
            worded = bool(g("e1w") if m == "m1" else g("b2w"))
            return _day_span(first, last, other, m == "m1", worded=worded)
    if g("m3"):
        return _month_span(int(g("y3")), _month(g("m3")))
    if g("y4"):
        year = int(g("y4"))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if g("m4"):
        if g("y5"):
            return _month_span(int(g("y5")), _month(g("m4")))
        if g("r5") and ref is not None:  # "in March last year"
            return _month_span(ref.year + _SHIFTS[g("r5").lower()], _month(g("m4")))
        return _recent_month(_month(g("m4")), ref)
    if ref is None:
        return None, None
    if g("s1"):  # "Sunday to Monday": the second day is the first one after the first
        first = _weekday(g("s1"), g("sr"), None, ref)
        gap = (_WEEKDAYS[g("s2").lower()] - first.weekday()) % 7
        return first, first + dt.timedelta(days=gap)
    if g("wd"):
        day = _weekday(g("wd"), g("wr"), g("ww"), ref)
        return day, day
    if g("m5"):
        return _shifted_month(_month(g("m5")), g("mr").lower(), ref)
    return _relative(g("rel").lower(), match, ref)


def _weekday(name: str, shift: str | None, week: str | None, ref: dt.date) -> dt.date:
    """The day a weekday names, seen from `ref`: "Tuesday" is the last Tuesday on or
    before `ref` (`ref` itself on a Tuesday), "last Tuesday" the last one before it
    (a week back on a Tuesday), "next Tuesday" the first one after it, "this
    Tuesday" the one in `ref`'s week (Monday to Sunday), and "Tuesday last week" the
    Tuesday of the week before `ref`'s."""
    target = _WEEKDAYS[name.lower()]
    monday = ref - dt.timedelta(days=ref.weekday())
    if week:
        return monday + dt.timedelta(days=7 * _SHIFTS[week.lower()] + target)
    words = " ".join(shift.lower().split()) if shift else ""
    if words in ("last", "past", "this past"):
        return ref - dt.timedelta(days=(ref.weekday() - target) % 7 or 7)
    if words in ("next", "coming", "this coming"):
        return ref + dt.timedelta(days=(target - ref.weekday()) % 7 or 7)
    if words == "this":
        return monday + dt.timedelta(days=target)
    return ref - dt.timedelta(days=(ref.weekday() - target) % 7)


def _shifted_month(month: int, shift: str, ref: dt.date) -> tuple[dt.date, dt.date]:
    """ "last March" is the last March before `ref`'s month, "next March" the first
    one after it, "this March" the one of `ref`'s year."""
    year = ref.year
    if shift in ("last", "past") and month >= ref.month:
        year -= 1
    elif shift == "next" and month <= ref.month:
        year += 1
    return _month_span(year, month)


def _relative(words: str, match: re.Match[str], ref: dt.date) -> tuple[dt.date, dt.date]:
    if match.group("ago_unit"):
        n_text = match.group("ago_n").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        day = ref - dt.timedelta(days=n * _UNITS[match.group("ago_unit").lower()])
        return day, day
    if match.group("win_unit"):
        n_text = (match.group("win_n") or "one").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        return ref - dt.timedelta(days=n * _UNITS[match.group("win_unit").lower()]), ref
    words = " ".join(words.split())
    shift = -1 if words.startswith(("last", "past", "this past")) else 0
    shift = 1 if words.startswith(("next", "coming")) else shift
    if words.endswith("before yesterday"):
        day = ref - dt.timedelta(days=2)
        return day, day
    if words in ("yesterday", "last night"):
        day = ref - dt.timedelta(days=1)
        return day, day
    if words == "tomorrow":
        day = ref + dt.timedelta(days=1)
        return day, day
    if words == "overnight":  # the night before the article
        return ref - dt.timedelta(days=1), ref
    if words.endswith("weekend"):
        # The weekend on or just before `ref`; "last weekend" is the one just
        # over on a weekday, the one before on a Saturday or a Sunday.
        sat = ref - dt.timedelta(days=(ref.weekday() - 5) % 7)
        if (shift < 0 and ref.weekday() >= 5) or shift > 0:
            sat += dt.timedelta(days=7 * shift)
        return sat, sat + dt.timedelta(days=1)
    if words.endswith("week"):
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * shift)
        return monday, monday + dt.timedelta(days=6)
    if words.endswith("month"):
        index = ref.year * 12 + ref.month - 1 + shift
        return _month_span(index // 12, index % 12 + 1)
    if words.endswith("year"):
        year = ref.year + shift
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return ref, ref  # today, tonight, this morning ...


def _month(name: str) -> int:
    return _MONTH_NAMES[name.rstrip(".").lower()]


def _day(year: int, month: int, day: int) -> tuple[dt.date | None, dt.date | None]:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None, None
    return date, date


def _month_day(
    month: int, day: int, year: str | None, ref: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    if year:
        return _day(int(year), month, day)
    if ref is None:
        return None, None
    first, last = _day(ref.year, month, day)
    if first is not None and first > ref + dt.timedelta(days=7):
        first, last = _day(ref.year - 1, month, day)  # "December 30" written in January
    return first, last


def _day_span(
    first: dt.date | None,
    last: dt.date | None,
    other: str | None,
    after: bool,
    worded: bool = False,
) -> tuple[dt.date | None, dt.date | None]:
    """The days of "April 28-29" (`other` `after` the day resolved) or "28-29 April";
    the day alone where they make no span of two to seven days in its month. A span
    told in words (`worded`: "between October 5 and 20") may run to the month's end."""
    if first is None or last is None or other is None or int(other) > 31 or int(other) < 1:
        return first, last
    day = first + dt.timedelta(days=int(other) - first.day)  # may leave the month: refused
    lo, hi = (first, day) if after else (day, last)
    if lo.month != hi.month:
        return first, last
    longest = dt.timedelta(days=30 if worded else 6)
    return (lo, hi) if dt.timedelta(days=1) <= hi - lo <= longest else (first, last)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _recent_month(month: int, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if ref is None:
        return None, None
    year = ref.year if month <= ref.month else ref.year - 1
    return _month_span(year, month)
