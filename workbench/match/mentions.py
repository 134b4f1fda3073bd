"""Places a claim's sentence names besides the claim's own: "a grenade at a bar in
the resort town of Diani, south of the port city of Mombasa" places its count
south of Mombasa, and names Diani too.

Where one report places a count in a town and the other report's sentence names
that town, the two may be one incident's even though the second gives another
place for its count (a quarter, a camp, a place the gazetteer does not know):
"repelled at Polo on their way into Maiduguri" and "in Maiduguri". It is weak
evidence, a town named in passing, so relate asks of it what it asks of two claims
that share only their country: one day and figures that agree.
"""

from __future__ import annotations

from workbench.geo.places import Kind
from workbench.match.features import Features
from workbench.match.place_names import skeleton


def town_name(f: Features) -> str | None:
    """The claim's place as a town's name another sentence may name: its first name,
    where that is no country or region (of the gazetteer or the built-in list)."""
    if not f.places or f.coarse:
        return None
    if f.located and f.located[0].kind.depth < Kind.COMMUNE.depth:
        return None
    return f.places[0]


def named_in_other(a: Features, b: Features) -> str | None:
    """The town one claim is placed in that the other claim's sentence names, if any
    (the name as the placed claim's report writes it)."""
    if not a.claim.country or a.claim.country != b.claim.country:
        return None  # a weak tie: within one known country only
    for placed, other in ((a, b), (b, a)):
        name = town_name(placed)
        if name is not None and name in other.mentions:
            return placed.claim.location
    return None


def mention_keys(f: Features, family: str, looking: bool) -> list[tuple[str, ...]]:
    """Blocks where a claim placed in a town meets the claims whose sentences name
    it, whichever of the two was loaded first: a claim is in the "town" block of its
    own town's name and in the "named" block of each name its sentence writes; it
    looks in the "named" block of its own town's name and in the "town" block of
    each name its sentence writes (a stored claim never looks, so a new report that
    names a stored report's town in passing must find it itself)."""
    country = f.claim.country
    if not country:
        return []
    name = town_name(f)
    own = [] if name is None else [skeleton(name)]
    named = sorted({skeleton(n) for n in f.mentions})
    mine, theirs = ("named", "town") if looking else ("town", "named")
    keys: list[tuple[str, ...]] = [(family, country, mine, key) for key in own]
    return keys + [(family, country, theirs, key) for key in named]
