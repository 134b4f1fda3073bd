"""French deaths that are no casualties of violence: a road accident ("cinq autres sont
morts dans un accident de la circulation") or an illness or want ("décédés du
choléra"), unless a weapon or an attack is told with them, as the English reader leaves
them out (accident_words.py). A figure's own clause decides: "Trois soldats ont été
tués dans l'attaque et cinq autres sont morts dans un accident" keeps the three."""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.models import Category

# Run over folded (lower-cased) text, from the end of a figure's reading.
_ACCIDENT_AFTER = re.compile(
    r"[^.;,\d]{0,40}?(?<![\w])(?:accidents?(?:\s+(?:de\s+(?:la\s+)?(?:circulation|route)|"
    r"routiers?|de\s+circulation))?|collision|percutée?s?\s+par|renversée?s?\s+par|"
    r"écrasée?s?\s+par\s+(?:un|une|le|la)\s+(?:camion|véhicule|voiture|bus|train)|"
    r"(?:de|du|des|d[’'])\s*(?:choléra|paludisme|rougeole|méningite|covid(?:-19)?|maladies?|"
    r"faim|famine|soif|épuisement|malnutrition|froid|chaleur|crise\s+cardiaque|mort\s+naturelle)"
    r")(?![\w])"
)
# A weapon or an attack in the same stretch: the vehicle or the want is its means.
_WEAPON = re.compile(
    r"(?<![\w])(?:balles?|tirs?|attaques?|explos\w*|bombes?|mines?|engins?\s+explosifs?|"
    r"kamikazes?|assaillants?|hommes\s+armés|jihadistes?|djihadistes?|terroristes?|rebelles?|"
    r"frappes?|drones?|obus|roquettes?|embuscades?)(?![\w])"
)
_HURT = frozenset({Category.KILLED, Category.WOUNDED})


def accidental(folded: str, reading: Reading, end: int) -> bool:
    """Whether the killed or wounded `reading` is told with an accident or an illness
    in its own stretch of the sentence ending at `end`, and no weapon with it."""
    if reading.category not in _HURT:
        return False
    found = _ACCIDENT_AFTER.match(folded, reading.end, end)
    if found is None:
        return False
    # "un accident causé par une mine": the weapon said after the accident counts too
    return _WEAPON.search(folded, reading.start, min(end, found.end() + 60)) is None
