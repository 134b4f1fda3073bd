"""The days a page's lines give besides what its sentences' dates tell: whether a date
is the dateline's or a page's stamp (`dateline_dated`: the day a story was filed), the
event's day a lead dated only by its dateline tells next (`day_told_next`), and a coded
note's opening day (`note_day`) and formula line (`formula_line`: ACLED's "1
fatality."). Read by the reader (reader.py, reader_dates.py). Split from
date_context.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.date_context import STAMP, D, Dated, is_period, states
from workbench.extract.dateline import dateline_end

_PERIOD_BEFORE = re.compile(r"\b(?i:since|until|till|by|before|after|from)\s+\Z")


def dateline_dated(date: Dated, text: str, sentence_start: int, sentence_end: int) -> bool:
    """Whether `date` stands in the dateline the sentence `text[sentence_start:
    sentence_end]` opens with ("MAPUTO, Aug 30 (NNN) —") or is a page's stamp at the
    start of a line ("Published: 3 March 2024", "Mis à jour le jeudi 12 novembre"): the
    day the story was filed, not the day of what it tells."""
    if STAMP.search(text, max(0, date.start - 24), date.start):
        return True
    return date.end <= dateline_end(text, sentence_start, sentence_end)


def day_told_next(dates: Sequence[D], text: str, start: int, end: int) -> D | None:
    """The first event's day the sentence `text[start:end]` names (its `dates` in
    text order): the day a lead dated only by its dateline tells next ("Five people
    have been beheaded ... Four fishermen were attacked on Tuesday"). A day only: not a
    month or a year (background, "last month"), not a period ("since Monday"), not
    the day of a statement ("said on Wednesday"). None when there is none."""
    for date in dates:
        first, last = getattr(date, "first", None), getattr(date, "last", None)
        if first is None or first != last or is_period(date):
            continue
        if _PERIOD_BEFORE.search(text, max(start, date.start - 12), date.start):
            continue  # "since Monday"
        if not states(text, start, end, date.start, date.end):
            return date
    return None


# -- a coded note's formula line --------------------------------------------------

# A coder's line of figures, as ACLED ends a note with: "1 fatality.", "Six fatalities
# reported.", "Fatalities coded as 2 (VoJ also reported 2 fatalities).", "[3 fatalities]".
_FORMULA = re.compile(r"\W{0,3}(?:[\w-]+\s+){0,1}(?i:fatalit(?:y|ies))\b")
_FORMULA_LENGTH = 120  # characters: a formula line is short


def formula_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence `text[start:end]` is a coded note's formula line ("1
    fatality.", "Fatalities coded as 2"): a line of the note's own incident, dated by
    the day the note named before it, as it is placed by the place named before it."""
    return end - start <= _FORMULA_LENGTH and _FORMULA.match(text, start, end) is not None


# A coded note's opening, day first: "On 3 May 2016, ...", "Around 14 January 2022 (as
# reported), ...". A news story opens with a dateline or a headline, not with this.
_NOTE_OPENING = re.compile(
    r"\s*(?:On|Around|About|Overnight\s+on|On\s+or\s+about)\s+\d{1,2}\s+(?-i:[A-Z][a-z]+)"
    r"\s+\d{4}\b",
    re.IGNORECASE,
)


def note_day(dates: Sequence[D], text: str, start: int, end: int) -> D | None:
    """The day a coded note opens with, where its first sentence `text[start:end]`
    opens as ACLED's do ("On 3 May 2016, gunmen ..."; `dates` are that sentence's, in
    order): a note tells one incident, so its undated lines ("A shoot-out broke out
    and a suspect died.") are of that day. None for any other opening."""
    if not dates or not _NOTE_OPENING.match(text, start, end):
        return None
    first = dates[0]
    day = getattr(first, "first", None)
    return first if day is not None and day == getattr(first, "last", None) else None
