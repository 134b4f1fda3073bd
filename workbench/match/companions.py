"""The other tolls a claim's sentence states, which tell one incident from another.

"The attack killed three people and wounded five others" and "Three people were
killed and four injured": two reports tied only by their country and day, whose
killed tolls agree, tell one incident and dispute its wounded. Two reports sharing
only a country and a day, each with one toll and the tolls apart, are two incidents
as often as one (`ties.one_day_of`); an agreeing toll of another kind in both
sentences says which.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from workbench.match.victims import same_role
from workbench.models import Category

if TYPE_CHECKING:
    from workbench.match.features import Features

# two tolls of one incident in dispute lie close: the larger at most half again the
# smaller ("15 rebels" and "21 rebels", "killing 22" and "27 people were killed")
CLOSE_RATIO = 1.5
# how far above an open bound's floor ("at least five") a figure of one country's day
# may lie and still be the toll it reaches: a first count and the later total
FLOOR_REACH = 3
# the tolls of an incident that a sentence states together ("killed 3 and wounded 5")
TOLLS = frozenset({Category.KILLED, Category.WOUNDED, Category.MISSING, Category.KIDNAPPED})


@dataclass(frozen=True, slots=True)
class Companion:
    """A toll of another category in a claim's sentence: its category, its asserted
    bounds (or its list's total, `match.lists`) and its text."""

    category: Category
    low: float
    high: float
    text: str
    victim: str | None = None  # its family of victims (match.victims), None if none named
    sides: frozenset[str] = frozenset()  # the countries whose people it counts ("Turkish")
    subject: str | None = None  # whom it counts, as its text names them ("construction worker")


def with_companions(found: Iterable[Features]) -> list[Features]:
    """The claims, each toll given the tolls of other categories its sentence states
    (`Features.companions`; others unchanged)."""
    claims = list(found)
    sentences: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, f in enumerate(claims):
        if f.claim.sentence and f.category in TOLLS:
            sentences[(f.claim.document_id, f.claim.sentence)].append(i)
    for members in sentences.values():
        if len({claims[i].category for i in members}) < 2:
            continue
        for i in members:
            mine = claims[i].category
            others = tuple(_companion(claims[j]) for j in members if claims[j].category is not mine)
            claims[i] = replace(claims[i], companions=tuple(dict.fromkeys(others)))
    return claims


def _companion(f: Features) -> Companion:
    """A toll as its sentence's other tolls see it: its list's total where the list
    counts one family (two sides' dead are no one toll: `lists.Total.mixed`)."""
    total = f.total if f.total is not None and not f.total.mixed else None
    low, high = (total.low, total.high) if total else (f.low, f.high)
    return Companion(f.category, low, high, f.claim.text, f.victim, f.sides, f.claim.subject)


def agreeing_companions(a: Features, b: Features) -> tuple[Companion, Companion] | None:
    """A toll of another category that both claims' sentences state and whose figures
    agree ("killed three people" and "Three people were killed" beside a disputed
    wounded toll), or None. A death alone is no such toll (one killed is many
    incidents' toll a day) unless both say whose people of one family it counts
    ("One Turkish soldier killed" and "A Turkish soldier killed", `_one_side`) or both
    name what the victim was ("killed a construction worker" twice, `same_role`); nor
    is a toll of two families of victims ("killed four civilians" and "killed four
    soldiers"): two incidents' tolls."""
    for x in a.companions:
        for y in b.companions:
            if x.category is not y.category or _apart(x, y):
                continue
            if max(x.high, y.high) <= 1 and not (
                _one_side(x, y) or same_role(x.subject, y.subject)
            ):
                continue
            if x.low <= y.high and y.low <= x.high and bounds_close(x, y):
                return x, y
    return None


class Bounded(Protocol):
    """A figure's interval: a claim's features or a companion toll."""

    @property
    def low(self) -> float: ...

    @property
    def high(self) -> float: ...


def bounds_close(x: Bounded, y: Bounded) -> bool:
    """Whether two overlapping figures tied only weakly say one figure, not merely
    bounds that reach each other: where both are open above ("at least 8", "more than
    40"), their floors lie within CLOSE_RATIO ("at least 10" and "at least 11"); where
    one is, the other's figure lies within FLOOR_REACH times its floor (a first "at
    least five" and the later "14 people died in total"). An open bound says little
    of what lies far above it: "at least seventeen injured" and "more than seventy
    wounded" are two incidents' tolls as often as one's."""
    open_x, open_y = x.high == math.inf, y.high == math.inf
    if not (open_x or open_y):
        return True
    if open_x and open_y:
        low, high = sorted((x.low, y.low))
        return high <= low * CLOSE_RATIO
    floor, figure = (x, y) if open_x else (y, x)
    return figure.low <= floor.low * FLOOR_REACH


def _one_side(x: Companion, y: Companion) -> bool:
    """Whether two tolls name one country's people of one family ("one Turkish soldier",
    "a Turkish soldier"): one death both name so is more than a number."""
    return bool(x.sides & y.sides) and x.victim is not None and x.victim == y.victim


def _apart(x: Companion, y: Companion) -> bool:
    """Whether two tolls count two families ("four civilians" and "four soldiers"), or
    an armed group's dead and anyone else's: no one toll, however alike the figures."""
    if x.victim is not None and y.victim is not None and x.victim != y.victim:
        return True
    return (x.victim == "armed_group") != (y.victim == "armed_group")
