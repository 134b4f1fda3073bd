"""The last cuts of a matching run's links: one claim of each figure a report
restates (`prune_restatements`), and the strongest few links of each claim
(`strongest`). Split from `match/__init__.py`."""

from __future__ import annotations

from collections import defaultdict
from functools import partial

from workbench.match.relate import LinkSuggestion
from workbench.vocabulary import Relation

LINKS_PER_CLAIM = {Relation.CORROBORATES: 10, Relation.CONTRADICTS: 10, Relation.RELATED: 4}


def prune_restatements(suggestions: list[LinkSuggestion]) -> list[LinkSuggestion]:
    """Link the other voices to one claim of each figure restated in its report, not to
    every copy: a headline bullet and its body sentence are one statement. A figure
    relayed by another report is that report's claim, and keeps its links.

    A copy's link to a claim its original is not linked to stays: the copy may be
    the one the other report's claim can be compared with (dated where the first
    is not: "44 killed" in the headline and "the toll rose to 44 on Monday").

    Each copy restates its report's first statement of the figure, not every other
    copy: a page that says one figure n times gets n - 1 links, not n² / 2 (a
    trial's 2 MB line of one sentence made 1.2 million)."""
    originals: dict[int, set[int]] = defaultdict(set)
    for v in suggestions:
        if v.copy:
            originals[v.b].add(v.a)
    if not originals:
        return suggestions
    linked = {(v.a, v.b) for v in suggestions} | {(v.b, v.a) for v in suggestions}
    first = {copy: min(found) for copy, found in originals.items()}
    return [
        v
        for v in suggestions
        if (v.relation is Relation.RESTATES and (not v.copy or v.a == first[v.b]))
        or (v.relation is not Relation.RESTATES and not _copied(v, originals, linked))
    ]


def _copied(
    v: LinkSuggestion, originals: dict[int, set[int]], linked: set[tuple[int, int]]
) -> bool:
    """Whether a link joins a copy to a claim one of the copy's originals is linked to."""
    for copy, other in ((v.a, v.b), (v.b, v.a)):
        if any((original, other) in linked for original in originals.get(copy, ())):
            return True
    return False


def strongest(suggestions: list[LinkSuggestion]) -> list[LinkSuggestion]:
    """Keep a link only where it is among the strongest few of its relation for one of
    its two claims (LINKS_PER_CLAIM): where dozens of reports crowd one place and week,
    every pair would bury the evidence. Related links rank by nearness in time (a
    standing count met at other dates is a timeline, and its nearest points say where
    it stands), the others by score; ties go to the claims loaded nearest, so that
    equals spread their links rather than all pointing at the first few loaded.
    Restatements are all kept."""
    ranked: dict[tuple[int, Relation], list[LinkSuggestion]] = defaultdict(list)
    for v in suggestions:
        if v.relation in LINKS_PER_CLAIM:
            ranked[(v.a, v.relation)].append(v)
            ranked[(v.b, v.relation)].append(v)
    kept: set[tuple[int, int]] = set()
    for (claim_id, relation), links in ranked.items():
        links.sort(key=partial(_rank, claim_id))
        kept.update((v.a, v.b) for v in links[: LINKS_PER_CLAIM[relation]])
    strongest = [v for v in suggestions if v.relation not in LINKS_PER_CLAIM or (v.a, v.b) in kept]
    return sorted(strongest, key=lambda v: (v.a, v.b))


def _rank(claim_id: int, v: LinkSuggestion) -> tuple[float, ...]:
    """A link's rank among one claim's links of its relation: lowest is strongest."""
    loaded_apart = abs(v.b - claim_id) + abs(v.a - claim_id)
    if v.relation is Relation.RELATED:
        return (v.days_apart, -v.score, loaded_apart)
    return (-v.score, v.days_apart, loaded_apart)
