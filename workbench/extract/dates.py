"""Date expressions: find them in text and resolve them against a publication date.

"Tuesday", "last month" and "around February 5" mean nothing without the day
the article was written; with it they become ISO dates or intervals.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_MONTH_NAMES = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MONTH_NAMES["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_WEEKDAYS.update({name.lower(): number for number, name in enumerate(calendar.day_abbr)})
_WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})

_MONTH = (
    r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY_FULL = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"(?:{_WEEKDAY_FULL}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_YEAR = r"(?P<{g}>1[89]\d\d|20\d\d)(?!\d)"
_APPROX = (
    r"(?P<approx>(?:on or )?(?:around|about|circa|approximately|roughly|early|late|mid-?)\s+)?"
)
_UNITS = {"day": 1, "week": 7, "month": 30, "year": 365}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}

DATE_RE = re.compile(
    _APPROX
    + "(?:"
    + rf"(?:{_WEEKDAY},?\s+)?{_MONTH.format(g='m1')}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    + rf"(?:,?\s+{_YEAR.format(g='y1')})?"
    + rf"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH.format(g='m2')}"
    + rf"(?:,?\s+{_YEAR.format(g='y2')})?"
    + rf"|{_MONTH.format(g='m3')},?\s+{_YEAR.format(g='y3')}"
    + rf"|(?P<yprep>in|since|until|by|during|before|after|from|of)\s+{_YEAR.format(g='y4')}"
    + r"|(?P<iso>(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)"
    + rf"|(?P<wd>{_WEEKDAY_FULL})(?:'s|’s)?"
    + r"|(?P<rel>(?i:yesterday|today|tonight|last\s+night"
    + r"|(?:earlier\s+|later\s+)?this\s+(?:week|weekend|month|year|morning|afternoon|evening)"
    + r"|last\s+(?:week|weekend|month|year)"
    + r"|(?P<ago_n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    + r"\s+(?P<ago_unit>day|week|month|year)s?\s+ago))"
    + r"|(?P<mprep>in|since|until|during|early|late|mid-?)\s+(?P<m4>January|February|March"
    + r"|April|May|June|July|August|September|October|November|December)"
    + rf"(?:,?\s+{_YEAR.format(g='y5')})?"
    + r")\b",
)

TIME_RE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?(?:\s*(?:[A-Z]{2,4}T|GMT|UTC))?"
    r"|\b\d{1,2}\s*[AaPp]\.?[Mm]\.?(?![a-z])"
)


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text, resolved where a reference date allows."""

    start: int
    end: int
    text: str
    first: dt.date | None
    last: dt.date | None

    @property
    def iso(self) -> str | None:
        """ISO 8601 for the resolved interval: a day, a month, a year or start/end."""
        if self.first is None or self.last is None:
            return None
        return iso_interval(self.first, self.last)


def iso_interval(first: dt.date, last: dt.date) -> str:
    """The shortest ISO 8601 form of a closed interval of days."""
    if first == last:
        return first.isoformat()
    month_end = calendar.monthrange(last.year, last.month)[1]
    if (first.day, first.year, first.month) == (1, last.year, last.month) and last.day == month_end:
        return f"{first.year:04d}-{first.month:02d}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return f"{first.year:04d}"
    return f"{first.isoformat()}/{last.isoformat()}"


# Every date expression holds one of these; a sentence without any is skipped cheaply.
_HINT = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d{4}|"
    r"[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast|[Tt]his|ago\b"
)


_BEFORE_HINT = 24  # "on or about 25 " before a month name
_AFTER_HINT = 48  # "Wednesday, September 25, 2013" after its first letters


def find_dates(
    text: str, reference: dt.date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Every date expression in `text[start:end]`, resolved against `reference`."""
    stop = len(text) if end is None else end
    mentions = []
    pos = start
    # The full pattern is slow to scan, so it only runs in a window around each hint.
    while (hint := _HINT.search(text, pos, stop)) is not None:
        window = max(pos, hint.start() - _BEFORE_HINT)
        match = DATE_RE.search(text, window, min(stop, hint.end() + _AFTER_HINT))
        if match is None or match.start() > hint.end():
            pos = hint.end()
            continue
        first, last = _resolve(match, reference)
        mentions.append(DateMention(match.start(), match.end(), match.group(0), first, last))
        pos = match.end()
    return mentions


def parse_date(text: str) -> dt.date | None:
    """An absolute date as a person writes it: "2013-01-25", "25 January 2013",
    "Jan. 25, 2013"; None where the text holds no full date."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        pass
    for match in DATE_RE.finditer(text):
        first, last = _resolve(match, None)
        if first is not None and first == last:
            return first
    return None


def find_published(text: str) -> dt.date | None:
    """The article's own date, from a timestamp or dateline near its top.

    Only short lines count ("updated 4:47 PM EST, Fri January 25, 2013",
    "Published 3 March 2024"), so dates inside sentences are not mistaken for it.
    """
    for line in text[:4000].splitlines():
        if len(line) > 120 or not _HINT.search(line):
            continue
        for match in DATE_RE.finditer(line):
            first, last = _resolve(match, None)
            has_year = any(match.group(g) for g in ("y1", "y2", "iso"))
            if first is not None and first == last and has_year:
                return first
    return None


def _resolve(match: re.Match[str], ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
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
    for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
        if g(m):
            return _month_day(_month(g(m)), int(g(d)), g(y), ref)
    if g("m3"):
        return _month_span(int(g("y3")), _month(g("m3")))
    if g("y4"):
        year = int(g("y4"))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if g("m4"):
        if g("y5"):
            return _month_span(int(g("y5")), _month(g("m4")))
        return _recent_month(_month(g("m4")), ref)
    if ref is None:
        return None, None
    if g("wd"):
        back = (ref.weekday() - _WEEKDAYS[g("wd").lower()]) % 7
        day = ref - dt.timedelta(days=back)
        return day, day
    return _relative(g("rel").lower(), match, ref)


def _relative(words: str, match: re.Match[str], ref: dt.date) -> tuple[dt.date, dt.date]:
    if match.group("ago_unit"):
        n_text = match.group("ago_n").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        day = ref - dt.timedelta(days=n * _UNITS[match.group("ago_unit").lower()])
        return day, day
    words = " ".join(words.split())
    if words in ("yesterday",):
        day = ref - dt.timedelta(days=1)
        return day, day
    if words.endswith("weekend"):
        back = (ref.weekday() - 5) % 7
        sat = ref - dt.timedelta(days=back)
        return (
            (sat - dt.timedelta(days=7), sat - dt.timedelta(days=6))
            if "last" in words
            else (sat, sat + dt.timedelta(days=1))
        )
    if words.endswith("week"):
        monday = ref - dt.timedelta(days=ref.weekday())
        if "last" in words:
            monday -= dt.timedelta(days=7)
        return monday, monday + dt.timedelta(days=6)
    if words.endswith("month"):
        year, month = (ref.year, ref.month)
        if "last" in words:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return _month_span(year, month)
    if words.endswith("year"):
        year = ref.year - 1 if "last" in words else ref.year
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if words == "last night":
        day = ref - dt.timedelta(days=1)
        return day, day
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


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _recent_month(month: int, ref: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    if ref is None:
        return None, None
    year = ref.year if month <= ref.month else ref.year - 1
    return _month_span(year, month)
