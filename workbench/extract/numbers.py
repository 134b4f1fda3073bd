"""Find the quantities in a sentence: the number, its interval and its unit.

A quantity is not yet a claim: `claims.py` decides what it counts. This module
only reads numbers ("2,150", "twenty-four", "$1.8-billion", "between 700 and
800", "dozens") with the words that bound them ("at least", "up to", "about"),
and drops numbers that are not quantities at all: years, ages, times, model
numbers, calibres and list markers.

Intervals (documented in docs/extraction.md):
- exact N: N..N; at least / more than N: N..open; up to / nearly / fewer than N: open..N
- about / some / an estimated / around N: N-10%..N+10% (at least N-1..N+1)
- between A and B, A-B, A to B, A or B: A..B
- vague words: see VAGUE in number_words.py.

How numbers are written (number words, scales, vague words) is number_words.py's;
the qualifiers and the intervals they give are qualifiers.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from workbench.extract.currencies import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    currency_sign,
    currency_unit,
)
from workbench.extract.not_quantities import AGE_BEFORE, looks_like_year, not_a_quantity
from workbench.extract.number_words import (
    CORE,
    FIRST_WORDS,
    NUMBER_WORDS,
    SCALE_SUFFIX,
    Number,
    parse_number_words,
    vague_interval,
    vague_name,
    whole,
)
from workbench.extract.qualifiers import (
    asserted_bounds,
    interval,
    qualifier_before,
    qualifier_name,
    qualify,
    shared_bound,
    strip_qualifier,
)
from workbench.extract.spans import SpanSet
from workbench.extract.tails import TailPattern
from workbench.extract.wordindex import WordIndex

__all__ = [
    "MAX_FIGURE",
    "NUMBER_WORDS",
    "Number",
    "Quantity",
    "asserted_bounds",
    "find_quantities",
    "parse_number_words",
]

# The largest figure read as a quantity: a quadrillion. No count of people, of
# troops or of money in conflict reporting comes near it, and SQLite stores
# integers only up to 2**63 - 1 (about 9.2 quintillion). A larger figure ("a
# transfer of 12345678901234567890 CFA francs", a run of hundreds of digits) is
# no claim; its digits are never converted, however many they are.
MAX_FIGURE = 10**15
_MAX_DIGITS = 16

_SCALE_AFTER = re.compile(
    # lakh (100,000) and crore (10 million): South Asia's scales, "1.13 lakh Rohingyas"
    # Indonesia's "juta" (a million) and "miliar" (a billion): "Rp 500 juta"
    r"[\s-]?(million|billion|trillion|thousand|hundred|lakhs?|crores?|juta|miliar|milyar|bn|mn|m|k)\b",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or)\s*", re.IGNORECASE)
_BETWEEN = TailPattern(
    re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE), ("between", "from"), ignore_case=True
)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_DASH = re.compile(r"\s*[-–]\s*")
# "between two to three persons": a range in Nigerian and South Asian English
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)

_UNIT_AFTER = re.compile(
    r"[\s-]*(?:(?P<km>km|kms|kilometres?|kilometers?)|(?P<mi>miles?)|(?P<m>metres?|meters?)"
    r"|(?P<pct>%|percent|per\s+cent)"
    r"|(?P<time>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)|(?P<calibre>mm|millimetres?|millimeters?|calibre|caliber|cal))\b",
    re.IGNORECASE,
)
# "four decades", "two years", "15 minutes": time, counted only as a duration
_TIME_UNITS = ("second", "minute", "day", "week", "month", "year", "hour", "decade")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
_DURATION_FRAME = re.compile(r"\b(?:for|lasted|lasting|spent|took)\s+(?:\w+\s+)?$", re.IGNORECASE)
_TIME_AFTER_NOT_DURATION = re.compile(
    r"^\s*(?:ago|before|after|later|earlier|old)\b", re.IGNORECASE
)
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_CHANGED_BEFORE = re.compile(
    r"\brose\b|\brisen\b|\bincreased?\b|\bfell\b|\bclimbed\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Quantity:
    """A number in text, with the words that bound it and its unit."""

    start: int  # first character of the qualifier, currency or number
    end: int  # last character of the number, scale word or unit
    value: Number | None
    low: Number | None
    high: Number | None
    qualifier: str
    unit: str | None = None  # currency code, km, mi, m, percent, day/week/month/year
    words: bool = False  # written in words ("twenty-four"), not digits


def find_quantities(
    text: str, start: int, end: int, skip: list[tuple[int, int]], words: WordIndex | None = None
) -> list[Quantity]:
    """The quantities in `text[start:end]`, ignoring numbers inside the `skip` spans;
    `words` is the span's index (`wordindex.WordIndex`) where the caller has it."""
    words = words or WordIndex(text, start, end)
    folded = words.folded
    found: list[Quantity] = []
    consumed = start
    last_age = -1
    skipped = SpanSet(skip)
    for match in words.matches(CORE, FIRST_WORDS, digits=True, on=folded):
        if match.start() < consumed or _inside(match.start(), match.end(), skipped):
            continue
        if last_age >= 0 and _LIST_JOIN.fullmatch(folded, last_age, match.start()):
            last_age = match.end()  # "aged 50 and 60": the second is an age too
            continue
        quantity = _read(text, folded, match, start, end)
        if quantity is None:
            before = folded[max(start, match.start() - 8) : match.start()]
            last_age = match.end() if AGE_BEFORE.search(before) else -1
            scale = _SCALE_WORD_AFTER.match(folded, match.end(), end)
            consumed = scale.end() if scale else consumed  # "population of 12 million"
            continue
        consumed = quantity.end
        if found and _is_conversion(text, found[-1], quantity):
            continue
        if found and (restated := restated_in_brackets(text, found[-1], quantity)) is not None:
            found[-1] = restated
            consumed = restated.end
            continue
        found.append(shared_bound(folded, found[-1], quantity) if found else quantity)
    return found


