"""Build the shipped gazetteer, workbench/geo/data/gazetteer.tsv.gz, from GeoNames files.

Usage: python tools/build_gazetteer.py DIR [-o OUT]

DIR holds GeoNames files (https://download.geonames.org/export/dump/):
`countryInfo.txt`, `admin1CodesASCII.txt`, `admin2Codes.txt`, and any country
dumps or city lists (`ML.txt`, `cities15000.txt` ...), every other `*.txt`.
docs/gazetteer.md says which the shipped file was made from and where public
copies of them are. GeoNames is CC BY 4.0: the attribution is in that page.

Countries take the names Workbench's extractor writes ("Côte d'Ivoire" for
GeoNames' "Ivory Coast") with its other names and GeoNames' as alternates. A
division in both a code list and a dump is one entry: the dump's coordinates
and names, the code list's names added. A country or division the files give no
coordinates is placed at its seat of government (`geo.gazetteer.seated`).
"""

from __future__ import annotations

import argparse
import gzip
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.geo.gazetteer import COLUMNS, Seats, seated, tsv_line
from workbench.geo.geonames import (
    Feature,
    latin_names,
    read_countries,
    read_divisions,
    read_dump,
    read_seats,
)
from workbench.geo.places import Kind

_LISTS = {"countryInfo.txt", "admin1CodesASCII.txt", "admin2Codes.txt"}
OUT = Path(__file__).resolve().parents[1] / "workbench" / "geo" / "data" / "gazetteer.tsv.gz"


def countries(path: Path) -> Iterable[Feature]:
    """Each country of countryInfo.txt, named as the extractor names it."""
    for code, name, geonameid in read_countries(path):
        known = COUNTRY_BY_NAME.get(name.lower())
        ours = known.name if known else name
        others = [name, *(known.aliases if known else ())]
        yield Feature(
            geonameid, ours, Kind.COUNTRY, code, "", "", None, None, 0, latin_names(ours, others)
        )


def merge(old: Feature, new: Feature) -> Feature:
    """One entry from a code list's feature and a dump's of the same id."""
    names = latin_names(new.name, [*new.names, old.name, *old.names])
    return replace(new, names=names, population=max(old.population, new.population))


def build(folder: Path) -> dict[int, Feature]:
    features: dict[int, Feature] = {}

    def add(found: Iterable[Feature]) -> None:
        for feature in found:
            known = features.get(feature.geonameid)
            features[feature.geonameid] = merge(known, feature) if known else feature

    add(countries(folder / "countryInfo.txt"))
    add(read_divisions(folder / "admin1CodesASCII.txt", 1))
    add(read_divisions(folder / "admin2Codes.txt", 2))
    seats: Seats = {}
    for dump in sorted(folder.glob("*.txt")):
        if dump.name not in _LISTS:
            add(f for f in read_dump(dump) if f.kind is not Kind.COUNTRY)
            for key, latitude, longitude in read_seats(dump):
                seats.setdefault(key, (latitude, longitude))
    return {f.geonameid: f for f in seated(features.values(), seats)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args()
    features = build(args.folder)
    text = "\t".join(COLUMNS) + "\n" + "".join(tsv_line(features[i]) for i in sorted(features))
    # mtime 0: the same dumps give the same bytes, so a rebuild shows no change
    args.out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{args.out}: {len(features):,} places, {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
