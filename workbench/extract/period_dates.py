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

import datetime as dt
import re
from collections.abc import Callable

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


def period_date(
    period: str | None, published: dt.date | None, finder: Finder = find_dates
) -> DateMention | None:
    """The dates `period` spans, up to `published`, as a date mention of the period's
    own words (offsets into `period`); None where it names no date or the report's
    day is not known. `finder`: the date phrases of the period's language ("depuis
    janvier" is read with the French reader's)."""
    if not period or published is None:
        return None
    if _THIS_YEAR.search(period):
        return DateMention(0, len(period), period, dt.date(published.year, 1, 1), published)
    since = _SINCE.search(period)
    if since is None:
        return None
    named = [d for d in finder(period, published) if d.start >= since.start()]
    first = named[0].first if named else None
    if first is None or first > published:
        return None
    return DateMention(0, len(period), period, first, published)
