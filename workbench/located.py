"""Where a claim happened, as the JSON, the database and the exports give it.

`ClaimPlace` is the gazetteer entry a claim's place phrase resolved to
(workbench/geo/resolve.py), with the relation the text states and the other places
the phrase names. Places come from GeoNames (CC BY 4.0; docs/gazetteer.md).
The database keeps a claim's place as this model's JSON in `claims.place`: ""
when the gazetteer knew none of the phrase's names, NULL when not looked up yet.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

ATTRIBUTION = "Places from GeoNames (https://www.geonames.org/), CC BY 4.0"


class PlaceRef(BaseModel):
    """One gazetteer entry: GeoNames id, name, kind ("country", "region", "district",
    "commune", "town"), the district and region it lies in, its country (name and
    ISO 3166-1 code), GeoNames' division codes, WGS84 coordinates in degrees (None
    for a division GeoNames lists without them) and population. The fields of
    `workbench.geo.places.Place`."""

    geonameid: int
    name: str
    kind: str
    district: str | None = None
    region: str | None = None
    country: str
    country_code: str
    region_code: str = ""
    district_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0  # GeoNames' figure; 0 where it records none


class ClaimPlace(PlaceRef):
    """A claim's place: the entry, the relation the text states ("in", "near",
    "north of", "northern", "between" ...) and the others its phrase names (the
    second of "between A and B", the outer of "Zabul's Arghandab district")."""

    relation: str = "in"
    others: list[PlaceRef] = []


def stored_place(value: Any) -> Any:
    """A claim's place as the database row holds it (JSON text, "" or None), made
    ready for `ClaimPlace` validation: the parsed object, or None."""
    if isinstance(value, str):
        return json.loads(value) if value else None
    return value
