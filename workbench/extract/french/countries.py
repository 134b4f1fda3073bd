"""Country names in French text: whether a place's name is a country's ("Tchad",
"la Centrafrique"), and whether a sentence may name one at all (a set lookup of
the words that open a country's name, before places are looked for). The names are
the gazetteer's (`extract/gazetteer.py`, `COUNTRY_BY_NAME`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.extract.places import PlaceMention

_ARTICLE = re.compile(r"^(?:l[’']|la\s+|le\s+|les\s+)")


@lru_cache(maxsize=1024)
def may_name_country(folded: str, start: int, end: int) -> bool:
    """Whether the lower-cased `folded[start:end]` holds a word that opens a country's
    name ("cameroun", "république", "côte"): a set lookup, before places are looked for."""
    words = _NOT_LETTER.sub(" ", folded[start:end]).split()
    return not _COUNTRY_FIRST_WORDS.isdisjoint(words)


_NOT_LETTER = re.compile(r"[^\w-]+")
_COUNTRY_FIRST_WORDS = frozenset(name.split()[0] for name in COUNTRY_BY_NAME)


@lru_cache(maxsize=1024)  # a page names its few places again and again
def is_country(name: str) -> bool:
    """Whether a place's name is a country's ("Tchad", "la Centrafrique", "la Côte
    d’Ivoire" with either apostrophe)."""
    return _ARTICLE.sub("", name.lower().replace("’", "'")) in COUNTRY_BY_NAME


def country_after_town(found: list[PlaceMention]) -> list[PlaceMention]:
    """A sentence's places, a country it names only as the country of a place it also
    names demoted (not `locative`): "a fait 11 morts au Cameroun dans une localité de
    l'Extrême-Nord" is in that locality, "Au Cameroun, ... à Kolofata" at Kolofata."""
    if not any(is_country(p.name) for p in found):
        return found  # most sentences name no country
    towns = [p for p in found if p.locative and not is_country(p.name) and not p.border]
    if not towns:
        return found
    return [replace(p, locative=False) if is_country(p.name) else p for p in found]
