"""Whether two claims' places can be one incident's, and at what level they agree.

Two resolved places (`geo.resolve`) agree when they are one place, lie within
NEAR_KM of each other ("two villages 8 km apart are near each other"), or one
contains the other: a village and its district agree at district level, a
village and its region at region level ("near Mopti" and "the Mopti region":
"same region: Mopti Region"), anything in a country and the country at country
level ("central Mali" and "Mali"). Two different places in one region that are
far apart are two places, not one region's incident. Where either place is not
in the gazetteer, the names are compared as before (`place_agreement.PLACE_THRESHOLD`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workbench.geo.geonames import fold, strip_division
from workbench.geo.places import Kind, Place, contains, distance_km, shared_division

NEAR_KM = 15.0
ALONG_DETOUR = 1.2  # a town on the way between two others: at most a fifth round by it
CITY_POPULATION = 100_000  # a city spreads over districts GeoNames does not name for it
SAME_PLACE = "same place"
# How much a level of agreement counts towards a link's score, out of 100: one
# place is certain, a district is small, a region and a country less so.
SIMILARITY = {
    Kind.TOWN: 100.0,
    Kind.COMMUNE: 100.0,
    Kind.DISTRICT: 95.0,
    Kind.REGION: 90.0,
    Kind.COUNTRY: 85.0,
}


@dataclass(frozen=True, slots=True)
class Agreement:
    """Two places that can be one incident's: the level they agree at (the coarser
    place's kind; TOWN for one place or two near ones), a similarity out of 100 for
    the link's score, and the reason's words ("same region: Mopti Region"; for one
    place, `SAME_PLACE`, which the caller words with the texts' own phrases)."""

    level: Kind
    similarity: float
    words: str
    same: bool = False  # one place, not two that agree
    weak: bool = False  # a town one report names only in passing (match.mentions)
    crowded: bool = False  # a region or a city, where many incidents happen a day


_HEADINGS = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}


def heading(relation: str, located: tuple[Place, ...]) -> float | None:
    """Which way from its place a claim's phrase points, in degrees from north: "north
    of Kidal" and "northern Mali" 0, "south-west of" 225; "between A and B" (and "the
    road linking A and B") the bearing from A to B. None for "in", "near" and the rest."""
    word = relation.removesuffix(" of").replace("-", "").removesuffix("ern")
    if word in _HEADINGS:
        return _HEADINGS[word]
    if relation == "between" and len(located) > 1:
        return bearing(located[0], located[1])
    return None


def bearing(a: Place, b: Place) -> float | None:
    """The initial great-circle bearing from a to b, degrees clockwise from north;
    None without coordinates or for one point."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    if (a.latitude, a.longitude) == (b.latitude, b.longitude):
        return None
    phi1, phi2 = math.radians(a.latitude), math.radians(b.latitude)
    dlambda = math.radians(b.longitude - a.longitude)
    y = math.sin(dlambda) * math.cos(phi2)
    x = math.cos(phi1) * math.sin(phi2) - math.sin(phi1) * math.cos(phi2) * math.cos(dlambda)
    return math.degrees(math.atan2(y, x)) % 360


def opposed(first: float | None, second: float | None) -> bool:
    """Whether two headings from one place point more than a right angle apart:
    "north of Kidal" and "the road linking Kidal and Anefis" (south) are two places."""
    if first is None or second is None:
        return False
    apart = abs(first - second) % 360
    return min(apart, 360 - apart) > 90


def agreement(a: Place, b: Place) -> Agreement | None:
    """How two resolved places agree, or None when they cannot be one incident's."""
    if a.geonameid == b.geonameid:
        return Agreement(a.kind, SIMILARITY[a.kind], SAME_PLACE, same=True, crowded=crowded(a))
    apart = distance_km(a, b)
    if (
        apart is not None
        and apart <= NEAR_KM
        and a.kind.depth >= Kind.COMMUNE.depth
        and b.kind.depth >= Kind.COMMUNE.depth
    ):
        words = f"near: {a.name} and {b.name}, {apart:.0f} km apart"
        return Agreement(Kind.TOWN, 97.0, words, crowded=crowded(a) or crowded(b))
    outer, inner = (a, b) if a.kind.depth <= b.kind.depth else (b, a)
    if contains(outer, inner) or _seat_of(outer, inner):
        level = outer.kind
        words = f"same {level.value}: {outer.name}"
        return Agreement(level, SIMILARITY[level], words, crowded=crowded(outer))
    if _city_and_district(outer, inner) or _region_namesake(a, b) or _region_namesake(b, a):
        region = a.region if a.kind is Kind.TOWN else b.region
        words = f"same region: {region}"
        return Agreement(Kind.REGION, SIMILARITY[Kind.REGION], words, crowded=True)
    return None