_CLOSE = re.compile(r"\s*\)")


def restated_in_brackets(text: str, previous: Quantity, current: Quantity) -> Quantity | None:
    """`previous` reaching past `current`'s closing bracket where `current` restates it
    in brackets, in digits or words ("five (5) people", "passé de 5 (cinq) à onze (11)
    morts": one figure each, the bracket no second count); else None."""
    if previous.value is None or previous.value != current.value or previous.unit:
        return None
    if text[previous.end : current.start].strip() != "(":
        return None
    close = _CLOSE.match(text, current.end)
    return None if close is None else replace(previous, end=close.end())


# A scale word after a number refused: no number of its own ("a population of 12
# million" read "million" as a million troops).
_SCALE_WORD_AFTER = re.compile(r"\s+(?:millions?|billions?|thousands?|milliards?)(?![\w])")


def _is_conversion(text: str, previous: Quantity, current: Quantity) -> bool:
    """ "400 kilometres (250 miles)": the bracketed figure restates the first."""
    between = text[previous.end : current.start]
    return previous.unit is not None and current.unit is not None and between.strip() == "("


def _inside(a: int, b: int, spans: SpanSet) -> bool:
    """Whether the first or the last character of `[a, b)` is in one of the spans."""
    return spans.overlaps(a, a + 1) or spans.overlaps(b - 1, b)


