"""Reading GeoNames files: country dumps, the division code lists, country info.

The formats are GeoNames' own (https://download.geonames.org/export/dump/,
readme.txt there): tab-separated, UTF-8, one feature per line. A country dump
("ML.txt", "cities15000.txt") has 19 columns; `admin1CodesASCII.txt` and
`admin2Codes.txt` have 4 (code, name, ASCII name, geonameid); `countryInfo.txt`
has 19 with comment lines starting "#". GeoNames data is CC BY 4.0: see
docs/gazetteer.md for the attribution the shipped gazetteer carries.

Only the features an incident report can name as where it happened are kept:
populated places (feature class P, except the abandoned, historical and
destroyed ones) and administrative divisions (class A: countries and their
first to fourth-level divisions).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

from workbench.errors import WorkbenchError
from workbench.geo.places import Kind

# GeoNames feature codes (https://www.geonames.org/export/codes.html)
_KIND_OF_CODE = {
    "PCLI": Kind.COUNTRY,
    "PCLD": Kind.COUNTRY,
    "PCLIX": Kind.COUNTRY,
    "ADM1": Kind.REGION,
    "ADM2": Kind.DISTRICT,
    "ADM3": Kind.COMMUNE,
    "ADM4": Kind.COMMUNE,
}
_GONE = frozenset({"PPLQ", "PPLH", "PPLW", "PPLCH"})  # abandoned, historical, destroyed
DUMP_COLUMNS = 19
# What divisions are called after their names: "Douentza Cercle", "Borno State".
DIVISION_WORDS = frozenset(
    "cercle region région province state district department département prefecture "
    "préfecture sous-prefecture sous-préfecture commune county governorate wilaya "
    "municipality division zone lga territory".split()
)


class GeoNamesError(WorkbenchError):
    """A file that is not in the GeoNames format; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Feature:
    """One GeoNames feature as the gazetteer keeps it.

    `admin1` and `admin2` are GeoNames' division codes within the country ("04",
    "7670549"), not names; `latitude`/`longitude` are WGS84 degrees, None for the
    divisions the code lists give without coordinates; `names` are the other
    names in Latin script (GeoNames' alternate names, others dropped)."""

    geonameid: int
    name: str
    kind: Kind
    country: str  # ISO 3166-1 alpha-2
    admin1: str
    admin2: str
    latitude: float | None
    longitude: float | None
    population: int
    names: tuple[str, ...]


def read_dump(path: Path) -> Iterator[Feature]:
    """The kept features of a GeoNames country dump (or cities*.txt), in file order;
    the file as GeoNames serves it ("NG.zip", holding "NG.txt") is read too.

    Raises GeoNamesError (naming the file and line) on a line that does not have
    the dump's 19 columns or whose id, coordinates or population are not numbers,
    or on a zip without the dump; OSError and UnicodeDecodeError as reading raises."""
    for feature, _code in _coded(path):
        yield feature


def _coded(path: Path) -> Iterator[tuple[Feature, str]]:
    """`read_dump`'s features, each with its GeoNames feature code ("PPLA")."""
    with _text(path) as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != DUMP_COLUMNS:
                raise GeoNamesError(
                    f"{path}: line {number} has {len(fields)} columns, not the "
                    f"{DUMP_COLUMNS} of a GeoNames dump"
                )
            try:
                feature = _feature(fields)
            except ValueError as error:
                raise GeoNamesError(f"{path}: line {number}: {error}") from None
            if feature is not None:
                yield feature, fields[7]


# The seats of government GeoNames codes (https://www.geonames.org/export/codes.html):
# a country's capital, a first-level division's seat, a second-level one's.
_SEAT_LEVEL = {"PPLC": 0, "PPLA": 1, "PPLA2": 2}


def read_seats(path: Path) -> Iterator[tuple[tuple[str, ...], float, float]]:
    """The seats of government a dump (or cities*.txt) names, in file order: the key
    of the area each governs, (country,) for a capital (PPLC), (country, admin1) for
    a first-level division's seat (PPLA), (country, admin1, admin2) for a second-level
    one's (PPLA2), with its latitude and longitude in WGS84 degrees.

    Raises GeoNamesError as `read_dump` does."""
    for feature, code in _coded(path):
        level = _SEAT_LEVEL.get(code)
        if level is not None and feature.latitude is not None and feature.longitude is not None:
            key = (feature.country, feature.admin1, feature.admin2)[: level + 1]
            yield key, feature.latitude, feature.longitude


