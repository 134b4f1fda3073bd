"""The institution a voice speaks for, where its name says it: "army (Chad)", "the
Chadian army", "army spokesman Colonel Azem Bermandoa" and "L'armée (Chad)" are one
army's statements, one independent voice (a trial counted them as three, and the
army's figure as corroborated by itself). An anonymous "military source" or "army
officer" is not the institution's voice and stays its own.
"""

from __future__ import annotations

import re
from typing import Protocol

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME
from workbench.geo.geonames import fold


class _Voiced(Protocol):
    @property
    def voice(self) -> str: ...


class HasVoice(Protocol):
    """A claim as matching reads it (`match.features.Features`)."""

    @property
    def claim(self) -> _Voiced: ...


# each institution's words, English and French, under one key
_KEYS = {
    "army": "army",
    "military": "army",
    "armed forces": "army",
    "armée": "army",
    "forces armées": "army",
    "police": "police",
    "government": "government",
    "gouvernement": "government",
}
_WORDS = "|".join(sorted(_KEYS, key=len, reverse=True))
# the institution alone, with a nationality or its country, or its spokesperson by name
_VOICE = re.compile(
    rf"^(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?(?:(?P<before>[\w-]+(?:['’]s)?)\s+)?"
    rf"(?:national\s+)?(?P<word>{_WORDS})"
    r"(?:\s+nationale?s?)?(?:\s+(?P<after>[\w-]+))??"
    r"(?:\s+(?:spokes(?:man|woman|person)|porte-parole)(?:\s+[A-Z][^()]*)?)?"
    r"(?:\s*\((?P<country>[^)]+)\))?$",
    re.IGNORECASE,
)


# a French nationality after its noun: "l'armée congolaise", "la police tchadienne"
_FRENCH_NATIONALITY = re.compile(r"(?:aise?|ienne?|aine?|ane|oise?|ique)s?$", re.IGNORECASE)


def institution(voice: str) -> tuple[str, str | None] | None:
    """(institution, country or None) a voice speaks for, or None where its name is no
    institution's own: "army (Chad)" is ("army", "Chad"), "the Chadian army" too,
    "army spokesman Colonel X" ("army", None), "a military source" None."""
    match = _VOICE.match(voice.strip())
    if match is None:
        return None
    before, after = match.group("before"), match.group("after")
    owner = _owner(before) if before else None
    if before and owner is None:
        return None  # "a military source", "an army officer"
    if after and not _FRENCH_NATIONALITY.search(after):
        return None  # "army officer"
    country = match.group("country") or owner or (_french_country(after) if after else None)
    return _KEYS[match.group("word").lower()], country


def _owner(word: str) -> str | None:
    """The country a word before an institution names: a nationality ("Chadian") or a
    country's possessive ("Chad's"); None for any other word ("a military source")."""
    lower = word.lower()
    if lower in COUNTRY_BY_DEMONYM:
        return COUNTRY_BY_DEMONYM[lower].name
    name = re.sub(r"['’]s$", "", lower)
    country = COUNTRY_BY_NAME.get(name) if name != lower else None
    return country.name if country else None


# a French nationality's endings, each off its country's French name: "tchadienne"
# (Tchad), "camerounaise" (Cameroun), "congolaise" (Congo), "malienne" (Mali)
_FRENCH_ENDINGS = re.compile(r"(?:ienne|iens|ien|aises|aise|ais|oises|oise|ois|aines|aine|ain)$")


def _french_country(word: str) -> str | None:
    """The country a French nationality names ("tchadienne": Chad), None if not known."""
    stem = _FRENCH_ENDINGS.sub("", fold(word))
    for name in (stem, stem + "e", stem + "o"):
        country = COUNTRY_BY_NAME.get(name)
        if country is not None:
            return country.name
    return None


def one_institution(a: HasVoice, b: HasVoice) -> bool:
    """Whether two claims' voices speak for one institution of one named country
    ("Armée nationale tchadienne" and "Chad's army"): a statement two reports relay,
    one voice. An institution of no named country ("the army") ties nothing."""
    first, second = institution(a.claim.voice), institution(b.claim.voice)
    return first is not None and first[1] is not None and first == second
