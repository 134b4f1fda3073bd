"""The gazetteer: GeoNames places looked up by any of their names.

The shipped part (`data/gazetteer.tsv.gz`, made by `tools/build_gazetteer.py`
from GeoNames dumps, CC BY 4.0; see docs/gazetteer.md) holds Mali, Niger,
Burkina Faso, Côte d'Ivoire, Guinea, Mauritania and Senegal village by village,
every country's first- and second-level divisions, and the world's towns of
15,000 people or more. A user's own GeoNames dumps (`workbench gazetteer add`)
join it as extra features.

The places are kept in a SQLite file of their own, indexed by folded name
(`store/gazetteer.py`): a look-up reads a few rows, and no process loads the
140,000 places into memory.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from dataclasses import replace
from importlib import resources
from typing import Protocol

from workbench.geo.geonames import Feature, GeoNamesError, fold
from workbench.geo.places import Kind, Place

SHIPPED = "gazetteer.tsv.gz"
COLUMNS = "geonameid name kind country admin1 admin2 latitude longitude population names".split()
# A town outranks a division of its name from this many people up: "Kano" the city,
# "Mopti" the town; a hamlet of no recorded population does not outrank its district.
_TOWN_OVER_DIVISION = 1000
# Above any village's population (GeoNames records none for most villages)
_DIVISION_WEIGHT = {Kind.COUNTRY: 10**10, Kind.REGION: 10**9 + 1, Kind.DISTRICT: 10**9}


Seats = dict[tuple[str, ...], tuple[float, float]]  # `geonames.read_seats`, by area key


def seated(features: Iterable[Feature], seats: Seats) -> Iterator[Feature]:
    """The features, each country, region and district without coordinates placed at
    its seat of government (`geonames.read_seats`: PPLC, PPLA, PPLA2), a region with
    no seat known at its most populous town, as ACLED codes an event known only to a
    province at the provincial capital (geo-precision 3). The place is still the
    division, for matching as for reports; `export/geojson.py` says how precise a
    point is. A division with no seat and no town keeps no coordinates."""
    kept = list(features)
    largest: dict[tuple[str, str], Feature] = {}
    for f in kept:
        if f.kind is Kind.TOWN and f.latitude is not None:
            known = largest.get((f.country, f.admin1))
            if known is None or f.population > known.population:
                largest[(f.country, f.admin1)] = f
    for f in kept:
        yield f if f.latitude is not None else _at_seat(f, seats, largest)


def _at_seat(feature: Feature, seats: Seats, largest: dict[tuple[str, str], Feature]) -> Feature:
    depth = {Kind.COUNTRY: 1, Kind.REGION: 2, Kind.DISTRICT: 3}.get(feature.kind)
    if depth is None:
        return feature
    seat = seats.get((feature.country, feature.admin1, feature.admin2)[:depth])
    town = largest.get((feature.country, feature.admin1)) if depth == 2 else None
    if seat is None and town is not None and town.population > 0:
        seat = (town.latitude or 0.0, town.longitude or 0.0)
    return feature if seat is None else replace(feature, latitude=seat[0], longitude=seat[1])


class PlaceLookup(Protocol):
    """What resolving a place needs of a gazetteer (`store.gazetteer.GazetteerFile`)."""

    def find(self, name: str, country: str | None = None) -> list[Place]:
        """The places called `name`, most likely first (see `ranked`)."""
        ...

    def country_code(self, name_or_code: str) -> str | None:
        """The ISO code of a country given by name or code; None if not one."""
        ...

    def divisions(self, country_code: str, kind: Kind) -> list[Place]:
        """Every division of `kind` (REGION or DISTRICT) in the country of that ISO code."""
        ...


def ranked(features: Iterable[Feature], country_code: str | None, key: str = "") -> list[Feature]:
    """Features sharing a name, most likely first: those in the country (an ISO code)
    before others; then countries, then towns of 1,000 people or more, largest first ("Timbuktu" for
    "Tombouctou", not the district of that name); then those whose own name is the
    name looked up (`key`, folded: the village "Bankass" before "Bankass Cercle");
    then regions, districts, and the rest by population; ties by
    GeoNames id, so the order is stable."""
    return sorted(
        features,
        key=lambda f: (
            country_code is not None and f.country != country_code,
            -_town_size(f),
            bool(key) and fold(f.name) != key,
            -_DIVISION_WEIGHT.get(f.kind, f.population),
            f.geonameid,
        ),
    )


def _town_size(feature: Feature) -> int:
    if feature.kind is Kind.COUNTRY:
        return 10**12  # "Mali" is the country before the town of Mali, Guinea
    if feature.kind is Kind.TOWN and feature.population >= _TOWN_OVER_DIVISION:
        return feature.population
    return 0


def shipped_text() -> bytes:
    """The shipped gazetteer file's bytes (gzip-compressed TSV, `COLUMNS`)."""
    return resources.files("workbench.geo").joinpath("data", SHIPPED).read_bytes()


def shipped_features(data: bytes) -> Iterator[Feature]:
    """The features of the shipped file's bytes (`shipped_text`)."""
    lines = io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(data)), encoding="utf-8")
    return read_tsv(lines, SHIPPED)


def read_tsv(lines: Iterable[str], name: str) -> Iterator[Feature]:
    """Features from the gazetteer's own TSV (header `COLUMNS`, names joined by "|").

    Raises GeoNamesError naming `name` and the line on a malformed line."""
    for number, line in enumerate(lines, 1):
        if number == 1:
            if line.rstrip("\n").split("\t") != COLUMNS:
                raise GeoNamesError(f"{name}: not a Workbench gazetteer (header {line!r})")
            continue
        fields = line.rstrip("\n").split("\t")
        try:
            yield Feature(
                geonameid=int(fields[0]),
                name=fields[1],
                kind=Kind(fields[2]),
                country=fields[3],
                admin1=fields[4],
                admin2=fields[5],
                latitude=float(fields[6]) if fields[6] else None,
                longitude=float(fields[7]) if fields[7] else None,
                population=int(fields[8]),
                names=tuple(fields[9].split("|")) if fields[9] else (),
            )
        except (ValueError, IndexError) as error:
            raise GeoNamesError(f"{name}: line {number}: {error}") from None


def tsv_line(feature: Feature) -> str:
    """One feature as a line of the gazetteer's TSV (the inverse of `read_tsv`)."""
    coordinates = (
        ("", "")
        if feature.latitude is None or feature.longitude is None
        else (f"{feature.latitude:.5f}", f"{feature.longitude:.5f}")
    )
    fields = (
        str(feature.geonameid),
        feature.name,
        feature.kind.value,
        feature.country,
        feature.admin1,
        feature.admin2,
        *coordinates,
        str(feature.population),
        "|".join(feature.names),
    )
    return "\t".join(fields) + "\n"