@contextmanager
def _text(path: Path) -> Iterator[IO[str]]:
    if path.suffix.lower() != ".zip":
        with path.open(encoding="utf-8") as lines:
            yield lines
        return
    try:
        with zipfile.ZipFile(path) as archive:
            member = f"{path.stem}.txt"
            if member not in archive.namelist():
                raise GeoNamesError(f"{path}: no {member} inside, as a GeoNames zip has")
            with archive.open(member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8")
    except zipfile.BadZipFile:
        raise GeoNamesError(f"{path}: not a zip file") from None


def _feature(fields: list[str]) -> Feature | None:
    feature_class, code = fields[6], fields[7]
    if feature_class == "P" and code not in _GONE:
        kind = Kind.TOWN
    elif feature_class == "A" and code in _KIND_OF_CODE:
        kind = _KIND_OF_CODE[code]
    else:
        return None
    name = fields[1].strip()
    return Feature(
        geonameid=_number(fields[0], "the GeoNames id", int),
        name=name,
        kind=kind,
        country=fields[8],
        admin1=fields[10],
        admin2=fields[11],
        latitude=_degrees(fields[4], "latitude", 90),
        longitude=_degrees(fields[5], "longitude", 180),
        population=_number(fields[14] or "0", "the population", int),
        names=latin_names(name, [fields[2], *fields[3].split(",")]),
    )


_N = TypeVar("_N", int, float)


def _number(text: str, what: str, kind: Callable[[str], _N]) -> _N:
    try:
        return kind(text)
    except ValueError:
        raise ValueError(f"{what} {text!r} is not a number") from None


def _degrees(text: str, what: str, limit: int) -> float:
    value = _number(text, f"the {what}", float)
    if not -limit <= value <= limit:
        raise ValueError(f"the {what} {text} is not between -{limit} and {limit} degrees")
    return value


def read_divisions(path: Path, level: int) -> Iterator[Feature]:
    """The divisions of `admin1CodesASCII.txt` (level 1) or `admin2Codes.txt` (level 2),
    without coordinates. "ML.04.7670549\tDouentza Cercle\t..." is district 7670549 of
    region 04 of Mali, also called "Douentza"."""
    kind = Kind.REGION if level == 1 else Kind.DISTRICT
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            codes = fields[0].split(".")
            if len(fields) != 4 or len(codes) != level + 1 or not fields[3].isdigit():
                raise GeoNamesError(
                    f"{path}: line {number} is not a line of GeoNames' level-{level} code list"
                )
            yield Feature(
                geonameid=int(fields[3]),
                name=fields[1],
                kind=kind,
                country=codes[0],
                admin1=codes[1],
                admin2=codes[2] if level == 2 else "",
                latitude=None,
                longitude=None,
                population=0,
                names=latin_names(fields[1], [fields[2]]),
            )


def read_countries(path: Path) -> Iterator[tuple[str, str, int]]:
    """(ISO code, name, geonameid) of each country in GeoNames' `countryInfo.txt`."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 17 and not fields[16]:
                continue  # dissolved (Serbia and Montenegro, the Netherlands Antilles)
            if len(fields) < 17 or not fields[16].isdigit():
                raise GeoNamesError(f"{path}: line {number} is not a line of countryInfo.txt")
            yield fields[0], fields[4], int(fields[16])


def latin_names(name: str, others: Iterable[str]) -> tuple[str, ...]:
    """The other names worth looking a place up by: Latin script, not codes (all
    capitals, four letters or fewer), not the name itself once folded, plus the name
    without a division word ("Douentza Cercle" -> "Douentza")."""
    seen = {fold(name)}
    kept = []
    for other in (*others, strip_division(name)):
        other = other.strip()
        key = fold(other)
        if key in seen or not _latin(other) or (other.isupper() and len(other) <= 4):
            continue
        seen.add(key)
        kept.append(other)
    return tuple(kept)


def strip_division(name: str) -> str:
    """A division's name without the word saying what it is: "Borno State" -> "Borno",
    "Région de Mopti" -> "Mopti"; other names unchanged."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in DIVISION_WORDS:
        words.pop()
    while (
        len(words) > 2
        and words[0].lower() in DIVISION_WORDS
        and words[1].lower()
        in (
            "de",
            "du",
            "of",
            "d'",
        )
    ):
        words = words[2:]
    return " ".join(words)


_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum() refuses
_DOUBLED = re.compile(r"(.)\1+")
# the Arabic article as GeoNames and reports write it ("Al Hasakah", "ar Raqqah",
# "el-Arish", "ash Shaddadi"), before a name of one word or more
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|at|ad|adh|az|an|ath)\s+(?=\S)")
_FINAL_AH = re.compile(r"(?<=\w)ah\b")


