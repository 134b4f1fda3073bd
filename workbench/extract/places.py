"""Places in a sentence, and which one a claim is tied to.

A place is found after a locative preposition ("in Gossi", "north of Kidal",
"between Douentza and Gao", "along the road linking Kidal, Anefis and North
Darane"), as a name the gazetteer knows ("Mali's military"), or as a
reference the document resolves ("in the country", "in the capital",
"on Malian soil"). Origins ("troops from Chad") are not where a thing happened.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from workbench.extract.gazetteer import (
    COUNTRIES,
    COUNTRY_BY_DEMONYM,
    PLACE_NAMES,
    REGIONS,
    Country,
)

_NOT_PLACE_WORDS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I|The|A|An|This|That|These|Those|"
    "He|She|It|They|We|His|Her|Its|Their"
)
_CAP = rf"(?!(?:{_NOT_PLACE_WORDS})\b)[A-Z](?:[\w'’-]|\.(?=[A-Z]))*\.?"
_NAME = rf"{_CAP}(?:\s+(?:(?:al|el|de|du|des|la|le|of|the)\s+)?{_CAP})*"
_NAME_LIST = rf"{_NAME}(?:(?:,\s*|\s+and\s+|\s+to\s+){_NAME})*"
_DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_ENUM = r"(?:\(\d{1,2}\)\s*)?"
_SUFFIX = (
    r"(?P<suffix>\s+(?:region|province|district|area|state|county|city|town|village|department|"
    r"commune|prefecture|governorate|oblast|valley|desert|strip))?"
)
_PLAIN_PREP = r"in|at|inside|within|into|throughout|across|around"
_LOCATIVE = re.compile(
    r"\b(?P<prep>(?i:" + _PLAIN_PREP + r"|near|outside(?:\s+of)?|close\s+to|not\s+far\s+from|"
    r"on\s+the\s+outskirts\s+of|on\s+the\s+border\s+(?:with|of)|"
    r"(?:just\s+|some\s+[\w,]+\s+\w+\s+)?"
    + _DIRECTION
    + r"(?:ern)?\s+of))\s+"
    + _ENUM
    + r"(?:the\s+)?(?P<dir>(?:(?:north|south|east|west|central)(?:ern)?|north-?eastern|"
    r"north-?western|south-?eastern|south-?western)\s+)?(?P<name>"
    + _NAME
    + r")"
    + _SUFFIX
    + r"|\b(?P<between>(?i:between)\s+"
    + _ENUM
    + r"(?P<bname>"
    + _NAME
    + r"\s+and\s+"
    + _NAME
    + r"))"
    + r"|\b(?i:along|on)\s+the\s+(?P<route>(?i:road|route|highway|axis|border)\s+"
    r"(?i:linking|between|from|to|connecting|joining|with)\s+"
    + _ENUM
    + _NAME_LIST
    + r")"
    + r"|\b(?P<fled>(?i:fled|fleeing|flee|left))\s+(?:from\s+)?(?P<fname>"
    + _NAME
    + r")"
)
_REFERENCE = re.compile(
    r"\b(?i:in|inside|across|throughout|within|into|fled|left|leave|out\s+of|around)\s+the\s+"
    r"(?P<ref>country|capital)\b"
)
_SOIL = re.compile(r"\b(?i:on|in|into|onto)\s+(?P<dem>[A-Z][a-z]+)\s+(?:soil|territory)\b")
_ORIGIN = re.compile(r"\b(?i:from)\s+" + _NAME_LIST)
_ORG_TAIL = re.compile(
    r"\b(?:Department|Ministry|Council|Office|Agency|Center|Centre|Committee|Commission|Party|"
    r"Army|Forces|Times|Post|Journal|News|Mail|Press|Institute|Foundation|University|Bank|"
    r"Company|Group|Front|Movement|Organi[sz]ation)\b"
)
# Every place this module finds has a capital letter or says "the country" or "the capital".
_MAY_HOLD_PLACE = re.compile(r"[A-Z]|the (?:country|capital)")
_POSSESSIVE = re.compile(r"['’]s$")
_KNOWN_PLACES: dict[str, str] = {
    n: n
    for n in [
        *(c.name for c in COUNTRIES),
        *(a for c in COUNTRIES for a in c.aliases),
        *(c.capital for c in COUNTRIES),
        *REGIONS,
    ]
}
_COUNTRY_WORDS: dict[str, Country] = {
    **{n: c for c in COUNTRIES for n in (c.name, *c.aliases)},
    **{d: c for c in COUNTRIES for d in c.demonyms},
}
T = TypeVar("T")


def _literal_names(names: Iterable[str]) -> re.Pattern[str]:
    """A pattern of the names as whole words, the longest where several begin at one
    place. The alternation is a trie ("Ga(?:o|rissa)"): the engine then reads each
    character once instead of trying every name, three times faster than a flat list,
    and it starts with the names themselves, not a lookbehind, so that the engine can
    skip ahead to likely first letters."""
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here
    return re.compile(f"(?:{_trie_pattern(trie)})" + r"(?![\w])")


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer name first


_PLACE_PATTERN = _literal_names(_KNOWN_PLACES)
_COUNTRY_PATTERN = _literal_names(_COUNTRY_WORDS)
_COUNTRY_OR_CAPITAL = {**_COUNTRY_WORDS, **{c.capital: c for c in COUNTRIES}}
_COUNTRY_OR_CAPITAL_PATTERN = _literal_names(_COUNTRY_OR_CAPITAL)


def country_in(text: str) -> Country | None:
    """The country a place phrase names ("northern Mali", "near Bamako", "on Malian soil")."""
    hits = _gazetteer_hits(text, 0, len(text), _COUNTRY_OR_CAPITAL_PATTERN, _COUNTRY_OR_CAPITAL)
    return hits[0][2] if hits else None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a sentence; `locative` when a preposition ties it to what happened."""

    start: int
    end: int
    name: str
    locative: bool


