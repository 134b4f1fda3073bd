"""Cross-source matching: which claims speak of the same thing, and how they relate.

Pure code: claims in, relations out; no database and no UI. The work stays close
to linear through blocking: claims meet only within the same category family,
country and place key; dated claims then meet only their neighbours in time
(a sorted neighbourhood: within WINDOW and at most NEIGHBOURS on each side);
claims with no date at all meet only the claims of their own document, since
across documents nothing says they speak of the same time.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator

from workbench.match.features import Features, MatchInput, features
from workbench.match.relate import Relation, Verdict, relate

_FAMILY = {"displaced": "displacement", "refugees": "displacement"}
WINDOW_DAYS = 31
NEIGHBOURS = 200

__all__ = ["MatchInput", "Relation", "Verdict", "match", "match_all_pairs"]

Block = tuple[str, ...]


def _blocks(f: Features) -> list[Block]:
    family = _FAMILY.get(f.category.value, f.category.value)
    country = f.claim.country or ""
    if f.time.first is None:
        return [(family, country, s, f"document {f.claim.document_id}") for s in f.skeletons]
    return [(family, country, s) for s in f.skeletons]


def _day(f: Features) -> int:
    return f.time.first.toordinal() if f.time.first else 0


class _Block:
    """The claims of one block, sorted by day, for neighbourhood scans."""

    def __init__(self, members: list[Features]) -> None:
        self.members = sorted(members, key=_day)
        self.days = [_day(f) for f in self.members]

    def near(self, f: Features) -> Iterator[Features]:
        day = _day(f)
        start = bisect.bisect_left(self.days, day - WINDOW_DAYS)
        stop = bisect.bisect_right(self.days, day + WINDOW_DAYS)
        if stop - start > 2 * NEIGHBOURS:  # a crowded block: the nearest in time only
            centre = bisect.bisect_left(self.days, day)
            start, stop = max(start, centre - NEIGHBOURS), min(stop, centre + NEIGHBOURS)
        yield from self.members[start:stop]


def match(new: Iterable[MatchInput], stored: Iterable[MatchInput]) -> list[Verdict]:
    """Relations between each new claim and the stored and new claims near it."""
    new_features = [features(c) for c in new]
    new_ids = {f.claim.id for f in new_features}
    grouped: dict[Block, list[Features]] = defaultdict(list)
    for f in new_features + [features(c) for c in stored if c.id not in new_ids]:
        for key in _blocks(f):
            grouped[key].append(f)
    blocks = {key: _Block(members) for key, members in grouped.items()}
    seen: set[tuple[int, int]] = set()
    verdicts = []
    for f in new_features:
        for key in _blocks(f):
            for other in blocks[key].near(f):
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
    kept = [v for v in verdicts if v.relation is Relation.RESTATES or not ({v.a, v.b} & copies)]
    return sorted(kept, key=lambda v: (v.a, v.b))
