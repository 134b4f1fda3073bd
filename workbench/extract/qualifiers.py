"""The words that bound a figure ("at least", "up to", "about", "or more") and the
interval each gives it.

`numbers.py` reads a quantity; this module owns its qualifiers: which words
before or after a number qualify it, and the interval a qualifier makes of the
figure (docs/extraction.md). `asserted_bounds` reads a stored claim's interval.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.extract.number_words import Number, whole

if TYPE_CHECKING:  # numbers.py reads its qualifiers here
    from workbench.extract.numbers import Quantity

# Slips of "least" after "at": letters swapped, doubled, dropped ("atleast" too).
_LEAST_SLIPS = "least|lesast|leasst|leaast|lesat|laest|leats|leat|lest|leasat"
_QUALIFIERS: list[tuple[str, str]] = [
    (
        "at_least",
        r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than|"
        # a typing slip: "atleast 3", "at lesast 2", "at leat 4", "at laest 5" (session 78:
        # an ACLED note's "shooting dead at lesast 2" gave no claim)
        rf"at\s*(?:{_LEAST_SLIPS})",
    ),
    (
        "more_than",
        r"more\s+than|over|in\s+excess\s+of|upwards\s+of|above|exceeding|well\s+over|just\s+over|"
        # a toll that will pass a figure: "the death toll could exceed 70"
        r"exceeds?|exceeded|surpass(?:es|ed)?|(?:rise|rises|climb|climbs|go|goes)\s+(?:above|beyond)|"
        # a typing slip that drops "than": "killed more 50 people" (not "two more 50",
        # "and more 50", "any more 50": another count's "more")
        r"(?<![\d,]\s)(?<!(?:few|any|and|one|two)\s)(?<!(?:many|much|some)\s)(?<!three\s)more",
    ),
    (
        "up_to",
        # "as high as": a toll's upper bound ("the death toll could be as high as 81")
        # (not a figure that rose to it: "the toll went up to 20")
        r"(?<!went\s)(?<!gone\s)(?<!goes\s)(?<!go\s)up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of|"
        r"fewer\s+than|less\s+than|under|just\s+under|below",
    ),
    ("nearly", r"nearly|almost|close\s+to|approaching|just\s+short\s+of"),
    (
        "about",
        r"about|some|an\s+estimated|estimated|around|approximately|roughly|circa|c\.|"
        r"an\s+approximate|approx\.?|perhaps|maybe|possibly",
    ),
]
_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _QUALIFIERS) + r")\s*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"\s+or\s+(?P<more>more)\b|\s*(?P<plus>\+|-plus\b)|\s+or\s+so\b|-odd\b", re.IGNORECASE
)

# The last word of every qualifier (`_QUALIFIERS`): a number after any other word
# has none, found without searching the forty characters before it.
_QUALIFIER_LAST = frozenset(
    "least atleast lesast leasst leaast lesat laest leats leat lest leasat "
    "than of over above exceeding exceed exceeds exceeded surpass surpasses surpassed "
    "beyond to as most under below nearly almost approaching more "
    "about some estimated around approximately roughly circa c approximate approx perhaps "
    "maybe possibly".split()
)


def qualify(text: str, before: str, start: int, end: int, hi: int) -> tuple[str, int, int]:
    """The qualifier of the figure `text[start:end]` ("more_than", "about", ...;
    "exact" where none), read after it ("or more", "+") up to `hi`, else in `before`,
    the characters before it; with the figure's span widened to hold the words."""
    after = _QUALIFIER_AFTER.match(text, end, hi)
    if after:
        name = (
            "at_least" if after.group("more") else "more_than" if after.group("plus") else "about"
        )
        return name, start, after.end()
    qual = qualifier_before(before)
    if qual:
        return qualifier_name(qual), start - len(qual.group(0)), end
    near = _NEAR_BEFORE.search(before)
    if near and _NEAR_FIGURE_AFTER.match(text, end, hi):
        return "about", start - len(near.group(0)), end  # "near 100 people were killed"
    return "exact", start, end


# "near" before a figure is "about" where a count follows ("near 100 people died", "the
# estimates are near 100."), not a place's ("near 44 Kano Road") nor an hour's ("at near
# 4 in the afternoon", "on or near 29/08").
_NEAR_BEFORE = re.compile(r"(?<![\w-])(?<!or\s)(?<!at\s)[Nn]ear\s+$")
_NEAR_FIGURE_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:[a-z-]+\s+){0,2}?(?:people|persons|civilians|villagers|men|women|"
    r"children|soldiers|troops|policemen|fighters|militants|insurgents|rebels|dead|deaths|killed|"
    r"died|fatalities|victims|casualties|bodies|lives|others)(?![\w-])"
)


