"""Places grouped by the clause of their sentence, and the place a clause hands on:
split from page_context.py (the English and French readers read them)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TypeVar

from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.extract.place_mention import PlaceMention

T = TypeVar("T")


def by_clause(
    clauses: list[tuple[int, int]], items: list[T], start: Callable[[T], int]
) -> list[list[T]]:
    """`items` (in text order) grouped by the clause each starts in, one list a clause."""
    groups: list[list[T]] = [[] for _ in clauses]
    ends = [end for _, end in clauses]
    for item in items:
        at = bisect.bisect_right(ends, start(item))
        if at < len(clauses) and clauses[at][0] <= start(item):
            groups[at].append(item)
    return groups


def place_start(place: PlaceMention) -> int:
    """Where a place mention starts: the key `by_clause` groups places by."""
    return place.start


# A relation before a country that leaves it a country's scene: "near Chad", "près du
# Burkina", "au Nigeria", "inside Syria"
_NEAR = re.compile(
    r"^(?:near|inside|in|près\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])|au|aux|en)\s*",
    re.IGNORECASE,
)


def is_country(mention: PlaceMention) -> bool:
    """Whether a place is a whole country, or only near one ("près du Burkina"): no
    finer scene than the document's own."""
    name = mention.name.lower()
    return name in COUNTRY_BY_NAME or _NEAR.sub("", name) in COUNTRY_BY_NAME


def first_place(named: list[PlaceMention]) -> str | None:
    """The place a clause names for what follows it: its first locative one that is
    neither a whole country nor only a border ("Officials in Congo condemned an attack
    in Mabanga": Mabanga), else its first locative one that is not only a border, else
    its first locative one, else its first. A list of towns named as their country
    (`PlaceMention.several`, `place_lists`) is a scene as a town is; a place of a
    circumstance or a distance aside (`PlaceMention.setting`) only where no other is."""
    named = [p for p in named if p.background is None]  # an earlier attack's place
    # a circumstance's place only where the clause names no other ("On Sunday, as the
    # world watched the siege in Nairobi, bombers hit a church in Peshawar": Peshawar)
    named = [p for p in named if p.setting is None] or named
    locative = [p for p in named if p.locative]
    inland = [p for p in locative if not p.border]
    finer = [p for p in inland if p.several or not is_country(p)]  # a list: its towns
    return (finer or inland or locative or named)[0].name if named else None
