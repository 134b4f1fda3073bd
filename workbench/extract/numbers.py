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
- vague words: see VAGUE below.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from workbench.extract.sentences import opens_line
from workbench.extract.spans import SpanSet
from workbench.extract.wordindex import WordIndex

Number = int | float
# The largest figure read as a quantity: a quadrillion. No count of people, of
# troops or of money in conflict reporting comes near it, and SQLite stores
# integers only up to 2**63 - 1 (about 9.2 quintillion). A larger figure ("a
# transfer of 12345678901234567890 CFA francs", a run of hundreds of digits) is
# no claim; its digits are never converted, however many they are.
MAX_FIGURE = 10**15
_MAX_DIGITS = 16

VAGUE: dict[str, tuple[int, int]] = {
    "a few": (2, 5),
    "a handful of": (2, 6),
    "a couple of": (2, 3),
    "several": (3, 9),
    "dozens": (24, 99),
    "scores": (40, 99),
    "tens": (20, 90),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
}
# A vague word before a scale multiplies it: "several hundred" is 300..900,
# "a few dozen" 24..60, "a couple hundred" 200..300.
MULTIPLIERS: dict[str, tuple[int, int]] = {
    "a few": (2, 5),
    "few": (2, 5),
    "a handful of": (2, 6),
    "a couple": (2, 3),
    "a couple of": (2, 3),
    "several": (3, 9),
}
_SCALE_WORDS = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
_SCALE_SUFFIX = {
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "k": 1_000,
    **_SCALES,
}

_WORD = "|".join(sorted([*_UNITS, *_SCALES, "dozen"], key=len, reverse=True))
_VAGUE_RE = (
    r"(?:several|a\s+few|few|a\s+couple(?:\s+of)?|a\s+handful\s+of)\s+"
    r"(?:dozen|hundred|thousand|million|billion)(?![a-z])"
    r"|hundreds\s+of\s+thousands|tens\s+of\s+(?:thousands|millions)|tens(?=\s+of\s)"
    r"|several|a\s+few|a\s+handful\s+of|a\s+couple\s+of(?=\s+[a-z])"
    r"|dozens|scores(?=\s+of\b)|hundreds|thousands|millions"
)
# Runs over lower-cased text (see casefold.py): lookbehinds instead of \b and IGNORECASE.
CORE = re.compile(
    rf"(?P<vague>(?<![a-z])(?:{_VAGUE_RE})(?![a-z]))"
    rf"|(?P<words>(?<![a-z])(?:a\s+(?=(?:hundred|thousand|million|billion|dozen)(?![a-z])))?"
    rf"(?:{_WORD})(?:(?:\s+|-)(?:{_WORD})|(?<=hundred)\s+and\s+(?:{_WORD})"
    rf"|(?<=thousand)\s+and\s+(?:{_WORD}))*(?![a-z]))"
    # a stop may stand before digits only as a typing slip after a word ("friday.15")
    r"|(?P<digits>(?<![\w,/:@#])(?:(?<!\.)|(?<=[a-z][a-z]\.))(?<![a-z]-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?P<suffix>[a-z]+)?"
    r"(?![\w/:]))"
)
# The words a CORE match starts with (its digits start at a run of digits).
_FIRST_WORDS = frozenset(
    (
        *_UNITS,
        *_SCALES,
        *"dozen a few several tens dozens scores hundreds thousands millions".split(),
    )
)
# Words that may start a quantity, for a cheap first pass over lower-cased text.
NUMBER_WORDS = f"{_WORD}|several|few|handful|couple|tens|dozens|scores|hundreds|thousands|millions"
_SCALE_AFTER = re.compile(
    r"[\s-]?(million|billion|trillion|thousand|hundred|bn|mn|m|k)\b", re.IGNORECASE
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|or)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)

