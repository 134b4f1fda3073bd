"""The gazetteer's own SQLite file: the shipped places and the ones a user adds.

One file per user (`gazetteer_path`): the shipped places are copied in on
first use (about 3 s, once; again only when a new Workbench ships new ones),
and `workbench gazetteer add` puts a user's GeoNames dumps beside them, their
places winning over the shipped ones of the same GeoNames id. Claims keep the
place they were resolved to, so a claims database read elsewhere shows the same
places. Where the folder cannot be written, the places are read into memory
for the process instead.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.geo.french_spellings import french_spellings
from workbench.geo.gazetteer import ranked, shipped_features, shipped_text
from workbench.geo.geonames import Feature, fold, loose, sided, spelled_out
from workbench.geo.places import Kind, Place

ENVIRONMENT = "WORKBENCH_GAZETTEER"
SHIPPED = "shipped"
KEYS_VERSION = 5  # raised when the look-up keys change (`_keys`): every place is re-keyed
_LOOSE = "~"  # before a loose key (`geo.geonames.loose`), which no folded name starts with
_SIDED = "^"  # before a key of sides and French letters (`geo.geonames.sided`)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
    country TEXT NOT NULL, admin1 TEXT NOT NULL, admin2 TEXT NOT NULL,
    latitude REAL, longitude REAL, population INTEGER NOT NULL,
    names TEXT NOT NULL, source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, geonameid INTEGER NOT NULL, PRIMARY KEY (key, geonameid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS divisions ON places (country, admin1, admin2, kind);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_COLUMNS = "geonameid, name, kind, country, admin1, admin2, latitude, longitude, population, names"


def gazetteer_path() -> Path:
    """WORKBENCH_GAZETTEER, else `$XDG_DATA_HOME/workbench/gazetteer.db` (XDG's default
    data folder, `~/.local/share`)."""
    named = os.environ.get(ENVIRONMENT)
    if named:
        return Path(named)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "workbench" / "gazetteer.db"


def refusal(path: Path) -> str | None:
    """The one line saying why a gazetteer cannot be kept at `path` (a folder, a
    device, a folder not writable), or None where it can: said before the shipped
    places are copied into memory for nothing (about 3 s)."""
    try:
        _connect(path).close()
    except (OSError, sqlite3.OperationalError) as error:
        return _cannot_keep(path, _reason(error))
    return None


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=60, check_same_thread=False)
    db.execute("PRAGMA user_version")  # a folder or a device fails here
    return db


def _reason(error: OSError | sqlite3.OperationalError) -> str:
    return getattr(error, "strerror", None) or str(error)


def _cannot_keep(path: Path, reason: str) -> str:
    where = f"{path}: cannot keep the gazetteer there ({reason})"
    return f"{where}; set {ENVIRONMENT} to a file you can write"


class GazetteerFile:
    """Places by name from the gazetteer's SQLite file (a `geo.gazetteer.PlaceLookup`).

    Raises WorkbenchError (one line naming the file) when the file exists and is
    not a gazetteer or cannot be read."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or gazetteer_path()
        self.unwritable: str | None = None  # why the file could not be made, if so
        try:
            self.db = self._open()
        except sqlite3.DatabaseError as error:
            raise WorkbenchError(f"{self.path}: not a readable gazetteer ({error})") from None
        self._find = lru_cache(maxsize=1 << 14)(self._find_uncached)
        self._divisions = lru_cache(maxsize=1 << 10)(self._divisions_uncached)

    def _open(self) -> sqlite3.Connection:
        data = shipped_text()
        version = f"{hashlib.sha256(data).hexdigest()} keys {KEYS_VERSION}"
        try:
            db = _connect(self.path)
        except (OSError, sqlite3.OperationalError) as error:
            self.unwritable = _reason(error)
            db = sqlite3.connect(":memory:", check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(_SCHEMA)
        if _meta(db, "shipped") != version:
            _load_shipped(db, data, version)
        return db

    def close(self) -> None:
        self.db.close()

    def add(self, features: Iterable[Feature], source: str) -> int:
        """Store a user's places (from `source`, a file name), replacing those of the
        same GeoNames id; returns how many. One transaction: all or none.

        Raises WorkbenchError when the gazetteer's file cannot be written (the places
        would last only as long as this process)."""
        if self.unwritable is not None:
            raise WorkbenchError(_cannot_keep(self.path, self.unwritable))
        with self.db:
            count = _insert(self.db, self._countries_kept(features), source, replace=True)
        self._find.cache_clear()
        self._divisions.cache_clear()
        self._division.cache_clear()
        return count

    def _countries_kept(self, features: Iterable[Feature]) -> Iterator[Feature]:
        """The features, a country already stored keeping its stored name and division
        codes (its new names added): a dump's country row ("Republic of Kenya", first
        division "00") would otherwise rename the country and leave its places with no
        country name (`_division` looks a country up with no division code), so that
        "Kenya" in a report and the places of Kenya no longer met."""
        query = f"SELECT {_COLUMNS} FROM places WHERE geonameid = ?"
        for feature in features:
            row = self.db.execute(query, (feature.geonameid,)).fetchone()
            if feature.kind is Kind.COUNTRY and row is not None:
                stored = _feature(row)
                names = (*stored.names, feature.name, *feature.names)
                feature = replace(
                    feature,
                    name=stored.name,
                    admin1=stored.admin1,
                    admin2=stored.admin2,
                    names=tuple(n for n in dict.fromkeys(names) if n != stored.name),
                )
            yield feature

    def sources(self) -> dict[str, int]:
        """How many places each source gave: "shipped" and each file a user added."""
        query = "SELECT source, COUNT(*) FROM places GROUP BY source ORDER BY source"
        return dict(self.db.execute(query).fetchall())

    def find(self, name: str, country: str | None = None) -> list[Place]:
        """The places called `name` (any spelling that folds alike), most likely
        first (`geo.gazetteer.ranked`), those in `country` (a name or ISO code) first."""
        code = self.country_code(country) if country else None
        return list(self._find(fold(name), code))

    def _find_uncached(self, key: str, code: str | None) -> tuple[Place, ...]:
        found = self._named(key)
        if not found:  # another spelling: "Diabaly" for "Diabali"
            found = self._named(_LOOSE + loose(key))
        by_side = sided(loose(key), asked=True)
        side_tried = not found and by_side is not None
        if side_tried:  # "Darfour-Nord"
            found = self._named(f"{_SIDED}{by_side}")
        if not found and (written := spelled_out(key)) is not None:  # "St-Marc", "l'Arcahaie"
            return self._find(written, code)
        in_country = _any_in((f.country for f in found), code)
        if not in_country and (french := self._french(key, code, None if side_tried else by_side)):
            return french  # "Zouara", "Gaza-ville"
        known = COUNTRY_BY_NAME.get(key) if not found else None
        if known is not None and fold(known.name) != key:
            # a country by a name the extractor reads and GeoNames' country list lacks
            # (the French "Tchad", "Cameroun"): the country of its English name
            found = [f for f in self._named(fold(known.name)) if f.kind is Kind.COUNTRY]
        return tuple(self.place(f) for f in ranked(found, code, key))

    def _named(self, key: str) -> list[Feature]:
        """The features one of whose names has this key (folded, or `_LOOSE` or
        `_SIDED` and its loose or sided key)."""
        query = f"SELECT {_COLUMNS} FROM places JOIN names USING (geonameid) WHERE key = ?"
        return [_feature(row) for row in self.db.execute(query, (key,))]

    def _french(self, key: str, code: str | None, by_side: str | None) -> tuple[Place, ...]:
        """The places a French name's other spellings find (`geo.french_spellings`:
        "gaza ville" as "gaza", "zaouia" as "zawia"; its sided key `by_side`, where not
        looked up yet: `geonames.sided`'s letters, "zouara" as "zuara"), the first that
        finds one in the country `code` where one is given; () where none does. A last
        look-up for a name that found nothing there: "Zouara" is also a village of
        Burkina Faso."""
        for spelling in french_spellings(key):
            found = self._find(spelling, code)
            if _any_in((place.country_code for place in found), code):
                return found
        if by_side is None:
            return ()
        features = self._named(f"{_SIDED}{by_side}")
        if not _any_in((f.country for f in features), code):
            return ()
        return tuple(self.place(f) for f in ranked(features, code, key))

    def divisions(self, country_code: str, kind: Kind) -> list[Place]:
        """Every division of `kind` (REGION: GeoNames' first level, DISTRICT: its
        second) in the country of ISO code `country_code`, by GeoNames id."""
        return list(self._divisions(country_code.upper(), kind))

    def _divisions_uncached(self, code: str, kind: Kind) -> tuple[Place, ...]:
        query = f"SELECT {_COLUMNS} FROM places WHERE country = ? AND kind = ? ORDER BY geonameid"
        rows = self.db.execute(query, (code, kind.value))
        return tuple(self.place(_feature(row)) for row in rows)

    def country_code(self, name_or_code: str) -> str | None:
        """The ISO code of a country given by name ("Republic of Mali") or code ("ML")."""
        if len(name_or_code) == 2 and name_or_code.isalpha():
            code = name_or_code.upper()
            if self._division(code, "", "", Kind.COUNTRY) is not None:
                return code
        for place in self._find(fold(name_or_code), None):
            if place.kind is Kind.COUNTRY:
                return place.country_code
        return None

    def place(self, feature: Feature) -> Place:
        """A feature with its country's and divisions' names."""
        country = self._division(feature.country, "", "", Kind.COUNTRY)
        region = self._division(feature.country, feature.admin1, "", Kind.REGION)
        district = self._division(feature.country, feature.admin1, feature.admin2, Kind.DISTRICT)
        below_region = feature.kind.depth >= Kind.DISTRICT.depth
        return Place(
            geonameid=feature.geonameid,
            name=feature.name,
            kind=feature.kind,
            country=country or feature.country,
            country_code=feature.country,
            region=region if feature.kind is not Kind.COUNTRY else None,
            district=district if below_region else None,
            region_code=feature.admin1 if feature.kind is not Kind.COUNTRY else "",
            district_code=feature.admin2 if below_region else "",
            latitude=feature.latitude,
            longitude=feature.longitude,
            population=feature.population,
        )

    @lru_cache(maxsize=1 << 12)  # noqa: B019 - one gazetteer per process, kept to its end
    def _division(self, country: str, admin1: str, admin2: str, kind: Kind) -> str | None:
        if kind is not Kind.COUNTRY and not admin1:
            return None
        query = (
            "SELECT name FROM places WHERE country = ? AND admin1 = ? AND admin2 = ? "
            "AND kind = ? ORDER BY source = ? LIMIT 1"
        )
        row = self.db.execute(query, (country, admin1, admin2, kind.value, SHIPPED)).fetchone()
        return str(row[0]) if row else None


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def _load_shipped(db: sqlite3.Connection, data: bytes, version: str) -> None:
    """Copy the shipped places in (a new Workbench's replace the old ones) and key
    every place again, keeping each place a user added. Concurrent first uses wait
    on one another."""
    with db:
        db.execute("BEGIN IMMEDIATE")
        if _meta(db, "shipped") == version:
            return  # another process loaded them while this one waited
        db.execute("DELETE FROM places WHERE source = ?", (SHIPPED,))
        db.execute("DELETE FROM names")
        added = f"SELECT {_COLUMNS} FROM places"
        user = [_feature(row) for row in db.execute(added)]
        _insert(db, user, "", replace=False)  # their keys only: the rows are there
        _insert(db, shipped_features(data), SHIPPED, replace=False)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('shipped', ?)", (version,))


def _insert(db: sqlite3.Connection, features: Iterable[Feature], source: str, replace: bool) -> int:
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    count = 0
    for batch in _batches(features, 5000):
        if replace:
            _forget_keys(db, [f.geonameid for f in batch])
        db.executemany(
            f"{verb} INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*_row(f), source) for f in batch],
        )
        db.executemany(
            "INSERT OR IGNORE INTO names VALUES (?, ?)",
            [(key, f.geonameid) for f in batch for key in _keys(f)],
        )
        count += len(batch)
    return count


def _forget_keys(db: sqlite3.Connection, ids: list[int]) -> None:
    """Delete the look-up keys of the stored places of these GeoNames ids, each by
    the names table's primary key (key, id): the keys a place was stored with are
    its `_keys`, and a delete by id alone would scan every name (20 ms a place
    beside the shipped ones: 2 minutes for Kenya's villages, hours for India's)."""
    query = f"SELECT {_COLUMNS} FROM places WHERE geonameid = ?"
    stored = [row for i in ids for row in db.execute(query, (i,))]
    db.executemany(
        "DELETE FROM names WHERE key = ? AND geonameid = ?",
        [(key, f.geonameid) for f in map(_feature, stored) for key in _keys(f)],
    )


def _batches(features: Iterable[Feature], size: int) -> Iterator[list[Feature]]:
    batch: list[Feature] = []
    for feature in features:
        batch.append(feature)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _keys(feature: Feature) -> set[str]:
    """A feature's look-up keys: each name folded, loosely folded behind `_LOOSE`, and
    by its sides and French letters behind `_SIDED` where that differs (`sided`)."""
    keys = {key for key in map(fold, (feature.name, *feature.names)) if key}
    by_side = {_SIDED + s for key in keys if (s := sided(loose(key))) is not None}
    return keys | {_LOOSE + loose(key) for key in keys} | by_side


def _row(f: Feature) -> tuple[object, ...]:
    return (
        f.geonameid,
        f.name,
        f.kind.value,
        f.country,
        f.admin1,
        f.admin2,
        f.latitude,
        f.longitude,
        f.population,
        "|".join(f.names),
    )


def _feature(row: tuple[object, ...]) -> Feature:
    names = str(row[9])
    return Feature(
        geonameid=int(str(row[0])),
        name=str(row[1]),
        kind=Kind(str(row[2])),
        country=str(row[3]),
        admin1=str(row[4]),
        admin2=str(row[5]),
        latitude=None if row[6] is None else float(str(row[6])),
        longitude=None if row[7] is None else float(str(row[7])),
        population=int(str(row[8])),
        names=tuple(names.split("|")) if names else (),
    )


def _any_in(codes: Iterable[str], code: str | None) -> bool:
    """Whether any of these places' country codes is `code` (any place at all where no
    country is asked)."""
    codes = list(codes)
    return bool(codes) if code is None else code in codes
