"""How two claims' figures compare: whether their intervals share a value
(`overlap`), whether they state one figure or a bound close above it (`same_figure`),
whether open bounds tied only weakly agree (`bounds_agree`), and how large a toll is
(`size`, `small`). Split from ties.py, which reads them with the weak ties."""

from __future__ import annotations

import math

from workbench.match.companions import CLOSE_RATIO as CLOSE_RATIO
from workbench.match.companions import FLOOR_REACH, bounds_close
from workbench.match.features import Features

# two tolls this large in one region or city the same day are one incident's
MASS_CASUALTIES = 10
# a toll this large, told by one number in two reports of a country days apart, is one
# mass killing's whoever the dead (`one_toll_again`): people in general, or a bound
TOLD_AGAIN_TOLL = 20


def overlap(a: Features, b: Features) -> bool:
    """Whether two claims' intervals (their asserted bounds) share a value."""
    return a.low <= b.high and b.low <= a.high


def far_bound(a: Features, b: Features) -> bool:
    """Whether one claim states only a bound far from the other's figure: a ceiling far
    above it (`ceiling_far_above`), or an open floor ("at least 40", no bodies found,
    which more may join) and the other a figure or a closed range whose middle lies
    more than FLOOR_REACH times above it ("about 130"): the intervals share values,
    but the floor counts far fewer; an analyst reads two tolls in dispute, not one
    confirmed. A first floor and the later total it reaches ("at least five", then
    "14 died in all"; "at least 40", then "risen to 65") still agree, as weakly tied
    bounds do (`companions.bounds_close`); two floors state no figure to dispute."""
    if ceiling_far_above(a, b):
        return True
    for floor, other in ((a, b), (b, a)):
        if math.isfinite(floor.high) or floor.bodies or not math.isfinite(other.high):
            continue
        middle = (other.low + other.high) / 2
        if math.isfinite(floor.low) and middle > max(floor.low, 1.0) * FLOOR_REACH:
            return True
    return False


def ceiling_far_above(a: Features, b: Features) -> bool:
    """Whether one claim states only a ceiling ("up to 140"), the other a figure far
    below it (`_far_below_ceiling`)."""
    return _far_below_ceiling(a, b) or _far_below_ceiling(b, a)


def _far_below_ceiling(ceiling: Features, other: Features) -> bool:
    """Whether one claim states only a ceiling ("up to 140 Ukrainian troops") and the
    other a figure more than FLOOR_REACH times below it ("16 killed"): the intervals
    share values, but a ceiling that high is another count, in dispute, not one
    confirmed (trial 73b: Russia's "up to 140" corroborated every smaller toll of
    Zaporizhzhia's strike)."""
    if math.isfinite(ceiling.low) or not math.isfinite(ceiling.high):
        return False
    if not (math.isfinite(other.low) and math.isfinite(other.high)):
        return False
    return ceiling.high > max((other.low + other.high) / 2, 1.0) * FLOOR_REACH


def same_figure(a: Features, b: Features) -> bool:
    """Whether two claims state one figure ("13 persons" and "killing 13 people"), or
    one states a figure the other's bound reaches and comes close to: "15 civilians"
    and "more than 14 civilians", "at least 5" and "five" (`_bound_holds`)."""
    if a.claim.value is not None and a.claim.value == b.claim.value:
        return True
    return _bound_holds(a, b) or _bound_holds(b, a)


def _bound_holds(exact: Features, bounded: Features) -> bool:
    """Whether one claim's single figure lies within the other's bounds, no more than
    CLOSE_RATIO times their lower end: "15" within "more than 14", not "500"
    within "at least 5", which says little of it."""
    if exact.low != exact.high or bounded.low == bounded.high:
        return False
    return bounded.low <= exact.low <= bounded.high and exact.low <= bounded.low * CLOSE_RATIO


def bounds_agree(a: Features, b: Features) -> bool:
    """Whether two overlapping figures tied only weakly agree (`companions.bounds_close`:
    "at least 15 passengers" and the day's "59 deaths" elsewhere in the country, "at
    least one death" and "at least two people", or "five people" (its report's "at
    least five") and "at least eight police officers", are two incidents as often as
    one)."""
    return bounds_close(a, b)


def floor_or_figure(f: Features) -> float:
    """A claim's figure, or its floor where it is open above ("at least one death")."""
    return f.high if math.isfinite(f.high) else f.low


def small(a: Features, b: Features) -> bool:
    """Whether two tolls are of the size a country at war, a region or a city sees
    many of a day (the smaller under MASS_CASUALTIES): one death, two policemen,
    three civilians; not "as many as 100" (`size`). Agreeing or close, such figures
    alone do not say one incident."""
    return min(size(a), size(b)) < MASS_CASUALTIES


def size(f: Features) -> float:
    """How large a toll a claim states: its floor, or where it states none ("as many
    as 100", "up to 40") its ceiling; no small toll, a ceiling that high."""
    return f.low if math.isfinite(f.low) else f.high


def one_named_toll(a: Features, b: Features) -> bool:
    """Whether two claims state one exact toll of a mass killing (MASS_CASUALTIES or more,
    the same number, no bound) of one family of victims, each in its own words ("Chad's
    army said it killed 43 rebels" on Friday, "43 assailants were neutralised" in a
    paper two days on (ties.TOLD_AGAIN_DAYS), "43 terroristes neutralisés" in the
    communiqué): a country sees two such tolls of one family within days seldom, and a
    later report that dates nothing tells the first one's (trial 75b: three outlets' 43
    never met). A bound ("at least 43"), people in general, or a small toll tie nothing
    so under twenty (`one_toll_again` ties the larger)."""
    if a.cumulative or b.cumulative or a.victim is None or a.victim != b.victim:
        return False
    if a.generic or b.generic:
        return False
    if (a.low, a.high) != (b.low, b.high) or a.low != a.high:
        return False
    return a.low >= MASS_CASUALTIES


def one_toll_again(a: Features, b: Features) -> bool:
    """Whether two claims state one mass killing's toll by one number, TOLD_AGAIN_TOLL or
    more, as a figure or its floor, whoever they say the dead were: "29 inmates" and a
    later report's "at least 29 inmates"; "more than 30 people" burned on Friday and
    "more than 30" shot, in an undated report two days on (pairs-news-t, -s: issue 16's
    dates told two days apart). `one_named_toll` asks a family and an exact figure for
    the tens; a toll this large by one number leaves fewer incidents to share it. A
    vague word ("dozens"), a running total, another number ("30" and "at least 31"), or
    a ceiling ("up to 30") ties nothing so."""
    if a.cumulative or b.cumulative or a.vague or b.vague:
        return False
    if a.low != b.low or a.low < TOLD_AGAIN_TOLL:
        return False
    exact = a.low == a.high or b.low == b.high
    open_above = not math.isfinite(a.high) or not math.isfinite(b.high)
    return a.high == b.high or (exact and open_above)