def _read(text: str, folded: str, match: re.Match[str], lo: int, hi: int) -> Quantity | None:
    before = text[max(lo, match.start() - 40) : match.start()]
    if match.group("vague"):
        return _vague_read(text, match, before, hi)
    number = _number(text, match, hi)
    if number is None:
        return None
    value, num_end = number
    after = text[num_end : min(hi, num_end + 40)]
    if not_a_quantity(text, match, before, after, value):
        return None
    start = match.start()
    unit = None
    sign = currency_sign(before)
    if sign and sign.lone and value < 1000:
        return None  # "the N1 highway": a road's number, no sum ("N50 million", "N500,000")
    if sign:
        start -= len(sign.text)
        unit = sign.unit
        before = before[: len(before) - len(sign.text)]
    low: Number | None  # a qualifier may open either end (`_interval`)
    high: Number | None
    low = high = value
    qualifier = "exact"
    between = _BETWEEN.search(before)
    second = _range_end(text, folded, num_end, hi, before, between)
    if second is not None:
        high, num_end = second
        low, high = min(low, high), max(low, high)  # "between 50 and 20": read in order
        qualifier = "range"
        if between:
            start -= len(between.group(0))
    unit_match = (
        None
        if unit
        else CURRENCY_AFTER.match(text, num_end, hi) or _UNIT_AFTER.match(text, num_end, hi)
    )
    if unit_match:
        unit = _unit_name(unit_match)
        if unit == "calibre" or (
            unit in _TIME_UNITS and not _is_duration(before, text[unit_match.end() : hi])
        ):
            return None
        num_end = unit_match.end()
    if qualifier == "exact":
        qualifier, start, num_end = qualify(text, before, start, num_end, hi)
    low, high = interval(qualifier, value, low, high)
    return Quantity(
        start,
        num_end,
        value if qualifier != "range" else None,
        low,
        high,
        qualifier,
        unit,
        words=bool(match.group("words") or match.group("pair")),
    )


def _vague_read(text: str, match: re.Match[str], before: str, hi: int) -> Quantity | None:
    """A vague word's quantity; one counting time as numbers do: "for several months"
    is a duration (with its unit), "several years ago" a date and no quantity (None)."""
    quantity = _vague(match, before)
    unit_match = _UNIT_AFTER.match(text, match.end(), hi)
    unit = _unit_name(unit_match) if unit_match else None
    if unit_match is None or unit not in _TIME_UNITS:
        return quantity
    if not _is_duration(before, text[unit_match.end() : hi]):
        return None
    return Quantity(
        quantity.start,
        unit_match.end(),
        None,
        quantity.low,
        quantity.high,
        quantity.qualifier,
        unit,
    )


def _vague(match: re.Match[str], before: str) -> Quantity:
    word = " ".join(match.group("vague").lower().split())
    high: int | None  # None: open above
    low, high = vague_interval(word)
    start = match.start()
    qual = qualifier_before(before)
    if qual and qualifier_name(qual) in ("at_least", "more_than"):
        start -= len(qual.group(0))  # "more than several hundred": open above
        high = None
    return Quantity(start, match.end(), None, low, high, f"vague:{vague_name(word)}")


def _number(text: str, match: re.Match[str], hi: int) -> tuple[Number, int] | None:
    """The value of a digit or word number, with a scale word after it ("1.5 million");
    None for a figure above `MAX_FIGURE`, which counts nothing a report counts."""
    number = _unbounded_number(text, match, hi)
    if number is None or abs(number[0]) > MAX_FIGURE:
        return None
    return number


