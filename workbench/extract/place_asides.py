"""Places named in an aside of their sentence, marked so that a figure outside the
aside does not take them (`nearest_place.nearest`).

- An earlier attack's clause ("The raid, days after 70 died in Pont-Sondé, left 15
  dead"): Pont-Sondé is the 70's place, not the 15's (`PlaceMention.background`).
- A part of a total ("Riots left 79 dead, including 34 in Cuenca"): Cuenca is the 34's
  place; the 79 died in the country's prisons (`PlaceMention.background`).
- Where the hurt were taken for care ("Seven were wounded and taken to hospital in
  Maiduguri"), and where people fled to inside a country ("4,500 people had fled to Macomia
  town"; a country fled to is where refugees are: "fled to Uganda"): no place of the
  figures (`PlaceMention.background`).
- The places an appositive links a place to ("Komanda, a commercial hub connecting
  Tshopo, North Kivu and Maniema provinces, ..."): what the place is, not where the
  figures are (`PlaceMention.background`; a trial's tolls took Tshopo).
- A distance or a bearing set off after a place ("The attack in Mukondi, some 30 km from
  Beni, left ten dead", "in Camarines Sur province, south of Manila,"): the far place
  is the figures' only where nothing else is named (`PlaceMention.setting`).
- A circumstance that opens the sentence ("As the standoff went on in Rolpa, rebels
  killed three policemen at Fidim"): a figure of the main clause takes a place the
  main clause names, Rolpa only where it names none (`PlaceMention.setting`).

All rules run over lower-cased text (`casefold.fold`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.extract.number_words import NUMBER_WORDS
from workbench.extract.place_mention import BEARING_OF, PlaceMention

# A clause that tells an earlier attack's deaths as what the reported one followed,
# up to the comma or the end that closes it, a relative clause after its comma
# included ("days after the raid on Dogo, in which 40 died,"): the place it names is
# that attack's.
_EARLIER_CLAUSE = re.compile(
    r"(?<![a-z])(?:(?:hours?|days?|weeks?|months?|a\s+year)\s+|shortly\s+)(?:after|since)\s"
    r"[^.;,]*(?:,\s+(?:(?:in|during|of|at|on|by|after|with|among)\s+)?(?:which|that|who|whom"
    r"|whose|where|when)(?![a-z])[^.;,]*)*"
)
_DEATH_WORD = re.compile(
    r"(?<![a-z])(?:killed|dead|died|massacred?|deaths?|killing|slain|deadl(?:y|iest)|"
    # or the strike itself: "a day after missiles hit the central city of Poltava"
    # (pairs-news-h study: its place was carried to the next sentence's Lviv toll)
    r"hit|struck|attacked|bombed|shelled|raided|stormed)(?![a-z])"
)
# A part of a total counted by where it happened, a bare count before the place, up to
# the place's name: "including 34 in Cuenca", "among them 12 at the market in Bama"; not
# a part named by who they were ("including 9 soldiers in Mogadishu": where all died).
_PART = re.compile(
    r"(?<![a-z])(?:including|among\s+them|of\s+whom|of\s+them)\s+"
    r"(?:(?:at\s+least|about|some|nearly|almost|more\s+than|over)\s+)?"
    rf"(?:\d[\d,]*|(?:{NUMBER_WORDS})(?![a-z]))\s+(?:in|at)\s+"
    r"(?:the\s+(?:[a-z-]+\s+){0,2}?(?:in|of)\s+)?(?=[a-z])"
)
# Where the attackers went after: "killed 12 before retreating into Virunga National
# Park", "and withdrew to Kibati", "then escaped towards Sambisa" (not where they killed).
_RETREAT = re.compile(
    r"(?<![a-z])(?:before|then|and|after)\s+(?:retreat\w*|fle[de]\w*|fleeing|escap\w*|"
    r"withdr[ae]w\w*|vanish\w*|disappear\w*)\s+(?:back\s+)?(?:in)?to(?:wards?)?\s[^.;,]*"
)
# Where people fled to, up to the clause's end: "4,500 people had fled to Macomia
# town", "took refuge in Kaga-Bandoro" (where they went, not where the figures happened).
_FLED_TO = re.compile(
    r"(?<![a-z])(?:(?:fle[de]|fleeing|escaped|relocated)\s+"
    r"(?:(?:back|away|on)\s+)?(?:in)?to(?:wards?)?|(?:sought|took|taking|seeking|found)\s+"
    r"(?:refuge|shelter|safety)\s+(?:in|at))\s"
    r"(?:(?!(?:after|when|where|as|while|before|killing|and|but)(?![a-z]))[^.;,])*"
)
# Where the hurt were taken for care, up to the place's name: "were wounded and taken to
# hospital in Maiduguri", "rushed to a clinic in Gombe", "treated at the general hospital
# in Kano" (not where they were hurt).
_CARE = re.compile(
    r"(?<![a-z])(?:(?:taken|rushed|evacuated|admitted|flown|airlifted|transferred|referred|"
    r"brought|moved)\s+(?:to|into)|(?:treated|hospitali[sz]ed|receiving\s+(?:medical\s+)?"
    r"treatment)\s+(?:at|in))\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?(?:hospitals?|"
    r"clinics?|(?:medical|health|trauma)\s+(?:centres?|centers?|facilit(?:y|ies)))"
    r"(?:\s+(?:in|at|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:city|town)\s+of|\s+(?:in|at|of))?\s"
    r"|(?<![a-z])hospitali[sz]ed\s+(?:in|at)\s"
)
# Where the hurt were flown or moved on to, a town named after the verb, up to the
# clause's end: "12 wounded, evacuated to Bol and then to N'Djamena" (trial 64: the toll
# placed in the capital).
_EVACUATED_TO = re.compile(
    r"(?<![a-z])(?:evacuated|airlifted|medevaced|flown|transferred)\s+(?:on\s+)?to\s"
    r"(?:(?!(?:after|when|where|as|while|before|killing|but)(?![a-z]))[^.;,])*"
)
# Where people were going, up to the clause's end: "traders heading to the market in
# Mandouri", "a bus bound for Kaya", "pilgrims on their way to the shrine at X" (trial 77:
# the travellers' destination was their toll's place; not where they were hit).
_TRIP_TO = re.compile(
    r"(?<![a-z])(?:heading|headed|travell?ing|going|bound|returning|commuting|on\s+(?:their|his|"
    r"her|its|the)\s+way|en\s+route)\s+(?:back\s+|home\s+)?(?:to(?:wards?)?|for)\s"
    r"(?:(?!(?:after|when|where|as|while|before|killing|and|but|near|outside)(?![a-z]))[^.;,])*"
)
# A named place of care the hurt were taken to, the whole name: "treated in Kabkabiya
# Hospital", "admitted to Kano Teaching Hospital" (the town in its name is not where
# they were hurt; "attacked Kabkabiya Hospital" is a scene).
_CARE_NAMED = re.compile(
    r"(?<![a-z])(?:(?:taken|rushed|evacuated|admitted|flown|airlifted|transferred|referred|"
    r"brought|moved|treated|hospitali[sz]ed|receiving\s+(?:medical\s+)?treatment)\s+"
    r"(?:to|into|at|in)\s+(?:the\s+)?)(?:[a-z'’.-]+\s+){1,4}?(?:hospital|clinic|"
    r"infirmary|(?:medical|health|trauma)\s+(?:centre|center|facility))(?![a-z])"
)
# A distance that places the place before it, up to the far place: "Mukondi, some 30
# km from Beni," (the figures are Mukondi's; Beni only where nothing else is named).
_DISTANCE_ASIDE = re.compile(
    r",\s*(?:(?:some|about|around|roughly|nearly|almost|over|just|only)\s+)?\d[\d,.]*\s*"
)


# A bearing set off after a place, up to the far place: "in Camarines Sur province, south
# of Manila," (the figures are Camarines Sur's).
_BEARING_ASIDE = re.compile(rf"{BEARING_OF}\s")


_UNIT_END = re.compile(r"\d\s*(?:km|kilomet(?:re|er)s?|miles?)\s+$")
# An appositive that says what the place before is, up to where it lies: ", a small town",
# "», une petite ville située", ", a village about" (the far place after it is not the
# figures': "Bakouma, une petite ville à 780 kilomètres au nord-est de Bangui").
_WHAT_IT_IS = re.compile(
    r"[»\"”’]?\s*,\s*(?:a|an|the|une?|la|le)\s+(?:[\w’'-]+\s+){0,3}?(?:town|city|village|"
    r"locality|commune|district|hamlet|settlement|ville|localité|bourgade|cité|agglomération)"
    r"(?:\s+(?:située?|located|situated|lying))?\s*"
)
# Where a far place lies, in English or French: "780 km northeast of", "à 780 kilomètres
# au nord-est de", "au nord de", "north of".
_FAR = re.compile(
    r"(?:(?:à|some|about|around|roughly|environ|quelque)\s+)*\d[\d,.\s]*(?:km|kilom\w*|miles?)"
    rf"|(?:au|à\s+l['’])\s*(?:nord|sud|est|ouest)|{BEARING_OF}\s"
)


def _distance_aside(folded: str, after: int, start: int) -> bool:
    """Whether the place at `start` is a distance or a bearing set off after the place
    ending at `after` (its mention starts at the unit, "km from Beni", or at the
    bearing, "south of Manila"), or after an appositive that says what that place is
    ("a small town 30 km north of X", "une ville à 30 km au nord de X")."""
    what = _WHAT_IT_IS.match(folded, after, start)
    far = _FAR.match(folded, what.end()) if what else None
    if far is not None and (far.end() >= start or not folded[far.end() : start].strip()):
        return True  # "Bakouma, une petite ville à 780 km au nord-est de Bangui"
    if _BEARING_ASIDE.match(folded, start):  # ", south of Manila", ", 30 km west of Jolo"
        gap = folded[after:start]
        return gap.strip() == "," or bool(_DISTANCE_ASIDE.match(gap) and _UNIT_END.search(gap))
    return bool(_DISTANCE_ASIDE.fullmatch(folded, after, start)) and folded.startswith(
        ("km", "kilomet", "mile"), start
    )


# A circumstance opening the sentence, up to its comma: "As fighting raged in X,",
# "While the army held Y,", "Amid clashes in Z,".
# After a day told first too: "On Sunday, as the world focused on the attack at the
# Westgate mall in Nairobi, two bombers ..." (session 78: a Peshawar toll put in Nairobi).
_SETTING = re.compile(
    r"[\s\"“‘'(]*(?:(?:on|early|late|last|this)\s+(?:[a-z0-9]+\s+){0,2}?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|morning|evening|night|week|weekend|"
    r"\d{1,2}|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s*,\s*)?(?P<clause>(?:as|while|amid|amidst|despite)\s[^.;,]{3,200},)"
)


# An appositive of a place that names the places it links: ", a strategic hub
# connecting Tshopo, North Kivu and Maniema provinces", ", a town bordering Uganda"
# (not "the road linking Kaya and Dori", a scene's own words).
_LINKED = re.compile(
    r",\s+(?:a|an|the)\s+[^,.;]{0,60}?(?<![a-z])(?:connecting|linking|bordering|that\s+"
    r"(?:connects|links|borders))\s[^.;]*"
)


def earlier_event_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the clauses of `folded[start:end]` that tell an earlier attack's
    deaths as what the reported one followed (`_EARLIER_CLAUSE`: "days after 70 died
    in Pont-Sondé")."""
    if "after" not in folded[start:end]:
        return []
    return [
        m.span()
        for m in _EARLIER_CLAUSE.finditer(folded, start, end)
        if _DEATH_WORD.search(m.group())
    ]


