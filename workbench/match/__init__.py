"""Cross-source matching: which claims speak of the same thing, and how they relate.

Pure code: claims in, relations out; no database and no UI. Blocking keeps the
work close to linear: claims are compared only within the same category family,
country, place key and month.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from workbench.match.features import Features, MatchInput, features
from workbench.match.relate import Relation, Verdict, relate

_FAMILY = {"displaced": "displacement", "refugees": "displacement"}

__all__ = ["MatchInput", "Relation", "Verdict", "match", "match_all_pairs"]


def _keys(f: Features) -> list[tuple[str, str, str, int | None]]:
    family = _FAMILY.get(f.category.value, f.category.value)
    month = f.time.first.year * 12 + f.time.first.month if f.time.first else None
    return [(family, f.claim.country or "", s, month) for s in f.skeletons]


def match(new: Iterable[MatchInput], stored: Iterable[MatchInput]) -> list[Verdict]:
    """Relations between each new claim and every stored or new claim, found by
    blocking on (category family, country, place key, month +- 1)."""
    new_features = [features(c) for c in new]
    new_ids = {f.claim.id for f in new_features}
    everything = new_features + [features(c) for c in stored if c.id not in new_ids]
    buckets: dict[tuple[str, str, str, int | None], list[Features]] = defaultdict(list)
    for f in everything:
        for key in _keys(f):
            buckets[key].append(f)
    seen: set[tuple[int, int]] = set()
    verdicts = []
    for f in new_features:
        for family, country, place, month in _keys(f):
            months = [None] if month is None else [month - 1, month, month + 1]
            for m in months:
                for other in buckets.get((family, country, place, m), ()):
                    pair = (min(f.claim.id, other.claim.id), max(f.claim.id, other.claim.id))
                    if other.claim.id == f.claim.id or pair in seen:
                        continue
                    seen.add(pair)
                    verdict = relate(f, other)
                    if verdict is not None:
                        verdicts.append(verdict)
    return _prune_restatements(verdicts)


def match_all_pairs(claims: Iterable[MatchInput]) -> list[Verdict]:
    """Every pair compared, no blocking: the reference the blocked matcher must equal."""
    found = [features(c) for c in claims]
    verdicts = [v for i, a in enumerate(found) for b in found[i + 1 :] if (v := relate(a, b))]
    return _prune_restatements(verdicts)


def _prune_restatements(verdicts: list[Verdict]) -> list[Verdict]:
    """Link the other voices to one claim of each restated figure, not to every copy:
    a headline bullet and its body sentence are one statement."""
    copies = {v.b for v in verdicts if v.relation is Relation.RESTATES}
    return [v for v in verdicts if v.relation is Relation.RESTATES or not ({v.a, v.b} & copies)]
