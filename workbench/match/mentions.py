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

import re

from rapidfuzz import fuzz

from workbench.geo.places import Kind
from workbench.match.features import Features
from workbench.match.place_names import fold_place, sentence_names, skeleton
from workbench.match.places import SIMILARITY, Agreement, crowded

ANY_COUNTRY = "any country"  # the block of the towns of every country
# "the Shaab neighbourhood of Mosul", "a district of the city of Kirkuk": the town a
# part of a town lies in, as a sentence names it
_PART_OF = re.compile(
    r"\b(?:district|quarter|neighbou?rhood|area|suburbs?|outskirts|part|section|sector)\s+"
    r"of\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
NAMED_ALIKE = 80  # rapidfuzz ratio of two folded names of one town, as place_agreement's


def town_name(f: Features) -> str | None:
    """The claim's place as a town's name another sentence may name: its first name,
    where that is no country or region (of the gazetteer or the built-in list)."""
    if not f.places or f.coarse:
        return None
    if f.located and f.located[0].kind.depth < Kind.COMMUNE.depth:
        return None
    return f.places[0]


def named_in_other(a: Features, b: Features) -> tuple[str, Features, Features] | None:
    """The town one claim is placed in that the other claim's sentence names, if any
    (the name as the placed claim's report writes it), with the placed claim and the
    naming one. A weak tie: within one known country, or where the naming report
    names no country and the gazetteer knows none of its own places ("in the Karrada
    district of Baghdad", which the extractor placed in Karrada alone): the town it
    names says where it is."""
    for placed, other in ((a, b), (b, a)):
        if not _one_country(placed, other):
            continue
        name = town_name(placed)
        if name is not None and name in other.mentions and placed.claim.location:
            return placed.claim.location, placed, other
    return None


def in_own_sentence(placed: Features, naming: Features) -> bool:
    """Whether the naming claim's own sentence writes the placed claim's town, not only
    its report's lead (`features._mentions` reads the lead's names for a place the
    gazetteer lacks)."""
    return town_name(placed) in sentence_names(naming.claim.sentence)


def _one_country(placed: Features, naming: Features) -> bool:
    """Whether a placed claim and one whose sentence may name its town are of one
    known country, or the naming one is of none (`countryless`); or the placed claim
    is of none and the naming sentence puts its place in a town the gazetteer knows
    ("at Bondi Junction Westfield" and "at Sydney's bustling Bondi Junction
    Westfield": the second says where the first is)."""
    if not placed.claim.country:
        return countryless(placed) and bool(naming.located)
    return placed.claim.country == naming.claim.country or countryless(naming)


def countryless(f: Features) -> bool:
    """Whether a claim is of no known country and placed nowhere the gazetteer knows:
    only the names its sentence writes say where it is."""
    return not f.claim.country and not f.located


def division_name(f: Features) -> str | None:
    """The claim's place as a division's name (folded) another sentence may name beside a
    village: a region or a district of the gazetteer ("Borno"), else None."""
    if not f.located or not f.located[0].kind.division:
        return None
    return fold_place(f.located[0].name)


def division_beside(a: Features, b: Features) -> Agreement | None:
    """Where one claim is placed in a division the gazetteer knows (a region, a
    district) and the other in a place it does not know whose sentence names that
    division ("Gunmen killed 12 people in Kawuri village, Borno"), they agree at the
    division's level: the village lies in it, as the sentence writes. A crowded
    level (a region), where relate asks more of small tolls; within one known
    country."""
    if not a.claim.country or a.claim.country != b.claim.country:
        return None
    for known, other in ((a, b), (b, a)):
        name = division_name(known)
        if name is None or other.located or not other.places or other.coarse:
            continue
        if name in other.mentions:
            place = known.located[0]
            words = f"same {place.kind.value}: {place.name} ('{other.claim.location}' in it)"
            return Agreement(place.kind, SIMILARITY[place.kind], words, crowded=crowded(place))
    return None


def mention_keys(f: Features, family: str, looking: bool) -> list[tuple[str, ...]]:
    """Blocks where a claim placed in a town meets the claims whose sentences name
    it, whichever of the two was loaded first: a claim is in the "town" block of its
    own town's name and in the "named" block of each name its sentence writes; it
    looks in the "named" block of its own town's name and in the "town" block of
    each name its sentence writes (a stored claim never looks, so a new report that
    names a stored report's town in passing must find it itself). A claim of no
    known country (`countryless`) does so for the names its sentence writes among
    the towns of every country (ANY_COUNTRY), where each placed claim's town is too."""
    country = f.claim.country
    named = sorted({skeleton(n) for n in f.mentions})
    mine, theirs = ("named", "town") if looking else ("town", "named")
    if not country:  # of no country: the towns its sentence names, in any (`countryless`)
        return [(family, ANY_COUNTRY, theirs, key) for key in named] if countryless(f) else []
    name = town_name(f)
    own = [] if name is None else [skeleton(name)]
    keys: list[tuple[str, ...]] = [(family, country, mine, key) for key in own]
    keys += [(family, ANY_COUNTRY, mine, key) for key in own]
    keys += [(family, country, theirs, key) for key in named]
    # a division meets the unknown places whose sentences name it (`division_beside`)
    division = division_name(f)
    if division is not None:
        keys.append((family, country, "beside" if looking else "division", skeleton(division)))
    elif not f.located and f.places and not f.coarse:
        side = "division" if looking else "beside"
        keys += [(family, country, side, key) for key in named]
    return keys


def lies_elsewhere(unknown: Features, known: Features) -> bool:
    """Whether a claim placed where the gazetteer does not know ("Shaab
    neighbourhood") lies, as its own sentence says, in a town other than the known
    claim's town ("in the Shaab neighbourhood of Mosul", against a toll in
    Kirkuk): a part of one town is no place inside another. A country or a region
    may hold the town it names ("the entertainment district of Kuta Beach" in
    Indonesia)."""
    if not known.located or known.located[0].kind.depth < Kind.COMMUNE.depth:
        return False  # a country, a region: the other town may lie in it
    found = (fold_place(m.group("name")) for m in _PART_OF.finditer(unknown.claim.sentence))
    towns = [town for town in found if town not in unknown.places]
    if not towns:
        return False
    names = {*known.places, fold_place(known.located[0].name)}
    return not any(fuzz.ratio(town, name) >= NAMED_ALIKE for town in towns for name in names)