def fold(name: str) -> str:
    """A name as looked up: lower case, no accents, punctuation as spaces, spaces
    collapsed. "Ségou" and "SEGOU" fold alike; "N'Djamena" folds to "n djamena"."""
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_ALNUM.sub(" ", text).split())


_ELIDED = re.compile(r"^[ld] (?=\S)")  # "l arcahaie" (l'Arcahaie), "d ennery"
_SAINT = {"st": "saint", "ste": "sainte", "sts": "saints"}


def spelled_out(key: str) -> str | None:
    """A folded name as GeoNames may spell it where the text shortens it: a French
    article elided before it dropped ("l'Arcahaie" is Arcahaie) and "St", "Ste" written
    out ("St-Marc" is Saint-Marc); None where nothing changes."""
    words = _ELIDED.sub("", key).split()
    out = " ".join(_SAINT.get(word, word) for word in words)
    return out if out != key else None


def loose(key: str) -> str:
    """A folded name with the spelling variants of transliteration merged: y as i,
    doubled letters single ("diabaly" and "diabali", "gossi" and "gosi" meet); an
    Arabic article before a name dropped and a final "ah" written "a" ("al raqqa",
    "raqqa" and GeoNames' "ar raqqah" meet; "hasakah" and "al hasakah")."""
    key = _ARTICLE.sub("", key)
    return _DOUBLED.sub(r"\1", _FINAL_AH.sub("a", key).replace("y", "i"))


# A division named by its side in any of the languages reports use: "North Darfur",
# "Northern Darfur", "Darfour-Nord", "Nord-Darfour" are one name (`sided`)
_SIDES = {
    "north": "n", "northern": "n", "nord": "n",
    "south": "s", "southern": "s", "sud": "s",
    "east": "e", "eastern": "e", "est": "e",
    "west": "w", "western": "w", "ouest": "w",
    "central": "c", "centre": "c", "center": "c",
}  # fmt: skip
# French transliteration of the names English spells otherwise: "Darfour", "El-Facher",
# "Djouba" for "Darfur", "El Fasher", "Juba"
_FRENCH_LETTERS = (("ou", "u"), ("ch", "sh"), ("dj", "j"))


def sided(key: str, asked: bool = False) -> str | None:
    """A loose key (`loose`) as one spelling of a name in its sides and its French
    transliteration: the side words ("north", "northern", "nord" ...) first, as one
    letter each in order, then the other words with French letters as English
    writes them, and a division's kind word ("State", "Region") dropped. None where
    the key needs none: a name `asked` (looked up) with no side word and no French
    letters, a gazetteer's name with no side word and none of the English letters
    French writes otherwise, or a side word alone. The key of a last look-up, when
    the name and its loose key found nothing."""
    words = [w for w in key.split() if w not in DIVISION_WORDS] or key.split()
    sides = "".join(sorted(_SIDES[w] for w in words if w in _SIDES))
    plain = " ".join(w for w in words if w not in _SIDES)
    letters = [french if asked else english for french, english in _FRENCH_LETTERS]
    if not plain or not (sides or any(letter in plain for letter in letters)):
        return None
    for french, english in _FRENCH_LETTERS:
        plain = plain.replace(french, english)
    return f"{sides}:{plain}"


def _latin(name: str) -> bool:
    if not 2 <= len(name) <= 40 or any(c.isdigit() for c in name):
        return False
    plain = unicodedata.normalize("NFKD", name)
    return all(c.isascii() or unicodedata.combining(c) for c in plain)
