"""A report's own first count, which the same report revises: "The state government
had on Tuesday announced that six people were killed ... In an update on Wednesday,
a total of 25 were killed"; "nine initial casualties ... additional victims
totalling 35 dead".

The first count is no longer the report's word. It stays a claim, and may still
agree with another report's first count, but a link to it says less of how the two
reports stand than a link to the report's standing figure: its score is lowered
(relate `SUPERSEDED_DISCOUNT`), so that the revised figure's link ranks first
(LINKS_PER_CLAIM, and where a reader takes a pair's strongest link). No link is
made or dropped here, but one: the revised figure is no second incident's toll
against another report's first count (relate `_two_incidents`: "nine casualties"
against the report that gives "nine initial casualties" and then "35 dead").
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from itertools import accumulate

from workbench.match.companions import TOLLS
from workbench.match.features import Features

# the words of a first count ("initial", "preliminary", "earlier") and of a revised
# one ("a total of", "rose to", "updated", "later", "final")
_FIRST = re.compile(r"\b(?:initial(?:ly)?|preliminary|earlier|first)\b", re.IGNORECASE)
_REVISED = re.compile(
    r"\b(?:total(?:ling|ing|led|ed)?|rose|risen|rises|climbed|updated?|revised|later|final)\b",
    re.IGNORECASE,
)


def with_superseded(found: Iterable[Features]) -> list[Features]:
    """The claims, each toll its own report revises marked `superseded`, and the
    larger tolls of its place that revise it marked `revision`. Revised: another toll
    of the report, of the same category and place, larger than it (their intervals
    apart) and told as a revision: dated after it in the text, or the first told as
    a first count ("nine initial casualties"), or the larger as a revised one ("a
    total of 25", "the toll rose to 40"). A larger toll of another place, or one told
    as any count, is no revision: a report gives many tolls of many villages. Linear
    in a report's tolls of one place (a page may state one toll 40,000 times).
    A claim extraction found its report replaced (`earlier_figure`: "had previously
    said 70 ... now stands at 93") is superseded whatever its place, and the larger
    tolls of its place revise it."""
    claims = [replace(f, superseded=True) if f.claim.earlier_figure else f for f in found]
    groups: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, f in enumerate(claims):
        if f.category in TOLLS and f.places:
            groups[(f.claim.document_id, f.category, f.places)].append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        tolls = [claims[i] for i in members]
        largest = max(f.low for f in tolls)
        revised = max((f.low for f in tolls if _REVISED.search(f.claim.text)), default=-math.inf)
        dated = sorted((f.time.start, f.low) for f in tolls if _dated(f) and f.time.start)
        starts = [start for start, _ in dated]
        after = list(accumulate(reversed([low for _, low in dated]), max))[::-1]
        # a first count the report says it replaced ("Earlier he had counted 14 bodies")
        firsts = [f.low for f in tolls if f.claim.earlier_figure]
        for i, f in zip(members, tolls, strict=True):
            later = -math.inf
            if _dated(f) and f.time.end is not None:
                at = bisect.bisect_right(starts, f.time.end)
                later = after[at] if at < len(after) else -math.inf
            first = largest if _FIRST.search(f.claim.text) else -math.inf
            if max(later, first, revised) > f.high:
                claims[i] = replace(f, superseded=True)
                firsts.append(f.high)
        if firsts:  # the larger tolls, the revisions of the smallest first count
            for i, f in zip(members, tolls, strict=True):
                if f.low > min(firsts) and not claims[i].superseded:
                    claims[i] = replace(f, revision=True)
    return claims


def _dated(f: Features) -> bool:
    """Whether the text dates a claim itself (not by its page's stamp)."""
    return f.time.explicit and not f.time.stamped
