"""When two claims speak of: whether their times can be one incident's, and how many
days lie between them (relate reads these first: they settle most pairs)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from workbench.match.features import EVENT_TOLERANCE, STOCK_TOLERANCE, Features, tally
from workbench.match.figure_agreement import CLOSE_RATIO, MASS_CASUALTIES, small
from workbench.match.reasons import When

# two days the texts state may lie this far apart and be one incident's: a night's
# attack told as Friday's by one report and Saturday's by another
STATED_DAYS_APART = 1


def as_news(stamped: Features, dated: Features) -> Features:
    """A claim dated only by its page's stamp, read as an undated report's news of the
    week before (`TimeSpan.as_news`) where the other claim's text dates the incident
    on a day before the stamp's reach: "40 worshippers were killed at a church in
    Owo on Sunday" and, under a stamp six days later, "no fewer than 40 worshippers
    lost their lives" in Owo. Against another stamp or an undated report it stays
    the dateline's news of its day (two undated reports days apart are two
    incidents')."""
    mine, theirs = stamped.time, dated.time
    if not mine.stamped or theirs.stamped or not theirs.explicit or theirs.end is None:
        return stamped
    if mine.start is None or theirs.end >= mine.start:
        return stamped
    return replace(stamped, time=mine.as_news())


def days_apart(a: Features, b: Features) -> int:
    """Days between the times two claims speak of, 0 where they overlap. Two reports
    that date neither claim in their texts are each the news of their own days: they
    lie as far apart as their publication ("46 killed" on 11 March and "twin attacks
    kill dozens" on 15 March are two incidents), where each alone would speak of the
    week before it. A later toll of one incident names the incident's day."""
    ta, tb = a.time, b.time
    if ta.start is None or tb.start is None or ta.end is None or tb.end is None:
        return 0
    if not ta.explicit and not tb.explicit:
        return abs(ta.end - tb.end)
    return max(ta.start - tb.end, tb.start - ta.end, 0)


def when_of(a: Features, b: Features, days_apart: int) -> When:
    """Whether two claims speak of the same time."""
    ta, tb = a.time, b.time
    if not ta.explicit and not tb.explicit and a.claim.document_id == b.claim.document_id:
        return When.SAME
    if not (ta.known and tb.known):
        if a.claim.document_id == b.claim.document_id:
            return When.DIFFERENT  # the writer dated one of them and not the other
        return When.UNKNOWN
    stated = not a.stock and days_apart and _days_stated(a) and _days_stated(b)
    if stated and (days_apart > STATED_DAYS_APART or _far_apart(a, b)):
        return When.DIFFERENT  # "on 2 May" and "on 4 May": two days, two incidents
    if not a.stock and days_apart > STATED_DAYS_APART and _two_days_news(a, b):
        return When.DIFFERENT  # "killing two" and "two deaths" in notes three days apart
    tolerance = STOCK_TOLERANCE if a.stock else EVENT_TOLERANCE
    return When.SAME if days_apart <= tolerance else When.DIFFERENT


def _far_apart(a: Features, b: Features) -> bool:
    """Whether two tolls disagree by more than one incident's disputed tolls do (the
    larger low more than CLOSE_RATIO times the smaller high): on two days a text states
    a night apart, "8 Taliban killed" on the 29th and "at least 13" on the 28th are two
    operations; "5 killed" on Friday night and "6" on Saturday may be one attack."""
    return max(a.low, b.low) > CLOSE_RATIO * min(a.high, b.high)


def _two_days_news(a: Features, b: Features) -> bool:
    """Whether two claims are the news of two days: neither report dates its claim in
    its text (each is the news of its own day, `days_apart`), and the tolls are
    small (`figure_agreement.small`: "killing two" and "two reported deaths" in one district,
    reports three days apart), which a place sees on many days. Stated days more
    than STATED_DAYS_APART apart are two incidents' too (`when_of`); a mass killing's
    undated tolls days apart may be its first and later counts."""
    return not a.time.explicit and not b.time.explicit and small(a, b)


def _days_stated(f: Features) -> bool:
    """Whether a claim's text states the one day it happened ("on 4 May 2020", "on
    Sunday"), or the one night ("overnight on Monday", "in the night of Saturday to
    Sunday": two days), not a week, a month or its page's date stamp, nor the day of
    a count ("the toll rose to 58 on Monday", two days after the bombing)."""
    t = f.time
    if not t.explicit or t.stamped or t.start is None or t.end is None or f.over_days:
        return False  # "over 9-13 August" read as the 13th states no one day
    if t.end - t.start > 1:
        return False  # a week, a month
    return not tally(f.claim)