def mark_asides(
    folded: str, start: int, end: int, places: list[PlaceMention]
) -> list[PlaceMention]:
    """`places`, named in the sentence `folded[start:end]`, each marked with the aside
    it stands in (see the module's docstring); the others as they were."""
    if not places:
        return places
    # a place read after the part's preposition starts at it (a locative's "in")
    background = [(m.start(), m.end() + 1) for m in _PART.finditer(folded, start, end)]
    background += [m.span() for m in _RETREAT.finditer(folded, start, end)]
    background += [(m.start(), m.end() + 1) for m in _CARE.finditer(folded, start, end)]
    background += [m.span() for m in _CARE_NAMED.finditer(folded, start, end)]
    background += [m.span() for m in _EVACUATED_TO.finditer(folded, start, end)]
    background += [m.span() for m in _TRIP_TO.finditer(folded, start, end)]
    background += [m.span() for m in _LINKED.finditer(folded, start, end)]
    fled_to = [m.span() for m in _FLED_TO.finditer(folded, start, end)]
    background += earlier_event_spans(folded, start, end)
    setting = _SETTING.match(folded, start, end)
    marked: list[PlaceMention] = []
    for place in places:
        own = next((s for s in background if s[0] <= place.start < s[1]), None)
        if own is None and place.name.lower() not in COUNTRY_BY_NAME:  # refugees' country
            own = next((s for s in fled_to if s[0] <= place.start < s[1]), None)
        if own is not None:
            place = replace(place, background=own)
        elif setting is not None and setting.start("clause") <= place.start < setting.end():
            place = replace(place, setting=setting.span("clause"))
        elif marked and _distance_aside(folded, marked[-1].end, place.start):
            place = replace(place, setting=(place.start, place.end))  # "Mukondi, 30 km from Beni"
        marked.append(place)
    return marked
