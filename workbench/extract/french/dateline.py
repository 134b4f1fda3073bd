"""A French dateline's town: "BAMAKO, 12 mars 2024 (AFP) –", "Niamey (Reuters) -",
"Kidal, le 3 juin –", "GOMA, RD Congo, 5 juin (AFP) -" (`places.py` and the reader
take it)."""

from __future__ import annotations

import re

from workbench.extract.french.calendar_words import DAYS, MONTHS
from workbench.extract.french.countries import is_country
from workbench.extract.french.place_roles import NOT_PLACE
from workbench.extract.french.place_words import UPPER
from workbench.extract.places import PlaceMention

# A French dateline: a town in capitals or not, then a date, an agency or both, then
# a dash: "BAMAKO, 12 mars 2024 (AFP) –", "Niamey (Reuters) -", "Kidal, le 3 juin –",
# its month shortened as wires do: "N'DJAMENA, 24 nov. 2026 (AFP) -".
_SHORT_MONTHS = r"janv|f[ée]vr?|avr|juil|sept?|oct|nov|d[ée]c"
_DATELINE = re.compile(
    rf"(?P<name>[{UPPER}][\w’'-]+(?:[ -][{UPPER}][\w’'-]+){{0,2}})"
    # its country or region: "MAIDUGURI (Nigeria), 3 mars", "PONT-SONDÉ ( Artibonite), 3 ..."
    rf"(?:\s*\(\s*[{UPPER}][\w’' -]{{1,30}}\)(?=\s*,))?"
    # its country set off by commas: "GOMA, RD Congo, 5 juin (AFP) -"
    rf"(?:\s*,\s*(?P<country>[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{0,2}})(?=\s*,))?"
    rf"(?:\s*,\s*(?P<date>(?:le\s+)?(?:(?:{DAYS})\s+)?(?:1er|\d{{1,2}})\s+"
    rf"(?:{MONTHS}|{_SHORT_MONTHS})\.?(?:\s+\d{{4}})?))?"
    r"\s*(?P<agency>\((?:[A-Z][\w ]{1,20}|[A-Z]{2,8})\))?\s*(?:[-–—]+|:)\s",
    re.IGNORECASE,
)


def dateline(text: str, start: int, end: int) -> PlaceMention | None:
    """The town of a French dateline opening `text[start:end]` ("BAMAKO, 12 mars 2024
    (AFP) –" gives "Bamako"), where it names a date or an agency; None otherwise."""
    match = _valid(text, start, end)
    if match is None:
        return None
    name = match.group("name")
    if match.group("country") and not is_country(match.group("country")):
        return None  # "Bunia, Djugu, ...": no country after the town
    if not name[:1].isupper() or NOT_PLACE.match(name) or is_country(name):
        return None
    town = name.title() if name.isupper() else name
    return PlaceMention(match.start("name"), match.end("name"), town, True)


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the French dateline opening `text[start:end]` ends (after its dash), None
    where it opens on none."""
    match = _valid(text, start, end)
    return None if match is None or dateline(text, start, end) is None else match.end()


def _valid(text: str, start: int, end: int) -> re.Match[str] | None:
    """A `_DATELINE` match opening `text[start:end]` that names a date or an agency."""
    match = _DATELINE.match(text, start, end)
    if match is None or not (match.group("date") or match.group("agency")):
        return None
    return match