def _region_namesake(town: Place, other: Place) -> bool:
    """Whether a town named as its own first-level division ("Guanajuato", the state's
    capital; "Kano", "Sokoto") and a place elsewhere in that division may be one
    incident's: a report's bare "in Guanajuato" may name the state ("in the Mexican
    state of Guanajuato", which the gazetteer reads as the town), where the other
    report names the city in it ("Irapuato"; pairs-news-l study). They agree at the
    region's (crowded) level only, and only with a town or commune of it."""
    if town.kind is not Kind.TOWN or not town.region or not town.region_code:
        return False
    if fold(town.name) != fold(town.region):
        return False
    same_country = town.country_code == other.country_code
    settlement = other.kind.depth >= Kind.COMMUNE.depth  # a district is left to containment
    return same_country and other.region_code == town.region_code and settlement


def own_places(located: tuple[Place, ...]) -> tuple[Place, ...]:
    """A claim's places less those its phrase names only as the address of its first
    ("Syria's Afrin", "Kambari, Jere LGA": Syria and Jere hold Afrin and Kambari).
    The finest place says where; a division that holds it says nothing more, and
    must not let a far place of that division agree with the claim: "13 killed in
    Syria's Afrin" and "13 killed in Idlib province" are two places, not one
    country's incident. Places the phrase lists side by side ("between Douentza and
    Gao") are all kept."""
    if len(located) < 2:
        return located
    first = located[0]
    return (first, *(p for p in located[1:] if not contains(p, first)))


def far_between(relation: str, located: tuple[Place, ...]) -> bool:
    """Whether a place phrase names a stretch between towns too far apart to be near
    both ("on the road between N'Guigmi and Bosso", some 60 km): more than twice
    NEAR_KM between two of its ends (towns, communes or districts with coordinates).
    Such a place is no one of its towns: an incident on that road may lie anywhere
    along it, as far from either town as any other village of the region."""
    if relation != "between" or len(located) < 2:
        return False
    ends = [p for p in located if p.kind.depth >= Kind.DISTRICT.depth and p.located]
    if len(ends) < 2:
        return False
    return any(
        (apart := distance_km(x, y)) is not None and apart > 2 * NEAR_KM
        for i, x in enumerate(ends)
        for y in ends[i + 1 :]
    )


def stretch_agreement(
    ends: tuple[Place, ...], others: tuple[Place, ...], phrase: str
) -> Agreement | None:
    """How a stretch between far towns (`far_between`: its `ends`) and another claim's
    places (`others`, its own first) agree: one stretch where both name the same
    ends; else at the smallest division that holds both ends and the other's place,
    a region's crowded level or the country's ("same region: Diffa; 'the road
    between N'Guigmi and Bosso' is no one town"), never as one town though the
    stretch ends there. A town off the way (`_along`) is another place, as two far
    villages of one region are: None; so are places in different countries."""
    if {p.geonameid for p in ends} == {p.geonameid for p in others}:
        return Agreement(Kind.TOWN, SIMILARITY[Kind.TOWN], SAME_PLACE, same=True)
    place = others[0]
    if not _on_the_way(ends, place):
        return None  # a town off the way: two places, as two far villages are
    levels = [shared_division(end, place) for end in ends]
    if any(level is None for level in levels):
        return None
    level = min((lv for lv in levels if lv is not None), key=lambda lv: lv.depth)
    level = level if level.depth <= Kind.REGION.depth else Kind.REGION
    name = place.country if level is Kind.COUNTRY else ends[0].region or place.region
    words = f"same {level.value}: {name}; '{phrase}' is no one town"
    return Agreement(level, SIMILARITY[level], words, crowded=level is Kind.REGION)


