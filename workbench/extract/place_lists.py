"""A figure told of several towns at once ("At least nine people were killed in Nairobi,
Kisumu, Nakuru and Mombasa", "à Nairobi, Kisumu, Nakuru et Mombasa") happened in their
country, not in the first town the list names: the English and French readers read the
first name after the preposition as the place (`place_locatives`, `french.places`), and
`listed_as_country` turns such a mention into the country's, spanning the list, so that
neither the figure nor the sentences after it take the first town (trial 75: a rights
group's national tally placed in Nairobi; a minister's national protest figures in
Mandera, the first of a list of border counties named a paragraph before).

A list of two ("in Nairobi and Mombasa") is left as it was, as is a list closed by a
plural place word ("in Kanam, Wase and Langtang districts": `places._listed_first`), a
list of countries, and a place whose address follows it ("Maiduguri, Borno State, and
Damaturu").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from workbench.extract.gazetteer import COUNTRY_BY_NAME, Country
from workbench.extract.place_mention import PlaceMention
from workbench.extract.places import country_in

# A town's name in a list: capitalised words, "de"/"el" inside ("Bahr el Ghazal").
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|du|el|al)\s+)?[A-ZÀ-Ý][\w'’-]+){0,2}"
# The names after the first: two or more, the last after "and"/"et" (or more commas).
_TAIL = re.compile(
    rf"(?P<rest>(?:\s*,\s*(?:à\s+)?{_NAME}){{1,}}\s*,?\s+(?:and|et)\s+(?:à\s+|in\s+)?{_NAME}"
    rf"|(?:\s*,\s*{_NAME}){{3,}})(?![\w'’-])"
)
# A plural place word closing the list: the list's own kind, read elsewhere.
_PLURAL_AFTER = re.compile(
    r"\s+(?i:counties|districts|provinces|regions|states|areas|villages|towns|communes|"
    r"departments|prefectures|localités|communes|préfectures|provinces|régions|"
    r"départements|villes|local\s+government)(?![\w-])"
)
_DIVISION = re.compile(
    r"(?i:state|county|province|region|district|prefecture|governorate|lga|territory|"
    r"department|État|comté|région|département|préfecture|territoire)$"
)
_NOT_TOWNS = frozenset(calendar.day_name) | frozenset(calendar.month_name[1:])
_NOT_TOWNS |= frozenset(
    "Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin "
    "Juillet Août Septembre Octobre Novembre Décembre".split()
)


def listed_as_country(
    text: str, found: list[PlaceMention], country: Country | None
) -> list[PlaceMention]:
    """`found`, a sentence's places, each locative one that opens a list of three towns
    or more (`_TAIL`) named as `country` and spanning the list, the places inside the
    list left out. Where no country is known, or the list is of countries, or ends in a
    plural place word, the places as they were."""
    if not found:
        return found
    kept: list[PlaceMention] = []
    span: tuple[int, int] | None = None
    for mention in found:
        if span is not None and span[0] <= mention.start < span[1]:
            continue  # a town inside the list read as a place of its own
        listed = _listed(text, mention)
        if listed is not None:
            named = country_in(text[mention.start : listed]) or country  # "in Kampala, ..."
            if named is None:
                kept.append(mention)  # no country known: the first town, as before
                continue
            span = (mention.start, listed)
            mention = replace(mention, end=listed, name=named.name, several=True)
        kept.append(mention)
    return kept


# The name a place phrase ends with: "à Kisumu" is Kisumu.
_LAST_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*$")


def in_list(text: str, mention: PlaceMention, lists: list[PlaceMention]) -> bool:
    """Whether `mention` names one of the towns of one of `lists`, mentions of several
    towns (`listed_as_country`): "In Kisumu, three were shot dead" after "killed in
    Nairobi, Kisumu, Nakuru and Mombasa" tells a part of the list's count."""
    name = _LAST_NAME.search(mention.name)
    if name is None:
        return False
    town = re.compile(rf"(?<![\w'’-]){re.escape(name.group())}(?![\w'’-])")
    return any(m.several and town.search(text, m.start, m.end) for m in lists)


def _listed(text: str, mention: PlaceMention) -> int | None:
    """Where the list `mention` opens ends, or None where it opens none."""
    if not mention.locative or mention.background or mention.border:
        return None
    first = mention.name.rsplit(" ", 1)[-1]
    if mention.name.lower() in COUNTRY_BY_NAME or _DIVISION.search(first):
        return None
    tail = _TAIL.match(text, mention.end)
    if tail is None or _PLURAL_AFTER.match(text, tail.end()):
        return None
    names = re.findall(_NAME, tail.group("rest"))
    if any(n in _NOT_TOWNS or n.lower() in COUNTRY_BY_NAME or _DIVISION.search(n) for n in names):
        return None
    return tail.end()
