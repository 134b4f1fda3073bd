"""The institution a voice speaks for, where its name says it: "army (Chad)", "the
Chadian army", "army spokesman Colonel Azem Bermandoa" and "L'armée (Chad)" are one
army's statements, one independent voice (a trial counted them as three, and the
army's figure as corroborated by itself). An anonymous "military source" or "army
officer" is not the institution's voice and stays its own.
"""

from __future__ import annotations

import re

from workbench.extract.gazetteer import COUNTRY_BY_DEMONYM

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
    rf"^(?:the\s+|l['’]\s*|la\s+|le\s+|les\s+)?(?:(?P<before>[\w-]+)\s+)?(?P<word>{_WORDS})"
    r"(?:\s+(?P<after>[\w-]+))??"
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
    if before and before.lower() not in COUNTRY_BY_DEMONYM:
        return None  # "a military source", "an army officer"
    if after and not _FRENCH_NATIONALITY.search(after):
        return None  # "army officer"
    country = match.group("country")
    if country is None and before:
        country = COUNTRY_BY_DEMONYM[before.lower()].name
    return _KEYS[match.group("word").lower()], country
