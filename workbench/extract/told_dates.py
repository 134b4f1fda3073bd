"""Dates a story tells from another of its dates: "the same night", "that day",
"the day before", "the next morning", "two days later", "later that day".

Such words date a claim only through the date the story last named (in the
sentence before them, or in the few sentences before it): "Gunmen attacked Gossi
on Monday. The next day, 12 villagers were killed" dates the second claim
Tuesday. Only a day counts as that date ("on Monday", "on 3 June"), not a month
or a week, and a date the story names after the words does not. Where no such
day stands before them, the words are kept as the claim's date text, unresolved.

Words that measure from something they name are left alone: "the day before the
vote", "the same day as the election", "two days after the attack", "three days
after 106 prisoners were freed" count from what they name, which is no date
here; "before" and "after" date only where nothing follows them ("the day
before, ..."). Words followed at once by the date they mean ("the following day,
17 April") give way to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from workbench.extract.dates import DateMention

_PART = r"(?:day|night|evening|morning|afternoon)"
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# What follows words that measure from a thing named, not from the story's last date.
_NAMED_AFTER = r"(?!\s+(?:as|of|that|the|a|an|his|her|their|its|our|this|when)\b)"
# "that night" dates only where it stands alone: not "said that night raids killed 12"
_ALONE = r"(?=\s*[,.;:!?)]|\s+(?:in|at|near|around|when|on|by|outside|inside)\b)"
TOLD_DATE = re.compile(
    r"(?i:\b(?:on\s+)?(?:"
    rf"the\s+same\s+{_PART}"
    rf"|(?<=on\s)that\s+(?:same\s+)?{_PART}|that\s+(?:same\s+)?{_PART}{_ALONE}"
    rf"|(?:later|earlier)\s+(?:that|the\s+same)\s+{_PART}"
    rf"|the\s+(?P<back>previous|preceding)\s+{_PART}"
    rf"|the\s+(?P<on>next|following)\s+{_PART}"
    rf"|the\s+(?:day|night|evening)\s+(?P<way>before|after){_ALONE}"
    rf"|(?P<n>\d|a|one|two|three|four|five|six|seven)\s+days?\s+(?:(?P<then>later|earlier)"
    rf"|(?P<than>before|after){_ALONE})"
    rf"){_NAMED_AFTER})(?![\w'’-])"
)
# A date written at once after the words: "the following day, 17 April", "(17 April)".
_STATED_NEXT = re.compile(r",?\s*\(?\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|\d{4}-)")
_WORDS = frozenset(("same", "that", "previous", "preceding", "next", "following"))
_WORDS |= frozenset(("before", "after", "later", "earlier"))


@dataclass(frozen=True)
class ToldWords:
    """A language's words of a date told from another: the pattern that finds them,
    the days each says from the story's last date, the date written at once after
    them that they give way to, and the words one of them holds (a sentence without
    any is not searched)."""

    pattern: re.Pattern[str]
    shift: Callable[[re.Match[str]], int]
    stated_next: re.Pattern[str]
    words: frozenset[str]


def told_dates(
    text: str,
    start: int,
    end: int,
    here: list[DateMention],
    earlier: Callable[[bool], DateMention | None],
    told: ToldWords | None = None,
) -> list[DateMention]:
    """The dates `text[start:end]` tells from an earlier date (`told`: a language's
    words, English's by default), each resolved from the last single day named
    before it: among `here` (the dates the span names outright) or else `earlier(nights)`
    (the last one the sentences before it name, or None; with `nights`, a night over
    two days counts too): the same day (or night), a day before it or some days
    after it. "On 3 June, ... on the same day" gives nothing: the day
    named in the sentence dates it already. Offsets are `text`'s."""
    told = told or ENGLISH
    found = []
    for match in told.pattern.finditer(text, start, end):
        if told.stated_next.match(text, match.end(), end):
            continue  # "the following day, 17 April": the date itself is there
        shift = told.shift(match)
        anchor = single_day(here, match.start(), nights=shift == 0)
        if anchor is not None and shift == 0:
            continue
        anchor = anchor or earlier(shift == 0)
        first = last = None
        if anchor is not None and anchor.first is not None and anchor.last is not None:
            first = anchor.first + dt.timedelta(days=shift)
            last = anchor.last + dt.timedelta(days=shift)
        found.append(DateMention(match.start(), match.end(), match.group(0), first, last))
    return found


def _shift(match: re.Match[str]) -> int:
    """Days from the story's last date to the one the words tell."""
    if match.group("back") or match.group("way") == "before":
        return -1
    if match.group("on") or match.group("way") == "after":
        return 1
    then = match.group("then") or match.group("than")
    if then:
        count = match.group("n").lower()
        days = int(count) if count.isdigit() else _COUNT[count]
        return -days if then.lower() in ("earlier", "before") else days
    return 0  # the same day, that night, later that day


def single_day(
    mentions: list[DateMention], before: int, nights: bool = False
) -> DateMention | None:
    """The last of `mentions` that ends before offset `before` and names one day, or
    with `nights` also a night over two days ("dans la nuit de jeudi à vendredi",
    "overnight Monday into Tuesday"): "the same day" after it is that night, where a
    day before or after it has no one day to count from."""
    longest = dt.timedelta(days=1 if nights else 0)
    days = [
        m
        for m in mentions
        if m.end <= before
        and m.first is not None
        and m.last is not None
        and dt.timedelta(0) <= m.last - m.first <= longest
    ]
    return days[-1] if days else None


ENGLISH = ToldWords(TOLD_DATE, _shift, _STATED_NEXT, _WORDS)
