"""One voice's statements of a category, and the figures each states.

A statement is a claim alone, or a list's parts told in one sentence as one statement
of their sum: "109 men, 24 women and 38 children were killed" states 171, not three
tolls of which the lowest, 24, would be the event's conservative figure, and against
another voice's "171 people" it is no dispute (`match.lists.list_parts`: never a
breakdown, "11 people, including six attackers"). A trial's air strike showed a
conservative toll of 24; another's massacre, told as "nineteen men, five women and a
child" by residents and as 25 by the governor, was marked contested with no majority
(each part read as a toll the governor's 25 disputed).

Pure code over stored claims or the matcher's view of them (`Counted`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Protocol

from workbench.match.lists import Told, list_parts, told_at
from workbench.models import Number


class Counted(Told, Protocol):
    """What the rules read of a claim: a stored claim, or the matcher's view of one
    (where it was told: `match.lists.Told`; and its voice and figure)."""

    @property
    def id(self) -> int: ...
    @property
    def voice_id(self) -> int: ...
    @property
    def voice(self) -> str: ...
    @property
    def value(self) -> Number | None: ...
    @property
    def low(self) -> Number | None: ...
    @property
    def high(self) -> Number | None: ...
    @property
    def qualifier(self) -> str: ...
    @property
    def part(self) -> bool | None: ...
    @property
    def section(self) -> str: ...  # a BlockKind value
    @property
    def subject(self) -> str | None: ...
    @property
    def unit(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Statement:
    """What one statement gives: its one `figure` (`figure_of`), its `conservative`
    figure (the lowest it states), every number it states (`numbers`), the interval
    it asserts (`low`, `high`: open ends infinite), whether that interval is a spread
    of figures it backs alike (a range, "about 50": `backs`), and its claims' ids."""

    figure: Number | None
    conservative: Number | None
    numbers: list[Number]
    low: Number
    high: Number
    spread: bool
    ids: frozenset[int]


def statements(own: Sequence[Counted]) -> list[Statement]:
    """One voice's statements of a category (module docstring): each claim that is no
    list's part alone, then each list as the sum of its parts (each part's figure,
    conservative figure and interval summed; the sum unknown where a part's is)."""
    lists = list_parts(own)
    in_list = {told_at(own[i]) for group in lists for i in group}
    found = [_alone(c) for c in own if told_at(c) not in in_list]
    return found + [_listed([own[i] for i in group]) for group in lists]


_SPREADS = ("range", "about")


def _alone(c: Counted) -> Statement:
    low, high = asserted_interval(c)
    spread = c.qualifier in _SPREADS and c.low is not None and c.high is not None
    return Statement(
        figure_of(c), _conservative(c), _numbers(c), low, high, spread, frozenset({c.id})
    )


def _listed(parts: Sequence[Counted]) -> Statement:
    alone = [_alone(c) for c in parts]
    figure = _sum([s.figure for s in alone])
    return Statement(
        figure=figure,
        conservative=_sum([s.conservative for s in alone]),
        numbers=[figure] if figure is not None else [],
        low=sum(s.low for s in alone),
        high=sum(s.high for s in alone),
        spread=any(s.spread for s in alone),
        ids=frozenset(c.id for c in parts),
    )


def backs(statement: Statement, figure: Number) -> bool:
    """Whether a statement backs a figure: the one it gives (`figure_of`), or one within
    the closed interval it states (a range, "about 50"). A bound ("at least 12", "up
    to 50") backs only the figure it states, not every figure it leaves open; a vague
    word ("dozens") only the figure ACLED codes it as."""
    if statement.spread:
        return statement.low <= figure <= statement.high
    return statement.figure == figure


def majority(
    told: Mapping[int, Sequence[Statement]], disputed: AbstractSet[int]
) -> tuple[Number | None, int]:
    """The figure more than half the voices back (`backs`), among the figures their
    statements give (`told`: each origin's `statements`), and how many voices back it;
    a statement holding a claim the analyst marked disputed backs nothing, and its
    voice still counts among all the voices. No figure (None) where none has more
    than half."""
    best: tuple[Number | None, int] = (None, 0)
    backing = [[s for s in own if not s.ids & disputed] for own in told.values()]
    candidates = {s.figure for own in backing for s in own if s.figure is not None}
    for figure in sorted(candidates):
        backers = sum(any(backs(s, figure) for s in own) for own in backing)
        if backers > best[1]:
            best = (figure, backers)
    chosen, backers = best
    return (chosen, backers) if backers * 2 > len(told) else (None, backers)


