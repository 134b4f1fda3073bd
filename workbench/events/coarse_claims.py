"""Claims the grouping joins by their report rather than by links: a headline's toll
and its body's telling of it (`join_headlines`); and claims placed in a country or a
region alone (`coarse`), which, like a claim of no place, join one event by their
strongest link unless their report already ties them to a finer place (`anchored`).
Pure code over the matcher's view of claims (`MatchInput`); split from grouping.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from workbench.events.sets import DisjointSets
from workbench.geo.places import Kind
from workbench.match.features import MatchInput
from workbench.match.place_names import place_names
from workbench.models import BlockKind


def anchored(sets: DisjointSets, ids: set[int], single: set[int]) -> set[int]:
    """Those of `ids` whose set already holds a claim not in `single`: a finer place."""
    anchored = {root for root, members in sets.members().items() if not single.issuperset(members)}
    return {i for i in ids if sets.find(i) in anchored}


def coarse(claim: MatchInput) -> bool:
    """Whether a claim's place is a country or a region and nothing finer: the gazetteer
    placed it there, and its place phrase names nothing else ("Haiti's Artibonite",
    "northeastern Nigeria"; not "Bois-Carré, Haiti", a village it lacks)."""
    if not claim.located or any(p.kind.depth > Kind.REGION.depth for p in claim.located):
        return False
    known = [place_names(p.name)[:1] for p in claim.located]
    found = {names[0] for names in known if names}
    return all(
        any(name == f or name.endswith(f" {f}") for f in found)
        for name in place_names(claim.location)
    )


def join_headlines(sets: DisjointSets, claims: Sequence[MatchInput]) -> None:
    """A headline's toll and the first claim of its report's body that states it (one
    category and figure): one toll, told twice, at whatever grain each names its place
    ("au moins 38 morts ... près de Pont-Sondé" over "38 personnes ... la localité de
    Lapierre": trial 62's headline stood in an event alone). Matching links no two
    claims of one report."""
    told: dict[tuple[object, ...], int] = {}
    for c in claims:
        if c.section != BlockKind.TITLE.value:
            told.setdefault((c.document_id, c.category, c.low, c.high), c.id)
    for c in claims:
        body = told.get((c.document_id, c.category, c.low, c.high))
        if c.section == BlockKind.TITLE.value and body is not None:
            sets.union(body, c.id)
