"""Figures a reader must hear about at ingest and in `extract` (pure: no SQL).

A trial's file said "killed 99999999999999999999999999999999 people" and
"10,000,000,000,000,000,000 were wounded": both were left out without a word (the
extraction reads no figure above `extract.numbers.MAX_FIGURE`, a quadrillion), while
"2,000,000,000 people were killed" was stored as a toll like any other. Two
warnings, one line each, naming the file and the figure; the document and its other
claims are stored as ever:

- `dropped`: a figure too large to be read as a count, where the same sentence with
  an ordinary figure in its place gives a claim (so a 20-digit bank reference gives
  no warning, a 20-digit toll does).
- `implausible`: a claim's figure above the bound of its kind (`BOUNDS`). The claim
  is kept: a typing slip or a spoof is the analyst's to judge, and the warning says
  where to look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from workbench.extract.numbers import MAX_FIGURE
from workbench.models import Category, Claim, SourceDocument
from workbench.vocabulary import Number

# No war has killed or wounded 100 million people: the Second World War, the
# deadliest recorded, killed some 70 to 85 million (military and civilian deaths,
# all theatres, 1939-45). A figure of dead, wounded, missing, abducted or arrested
# above it, for one incident or a running total, is no conflict's.
WAR_BOUND = 100_000_000
# Nor can more people be counted than are alive: about 8.2 billion (UN, World
# Population Prospects 2024). The bound of the displaced, refugees and troops, of
# which a world total (UNHCR: 123 million forcibly displaced, 2024) stays far below.
WORLD_POPULATION = 8_200_000_000

BOUNDS: dict[Category, tuple[int, str]] = {
    **{
        category: (WAR_BOUND, "more than any war has counted (WWII: 70-85 million dead)")
        for category in (
            Category.KILLED,
            Category.WOUNDED,
            Category.MISSING,
            Category.KIDNAPPED,
            Category.ARRESTED,
        )
    },
    **{
        category: (WORLD_POPULATION, "more than the world's population (8.2 billion)")
        for category in (Category.DISPLACED, Category.REFUGEES, Category.TROOPS)
    },
}

# a figure in digits, its thousands set off or not, with a scale word or an exponent
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<digits>\d{1,3}(?:[,\u00a0\u202f]\d{3})+|\d+)(?:\.(?P<fraction>\d+))?"
    r"(?:[eE]\+?(?P<exponent>\d{1,6})"  # "1e308": a number as a program prints it
    r"|[\s-](?P<scale>million|billion|trillion|quadrillion|quintillion))?(?![\w])",
    re.IGNORECASE,
)
_SCALES = {
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "quadrillion": 10**15,
    "quintillion": 10**18,
}
_MARK = 917_353  # the first figure put in place of a large one; the next 917354, ...
_SHOWN = 40  # the most characters of a figure a warning shows


def _too_large(found: re.Match[str]) -> bool:
    """Whether a figure in digits is above what the extraction reads."""
    digits = re.sub(r"\D", "", found.group("digits"))
    scale = _SCALES.get((found.group("scale") or "").lower(), 1)
    if found.group("exponent"):
        power = int(found.group("exponent"))
        if power > 40:
            return True
        scale = 10**power
    if len(digits) > 40:
        return True  # never converted: a run of hundreds of digits is no count either
    whole = int(digits) * scale
    fraction = found.group("fraction")
    if fraction and scale > 1:
        whole += int(fraction[:12]) * scale // 10 ** len(fraction[:12])
    return whole > MAX_FIGURE


def shown(figure: str) -> str:
    """A figure as a warning shows it: whole, or its start and its length."""
    if len(figure) <= _SHOWN:
        return figure
    return f"{figure[:20]}... ({len(figure)} characters)"


def dropped(
    document: SourceDocument, read: Callable[[SourceDocument], Iterable[Claim]]
) -> list[str]:
    """One warning per figure too large to read that would be a claim: the document
    read again (`read`, the extraction) with an ordinary figure in each one's place,
    so only documents with such a figure cost a second reading."""
    large = [f for f in _FIGURE.finditer(document.text) if _too_large(f)]
    if not large:
        return []
    text, blocks, shift = document.text, list(document.blocks), 0
    marks: dict[int, re.Match[str]] = {}
    for number, found in enumerate(large):
        mark = str(_MARK + number)
        start, end = found.start() + shift, found.end() + shift
        text = text[:start] + mark + text[end:]
        moved = len(mark) - (end - start)
        blocks = [
            replace(
                b,
                start=b.start + (moved if b.start >= end else 0),
                end=b.end + (moved if b.end >= end else 0),
            )
            for b in blocks
        ]
        shift += moved
        marks[_MARK + number] = found
    copy = document.model_copy(update={"text": text, "blocks": blocks, "warnings": []})
    warned: dict[int, str] = {}
    for claim in read(copy):
        for value in (claim.value, claim.low, claim.high):
            if isinstance(value, int) and value in marks and value not in warned:
                figure = marks[value].group(0)
                warned[value] = (
                    f"{document.path}: the figure {shown(figure)} ({claim.category.value})"
                    " is too large to be a count: no claim made of it; the document and"
                    " its other claims are kept"
                )
    return [warned[value] for value in sorted(warned)]


def implausible(path: str, claims: Iterable[Claim]) -> list[str]:
    """One warning per claim whose figure is above its kind's bound (`BOUNDS`); the
    claim is kept."""
    warnings = []
    for claim in claims:
        if claim.category not in BOUNDS:
            continue
        bound, why = BOUNDS[claim.category]
        figure = _largest(claim.value, claim.low, claim.high)
        if figure is not None and figure > bound:
            warnings.append(
                f"{path}: {claim.text!r} ({figure:,.0f} {claim.category.value}) is {why};"
                " kept as a claim: check it"
            )
    return warnings


def _largest(*numbers: Number | None) -> Number | None:
    """The largest of the numbers given, None where none is."""
    given = [n for n in numbers if n is not None]
    return max(given) if given else None
