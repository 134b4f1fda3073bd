"""Date expressions: find them in text and resolve them against a publication date.

"Tuesday", "last month" and "around February 5" mean nothing without the day
the article was written; with it they become ISO dates or intervals. Which of a
sentence's dates dates a claim is `pick_date`'s choice (in `date_context`); the days
an expression found names are `resolved_dates.resolve`'s reading of it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from workbench.extract.alternations import word_trie
from workbench.extract.date_context import pick_date
from workbench.extract.resolved_dates import resolve

__all__ = [
    "DATE_RE",
    "MONTH_NAMES_RE",
    "TIME_RE",
    "WEEKDAY_NAMES_RE",
    "DateMention",
    "find_dates",
    "find_published",
    "iso_interval",
    "parse_date",
    "pick_date",
]

MONTH_NAMES_RE = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH = (
    rf"(?P<{{g}}>{MONTH_NAMES_RE}"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
WEEKDAY_NAMES_RE = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WEEKDAY = rf"(?:{WEEKDAY_NAMES_RE}|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"
_YEAR = r"(?P<{g}>1[89]\d\d|20\d\d)(?!\d)"
# "in March last year", "on 3 March this year": a year named relative to the article's.
_YEAR_OR_RELATIVE = (
    _YEAR.replace("{g}", "{y}") + r"|(?:of\s+)?(?P<{r}>(?i:last|this|next))\s+year(?!['’]s)"
)
_APPROX = (
    r"(?P<approx>(?:on or )?(?:around|about|circa|approximately|roughly|early|late|mid-?)\s+)?"
)
# "last Tuesday", "this past Friday", "next Monday": the word before a weekday.
_DAY_SHIFT = r"(?:(?P<{g}>(?i:this\s+past|this\s+coming|last|past|this|next|coming))\s+)?"
_PART_OF_DAY = r"(?:\s+(?:night|evening|morning|afternoon))?"
# A month after "since", "in" ... that a day follows is that day's ("Since April 15, 2023":
# "Since April" alone took the article's year); not a count ("in March 20 people died").
_NO_DAY_NEXT = (
    r"(?!\s+[0-3]?\d(?:(?:st|nd|rd|th)(?![a-z])|(?=\s*(?:[,.;)]|$))"
    r"|(?=,?\s+(?:1[89]|20)\d\d(?!\d))))"
)

DATE_RE = re.compile(
    # Every date starts a word (or a capital glued to one: "onMonday"), so the
    # other positions of the window searched fail at once.
    r"(?:\b|(?<=[a-z])(?=[A-Z]))(?=[A-Za-z0-9])"
    + _APPROX
    + "(?:"
    + rf"(?:{_WEEKDAY},?\s+)?{_MONTH.format(g='m1')}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    + r"(?:[-–](?P<e1>[0-3]?\d)(?!\d)"  # "April 28-29": two days
    # "October 5 and 8", "October 5 to 8," (trial 59: the 5th alone), not "October 5 and
    # 8 people": a day closes the phrase, or a year follows it
    + r"|\s+(?:and|to|through|until|till)\s+(?P<e1w>[0-3]?\d)(?:st|nd|rd|th)?"
    + r"(?=\s*[,.;)]|\s*$|,?\s+(?:1[89]|20)\d\d(?!\d)))?"
    + rf"(?:,?\s+(?:{_YEAR_OR_RELATIVE.format(y='y1', r='r1')}))?"
    # two days before the month: "28-29 April", in words too: "the night of 10 to 11
    # November" (trial 63: read as 11 November alone), "between 5 and 20 October"
    + r"|(?:(?P<b2>[0-3]?\d)(?:[-–]|\s+(?P<b2w>to|and|through|until|till)\s+))?"
    + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH.format(g="m2")
    + rf"(?:,?\s+(?:{_YEAR_OR_RELATIVE.format(y='y2', r='r2')}))?"
    + rf"|{_MONTH.format(g='m3')},?\s+{_YEAR.format(g='y3')}"
    + r"|(?P<yprep>(?i:in|since|until|by|during|before|after|from|of))\s+"
    + _YEAR.format(g="y4")
    + r"|(?P<iso>(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)"
    # "19/12/2018", "3.5.2016", "7-11-2019": a police statement's day (`_numeric_day`)
    + r"|(?P<na>[0-3]?\d)(?P<ns>[/.-])(?P<nb>[0-3]?\d)(?P=ns)(?P<ny>(?:19|20)\d\d)(?![\d/.-]\d)"
    # "Sunday to Monday", "Thursday night and Friday", "from Thursday to Sunday"
    + rf"|{_DAY_SHIFT.format(g='sr')}(?P<s1>{WEEKDAY_NAMES_RE}){_PART_OF_DAY}"
    + r"(?:\s+(?:to|into|and|through|till|until)\s+|\s*[-–—]\s*)(?:(?:early|late)\s+)?"
    + rf"(?P<s2>{WEEKDAY_NAMES_RE})(?!['’]s)"
    # "Tuesday", "last Tuesday", "Tuesday's", "Tuesday last week" (not "last Tuesday, March 12")
    + rf"|{_DAY_SHIFT.format(g='wr')}(?P<wd>{WEEKDAY_NAMES_RE})"
    + rf"(?!,?\s+(?:{MONTH_NAMES_RE}|[0-3]?\d\s+(?:{MONTH_NAMES_RE})))"
    + r"(?:['’]s|(?:"
    + _PART_OF_DAY
    + r"\s+(?:of\s+)?(?P<ww>(?i:last|this|next))\s+week))?"
    # "last March", "next July"
    + rf"|(?P<mr>(?i:last|past|this|next))\s+(?P<m5>{MONTH_NAMES_RE})(?!\s+\d)"
    + r"|(?P<rel>(?i:(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|tomorrow"
    + r"|last\s+night"
    + r"|(?<!day\s)overnight(?!\s+(?:(?:on|from|between|of|into|to|in)\s+)?(?:"
    + WEEKDAY_NAMES_RE
    + r"))"
    # nor "an overnight attack ... on Tuesday night": the weekday dates it (trial 57)
    + r"(?!\s+(?:attack|raid|assault|strike|bombardment|shelling|operation|ambush)s?\b"
    + r"[^.;]*?\b(?:"
    + WEEKDAY_NAMES_RE
    + r")\b)"
    + r"|(?:earlier\s+|later\s+)?this\s+(?:week|weekend|month|year|morning|afternoon|evening)"
    + r"|(?:this\s+past|past|last|next|coming)\s+weekend|(?:at|over)\s+the\s+weekend"
    + r"|(?<!the\s)(?:last|next)\s+(?:week|month|year)(?!\s+of\b)"
    # "the past week", "the last two months": the days up to the article's
    + r"|the\s+(?:past|last)\s+(?:(?P<win_n>\d+|two|three|four|five|six|seven|eight|nine|ten"
    + r"|eleven|twelve)\s+)?(?P<win_unit>day|week|fortnight|month|year)s?(?!\s+of\b|['’]s)"
    + r"|(?P<ago_n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    + r"\s+(?P<ago_unit>day|week|fortnight|month|year)s?\s+ago))"
    + r"|(?P<mprep>(?i:(?:in\s+)?(?:early|late|mid)|in|since|until|during))(?:\s+|(?<=id)-)(?P<m4>"
    + MONTH_NAMES_RE
    + rf"){_NO_DAY_NEXT}(?:,?\s+(?:{_YEAR_OR_RELATIVE.format(y='y5', r='r5')}))?"
    + r")\b",
)

TIME_RE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?(?:\s*(?:[A-Z]{2,4}T|GMT|UTC))?"
    r"|\b\d{1,2}\s*[AaPp]\.?[Mm]\.?(?![A-Za-z])"  # not "4 AMISOM soldiers", "3 PMF fighters"
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
# As a trie on the letters ("J(?:an|u(?:n|l))|..."): twice as fast a scan as the list.
_HINT_WORDS = "yesterday today tonight tomorrow overnight last this next past coming weekend"
_HINT = re.compile(
    word_trie(
        "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
        + "|".join(f"{word.title()}|{word}" for word in _HINT_WORDS.split())
        + r"|ago\b|\d{4}"
    )
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
        pos = match.end()
        if BORN_BEFORE.search(text, max(start, match.start() - 12), match.start()):
            continue  # a person's birth dates no event: "two of them born in 2008"
        first, last = resolve(match, reference)
        mentions.append(DateMention(match.start(), match.end(), match.group(0), first, last))
    return mentions


# A person's birth before a date: "born in 2008", "born on 3 May 2001", "née en 1990"
BORN_BEFORE = re.compile(r"\b(?:born|née|né)\s+(?:on\s+|in\s+|en\s+|le\s+)?$", re.IGNORECASE)


def parse_date(text: str) -> dt.date | None:
    """An absolute date as a person writes it: "2013-01-25", "25 January 2013",
    "Jan. 25, 2013"; None where the text holds no full date."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        pass
    for match in DATE_RE.finditer(text):
        first, last = resolve(match, None)
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
            first, last = resolve(match, None)
            # a day in numbers too: "Date: 14.10.2026" (trial 74b: a police note undated)
            has_year = any(match.group(g) for g in ("y1", "y2", "iso", "ny"))
            if first is not None and first == last and has_year and _timestamp(line, match):
                return first
    return None


# Words that make a line with a date the article's timestamp, whatever else it holds.
_STAMP_WORDS = re.compile(
    r"(?i:publish|updated|posted|modified|filed|\bdate[d:]?\b|\d{1,2}[:.]\d{2}|"
    r"\b(?:GMT|UTC|EST|EDT|BST|CET|CEST|[ap]\.?m\.?)\b)"
)
_STAMP_REST = 40  # characters a line may hold beside its date and still be a timestamp


def _timestamp(line: str, date: re.Match[str]) -> bool:
    """Whether a short line with a full date is the article's timestamp: it says so
    ("Published", "updated 4:47 PM EST") or holds little else ("By Jane Doe | March
    3, 2024"); a sentence dating its incident is not one ("On October 3, 2024, gang
    members attacked ...": a trial's report was stored as published that day)."""
    rest = len(line.strip()) - (date.end() - date.start())
    # the date's own numbers are no time of day ("12.10.2025" is no "12.10")
    beside = line[: date.start()] + " " + line[date.end() :]
    return rest <= _STAMP_REST or _STAMP_WORDS.search(beside) is not None
