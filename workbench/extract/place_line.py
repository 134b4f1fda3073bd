"""A statement's place line: the town and day a communiqué, a letter or a press release
gives on a line of its own, where a wire story has its dateline ("El Fasher, 10
November 2026", "N'Djamena, le 10 novembre 2026", "Fait à Goma, le 3 juin 2025",
"Done at Addis Ababa, June 3, 2025"). It says where the statement was issued, which
is where its figures happened when the text names no other place, as a dateline is.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable

from workbench.extract.gazetteer import Country
from workbench.extract.not_places import not_a_place
from workbench.extract.places import PlaceMention, abroad

# A day with its month and year, in any language the readers read: "10 November 2026",
# "le 10 novembre 2026", "mardi 10 novembre 2026", "November 10, 2026". A year is
# required: a line "Gao, 10 people" is no place line.
_DAY = (
    r"(?:(?:le\s+)?(?:[^\W\d_]+\s+)?\d{1,2}(?:er|st|nd|rd|th)?\s+[^\W\d_]{3,10}\.?,?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
_PLACE_LINE = re.compile(
    r"\s*(?:(?:Fait|Done|Issued|Signed)\s+(?:à|a|at|in)\s+)?"
    r"(?P<name>[A-Z][\w’'.-]*(?:[ -][A-Z][\w’'.-]*){0,2})\s*,\s*" + _DAY + r"\s*\.?\s*"
)
_HEAD = 1_000  # characters: a statement's heading (its sender, title, number, place line)
_FOOT = 300  # characters: its last lines, where "Fait à ..." closes a French communiqué
_LONGEST = 80  # characters: a place line is short
# a day's name before its date is no town: "Monday, 10 November 2026", "Mardi, 10 ..."
_DAY_NAMES = frozenset(
    [d.lower() for d in calendar.day_name]
    + "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
)


def place_line(
    text: str, home: Callable[[], Country | None], outlet: str | None = None
) -> PlaceMention | None:
    """The place of a statement's place line: a line of its own among the first lines
    of `text`, or its last ("Fait à ..." closes a French communiqué), that holds a town
    and a day with its year and nothing else (ingest reads such a line as a timestamp,
    no block of the body). None where there is none, where the
    name is a word no place is ("Monday, 10 November 2026") or the document's `outlet`
    (trial 79: "Guinée Nouvelles, 18 novembre 2026" placed a claim), or where it lies in
    another country than `home()`, the document's (a statement issued abroad says
    where it was issued)."""
    head_end = min(len(text), _HEAD)
    foot = _lines(text, max(head_end, len(text) - _FOOT), len(text))
    for start, line in (*_lines(text, 0, head_end), *foot):
        if len(line) <= _LONGEST:
            match = _PLACE_LINE.fullmatch(line)
            name = match.group("name") if match is not None else ""
            if match is not None and _a_town(name) and name != outlet:
                return _issued_at(match, start, home)
    return None


def _issued_at(
    match: re.Match[str], start: int, home: Callable[[], Country | None]
) -> PlaceMention | None:
    name = match.group("name")
    if abroad(name, home):
        return None
    at = start + match.start("name")
    return PlaceMention(at, at + len(name), name, False)


# A news outlet's name, which a byline gives with its day as a place line would ("Alwihda
# Info, 29 November 2026", "Tchadinfos, le 22 novembre 2026"): a word of the press in it,
# or a name that ends in one (trial 75b: a distance put in "Alwihda Info").
_OUTLET = re.compile(
    r"(?i:\b(?:info|infos|news|nouvelles|times|post|tribune|herald|journal|gazette|daily|weekly|radio|"
    r"tv|télé|tele|fm|press|presse|media|médias|medias|magazine|hebdo|online|actu|actualités|"
    r"observer|monitor|express|dépêche|depeche|agency|agence)\b"
    r"|\w(?:infos?|news|press|presse|tv|fm|actu|media|médias)$)"
)


def _a_town(name: str) -> bool:
    return name.lower() not in _DAY_NAMES and not not_a_place(name) and not _OUTLET.search(name)


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The non-blank whole lines that start in `text[start:end]`, each with where it
    starts (a line cut by `start` is left out)."""
    if 0 < start < end and text[start - 1] != "\n":
        start = text.find("\n", start, end) + 1 or end
    lines = []
    while start < end:
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        if text[start:stop].strip():
            lines.append((start, text[start:stop]))
        start = stop + 1
    return lines
