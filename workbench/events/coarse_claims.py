"""Claims the grouping joins by their report rather than by links: a headline's toll
and its body's telling of it (`join_headlines`); and claims placed in a country or a
region alone (`coarse`), which, like a claim of no place, join one event by their
strongest link unless their report already ties them to a finer place (`anchored`).
A claim placed in a country alone whose report places its incident finer (`report_towns`)
is held to that report's towns.
Pure code over the matcher's view of claims (`MatchInput`); split from grouping.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from workbench.events.report_tolls import ReportToll
from workbench.events.sets import DisjointSets
from workbench.geo.places import Kind, Place
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


def report_towns(claims: Sequence[MatchInput]) -> dict[int, frozenset[Place]]:
    """The towns each coarse claim's report places its incident at (the towns, at a
    commune's depth or finer, of its claims that are no running total and not coarse),
    by claim id, for the coarse claims of reports that name such a town and no place
    the gazetteer does not know (AP's Yenga attack, its village unknown, named Conakry
    only in a paragraph of background): grouping holds
    such a claim to those towns, so that a link to a toll of another town joins it to
    no event there. Trial 79: a rights group's "arrested 30 people", placed in Guinea
    alone, in a report whose headline placed its killings in Conakry, corroborated
    N'Zérékoré's 30 arrested on the country alone and pulled three Conakry claims into
    N'Zérékoré's event."""
    towns: dict[int, set[Place]] = {}
    unknown: set[int] = set()  # reports placing a claim where no town is known
    for c in claims:
        if c.scope != "cumulative" and c.location and not coarse(c):
            found = {p for p in c.located if p.kind.depth >= Kind.COMMUNE.depth}
            towns.setdefault(c.document_id, set()).update(found)
            if not found:
                unknown.add(c.document_id)  # "Yenga": its town may be the incident's
    for document in unknown:
        towns.pop(document, None)
    return {
        c.id: frozenset(towns[c.document_id])
        for c in claims
        if c.scope != "cumulative" and coarse(c) and towns.get(c.document_id)
    }


def join_report_town(
    sets: DisjointSets,
    claims: Sequence[MatchInput],
    held: Mapping[int, frozenset[Place]],
    meet: Callable[[int, int], bool],
) -> None:
    """Join each coarse claim held to one town (`report_towns`) to its report's first
    claim placed at that town, where their days meet (`meet`): the one incident its
    report tells, where it took place (trial 79: the rights group's "arrested 30
    people" in Guinea belonged with its report's Conakry killings). A report of two
    towns tells two incidents: its country's claims join neither by their report."""
    first: dict[tuple[int, int], int] = {}
    document = {c.id: c.document_id for c in claims}
    for c in claims:
        if c.scope != "cumulative" and not coarse(c):
            for p in c.located:
                first.setdefault((c.document_id, p.geonameid), c.id)
    for claim_id, towns in held.items():
        if len(towns) != 1:
            continue
        at = first.get((document[claim_id], next(iter(towns)).geonameid))
        if at is not None and meet(at, claim_id):
            sets.union(at, claim_id)


def at_town(toll: ReportToll | None, towns: frozenset[Place] | None) -> tuple[ReportToll, ...]:
    """A claim's report toll (`report_tolls`, none or one), a coarse claim's as its
    report's one town's (`report_towns`): the rights group's "two deaths" in Guinea is
    no second place beside its report's Conakry toll (`two_incidents_told`)."""
    if toll is None:
        return ()
    names = place_names(next(iter(towns)).name) if towns and len(towns) == 1 else ()
    return (replace(toll, place=names[0]),) if names else (toll,)
