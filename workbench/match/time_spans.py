"""The days a claim may speak of (`TimeSpan`): the dates its text gives, else the week
before its report, a dateline's day and the day before it; so, too, the day of the
statement that gave the figure ("Manchester police said Tuesday")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Protocol

from workbench.extract.date_context import states
from workbench.extract.french.statement_dates import told_before

REPORTING_LAG = dt.timedelta(days=7)  # an undated report speaks of the week before it
STAMP_REACH = dt.timedelta(days=1)  # a dateline's news is of its day or the day before


class Dated(Protocol):
    """What `time_span` reads of a claim (the matcher's `MatchInput`)."""

    @property
    def date(self) -> str | None: ...
    @property
    def date_text(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def sentence(self) -> str: ...


@dataclass(frozen=True)
class TimeSpan:
    """The days a claim may speak of, as day ordinals: the dates its text gives, else
    the week up to its document's date (an undated report speaks of recent days), else
    unknown (None)."""

    start: int | None
    end: int | None
    explicit: bool  # the text dates the claim itself
    stamped: bool = False  # only by its page's date stamp, a dateline (time_span)

    def as_news(self) -> TimeSpan:
        """A stamped claim's time read as an undated report's: the week up to its
        stamp (REPORTING_LAG), for a claim another report dates days before it."""
        if not self.stamped or self.end is None:
            return self
        return TimeSpan(self.end - REPORTING_LAG.days, self.end, explicit=False)

    @property
    def known(self) -> bool:
        return self.start is not None and self.end is not None


def time_span(claim: Dated) -> TimeSpan:
    """The days a claim speaks of (TimeSpan). A date the text gives only as its own
    page's stamp ("date 2023-01-31" over the article, the day it was published) is a
    dateline: it says when the report came out, and the news it carries is of that
    day or the day before (STAMP_REACH): Sunday's "at least 44 killed" under a stamp
    of Sunday may tell of Saturday's attack. A day the sentence names only as the
    day its figure was told (`_told_on`) reaches as far, but stays a day the text
    states: "killed 22 people ..., Manchester police said Tuesday" tells of Monday
    night's bombing, and not of the Thursday before."""
    if claim.date and _told_on(claim):
        told = _span(claim.date)
        if told:
            reach = told - STAMP_REACH
            return TimeSpan(reach.toordinal(), told.toordinal(), explicit=True)
    if claim.date and _counted_as_of(claim):
        counted = _span(claim.date)
        if counted:  # "62 deaths ... as of October 25": a tally's day, not the incident's
            return TimeSpan(
                (counted - REPORTING_LAG).toordinal(), counted.toordinal(), explicit=False
            )
    if claim.date and _stamped(claim):
        stamp = _span(claim.date)
        if stamp:
            reach = stamp - STAMP_REACH
            return TimeSpan(reach.toordinal(), stamp.toordinal(), explicit=True, stamped=True)
    if claim.date:
        first, _, last = claim.date.partition("/")
        start, end = _span(first), _span(last or first, end=True)
        if start and end:
            return TimeSpan(start.toordinal(), end.toordinal(), explicit=True)
    published = _span(claim.published) if claim.published else None
    if published is None:
        return TimeSpan(None, None, explicit=False)
    return TimeSpan((published - REPORTING_LAG).toordinal(), published.toordinal(), explicit=False)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _stamped(claim: Dated) -> bool:
    """Whether the claim's date is its report's own publication day written as an ISO
    date stamp (a page's "date 2023-01-31"), not a day the sentence names."""
    stamp = claim.date_text or ""
    published = (claim.published or "")[:10]
    return bool(_ISO_DAY.fullmatch(stamp.strip())) and claim.date == published


def _told_on(claim: Dated) -> bool:
    """Whether the claim's date is one day that its sentence names only as the day a
    statement was made ("said Tuesday", "told reporters on Monday",
    `date_context.states`; "communiqué publié mardi", `statement_dates.told_before`),
    every time it names it: the extractor takes a statement's
    day where the sentence gives no other, and the incident may be of the day before."""
    words, sentence = claim.date_text, claim.sentence
    if not words or not claim.date or not _ISO_DAY.fullmatch(claim.date):
        return False
    found = [m.start() for m in re.finditer(re.escape(words), sentence)]
    folded = sentence.lower()
    return bool(found) and all(
        states(sentence, 0, len(sentence), at, at + len(words)) or told_before(folded, 0, at)
        for at in found
    )


def _counted_as_of(claim: Dated) -> bool:
    """Whether the claim's date is one day its sentence names only as the day a count
    stood ("confirmed 62 deaths and 62 injured as of October 25", "as at Monday"):
    the deaths may be of the week before, as an undated report's (REPORTING_LAG). A
    study pair's toll of a concert's air strike, told "as of" two days after it, was
    kept apart from the night's own reports."""
    words, sentence = claim.date_text, claim.sentence
    if not words or not claim.date or not _ISO_DAY.fullmatch(claim.date):
        return False
    found = [m.start() for m in re.finditer(re.escape(words), sentence)]
    return bool(found) and all(_AS_OF.search(sentence, max(0, at - 12), at) for at in found)


_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?:on\s+)?$", re.IGNORECASE)


def _span(iso: str, end: bool = False) -> dt.date | None:
    parts = iso.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        if len(parts) > 2:
            return dt.date(year, month, int(parts[2]))
        if not end:
            return dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    except (ValueError, IndexError):
        return None