def dominant_country(text: str) -> Country | None:
    """The country a document speaks of most, by names and demonyms."""
    counts = Counter(
        country
        for _, _, country in _gazetteer_hits(text, 0, len(text), _COUNTRY_PATTERN, _COUNTRY_WORDS)
    )
    return counts.most_common(1)[0][0] if counts else None


def _gazetteer_hits(
    text: str, start: int, end: int, pattern: re.Pattern[str], names: dict[str, T]
) -> list[tuple[int, int, T]]:
    """Known names in `text[start:end]` that stand as words of their own."""
    return [
        (m.start(), m.end(), names[m.group(0)])
        for m in pattern.finditer(text, start, end)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-")
    ]


def find_places(
    text: str,
    start: int,
    end: int,
    home: Callable[[], Country | None],
    exclude: list[tuple[int, int]],
) -> list[PlaceMention]:
    """The places in `text[start:end]`, in order, outside the `exclude` spans."""
    if not _MAY_HOLD_PLACE.search(text, start + 1, end):
        return []
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = list(exclude)
    taken += [(m.start(), m.end()) for m in _ORIGIN.finditer(text, start, end)]
    for mention in _locatives(text, start, end, home):
        if not _overlaps(mention.start, mention.end, taken):
            found.append(mention)
            taken.append((mention.start, mention.end))
    for first, last, name in _gazetteer_hits(text, start, end, _PLACE_PATTERN, _KNOWN_PLACES):
        if not _overlaps(first, last, taken):
            found.append(PlaceMention(first, last, name, locative=False))
    return sorted(found, key=lambda p: p.start)


def _locatives(
    text: str, start: int, end: int, home: Callable[[], Country | None]
) -> list[PlaceMention]:
    mentions = []
    for match in _REFERENCE.finditer(text, start, end):
        country = home()
        if country is not None:
            name = country.capital if match.group("ref") == "capital" else country.name
            mentions.append(PlaceMention(match.start("ref"), match.end(), name, locative=True))
    for match in _SOIL.finditer(text, start, end):
        country = COUNTRY_BY_DEMONYM.get(match.group("dem").lower())
        if country is not None:
            mentions.append(
                PlaceMention(match.start("dem"), match.end(), country.name, locative=True)
            )
    for match in _LOCATIVE.finditer(text, start, end):
        mention = _from_locative(match)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _from_locative(match: re.Match[str]) -> PlaceMention | None:
    if match.group("between"):
        return PlaceMention(match.start(), match.end(), _clean(match.group("between")), True)
    if match.group("route"):
        return PlaceMention(match.start("route"), match.end(), _clean(match.group("route")), True)
    if match.group("fled"):
        name = _strip(match.group("fname"))
        if name.lower() not in PLACE_NAMES:
            return None
        return PlaceMention(match.start("fname"), match.end(), name, True)
    name = _strip(match.group("name"))
    if not name or _ORG_TAIL.search(name) or name.lower() in COUNTRY_BY_DEMONYM:
        return None
    prep = " ".join(match.group("prep").split())
    shown = " ".join(
        filter(
            None, [(match.group("dir") or "").strip(), name, (match.group("suffix") or "").strip()]
        )
    )
    if prep.lower() not in _PLAIN_PREP.split("|"):
        shown = f"{prep} {shown}"
    return PlaceMention(match.start(), match.end(), _clean(shown), True)


def _strip(name: str) -> str:
    return _POSSESSIVE.sub("", name.rstrip(".,"))


def _clean(text: str) -> str:
    return re.sub(r"\(\d{1,2}\)\s*", "", " ".join(text.split())).rstrip(".,")


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def nearest(mentions: list[PlaceMention], start: int, end: int) -> PlaceMention | None:
    """The mention closest to `text[start:end]`, a locative one before any other."""

    def distance(p: PlaceMention) -> int:
        return max(p.start - end, start - p.end, 0)

    for group in ([p for p in mentions if p.locative], mentions):
        if group:
            return min(group, key=distance)
    return None