def _on_the_way(ends: tuple[Place, ...], place: Place) -> bool:
    """Whether a place may hold some of a stretch: a division that holds one of its
    ends; a town of an end's region on the way between them (`_along`)."""
    if place.kind.depth < Kind.COMMUNE.depth:
        return any(contains(place, end) for end in ends)
    same_region = any(
        (level := shared_division(end, place)) is not None and level.depth >= Kind.REGION.depth
        for end in ends
    )
    return same_region and _along(ends, place)


def _along(ends: tuple[Place, ...], place: Place) -> bool:
    """Whether a town lies on the way between two of the ends: near one of them
    (NEAR_KM), or no more than a fifth further round by it than straight between
    them (ALONG_DETOUR)."""
    apart = [distance_km(end, place) for end in ends]
    if any(d is not None and d <= NEAR_KM for d in apart):
        return True
    for i, (x, dx) in enumerate(zip(ends, apart, strict=True)):
        for y, dy in zip(ends[i + 1 :], apart[i + 1 :], strict=True):
            straight = distance_km(x, y)
            if (
                dx is not None
                and dy is not None
                and straight
                and dx + dy <= ALONG_DETOUR * straight
            ):
                return True
    return False


def crowded(place: Place) -> bool:
    """Whether a place sees many incidents a day in a war: a region (a state, a
    province, a county of Kenya: Borno, Idlib) or a city of CITY_POPULATION people
    or more (León, Maiduguri), where two reports that place their tolls no closer
    may tell two incidents of one day (`ties.one_dispute` says what ties them).
    A town, a village or a district is not: one toll there that day is one
    incident's. A country is its own, weaker level (`ties.one_day_of`)."""
    if place.kind is Kind.REGION:
        return True
    return place.kind is Kind.TOWN and place.population >= CITY_POPULATION


def _seat_of(outer: Place, inner: Place) -> bool:
    """Whether a town whose division codes name no current division is the seat its
    division is named after: GeoNames still gives Kenya's towns the old provinces'
    codes (Mandera town "06", Mandera County "33"), so containment cannot say that
    Mandera lies in Mandera County. So is a town GeoNames gives a region but no
    district, in the district of that region named after it (Kenya's dump: Lamu town
    in region "30" with no district, and Lamu District of region "30"); a town with
    a known district is left to `contains`."""
    if inner.kind is not Kind.TOWN or outer.kind is Kind.COUNTRY:
        return False
    if outer.country_code != inner.country_code:
        return False
    if inner.region is not None and not _districtless_in(outer, inner):
        return False
    return fold(strip_division(outer.name)) == fold(inner.name)


def _districtless_in(outer: Place, inner: Place) -> bool:
    """Whether a town GeoNames gives no district lies in the region of a district."""
    if inner.district_code or outer.kind is not Kind.DISTRICT:
        return False
    return bool(outer.region_code) and outer.region_code == inner.region_code


def _city_and_district(outer: Place, inner: Place) -> bool:
    """Whether a city (CITY_POPULATION people or more) GeoNames gives no district and a
    district of its region known by its codes only may be one incident's places: the
    city spreads over several districts (Kano over Tarauni, Nassarawa, Fagge ...) and
    neither a district code nor a distance can say which. They agree at region level."""
    if outer.kind is not Kind.DISTRICT or outer.located or inner.kind is not Kind.TOWN:
        return False
    if inner.district_code or inner.population < CITY_POPULATION:
        return False
    same_region = outer.country_code == inner.country_code and outer.region_code
    return bool(same_region) and outer.region_code == inner.region_code