def qualifier_name(match: re.Match[str]) -> str:
    """The name of the qualifier a `qualifier_before` match found: "at_least", ..."""
    return next(name for name, _ in _QUALIFIERS if match.group(name))


def interval(
    qualifier: str, value: Number, low: Number, high: Number
) -> tuple[Number | None, Number | None]:
    """The interval (low, high; None is open) a qualifier gives the figure `value`
    read as `low`..`high`: "at least 5" is 5..open, "about 50" is 45..55."""
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("up_to", "nearly"):
        return None, value
    if qualifier == "about":
        spread = max(abs(value) * 0.1, 1)
        return whole(math.floor(value - spread)), whole(math.ceil(value + spread))
    return low, high


def asserted_bounds(low: Number | None, high: Number | None, qualifier: str) -> tuple[float, float]:
    """The closed interval of figures a claim allows, open ends infinite.

    `low` and `high` are stored as the text states them ("more than 50" has low
    50, the gold format's convention); "more than" excludes its bound, so here
    "more than 50" allows 51 and up (a fraction above a non-integer bound).
    """
    lo = -math.inf if low is None else float(low)
    hi = math.inf if high is None else float(high)
    if qualifier == "more_than":
        lo = lo + 1 if lo.is_integer() else math.nextafter(lo, math.inf)
    return lo, hi


def qualifier_before(before: str) -> re.Match[str] | None:
    """`_QUALIFIER_BEFORE.search(before)`, searched only where the last word of
    `before` (white space and a full stop after it aside) ends a qualifier."""
    tail = before.rstrip()
    if tail.isascii():  # a letter outside ASCII may match one inside it, ignoring case
        tail = tail[:-1] if tail.endswith(".") else tail  # "c.", "approx."
        first = len(tail)
        while first and tail[first - 1].isalpha():
            first -= 1
        if tail[first:].lower() not in _QUALIFIER_LAST:
            return None
    found = _QUALIFIER_BEFORE.search(before)
    if (
        found
        and found.group("q").lower() == "about"
        and _ABOUT_TOPIC.search(before, 0, found.start())
    ):
        return None  # "what do you say about 19 children killed": the topic, not a bound
    return found


# A word whose "about" names what is spoken, known or felt of: "news about", "talked
# about", "worried about", "what can one say about" (a study pair's "What do you even
# say about 19 children and two teachers getting killed" had read 17 to 21). A verb
# that tells a figure keeps "about" a bound: "police said about 20 people were killed",
# "we think about 20 died", "killed about 20".
_ABOUT_TOPIC = re.compile(
    r"\b(?:(?:do|does|did|can|could|would|will|to)\s+(?:\w+\s+){0,2}say|talk|talks|talked|"
    r"talking|speak|speaks|spoke|speaking|asked|asking|wonder|wondered|care|cares|cared|"
    r"worry|worries|worried|concerned|concerns?|questions?|news|story|stories|details|"
    r"information|anything|nothing|something|everything|what|how|complain|complained|"
    r"film|book|documentary|song|poem)\s+$",
    re.IGNORECASE,
)


def strip_qualifier(before: str) -> str:
    """`before` without the qualifier it ends with, if any."""
    qual = qualifier_before(before)
    return before[: qual.start()] if qual else before


# Two counts of nouns joined by "and" under one bound: "at least 73 deaths and 171
# injuries". Not a verb between ("killing at least 10 and wounding 20", "more than 10
# killed and 5 injured": each its own).
_NOUNS_AND = re.compile(
    r"\s+(?![a-z]*(?:ed|ing)\b)[a-z]+(?:\s+(?![a-z]*(?:ed|ing)\b)[a-z]+)?\s+(?:and|et)\s+$"
)
_SHARED = ("at_least", "more_than", "about", "nearly")


def shared_bound(folded: str, previous: Quantity, current: Quantity) -> Quantity:
    """`current` under the bound of the count before it where
    the two are counts of nouns joined by "and" ("at least 73 deaths and 171 injuries":
    at least 171, as a study pair's analyst read it); else `current` as it is.
    `folded` is the lower-cased text both stand in."""
    if previous.qualifier not in _SHARED or current.qualifier != "exact":
        return current
    if current.value is None or current.low is None or current.high is None:
        return current
    if previous.unit or current.unit:
        return current
    if not _NOUNS_AND.match(folded[previous.end : current.start]):
        return current
    low, high = interval(previous.qualifier, current.value, current.low, current.high)
    return replace(current, qualifier=previous.qualifier, low=low, high=high)
