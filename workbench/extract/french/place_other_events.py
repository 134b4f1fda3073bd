"""Places of another event than the one a French sentence tells, named after "après"
or "avant": "Une semaine après l'attaque de Karimama, deux soldats ont été tués à
Kérou", "Cette attaque intervient après celle de Karimama", "après une attaque
similaire à Porga". Such a place is the place of the figures within its own phrase
only ("après celle qui avait fait sept morts à Porga": the seven at Porga), never
the sentence's other figures' nor carried to the sentences after it (`background`,
read by `extract.places.nearest`; not `locative`). A plain "après l'attaque de
Kolofata" with no time between ("douze blessés évacués après l'attaque de Kolofata")
tells the same event and is left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.french.place_words import EVENT
from workbench.extract.places import PlaceMention

_NUMBER = r"\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs"
_OTHER_EVENT = re.compile(
    # a time between: "une semaine après", "quelques jours avant"
    rf"(?<![\w])(?:(?:{_NUMBER})\s+(?:heures?|jours?|semaines?|mois|ans|années)\s+"
    r"(?:après|avant)"
    # another of the same kind: "après celle de", "après une attaque similaire", "après
    # une autre attaque", "après l'attaque précédente"
    r"|(?:après|avant)\s+(?:celle|celui|celles|ceux)(?![\w])"
    r"|(?:après|avant)\s+(?:une?|l[’']|la|le|les|des)\s*(?:autres?\s+|précédente?s?\s+)?"
    rf"(?:{EVENT})s?(?:-suicides?)?\s+(?:similaires?|précédente?s?|analogues?)"
    r"|(?:après|avant)\s+(?:une?|des)\s+autres?\s+"
    rf"(?:{EVENT})s?)(?![\w])",
    re.IGNORECASE,
)
_HINTS = ("après", "avant")
_PHRASE_END = re.compile(r"[,;:.!?–—]")


def other_events(text: str, start: int, end: int, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places of the sentence `text[start:end]`, each in a phrase naming another
    event (`_OTHER_EVENT`, to its next comma or the sentence's end) given that phrase
    as its `background` and no longer `locative` (module docstring)."""
    words = text[start:end].lower()
    if not any(hint in words for hint in _HINTS):
        return found
    places = list(found)
    for other in _OTHER_EVENT.finditer(text, start, end):
        stop = _PHRASE_END.search(text, other.end(), end)
        span = (other.start(), stop.start() if stop else end)
        places = [
            replace(p, background=span, locative=False)
            if span[0] <= p.start < span[1] and p.background is None
            else p
            for p in places
        ]
    return places
