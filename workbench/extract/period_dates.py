"""The dates a running total's period spans: "since January" is 1 January to the day
the report came out, "since the start of the year" and "so far this year" the year
to that day, "since 2009" 2009 to that day.

A running total (`scope.py`) is dated by its period, not by a day its sentence names
for something else: "The attacks on Ngoshe and Pulka this week bring to more than
400 the number of civilians killed in Borno State since the start of the year" is a
total from 1 January, not of this week (a trial's event was named "killed in Borno
State this week (running total)"). A period of no date ("in two years of war", "to
date") gives none, and the claim keeps the date its sentence gave.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping

from workbench.extract.dates import DateMention, find_dates

# the date phrases of a string, resolved against a day (a language's `find_dates`)
Finder = Callable[[str, dt.date], list[DateMention]]

# "so far this year", "this year", "since the start (beginning) of the year"
_THIS_YEAR = re.compile(
    r"\b(?:(?:so\s+far\s+)?this\s+year|since\s+the\s+(?:start|beginning|turn)\s+of\s+"
    r"(?:the|this)\s+year|year\s+to\s+date|depuis\s+le\s+d[ée]but\s+de\s+l['’]ann[ée]e|"
    r"cette\s+ann[ée]e)\b",
    re.IGNORECASE,
)
# "since January", "since 2009", "since March 2023", "depuis janvier"
_SINCE = re.compile(r"\b(?:since|depuis)\s", re.IGNORECASE)
# The English months' numbers: "january" 1 ... (a language's reader gives its own).
MONTHS: Mapping[str, int] = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
# A month named alone after "since" ("since March", "depuis le mois de mars"), which a
# language's date reader may not take for a date out of its period.
_SINCE_MONTH = (
    r"\b(?:since|depuis)\s+(?:(?:early|late|mid-?|the\s+start\s+of|le\s+mois\s+d[e’']|"
    r"d[ée]but|fin|la\s+mi-?)\s*)?(?P<month>{})\b(?!\s*\d)"
)


def period_date(
    period: str | None,
    published: dt.date | None,
    finder: Finder = find_dates,
    stated: DateMention | None = None,
    months: Mapping[str, int] = MONTHS,
) -> DateMention | None:
    """The dates `period` spans, up to `published`, as a date mention of the period's
    own words (offsets into `period`); None where it names no date or the report's
    day is not known. `finder`: the date phrases of the period's language ("depuis
    janvier" is read with the French reader's). A month named alone ("since March")
    is the last such month before `published`, only where the sentence `stated` no
    date of its own: one that says "in July 2002" tells which July. `months`: the
    language's month names (lower-case) and numbers."""
    if not period or published is None:
        return None
    if _THIS_YEAR.search(period):
        return DateMention(0, len(period), period, dt.date(published.year, 1, 1), published)
    since = _SINCE.search(period)
    if since is None:
        return _span(period, published, finder)
    named = [d for d in finder(period, published) if d.start >= since.start()]
    first = named[0].first if named else None
    if first is None and stated is None:
        first = _month_since(period, published, months)
    if first is None or first > published:
        return None
    return DateMention(0, len(period), period, first, published)


def _month_since(period: str, published: dt.date, months: Mapping[str, int]) -> dt.date | None:
    """The first day of the month a period opens with, named alone ("depuis janvier"):
    the last such month up to `published` (in a report of November, "since March" is
    this year's March; in one of February, last year's). None where none is named."""
    pattern = _SINCE_MONTH.format("|".join(months))
    match = re.search(pattern, period, re.IGNORECASE)
    if match is None:
        return None
    month = months[match.group("month").lower()]
    year = published.year if month <= published.month else published.year - 1
    return dt.date(year, month, 1)


# "from Jan. 1 till Aug. 15", "between 3 March and 9 April": a span's two ends
_SPAN = re.compile(r"^(?:from|between)\s", re.IGNORECASE)


def _span(period: str, published: dt.date, finder: Finder) -> DateMention | None:
    """The dates between a span's two named ends ("from Jan. 1 till Aug. 15"), up to
    `published`; None where the period is no span or names fewer than two dates."""
    if not _SPAN.match(period):
        return None
    named = finder(period, published)
    if len(named) < 2:
        return None
    first, last = named[0].first, named[-1].last
    if first is None or last is None or not first <= last <= published:
        return None
    return DateMention(0, len(period), period, first, last)
