"""GeoJSON (RFC 7946) for QGIS and other map tools: one point feature per claim with
a place in the gazetteer, and one per event at its most precise claim's place.

Coordinates are WGS84 longitude, latitude, as the RFC orders them; the places
are GeoNames' (CC BY 4.0), which the collection's `attribution` member says.
A division is mapped at its seat of government (docs/gazetteer.md), and every
feature says how precise its point is (`where_prec`, UCDP GED's scale). A claim
known only to a country ("in Sudan", "northern Mali") has no point: its feature's
geometry is null (RFC 7946 3.2: an unlocated feature), its country in its
properties, to join to a map of countries; a point at the capital (or a centroid)
would read as fighting there. A claim whose place has no coordinates (a division
with no seat known) has no feature, and an event none of whose claims has a place
neither. Claims are written as they are read; only each claim's point is kept, for
its event.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from workbench.export.report import Report
from workbench.located import ATTRIBUTION, stored_place
from workbench.models import ClaimRow, EventSummary, Mapped

# The kinds of place from the most precise down, for an event's point
_PRECISION = {"town": 4, "commune": 3, "district": 2, "region": 1, "country": 0}

# precision, longitude, latitude (both None: a country, no point), place
Point = tuple[int, float | None, float | None, dict[str, Any]]


def write(report: Report, out: TextIO) -> Mapped:
    """A FeatureCollection: the claims' features, then the events'; and, as members of
    its own, how many of each had no feature ("unmapped": the gazetteer gave their
    places no coordinates, or they name none) and how many a feature of no point
    ("country_only": known only to a country), so a map is not read as all.
    Returns the counts."""
    out.write('{"type": "FeatureCollection",\n')
    out.write(f'"attribution": {json.dumps(ATTRIBUTION)},\n"features": [')
    points: dict[int, Point] = {}
    written = events = 0
    unmapped = {"claims": 0, "events": 0}
    country_only = {"claims": 0, "events": 0}
    for claim in report.claims():
        point = _point(claim)
        if point is None:
            unmapped["claims"] += 1
            continue
        points[claim.id] = point
        country_only["claims"] += point[1] is None
        out.write(",\n" if written else "\n")
        out.write(json.dumps(_claim_feature(claim, point), ensure_ascii=False))
        written += 1
    for event in report.events():
        feature = _event_feature(event, [points[i] for i in event.claim_ids if i in points])
        if feature is None:
            unmapped["events"] += 1
            continue
        country_only["events"] += feature["geometry"] is None
        out.write(",\n" if written else "\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        written += 1
        events += 1
    out.write(f'\n],\n"unmapped": {json.dumps(unmapped)},')
    out.write(f'\n"country_only": {json.dumps(country_only)}}}\n')
    return Mapped(
        claims=len(points) - country_only["claims"],
        events=events - country_only["events"],
        unmapped_claims=unmapped["claims"],
        unmapped_events=unmapped["events"],
        country_claims=country_only["claims"],
        country_events=country_only["events"],
    )


def _point(claim: ClaimRow) -> Point | None:
    """A claim's place with its point; a country's with none (it is placed, but not at
    a point); None when it names no place the gazetteer gives a point."""
    place = stored_place(claim.place)
    if not place:
        return None
    precision = _PRECISION.get(str(place["kind"]), 0)
    if place["kind"] == "country":
        return precision, None, None, place
    if place.get("latitude") is None or place.get("longitude") is None:
        return None
    return precision, float(place["longitude"]), float(place["latitude"]), place


def _claim_feature(claim: ClaimRow, point: Point) -> dict[str, Any]:
    _, longitude, latitude, place = point
    properties = {
        "feature": "claim",
        "id": claim.id,
        "category": claim.category,
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "qualifier": claim.qualifier,
        "subject": claim.subject,
        "text": claim.text,
        "voice": claim.voice,
        "source": claim.source,
        "date": claim.date,
        "scope": claim.scope,
        "status": claim.status,
        "location": claim.location,
        **_place_properties(place),
    }
    return _feature(longitude, latitude, properties)


def _event_feature(event: EventSummary, points: list[Point]) -> dict[str, Any] | None:
    """The event at its most precise claim's place (the commonest among equals): of no
    point where that is a country."""
    if not points:
        return None
    best = max(p[0] for p in points)
    finest = [p for p in points if p[0] == best]
    ids = [p[3]["geonameid"] for p in finest]
    _, longitude, latitude, place = max(finest, key=lambda p: ids.count(p[3]["geonameid"]))
    killed = next(
        (f for f in event.figures if f.category.value == "killed" and f.side is None), None
    )
    properties = {
        "feature": "event",
        "id": event.id,
        "name": event.name,
        "first_day": event.first_day,
        "last_day": event.last_day,
        "claims": event.claims,
        "voices": event.voices,
        "contested": event.contested,
        "killed_low": killed.low if killed else None,
        "killed_best": killed.best if killed else None,
        "killed_high": killed.high if killed else None,
        **_place_properties(place),
    }
    return _feature(longitude, latitude, properties)


def where_prec(kind: str, relation: str | None) -> int:
    """How precisely a point places what happened, on UCDP GED's `where_prec` scale
    (UCDP GED Codebook, version 23.1, section 3.6): 1 the town itself; 2 within
    about 25 km of it (near, outside, a side of it); 3 a second-level division
    (district, or a commune within one); 4 a first-level division (region); 5 part of
    a country ("northern Mali"); 6 only the country. A division's point is its seat
    of government (docs/gazetteer.md), so 3 to 6 say the point is not where it
    happened, only in what area."""
    inside = relation in (None, "", "in")
    if kind == "town":
        return 1 if inside else 2
    if kind in ("commune", "district"):
        return 3
    if kind == "region":
        return 4
    return 6 if inside else 5


def _place_properties(place: dict[str, Any]) -> dict[str, Any]:
    return {
        "where_prec": where_prec(str(place["kind"]), place.get("relation")),
        "place_name": place["name"],
        "place_kind": place["kind"],
        "place_district": place.get("district"),
        "place_region": place.get("region"),
        "place_country": place["country"],
        "place_country_code": place.get("country_code"),  # ISO 3166-1: to join countries
        "place_relation": place.get("relation"),
        "geonameid": place["geonameid"],
    }


def _feature(
    longitude: float | None, latitude: float | None, properties: dict[str, Any]
) -> dict[str, Any]:
    """A feature at its point, or of null geometry (a country: RFC 7946 3.2)."""
    point = None if longitude is None or latitude is None else [longitude, latitude]
    return {
        "type": "Feature",
        "geometry": None if point is None else {"type": "Point", "coordinates": point},
        "properties": properties,
    }