_QUALIFIERS: list[tuple[str, str]] = [
    ("at_least", r"at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|not\s+less\s+than"),
    (
        "more_than",
        r"more\s+than|over|in\s+excess\s+of|upwards\s+of|above|exceeding|well\s+over|just\s+over",
    ),
    (
        "up_to",
        r"up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of|"
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

_CURRENCY_BEFORE = re.compile(r"(?P<cur>US\$|\$|€|£|USD|EUR|GBP|CFA)\s?$")
_CURRENCY_CODES = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "cfa": "XOF",
}
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?P<usd>(?:US\s+|U\.S\.\s+)?dollars)|(?P<eur>euros?)|(?P<gbp>pounds\s+sterling|pounds)"
    r"|(?P<xof>(?:CFA\s+)?francs)|(?P<ngn>naira)|(?P<kes>shillings)|(?P<inr>rupees)|(?P<rub>roubles|rubles))\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(
    r"[\s-]*(?:(?P<km>km|kms|kilometres?|kilometers?)|(?P<mi>miles?)|(?P<m>metres?|meters?)"
    r"|(?P<pct>%|percent|per\s+cent)"
    r"|(?P<time>hours?|days?|weeks?|months?|years?)|(?P<calibre>mm|millimetres?|millimeters?|calibre|caliber|cal))\b",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^(?:-|\s)(?:years?|yr)[\s-]old\b|^\s*years?\s+of\s+age\b", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s*$", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")
