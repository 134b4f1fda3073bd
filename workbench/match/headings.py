"""A place told by its way from a town ("some ten kilometres north of Bignona", "20 km
east of Goma") and a town that lies that way, a little further than NEAR_KM from it:
one incident's two places (trial 78: the army's "à une dizaine de kilomètres au nord de
Bignona" and a wire's "near Sindian", 17 km north-north-east of Bignona, never met).
Read by `place_agreement.place_match` where the gazetteer's places agree otherwise at
no level."""

from __future__ import annotations

from workbench.geo.places import Kind, Place, distance_km
from workbench.match.features import Features
from workbench.match.places import NEAR_KM, Agreement, bearing, crowded

# how far from the town a place told by its way may lie, and how far off that way
TOWARD_KM = 2 * NEAR_KM
TOWARD_DEGREES = 45.0


def toward(a: Features, b: Features) -> Agreement | None:
    """Where one claim's place is told by its way from a town (`Features.heading`) and
    the other's is a town or commune lying that way from it (within TOWARD_DEGREES)
    and within TOWARD_KM, they agree as near places; else None. The other's own way,
    where it gives one, must not point back (`places.opposed` is read by the caller)."""
    for told, other in ((a, b), (b, a)):
        if told.heading is None or not told.located or not other.located or other.heading:
            continue
        found = _lies_toward(told.located[0], other.located[0], told.heading)
        if found is not None:
            return found
    return None


def _lies_toward(origin: Place, place: Place, heading: float) -> Agreement | None:
    """Whether `place` lies within TOWARD_KM of `origin`, the way `heading` points."""
    if min(origin.kind.depth, place.kind.depth) < Kind.COMMUNE.depth:
        return None  # a region's or a district's "north" is no point
    apart = distance_km(origin, place)
    way = bearing(origin, place)
    if apart is None or way is None or apart > TOWARD_KM:
        return None
    off = abs(way - heading) % 360
    if min(off, 360 - off) > TOWARD_DEGREES:
        return None
    words = f"near: {place.name} lies {apart:.0f} km the way the other names from {origin.name}"
    return Agreement(Kind.TOWN, 95.0, words, crowded=crowded(origin) or crowded(place))
