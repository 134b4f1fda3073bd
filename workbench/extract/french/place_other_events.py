"""Places of another event than the one a French sentence tells, named after "après" or
"avant": "Une semaine après l'attaque de Karimama, deux soldats ont été tués à Kérou",
"Cette attaque intervient après celle de Karimama", "après une attaque similaire à
Porga", "au lendemain d'un accrochage dans le lit du fleuve Mekrou". Such a place is the
place of the figures within its own phrase only ("après celle qui avait fait sept morts
à Porga": the seven at Porga), never the sentence's other figures' nor carried to the
sentences after it (`background`, read by `extract.nearest_place.nearest`; not
`locative`). A plain "après l'attaque de Kolofata" with no time between ("douze blessés
évacués après l'attaque de Kolofata") tells the same event and is left alone; after a
time between ("deux jours après l'attaque de Kolofata, le bilan s'est alourdi à douze
morts") the place is the claim's only where the sentence names no other, and so are the
places of an opening "Alors que ..." clause (what goes on meanwhile)."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.french.place_words import EVENT
from workbench.extract.places import PlaceMention

_NUMBER = r"\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs"
# A time between: "une semaine après", "quelques jours avant".
_TIME_GAP = re.compile(
    rf"(?<![\w])(?:{_NUMBER})\s+(?:heures?|jours?|semaines?|mois|ans|années)\s+(?:après|avant)"
    r"(?![\w])",
    re.IGNORECASE,
)
# Another of the same kind: "après celle de", "après une attaque similaire", "après une
# autre attaque", "après l'attaque précédente".
_OTHER_KIND = re.compile(
    r"(?<![\w])(?:(?:après|avant)\s+(?:celle|celui|celles|ceux)"
    r"|(?:après|avant)\s+(?:une?|l[’']|la|le|les|des)\s*(?:autres?\s+|précédente?s?\s+)?"
    rf"(?:{EVENT})s?(?:-suicides?)?\s+(?:similaires?|précédente?s?|analogues?)"
    rf"|(?:après|avant)\s+(?:une?|des)\s+autres?\s+(?:{EVENT})s?"
    # an event the day before or after: "au lendemain d'un accrochage dans le lit du
    # fleuve Mekrou", "à la veille d'une attaque à Karimama"
    r"|(?:au\s+lendemain|à\s+la\s+veille|la\s+veille)\s+(?:d[’']une?|de\s+l[’']|de\s+la|du|des)\s*"
    rf"(?:{EVENT}|accrochage|affrontement|combat|heurt|frappe|embuscade)s?)(?![\w])",
    re.IGNORECASE,
)
# A toll of its own in the phrase after a time between: "deux jours après la mort de six
# policiers dans le comté de Mandera", "une semaine après que 12 soldats ont été tués à
# Kérou": another event's, whose place is that toll's only (trial 75: the six policemen
# killed two days before in Mandera placed in Lamu, the bus attack's county).
_OWN_TOLL = re.compile(
    rf"(?<![\w])(?:(?:mort|décès|assassinat|massacre|meurtre|exécution|enlèvement)\s+"
    rf"(?:de|d[’'])\s*(?:(?:au\s+moins|près\s+de|plus\s+de)\s+)?(?:{_NUMBER})"
    rf"|(?:{_NUMBER})\s+(?:[\w’'-]+\s+){{0,4}}?(?:(?:ont|avaient|a|avait)\s+été\s+)?"
    r"(?:tuée?s?|morts?|blessée?s?|tombée?s?|enlevée?s?|massacrée?s?|exécutée?s?))(?![\w])",
    re.IGNORECASE,
)
_HINTS = ("après", "avant", "lendemain", "veille")
_PHRASE_END = re.compile(r"[,;:.!?–—]")
# A sentence opening on what goes on meanwhile: "Alors que le Hezbollah revendique une
# attaque près d'Haïfa, le ministre estime à 2 600 ... au Liban", "Tandis que l'armée
# pilonnait Kidal, ...": its places set the scene (`setting`), to its first comma.
_MEANWHILE = re.compile(
    r"\s*[«\"“]?\s*(?:alors|tandis|pendant|même|bien)\s+qu[e’']|\s*même\s+si(?![\w])",
    re.IGNORECASE,
)


def other_events(text: str, start: int, end: int, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places of the sentence `text[start:end]`, each in a phrase naming another
    event of the same kind (`_OTHER_KIND`, to its next comma or the sentence's end, a
    time between included: "72 heures après un bombardement similaire") given that
    phrase as its `background`, no longer `locative`; each after a time between only
    (`_TIME_GAP`: "deux jours après l'attaque de Kolofata", which may tell the same
    event's toll) given it as its `setting`, the claim's place only where the sentence
    names no other (module docstring)."""
    places = _meanwhile(text, start, end, found)
    words = text[start:end].lower()
    if not any(hint in words for hint in _HINTS):
        return places
    for gap in _TIME_GAP.finditer(text, start, end):
        stop = _PHRASE_END.search(text, gap.end(), end)
        span = (gap.start(), stop.start() if stop else end)
        other = _OTHER_KIND.search(text, gap.end() - 5, span[1])  # from its "après"
        other = other or _OWN_TOLL.search(text, gap.end(), span[1])  # "la mort de six X"
        if other is not None and stop is not None:
            span = (span[0], _where_end(text, stop.start(), end))
        places = [_apart(p, span, other is not None) for p in places]
    for other in _OTHER_KIND.finditer(text, start, end):
        stop = _PHRASE_END.search(text, other.end(), end)
        span = (other.start(), _where_end(text, stop.start(), end) if stop else end)
        places = [_apart(p, span, True) for p in places]
    return places


# What the other event's phrase goes on with: a time set off, then "où" and what
# happened there ("après celle de l'île de Kaourom, dans la nuit de dimanche à lundi, où
# 11 militaires ont été tués": trial 64, the eleven placed at the page's scene).
_WHERE_AFTER = re.compile(r"(?:,\s*[^,;:.!?«»]{1,60})?,\s*où(?![\w])")
_CLAUSE_END = re.compile(r"[;.!?]")


def _where_end(text: str, stop: int, end: int) -> int:
    """Where the other event's phrase ends whose first comma is at `stop`: at that
    comma, or, where an "où" clause tells what happened there, at that clause's end."""
    where = _WHERE_AFTER.match(text, stop, end)
    if where is None:
        return stop
    closed = _CLAUSE_END.search(text, where.end(), end)
    return closed.start() if closed else end


def _apart(place: PlaceMention, span: tuple[int, int], other: bool) -> PlaceMention:
    """`place` as another event's (`other`: its `background`, not `locative`) or as the
    setting of a time before or after (`setting`) where it lies within `span`."""
    if not span[0] <= place.start < span[1] or place.background or place.setting:
        return place
    if other:
        return replace(place, background=span, locative=False)
    return replace(place, setting=span)


def _meanwhile(text: str, start: int, end: int, found: list[PlaceMention]) -> list[PlaceMention]:
    """`found`, the places of a sentence's opening "Alors que ..." clause (`_MEANWHILE`,
    to its first comma) given it as their `setting`: the claim's place only where the
    sentence names no other."""
    opening = _MEANWHILE.match(text, start, end)
    if opening is None:
        return found
    stop = _PHRASE_END.search(text, opening.end(), end)
    if stop is None:
        return found
    return [_apart(p, (start, stop.start()), False) for p in found]
