"""Villages the gazetteer does not know, named inside a division it does.

"Tourou, Cameroon's Far North" resolves to the Far North region and "Kerawa,
Mayo-Sava department" to the Mayo-Sava department: the gazetteer lacks both villages
and keeps the division the address names. The divisions agree (Mayo-Sava lies in
the Far North), but the villages are two places: two reports that each name a
different village are two incidents, not one region's, whatever the region says.
So, too, a claim placed "near Kolofata" (a village the gazetteer lacks) is no
quarter of a known town: a place named by what it lies near is a settlement.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from workbench.geo.geonames import fold, strip_division
from workbench.geo.places import Kind
from workbench.match.features import Features
from workbench.match.place_names import FOLDED_COARSE, fold_place, place_names

VILLAGE_THRESHOLD = 80  # rapidfuzz ratio of two folded village names: one spelt two ways
# a place phrase that names a place by what it lies near or off: "near Kolofata",
# "10 km north of Mora", "outside Kerawa", "près de Kolofata", "non loin de Mora"
_BESIDE = re.compile(
    r"^\s*(?:(?:some|about|around)?\s*\d[\d.,]*\s*(?:km|kilomet\w+|miles?)\s+)?"
    r"(?:near|outside|close\s+to|off|(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|"
    r"près\s+de|non\s+loin\s+de|aux\s+environs\s+de)\b",
    re.IGNORECASE,
)


def unknown_village(f: Features) -> str | None:
    """The folded name of the village a claim's address names inside a division the
    gazetteer knows but that the gazetteer itself lacks ("tourou" of "Tourou,
    Cameroon's Far North", resolved to the Far North region), or None: a claim
    placed at a town, one placed at a division alone ("Chad's Lac province"), or
    one the gazetteer does not place at all."""
    if not f.located or f.located[0].kind.depth >= Kind.COMMUNE.depth:
        return None
    names = [n for n in place_names(f.claim.location) if n not in FOLDED_COARSE]
    if len(names) < 2:
        return None  # the phrase names the division alone
    first = names[0]
    if any(_names(first, p.name) for p in f.located):
        return None
    return first


def _names(name: str, place: str) -> bool:
    """Whether a folded name is a place's name, with or without its kind's word."""
    given = fold_place(strip_division(place))
    words = set(name.split())
    return set(given.split()) <= words or fuzz.ratio(given, name) >= VILLAGE_THRESHOLD


def two_villages(a: Features, b: Features) -> bool:
    """Whether two claims whose divisions agree each name a different village inside
    them that the gazetteer lacks ("Tourou" and "Kerawa", both of the Far North), or
    one names such a village and the other, placed by the names alone, another
    ("Kerawa, Mayo-Sava department" and "Tourou"), or placed at a town of another name
    ("Machava village, Nangade district" and "Nangade town"): two places, two
    incidents."""
    first, second = unknown_village(a), unknown_village(b)
    if first is None and second is None:
        return False
    if first is not None and second is not None:
        return _other(first, second)
    village, other = (first, b) if first is not None else (second, a)
    if village is None:
        return False
    if other.located:  # "Machava village, Nangade district" and "Nangade town"
        town = _settlement(other)
        if town is not None and _division_namesake(a if first is not None else b, other, town):
            return False  # "Banisa, Mandera district" and "in Mandera": the county, maybe
        return town is not None and _other(village, town)
    names = [n for n in other.places if n not in FOLDED_COARSE]
    return bool(names) and all(_other(village, n) for n in names)


# A settlement a place phrase names by its kind: "Nangade town", "the village of Kerawa"
_SETTLEMENT = re.compile(
    r"(?:(?:town|village|city)\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"|(?P<before>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:town|village|city))\b"
)


def _division_namesake(village: Features, other: Features, town: str) -> bool:
    """Whether `other` names only a town of the name of the division that holds the
    village (no "town" said: "in Mandera" against "Banisa, Mandera district"): the
    division's name as often as the town's, one incident's place at its level."""
    division = village.located[0].name if village.located else ""
    said = _SETTLEMENT.search(other.claim.location or "")
    return said is None and fold(strip_division(division)) == town


def _settlement(f: Features) -> str | None:
    """The folded name of the town or village a claim's place phrase names as one
    ("Nangade town"), whatever the gazetteer placed it at (Nangade district, lacking
    the town); None where the phrase names none by its kind, or the gazetteer placed
    it at a town already (its name decides, as the caller's other rules read it)."""
    if f.located and f.located[0].kind.depth >= Kind.COMMUNE.depth:
        return fold(f.located[0].name)
    found = _SETTLEMENT.search(f.claim.location or "")
    return fold(found.group("after") or found.group("before")) if found else None


def _other(x: str, y: str) -> bool:
    """Whether two folded village names are two villages, not one spelt two ways."""
    return fuzz.ratio(fold(x), fold(y)) < VILLAGE_THRESHOLD and x not in y and y not in x


def named_beside(phrase: str | None) -> bool:
    """Whether a place phrase names its place by what it lies near ("near Kolofata",
    "10 km north of Mora", "près de Kolofata"): a settlement of its own, no quarter
    of a town."""
    return bool(phrase and _BESIDE.search(phrase))