# Thousands set off by full stops, as much of the world writes them: "6.300", "1.200.000"
# (no count of people has three decimals; "1.5 million" and "2.75" keep theirs)
_SPACES = str.maketrans("", "", " \u00a0\u202f")
_STOP_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def _unbounded_number(text: str, match: re.Match[str], hi: int) -> tuple[Number, int] | None:
    if match.group("pair"):
        return 2, match.end()  # "a pair of suicide bombers"
    if match.group("words"):
        worded = parse_number_words(match.group("words"))
        return None if worded is None else (worded, match.end())
    digits = match.group("digits")
    if len(digits.replace(",", "").split(".")[0]) > _MAX_DIGITS:
        return None  # read as no number at all: never converted, however long
    suffix = match.group("suffix") or ""
    number_text = digits[: len(digits) - len(suffix)] if suffix else digits
    number_text = number_text.translate(_SPACES)  # "7 000"
    end = match.end()
    scale_match = _SCALE_AFTER.match(text, end, hi)
    value: Number
    if not suffix and scale_match is None and _STOP_THOUSANDS.fullmatch(number_text):
        value = int(number_text.replace(".", ""))  # "6.300 people", "700.000": stops as commas
    elif "." in number_text:
        value = float(number_text.replace(",", ""))
    else:
        value = int(number_text.replace(",", ""))
    if suffix:
        scale = SCALE_SUFFIX.get(suffix.lower())
        if suffix.lower() in _ORDINAL_SUFFIX:
            return None
        if scale is None:
            # 10km, 50mm: a unit written close; "12soldiers": a word typed close;
            # 7our, 4x4: not a number at all
            if _UNIT_AFTER.match(suffix) or len(suffix) >= 4:
                return whole(value), match.end() - len(suffix)
            return None
        return whole(round(value * scale, 6)), end
    if scale_match and not (
        scale_match.group(1).lower() == "m" and not _looks_like_money(text, match)
    ):
        value = round(value * SCALE_SUFFIX[scale_match.group(1).lower()], 6)  # 1.13 lakh
        end = scale_match.end()
    return whole(value), end


def _looks_like_money(text: str, match: re.Match[str]) -> bool:
    return bool(CURRENCY_BEFORE.search(text[max(0, match.start() - 4) : match.start()]))


def _range_end(
    text: str, folded: str, num_end: int, hi: int, before: str, between: re.Match[str] | None
) -> tuple[Number, int] | None:
    """The second number of "700-800", "700 to 800", "between 700 and 800";
    `between` is `_BETWEEN.search(before)`."""
    joiner = (
        # "between 7-15", "between 7 to 15"
        _AND.match(text, num_end, hi)
        or _DASH.match(text, num_end, hi)
        or _TO.match(text, num_end, hi)
        if between and between.group(0).lower().startswith("between")
        else _RANGE_JOIN.match(text, num_end, hi)
    )
    if not joiner:
        return None
    if (
        joiner.group(0).strip().lower() == "to"
        and _FROM_BEFORE.search(before) is None
        and _CHANGED_BEFORE.search(before)
    ):
        return None
    second = CORE.match(folded, joiner.end(), hi)
    if not second or second.group("vague") or _dash_between_forms(text, num_end, joiner, second):
        return None
    number = _number(text, second, hi)
    if number is None or (
        second.group("digits") and looks_like_year(second.group("digits")) and not between
    ):
        return None
    return number


def _dash_between_forms(
    text: str, num_end: int, joiner: re.Match[str], second: re.Match[str]
) -> bool:
    """Whether a spaced dash stands between a number in digits and one in words, or
    the other way: a clause's break, no range. A dateline's day before its story
    ("KYIV, March 3 - Three people were killed", "BANJUL, Nov. 21 — Two villagers
    ...") had read "3 - Three" as a range, and the claim was lost (trial 79)."""
    joined = joiner.group(0)
    if joined.strip() not in ("-", "–", "—") or joined == joined.strip():
        return False
    return text[num_end - 1].isdigit() != bool(second.group("digits"))


def _unit_name(match: re.Match[str]) -> str:
    group = match.lastgroup or ""
    if group == "time":
        return match.group("time").lower().rstrip("s")
    if group in CURRENCY_AFTER.groupindex:
        return currency_unit(group)
    return "percent" if group == "pct" else group  # "km", "mi", "m", "calibre"


def _is_duration(before: str, after: str) -> bool:
    """'for about 10 months' is a duration; 'ten months ago' and 'past two weeks' are dates."""
    return bool(
        _DURATION_FRAME.search(strip_qualifier(before))
    ) and not _TIME_AFTER_NOT_DURATION.match(after)