def massacre_weeks_meet(a: Features, b: Features) -> bool:
    """Whether two reports that date neither claim, out days apart, may give one mass
    killing's first and later tolls: both MASS_CASUALTIES or more, neither a running
    total, and the weeks before their publication (what an undated report speaks
    of) meeting: "more than 60 killed in Morne-Tibou" on 4 October and "at least 115
    died in the Morne-Tibou massacre" on 8 October. Relate holds this to one place
    finer than a city (a village, a town, a place the gazetteer lacks named alike):
    a city or a region sees two such killings in a week ("46 killed in Damascus" and,
    four days on, "twin attacks kill dozens in Damascus"), a village seldom does."""
    ta, tb = a.time, b.time
    if ta.explicit or tb.explicit or a.stock or a.cumulative or b.cumulative:
        return False
    if ta.start is None or tb.start is None or ta.end is None or tb.end is None:
        return False
    if min(a.low, b.low) < MASS_CASUALTIES:
        return False
    return max(ta.start - tb.end, tb.start - ta.end) <= 0


RUNNING_TOTAL_DAYS = 7  # days apart two statements of one running total may be made


def one_running_total(a: Features, b: Features) -> bool:
    """Whether two running totals may be one: counted from the same day ("since
    January", "depuis le début de l'année") and stated within RUNNING_TOTAL_DAYS of
    each other (the UN's "more than 4,000 since January" in four outlets' week). A
    country is the place of most running totals, which ties one incident only on one
    day (`ties.one_day_of`)."""
    ta, tb = a.time, b.time
    if None in (ta.start, tb.start, ta.end, tb.end):
        return False
    assert ta.end is not None and tb.end is not None
    return ta.start == tb.start and abs(ta.end - tb.end) <= RUNNING_TOTAL_DAYS


def two_periods(a: Features, b: Features) -> bool:
    """Whether two running totals are counted from two different known days: "between
    the afternoons of 12 and 14 November" and "since 7 October 2023" (trial 74c: linked
    as contradicting, 71 vs 43,764) count two periods' dead."""
    ta, tb = a.time, b.time
    return ta.start is not None and tb.start is not None and ta.start != tb.start


def grown(a: Features, b: Features) -> bool:
    """Whether of two running totals counted from one day (`one_running_total`), the one
    counted to a later day states no fewer: a total counted on, no dispute (trial 74c:
    the Gaza ministry's 43,712 on the 12th and OCHA's 43,764 to the 14th were linked as
    contradicting). A later total below an earlier one is one."""
    ta, tb = a.time, b.time
    if ta.end is None or tb.end is None or ta.end == tb.end:
        return False
    earlier, later = (a, b) if ta.end < tb.end else (b, a)
    return later.low >= earlier.low


def revised(a: Features, b: Features) -> bool:
    """Whether the later of two reports revises the earlier's toll: published on a
    later day, it dates the incident in its text, no later than the day the earlier
    report came out ("14 killed" on 27 July, and on 2 August "the bombing on 27
    July killed 57"). A later report that does not say which day it speaks of may
    speak of another incident."""
    first, second = day(a.claim.published), day(b.claim.published)
    if first is None or second is None or first == second:
        return False
    later = b if first < second else a
    end = later.time.end
    return later.time.explicit and end is not None and end <= min(first, second)


# "the toll rose to 88", "has risen to 95", "climbed to 32": a toll said to have grown
_RISEN = re.compile(
    r"\b(?:rose|risen|rises|rising|climbed|climbs|jumped|jumps|increased|mounted|swelled|"
    r"soared|surged)\s+to\b",
    re.IGNORECASE,
)


def risen(a: Features, b: Features) -> bool:
    """Whether the larger of two disjoint tolls says the toll rose to it ("the death
    toll has risen to 88", against "44 killed" that day): it revises a smaller count
    of one incident, which the other may be. The smaller saying so says nothing of
    the larger."""
    larger = a if a.low > b.high else b if b.low > a.high else None
    return larger is not None and bool(_RISEN.search(larger.claim.text))


def day(published: str | None) -> int | None:
    """A report's publication day as a day ordinal, None when unknown or unreadable."""
    try:
        return dt.date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None
