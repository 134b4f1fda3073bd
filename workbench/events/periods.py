"""When claims are of one incident or one running total, for grouping them into events:
the days they speak of meet, their words date them to one day, their periods open on
near days.

Pure code over claims as matching sees them (`MatchInput`)."""

from __future__ import annotations

from workbench.match.features import EVENT_TOLERANCE, MatchInput
from workbench.match.time_spans import time_span


def periods_meet(a: MatchInput, b: MatchInput) -> bool:
    """Whether two claims count over one period: not two running totals one report
    gives over periods that open far apart ("In the past month alone, 12 people have
    been killed", "The conflict has killed more than 5,000 people since 1982": a
    trial's event held both as rival counts of one toll). The openings meet within
    EVENT_TOLERANCE days or a tenth of the longer period ("since January" and "since
    mid-January" are one count told twice). Incidents' counts, and a total whose
    period is not known, meet any."""
    if a.scope != "cumulative" or b.scope != "cumulative":
        return True
    first, second = time_span(a), time_span(b)
    if first.start is None or first.end is None or second.start is None or second.end is None:
        return True
    longer = max(first.end - first.start, second.end - second.start)
    return abs(first.start - second.start) <= max(EVENT_TOLERANCE, longer // 10)


def two_days_told(a: MatchInput, b: MatchInput) -> bool:
    """Whether one report dates two counts to two different days in its own words
    ("34 civilians were killed early Monday", "Two days ago on November 4, a
    separatist fighter ... was killed"): two incidents, however near the days. A
    trial's event summed them over sides into a toll of 35 no one reported."""
    first, second = day_told(a), day_told(b)
    return first is not None and second is not None and first != second


def day_told(claim: MatchInput) -> int | None:
    """The one day a claim's own words date it to (an ordinal), not its page's stamp;
    None for a span, a stamp or no date."""
    span = time_span(claim)
    one_day = span.explicit and not span.stamped and span.start == span.end
    return span.start if one_day else None


def days_meet(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two claims' days meet, within EVENT_TOLERANCE; a claim of no known day
    meets any."""
    if a is None or b is None:
        return True
    return a[0] - EVENT_TOLERANCE <= b[1] and b[0] - EVENT_TOLERANCE <= a[1]
