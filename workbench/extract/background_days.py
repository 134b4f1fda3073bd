"""The day of a figure told in an earlier event's phrase ("Six passengers were killed on
Wednesday in Lamu, two days after the deaths of six policemen in Mandera"; "deux jours
après la mort de six policiers dans le comté de Mandera"): not the day the sentence gives
its own event, but the day the phrase counts back to (Monday), or none where it counts
in other units ("a year after", "shortly after"). The phrase is the `background` of its
places (`place_asides`, `french.place_other_events`), which already keeps those places
to its own figures; trial 75 found the French six policemen dated to the bus attack's
Wednesday as well as placed in its county.
"""

from __future__ import annotations

import datetime as dt
import re

from workbench.extract.dates import DateMention
from workbench.extract.number_words import FRENCH_COUNT_WORDS, parse_number_words
from workbench.extract.place_mention import PlaceMention

# How far the phrase counts from the sentence's day: "two days after", "a week after",
# "trois jours après", "une semaine avant".
_GAP = re.compile(
    r"(?<![\w])(?P<n>\d{1,2}|[a-zé]+)\s+(?P<unit>days?|weeks?|jours?|semaines?)\s+"
    r"(?P<way>after|before|après|avant)(?![\w])",
    re.IGNORECASE,
)
_MOST_IN_WORDS = 10  # a count in words further back than ten is read as none
_REACH = 40  # characters from the phrase's start its time between is looked for in
_COUNT_BEFORE = 12  # characters before it its count may stand in ("twelve days after")


def background_day(
    text: str, place: PlaceMention | None, at: int, date: DateMention | None
) -> DateMention | None:
    """`date`, the day a figure at `at` took, or where the figure stands in the earlier
    event's phrase its `place` stands in (`PlaceMention.background`) and `date` is named
    outside that phrase, the day the phrase counts back to from `date` ("two days after"
    Wednesday is Monday); None where it counts in no days or weeks, or `date` is no
    single day."""
    if place is None or place.background is None or date is None:
        return date
    low, high = place.background
    if not low <= at < high or low <= date.start < high:
        return date  # the figure is the sentence's own, or the phrase names its own day
    # the count stands before the phrase an English clause starts at ("three| days after")
    gap = _GAP.search(text, max(0, low - _COUNT_BEFORE), min(high, low + _REACH))
    if gap is None or date.first is None or date.first != date.last:
        return None
    days = _count(gap.group("n").lower())
    if days is None:
        return None
    days *= 7 if gap.group("unit").lower().startswith(("week", "semaine")) else 1
    way = gap.group("way").lower()
    day = date.first + dt.timedelta(days=-days if way in ("after", "après") else days)
    return DateMention(date.start, date.end, date.text, day, day)


def _count(word: str) -> int | None:
    """A count of days or weeks in digits, or in words up to ten, English or French
    ("two", "a", "an", "trois", "une"); None for other words."""
    if word.isdigit():
        return int(word)
    if word in FRENCH_COUNT_WORDS:
        return FRENCH_COUNT_WORDS[word]
    value = 1 if word == "an" else parse_number_words(word)
    return int(value) if value is not None and value <= _MOST_IN_WORDS else None
