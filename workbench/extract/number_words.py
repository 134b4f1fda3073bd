"""How numbers are written: number words ("twenty-four", "a dozen", "two million"),
their scales, and the vague words that bound a count without giving it ("dozens",
"several hundred"), with the pattern that finds any of them.

`numbers.py` reads a quantity around a number; this module owns the tables and
the pattern (`CORE`) it reads numbers with, and the values of their words.
"""

from __future__ import annotations

import re

Number = int | float

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
SCALE_SUFFIX = {
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "k": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "juta": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    **_SCALES,
}

_WORD = "|".join(sorted([*_UNITS, *_SCALES, "dozen"], key=len, reverse=True))
_VAGUE_RE = (
    r"(?:several|a\s+few|few|a\s+couple(?:\s+of)?|a\s+handful\s+of)\s+"
    r"(?:dozen|hundred|thousand|million|billion)(?:\s+(?:thousand|million)(?=\s+[a-z]))?(?![a-z])"
    r"|hundreds\s+of\s+thousands|tens\s+of\s+(?:thousands|millions)|tens(?=\s+of\s)"
    r"|several|a\s+few|a\s+handful\s+of|a\s+couple\s+of(?=\s+[a-z])"
    r"|dozens|scores(?=\s+of\b|\s+(?:more\s+|others\s+)?(?:were\s+)?(?:injured|wounded|hurt|dead))"
    r"|hundreds|thousands|millions"
)
# Runs over lower-cased text (see casefold.py): lookbehinds instead of \b and IGNORECASE.
CORE = re.compile(
    rf"(?P<vague>(?<![a-z])(?:{_VAGUE_RE})(?![a-z]))"
    # "a pair of suicide bombers": two, exactly
    r"|(?P<pair>(?<![a-z])a\s+pair\s+of(?=\s+[a-z]))"
    # "half a dozen": six; "half a million"
    rf"|(?P<words>(?<![a-z])(?:half\s+a\s+(?=(?:dozen|million|billion)(?![a-z]))"
    r"|a\s+(?=(?:hundred|thousand|million|billion|dozen)(?![a-z])))?"
    rf"(?:{_WORD})(?:(?:\s+|-)(?:{_WORD})|(?<=hundred)\s+and\s+(?:{_WORD})"
    rf"|(?<=thousand)\s+and\s+(?:{_WORD}))*(?![a-z]))"
    # thousands set off by a space: "7 000", "200 000" (a plain space only before "000": "June
    # 19 100 people" is a day and a count), "1\u202f200" (a thin or no-break space);
    # a stop may stand before digits only as a typing slip after a word ("friday.15"),
    # a colon only after a label's word or bracket ("FATALITIES:17", "(count):64"), not
    # in a time or a ratio ("10:30", "3:1")
    # (after a lone "n": Nigerian papers' naira, "N50 million", `numbers._read` decides)
    # or a rupee's "Rs1 million", "PKR2m"; a Philippine peso's "P1 million", "PHP5 million";
    # a shilling's "Sh4.2 billion", "KSh10 million"; a taka's "Tk120 crore", "BDT5 lakh")
    r"|(?P<digits>(?:(?<![\w,/@#])|(?<=(?<![\w'’.-])n)|(?<=(?<![\w'’.-])rs)"
    r"|(?<=(?<![\w'’.-])(?:pkr|inr|php|idr|kes|ksh|ugx|bdt))|(?<=(?<![\w'’.-])tk)|(?<=(?<![\w'’.-])rp)|(?<=(?<![\w'’.-])p)"
    r"|(?<=(?<![\w'’.-])sh))(?:(?<!:)|(?<=[a-z)]:))(?:(?<!\.)|(?<=[a-z][a-z]\.))(?<![a-z]-)"
    # South Asia's grouping, in twos above the thousands: "8,00,000", "1,20,00,000"
    r"(?:[1-9]\d?(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?:\.\d{3}){2,}"
    r"|[1-9]\d{0,2}(?:[ \u00a0\u202f]000|[\u00a0\u202f]\d{3})+(?![\d.,])|\d+)"
    r"(?:\.\d+)?(?P<suffix>[a-z]+)?"
    r"(?![\w/]|:[^\s]))"
)
# The words a CORE match starts with (its digits start at a run of digits).
FIRST_WORDS = frozenset(
    (
        *_UNITS,
        *_SCALES,
        *"dozen a few several tens dozens scores hundreds thousands millions half".split(),
    )
)
# Words that may start a quantity, for a cheap first pass over lower-cased text.
NUMBER_WORDS = (
    f"{_WORD}|several|few|handful|couple|pair|tens|dozens|scores|hundreds|thousands|millions|half"
)
_WORD_BREAK = re.compile(r"[\s-]+")


def vague_interval(words: str) -> tuple[int, int]:
    """The interval of vague words, lower-cased and single-spaced: "dozens" ->
    (24, 99), "several hundred" -> (300, 900); the tables above."""
    if words in VAGUE:
        return VAGUE[words]
    multiplier, _, scale = words.rpartition(" ")
    factor = _SCALE_WORDS[scale]
    if multiplier not in MULTIPLIERS:  # "several hundred thousand": two scales
        multiplier, _, first = multiplier.rpartition(" ")
        factor *= _SCALE_WORDS[first]
    low, high = MULTIPLIERS[multiplier]
    return low * factor, high * factor


# A plural scale of a scale: "tens of thousands", "hundreds of millions"
_SCALE_OF_SCALE = re.compile(
    r"(?:tens|dozens|hundreds|thousands)\s+of\s+(?:thousands|millions|billions)"
)


def vague_name(words: str) -> str:
    """The qualifier's word: "dozens", "several", "several-hundred", "couple",
    "hundreds-of-thousands" (not "hundreds": trial 63 saw "hundreds of thousands of
    people" shown as "hundreds")."""
    if _SCALE_OF_SCALE.fullmatch(words):
        return "-".join(words.split())
    parts = [w for w in words.split() if w not in ("a", "of")]
    if len(parts) in (2, 3) and all(p in _SCALE_WORDS for p in parts[1:]):
        return "-".join(parts)
    return parts[0]


def parse_number_words(words: str) -> Number | None:
    """The value of number words: "twenty-four" -> 24, "one hundred and twenty" -> 120,
    "a dozen" -> 12, "two million" -> 2000000."""
    tokens = [t for t in _WORD_BREAK.split(words.lower()) if t and t != "and"]
    if tokens[:3] == ["half", "a", "dozen"]:
        return 6
    if tokens[:2] == ["half", "a"] and tokens[2:] and tokens[2] in _SCALES:
        return _SCALES[tokens[2]] // 2  # "half a million": 500000
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


def whole(value: Number) -> Number:
    """`value` as an int where it is a whole number: 12.0 -> 12, 1.5 -> 1.5."""
    return int(value) if float(value).is_integer() else value


# French counts of days or weeks as words ("trois jours après", "il y a une semaine")
FRENCH_COUNT_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10,
}  # fmt: skip
