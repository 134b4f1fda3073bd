"""Blocks by figure: where a claim placed in a known place meets one of its country
placed where the gazetteer does not know (match `_country_keys`), by what their
figures say, so that the unknown places of a country are not all compared with every
known place of it."""

from __future__ import annotations

import math

from workbench.match.features import Features
from workbench.match.figure_agreement import CLOSE_RATIO, MASS_CASUALTIES

Block = tuple[str, ...]


def band(figure: float) -> int:
    """A figure's band: figures CLOSE_RATIO apart at most lie in one band or two in a row."""
    return math.floor(math.log(max(figure, 1.0)) / math.log(CLOSE_RATIO))


def band_keys(family: str, country: str, f: Features, role: str, looking: bool) -> list[Block]:
    """Where a single figure meets a bound that reaches it (`figure_agreement.same_figure`: "15"
    and "more than 14"), as `role` says (a known place's or an unknown one's): a single
    figure is in its band's block and looks in the bounds' block of that band; a
    bound is in, and looks in, the two bands its reach (from its lower end to
    CLOSE_RATIO times it) spans. Two bounds, or two single figures, never meet here."""
    single = f.low == f.high
    if single:
        bands = [band(f.low)]
    elif 0 < f.low < math.inf:
        bands = [band(f.low), band(f.low) + 1]
    else:
        return []
    kind = "single" if single != looking else "bound"
    return [(family, "band", country, str(b), kind, role) for b in bands]


def mass_keys(family: str, country: str, f: Features, role: str) -> list[Block]:
    """Where a mass killing's toll (MASS_CASUALTIES or more, not a running total) placed
    in a division the gazetteer knows (a region, a district) meets one placed in a
    place it does not know (a village), whatever their figures' bands: "at least 70"
    in the Artibonite and "more than 50" in Morne-Tibou (ties.inside_country). `role`
    is the block's side, as for `band_keys`; a town's tolls are not in it (a village
    is no part of another town)."""
    if f.cumulative or f.low < MASS_CASUALTIES:
        return []
    place = f.located[0] if f.located else None
    if place is not None and not place.kind.division:
        return []
    return [(family, "mass", country, role)]
