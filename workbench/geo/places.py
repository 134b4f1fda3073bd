"""A place as the gazetteer knows it: what kind it is, where it lies, what contains it.

Kinds follow GeoNames' feature codes (https://www.geonames.org/export/codes.html):
a country (PCLI), its first-level divisions (ADM1: a region, state or province),
second-level divisions (ADM2: a district, cercle, county or local government
area), lower divisions (ADM3, ADM4: communes) and populated places (class P:
cities, towns and villages, all "town" here).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG), as GeoNames' own distances use


class Kind(StrEnum):
    """What a gazetteer entry is, coarsest first."""

    COUNTRY = "country"
    REGION = "region"
    DISTRICT = "district"
    COMMUNE = "commune"
    TOWN = "town"

    @property
    def depth(self) -> int:
        """0 for a country, 1 a region, 2 a district, 3 a commune, 4 a town."""
        return _DEPTH[self]

    @property
    def division(self) -> bool:
        """Whether it is a division of a country: a region or a district (no country,
        no commune or town), which a place the gazetteer lacks may lie anywhere in."""
        return _DEPTH[Kind.COUNTRY] < _DEPTH[self] < _DEPTH[Kind.COMMUNE]


_DEPTH = {kind: depth for depth, kind in enumerate(Kind)}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry with its divisions named.

    `country` is the country's name as Workbench writes it ("Mali"), `country_code`
    its ISO 3166-1 alpha-2 code; `region` and `district` are the names of the
    first- and second-level divisions the place lies in (for a region, its own
    name), None where GeoNames gives none; coordinates are WGS84 degrees, None
    for divisions known only by their codes."""

    geonameid: int
    name: str
    kind: Kind
    country: str
    country_code: str
    region: str | None
    district: str | None
    region_code: str  # GeoNames' admin1 code, "" when none
    district_code: str  # GeoNames' admin2 code, "" when none
    latitude: float | None
    longitude: float | None
    population: int

    @property
    def located(self) -> bool:
        return self.latitude is not None and self.longitude is not None


def distance_km(a: Place, b: Place) -> float | None:
    """The great-circle distance between two places in kilometres (haversine on a
    sphere of the mean Earth radius), None when either has no coordinates."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    phi1, phi2 = math.radians(a.latitude), math.radians(b.latitude)
    dphi = phi2 - phi1
    dlambda = math.radians(b.longitude - a.longitude)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def shared_division(a: Place, b: Place) -> Kind | None:
    """The smallest division both places lie in (a place lies in itself): DISTRICT
    when both are in one district, REGION in one region, COUNTRY in one country;
    None when they are in different countries. A town and the district it is in
    share the district; two towns share at most a district (a town contains
    nothing here)."""
    if a.country_code != b.country_code:
        return None
    if a.geonameid == b.geonameid:
        return a.kind
    if a.region_code and a.region_code == b.region_code:
        both_below = a.kind.depth >= Kind.DISTRICT.depth and b.kind.depth >= Kind.DISTRICT.depth
        if both_below and a.district_code and a.district_code == b.district_code:
            return Kind.DISTRICT
        return Kind.REGION
    return Kind.COUNTRY


def contains(outer: Place, inner: Place) -> bool:
    """Whether `inner` lies within `outer`: a country contains its regions, districts
    and towns, a region its districts and towns, a district its towns; every place
    contains itself. Towns and communes contain nothing here: a town's quarters are
    towns too, and GeoNames' third-level codes are not kept."""
    if outer.geonameid == inner.geonameid:
        return True
    if outer.country_code != inner.country_code or outer.kind.depth >= inner.kind.depth:
        return False
    if outer.kind is Kind.COUNTRY:
        return True
    if outer.kind in (Kind.TOWN, Kind.COMMUNE) or outer.region_code != inner.region_code:
        return False
    return outer.kind is Kind.REGION or outer.district_code == inner.district_code