_MODEL_BEFORE = re.compile(
    r"(?:\b[A-Z][A-Za-z]*-|(?<![.!?]\s)(?<!^)\b[A-Z][a-z]*[A-Z0-9]?[a-z]*\s)$"
)
_DURATION_FRAME = re.compile(r"\b(?:for|lasted|lasting|spent|took)\s+(?:\w+\s+)?$", re.IGNORECASE)
_TIME_AFTER_NOT_DURATION = re.compile(
    r"^\s*(?:ago|before|after|later|earlier|old)\b", re.IGNORECASE
)
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})
_NOT_NUMBERS_BEFORE = re.compile(r"(?:\bNo\.|#|\bNumber|\bnumber)\s*$")
_WORD_BREAK = re.compile(r"[\s-]+")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_CHANGED_BEFORE = re.compile(
    r"\brose\b|\brisen\b|\bincreased?\b|\bfell\b|\bclimbed\b", re.IGNORECASE
)
_COMMA_AFTER = re.compile(r"^\s*[,)]")
_MARKER_AFTER = re.compile(r"^[.)]\s")
# The last word of every qualifier (`_QUALIFIERS`): a number after any other word
# has none, found without searching the forty characters before it.
_QUALIFIER_LAST = frozenset(
    "least than of over above exceeding to as most under below nearly almost approaching "
    "about some estimated around approximately roughly circa c approximate approx perhaps "
    "maybe possibly".split()
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
    for match in words.matches(CORE, _FIRST_WORDS, digits=True, on=folded):
        if match.start() < consumed or _inside(match.start(), match.end(), skipped):
            continue
        if last_age >= 0 and _LIST_JOIN.fullmatch(folded, last_age, match.start()):
            last_age = match.end()  # "aged 50 and 60": the second is an age too
            continue
        quantity = _read(text, folded, match, start, end)
        if quantity is None:
            before = folded[max(start, match.start() - 8) : match.start()]
            last_age = match.end() if _AGE_BEFORE.search(before) else -1
            continue
        consumed = quantity.end
        if found and _is_conversion(text, found[-1], quantity):
            continue
        found.append(quantity)
    return found


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
        return _vague(match, before)
    number = _number(text, match, hi)
    if number is None:
        return None
    value, num_end = number
    after = text[num_end : min(hi, num_end + 40)]
    if _not_a_quantity(text, match, before, after, value):
        return None
    start = match.start()
    unit = None
    currency = _CURRENCY_BEFORE.search(before)
    if currency:
        start -= len(currency.group(0))
        unit = _CURRENCY_CODES[currency.group("cur").lower()]
        before = before[: len(before) - len(currency.group(0))]
    low: Number | None  # a qualifier may open either end (`_interval`)
    high: Number | None
    low = high = value
    qualifier = "exact"
    second = _range_end(text, folded, num_end, hi, before)
    between = _BETWEEN.search(before)
    if second is not None:
        high, num_end = second
        low, high = min(low, high), max(low, high)  # "between 50 and 20": read in order
        qualifier = "range"
        if between:
            start -= len(between.group(0))
    unit_match = (
        None
        if unit
        else _CURRENCY_AFTER.match(text, num_end, hi) or _UNIT_AFTER.match(text, num_end, hi)
    )
    if unit_match:
        unit = _unit_name(unit_match)
        if unit == "calibre" or (
            unit in ("day", "week", "month", "year", "hour")
            and not _is_duration(before, text[unit_match.end() : hi])
        ):
            return None
        num_end = unit_match.end()
    if qualifier == "exact":
        qualifier, start, num_end = _qualify(text, before, start, num_end, hi)
    low, high = _interval(qualifier, value, low, high)
    return Quantity(
        start,
        num_end,
        value if qualifier != "range" else None,
        low,
        high,
        qualifier,
        unit,
        words=bool(match.group("words")),
    )


def vague_interval(words: str) -> tuple[int, int]:
    """The interval of vague words, lower-cased and single-spaced: "dozens" ->
    (24, 99), "several hundred" -> (300, 900); the tables above."""
    if words in VAGUE:
        return VAGUE[words]
    multiplier, _, scale = words.rpartition(" ")
    low, high = MULTIPLIERS[multiplier]
    return low * _SCALE_WORDS[scale], high * _SCALE_WORDS[scale]


def _vague(match: re.Match[str], before: str) -> Quantity:
    word = " ".join(match.group("vague").lower().split())
    high: int | None  # None: open above
    low, high = vague_interval(word)
    start = match.start()
    qual = _qualifier_before(before)
    if qual and _qualifier_name(qual) in ("at_least", "more_than"):
        start -= len(qual.group(0))  # "more than several hundred": open above
        high = None
    return Quantity(start, match.end(), None, low, high, f"vague:{_vague_name(word)}")


def _vague_name(words: str) -> str:
    """The qualifier's word: "dozens", "several", "several-hundred", "couple"."""
    parts = [w for w in words.split() if w not in ("a", "of")]
    if len(parts) == 2 and parts[1] in _SCALE_WORDS:
        return "-".join(parts)
    return parts[0]


def _number(text: str, match: re.Match[str], hi: int) -> tuple[Number, int] | None:
    """The value of a digit or word number, with a scale word after it ("1.5 million");
    None for a figure above `MAX_FIGURE`, which counts nothing a report counts."""
    number = _unbounded_number(text, match, hi)
    if number is None or abs(number[0]) > MAX_FIGURE:
        return None
    return number


def _unbounded_number(text: str, match: re.Match[str], hi: int) -> tuple[Number, int] | None:
    if match.group("words"):
        worded = parse_number_words(match.group("words"))
        return None if worded is None else (worded, match.end())
    digits = match.group("digits")
    if len(digits.replace(",", "").split(".")[0]) > _MAX_DIGITS:
        return None  # read as no number at all: never converted, however long
    suffix = match.group("suffix") or ""
    number_text = digits[: len(digits) - len(suffix)] if suffix else digits
    value: Number = (
        float(number_text.replace(",", ""))
        if "." in number_text
        else int(number_text.replace(",", ""))
    )
    end = match.end()
    if suffix:
        scale = _SCALE_SUFFIX.get(suffix.lower())
        if suffix.lower() in _ORDINAL_SUFFIX:
            return None
        if scale is None:
            # 10km, 50mm: a unit written close; "12soldiers": a word typed close;
            # 7our, 4x4: not a number at all
            if _UNIT_AFTER.match(suffix) or len(suffix) >= 4:
                return _whole(value), match.end() - len(suffix)
            return None
        return _whole(value * scale), end
    scale_match = _SCALE_AFTER.match(text, end, hi)
    if scale_match and not (
        scale_match.group(1).lower() == "m" and not _looks_like_money(text, match)
    ):
        value = value * _SCALE_SUFFIX[scale_match.group(1).lower()]
        end = scale_match.end()
    return _whole(value), end


def _looks_like_money(text: str, match: re.Match[str]) -> bool:
    return bool(_CURRENCY_BEFORE.search(text[max(0, match.start() - 4) : match.start()]))


def parse_number_words(words: str) -> Number | None:
    """The value of number words: "twenty-four" -> 24, "one hundred and twenty" -> 120,
    "a dozen" -> 12, "two million" -> 2000000."""
    tokens = [t for t in _WORD_BREAK.split(words.lower()) if t and t != "and"]
    if tokens and tokens[0] == "a":
        tokens[0] = "one"
    total = current = 0
    seen = False
    for token in tokens:
        if token in _UNITS:
            current += _UNITS[token]
        elif token in ("hundred", "dozen"):
            current = max(current, 1) * (100 if token == "hundred" else 12)
        elif token in _SCALES:
            total += max(current, 1) * _SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _range_end(
    text: str, folded: str, num_end: int, hi: int, before: str
) -> tuple[Number, int] | None:
    """The second number of "700-800", "700 to 800", "between 700 and 800"."""
    between = _BETWEEN.search(before)
    joiner = (
        _AND if between and between.group(0).lower().startswith("between") else _RANGE_JOIN
    ).match(text, num_end, hi)
    if not joiner:
        return None
    if (
        joiner.group(0).strip().lower() == "to"
        and _FROM_BEFORE.search(before) is None
        and _CHANGED_BEFORE.search(before)
    ):
        return None
    second = CORE.match(folded, joiner.end(), hi)
    if not second or second.group("vague"):
        return None
    number = _number(text, second, hi)
    if number is None or (
        second.group("digits")
        and _looks_like_year(second.group("digits"))
        and not _BETWEEN.search(before)
    ):
        return None
    return number


def _qualify(text: str, before: str, start: int, end: int, hi: int) -> tuple[str, int, int]:
    after = _QUALIFIER_AFTER.match(text, end, hi)
    if after:
        name = (
            "at_least" if after.group("more") else "more_than" if after.group("plus") else "about"
        )
        return name, start, after.end()
    qual = _qualifier_before(before)
    if qual:
        return _qualifier_name(qual), start - len(qual.group(0)), end
    return "exact", start, end


def _qualifier_name(match: re.Match[str]) -> str:
    return next(name for name, _ in _QUALIFIERS if match.group(name))


def _interval(
    qualifier: str, value: Number, low: Number, high: Number
) -> tuple[Number | None, Number | None]:
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("up_to", "nearly"):
        return None, value
    if qualifier == "about":
        spread = max(abs(value) * 0.1, 1)
        return _whole(math.floor(value - spread)), _whole(math.ceil(value + spread))
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


def _whole(value: Number) -> Number:
    return int(value) if float(value).is_integer() else value


def _unit_name(match: re.Match[str]) -> str:
    group = match.lastgroup or ""
    if group == "time":
        word = match.group("time").lower().rstrip("s")
        return word
    return {
        "usd": "USD",
        "eur": "EUR",
        "gbp": "GBP",
        "xof": "XOF",
        "ngn": "NGN",
        "kes": "KES",
        "inr": "INR",
        "rub": "RUB",
        "pct": "percent",
    }.get(group, group)


def _is_duration(before: str, after: str) -> bool:
    """'for about 10 months' is a duration; 'ten months ago' and 'past two weeks' are dates."""
    return bool(
        _DURATION_FRAME.search(_strip_qualifier(before))
    ) and not _TIME_AFTER_NOT_DURATION.match(after)


def _qualifier_before(before: str) -> re.Match[str] | None:
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
    return _QUALIFIER_BEFORE.search(before)


def _model_before(before: str) -> bool:
    """`_MODEL_BEFORE.search(before)`, searched only where `before` ends with a
    hyphen, or with a word of letters and digits that opens with a capital and one
    white space ("Boeing ", "AK-")."""
    if before.endswith("-"):
        return bool(_MODEL_BEFORE.search(before))
    if not before or not before[-1].isspace():
        return False
    first = len(before) - 1
    while first and (before[first - 1].isalnum() or before[first - 1] == "_"):
        first -= 1  # back over the word: \w, the characters a word boundary stands between
    if first == len(before) - 1 or not "A" <= before[first] <= "Z":
        return False
    return bool(_MODEL_BEFORE.search(before))


def _strip_qualifier(before: str) -> str:
    qual = _qualifier_before(before)
    return before[: qual.start()] if qual else before


def _looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100


def _not_a_quantity(
    text: str, match: re.Match[str], before: str, after: str, value: Number
) -> bool:
    """Years, ages, model numbers, list markers and the like."""
    digits = match.group("digits")
    if digits:
        if _looks_like_year(digits) and not _CURRENCY_BEFORE.search(before):
            return True
        if before.endswith("(") and after.startswith(")"):
            return True  # list marker "(1)"
        if before.endswith("[") and after.startswith("]"):
            return True  # a footnote mark "[74]"
        if _model_before(before) and not _qualifier_before(before):
            return True  # Boeing 737, AK-47, Resolution 2100
        if _NAME_COMMA_BEFORE.search(before) and _COMMA_AFTER.match(after):
            return True  # "Tore Bech, 58,"
        if opens_line(text, match.start()) and _MARKER_AFTER.match(after):
            return True  # list marker "1."
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return True
    return bool(_NOT_NUMBERS_BEFORE.search(before))