def disjoint(by_origin: Mapping[int, Sequence[Counted]]) -> bool:
    """Whether two voices give figures that cannot both be true: the spans of what
    each voice's statements assert (a list as its total) do not meet."""
    spans = []
    for own in by_origin.values():
        found = statements(own)
        spans.append((min(s.low for s in found), max(s.high for s in found)))
    return any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(spans) for b in spans[i + 1 :])


def _sum(figures: list[Number | None]) -> Number | None:
    """The sum of a list's figures; None where one is unknown."""
    known = [f for f in figures if f is not None]
    return sum(known) if len(known) == len(figures) else None


def figure_of(c: Counted) -> Number | None:
    """The one figure a claim gives: its number, a range's middle (of whole numbers,
    a whole number: "4 to 7 civilians" is 5, never half a person), a vague word's
    figure as ACLED codes it (`vague_figure`)."""
    if c.qualifier.startswith(VAGUE):
        return vague_figure(c.qualifier, c.low)
    if c.value is not None:
        return c.value
    if c.low is not None and c.high is not None and c.qualifier == "range":
        if isinstance(c.low, int) and isinstance(c.high, int):
            return (c.low + c.high) // 2  # trial 69: a best of 5.5 civilians
        return (c.low + c.high) / 2
    return c.low if c.low is not None else c.high


def _conservative(c: Counted) -> Number | None:
    """The lowest figure a claim states: its number ("some 3,500" is 3,500, "at least
    12" is 12), a range's lower end, a vague word's figure as ACLED codes it."""
    if c.qualifier == "range" and c.low is not None:
        return c.low
    return figure_of(c)


def _numbers(c: Counted) -> list[Number]:
    """Every number a claim states: its figure, both ends of a range, a vague word's
    figure as ACLED codes it; never the spread "about" allows nor a vague word's
    interval, which no source stated."""
    found = [c.low, c.high] if c.qualifier == "range" else [figure_of(c)]
    return [n for n in found if n is not None and math.isfinite(n)]


VAGUE = "vague:"
# The words of a scale a vague count may name, English and French: a vague word that
# names none ("a few", "several", "quelques", "plusieurs", "certains") is counted as the
# fewest it can mean.
_SCALES = frozenset(
    "dozen dozens score scores tens hundred hundreds thousand thousands million millions "
    "billion billions dizaines centaines milliers millions milliards".split()
)
# multipliers of a scale, with the fewest of it they name ("several hundred": 3 x 100)
_TIMES = {"several": 3, "plusieurs": 3}


def vague_figure(qualifier: str, low: Number | None) -> Number | None:
    """The figure a vague count is coded as, ACLED's rule: "tens" 10, "dozens" 12,
    "scores" 20, "hundreds" 100, "thousands" 1,000 and so on, the one unit of the
    scale the words name ("des centaines" 100, "several hundred" 100, "tens of
    thousands" 10,000); a word of no scale, the fewest it can mean ("a few" 2,
    "several" 3, "certains" 2). `qualifier` is the claim's ("vague:dozens", "vague:des-centaines")
    and `low` the least its words allow (extract/number_words.py: a plural scale
    is two of its units at least, "several" three); None without one."""
    if low is None:
        return None
    name = qualifier.removeprefix(VAGUE)
    if not _SCALES.intersection(name.split("-")):  # "certains" 2, "several" 3
        return low
    unit = low / _TIMES.get(name.split("-")[0], 2)
    return int(unit) if float(unit).is_integer() else unit


def asserted_interval(c: Counted) -> tuple[Number, Number]:
    """The interval a claim asserts, an open end unbounded."""
    return (
        c.low if c.low is not None else -math.inf,
        c.high if c.high is not None else math.inf,
    )
