"""The place a French official's title names: "le maire de Mokolo", "le préfet du
Mayo-Tsanaga", "le gouverneur du Nord-Kivu", "le bourgmestre de Kigoma". It says where
the official speaks for, not where anything happened, so it is kept not `locative`:
the claim's place only where its sentence names no other ("Selon le maire de Bambari,
six civils ont été tués jeudi" is in Bambari; "... à Tourou, selon le maire de Mokolo"
in Tourou), and never carried to the sentences after it; but a title after the words
of someone's home says where it happened ("au domicile d'un notable de Gatara"). An
area named with its kind ("le gouverneur de la province de l'Ituri") is read by
`places.find_places` already;
a title that is no territorial office ("le président du Front", "le porte-parole de
l'Armée") names no place here."""

from __future__ import annotations

import re

from workbench.extract.french.place_roles import HOME_OF, NOT_PLACE
from workbench.extract.french.place_words import NAME
from workbench.extract.places import PlaceMention

_TITLE_PLACE = re.compile(
    r"(?<![\w])(?i:gouverneur|gouverneure|(?:sous-)?préfet|(?:sous-)?préfète|maire|"
    r"bourgmestre|administrat(?:eur|rice)|chef\s+de\s+(?:canton|village|quartier)|notables?|"
    r"habitante?|résidente?|"
    # a local figure: "un élu local de Kolofata", "un chef coutumier de Tourou", "un
    # responsable local de Mora", "un leader communautaire de Bunia"
    r"élue?s?\s+(?:locale?s?|locaux)|responsables?\s+(?:locale?s?|locaux)|"
    r"chefs?\s+(?:coutumiers?|traditionnels?)|leaders?\s+(?:locaux|local|communautaires?)|"
    r"conseill(?:er|ère)s?\s+municipa(?:l|le|ux)|"
    # an organisation of the area: "la Défense civile de la bande de Gaza", "la société
    # civile de Rutshuru", "la police de Zamfara"
    r"(?:défense|protection|société)\s+civile|croix-rouge|police|gendarmerie)"
    r"\s+(?P<of>(?i:du|de\s+la|de\s+l[’']|de|d[’'])\s*)(?P<name>" + NAME + r")"
)
_HINTS = (
    "gouverneur", "préfet", "préfète", "maire", "bourgmestre", "administrat", "chef", "notable",
    "habitant", "résident", "civile", "croix-rouge", "police", "gendarmerie", "élu",
    "responsable", "leader", "conseill",
)  # fmt: skip
_HOME_REACH = 30  # characters before a title searched for the words of a home (`HOME_OF`)


def title_places(text: str, folded: str, start: int, end: int) -> list[PlaceMention]:
    """The places officials' titles in `text[start:end]` name, not `locative`, each
    from its "de"/"du" (as `places.in_title` reads a title's place); `folded` is `text`
    lower-cased."""
    words = folded[start:end]
    if not any(hint in words for hint in _HINTS):
        return []
    found = []
    for match in _TITLE_PLACE.finditer(text, start, end):
        name = " ".join(match.group("name").split())
        if NOT_PLACE.match(name):
            continue
        home = HOME_OF.search(text, max(start, match.start() - _HOME_REACH), match.start())
        found.append(PlaceMention(match.start("of"), match.end("name"), name, home is not None))
    return found


# What says a place named in a title is where it happened: "l'administrateur de la
# commune Gatara, où l'explosion a eu lieu", "le maire de Kolofata, où l'attaque s'est
# produite".
_HAPPENED_THERE = re.compile(
    r"\s*,?\s*où\s+(?:l[’']|le\s+|la\s+|les\s+|cette\s+|ce\s+)\s*[\w’'-]+(?:\s+[\w’'-]+)?\s+"
    r"(?:a\s+eu\s+lieu|ont\s+eu\s+lieu|s[’']est\s+(?:produite?|déroulée?)|est\s+survenue?)"
    r"(?![\w])",
    re.IGNORECASE,
)


def happened_there(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The places, each not `locative` one followed by "où l'attaque a eu lieu" made
    `locative`: a title's place the sentence says it happened in."""
    return [
        PlaceMention(p.start, p.end, p.name, True)
        if not p.locative and _HAPPENED_THERE.match(text, p.end)
        else p
        for p in found
    ]


def scene_told(folded: str, place: PlaceMention) -> bool:
    """Whether the words right after `place` tell the event happened there ("la commune
    Gatara où l'explosion a eu lieu"): a place in a voice's title so named is where it
    happened, the voice's words or not."""
    return _HAPPENED_THERE.match(folded, place.end) is not None


# A voice's title in an organisation set off by a comma after its name, closing the
# sentence: ", a déclaré le major X, l'un des porte-parole des Casques bleus de la Mission
# de l'ONU en RDC (Monusco)." (its places are the organisation's seat, not where it
# happened); not a territorial office, whose area is the claim's where the sentence
# names no other (", le président du conseil de Wase.": `title_places`).
_TITLE_TAIL = re.compile(
    r"\s*,\s*(?:l[’']une?\s+des\s+|une?\s+|le\s+|la\s+|l[’'])?"
    r"(?i:porte-parole|responsable|directeur|directrice|coordonnat(?:eur|rice)|secrétaire|"
    # no clause after it: "Selon X, coordonnateur de ..., un civil a été tué à Rho" is Rho
    r"représentante?|officier)(?![\w])(?:(?!\s(?:a|ont|est|sont|été)\s)[^.;:!?«»“”\"])*"
    r"[.!?]?\s*$"
)


# A voice's title set off by commas between its name and what it says: "Selon X,
# coordonnateur de la société civile dans le territoire de Djugu, ce guet-apens a coûté
# la vie à 11 civils" (its places say where the voice works, not where it happened).
_TITLE_ASIDE = re.compile(
    r"\s*,\s*(?:l[’']une?\s+des\s+|une?\s+|le\s+|la\s+|l[’'])?"
    r"(?i:porte-parole|responsable|directeur|directrice|coordonnat(?:eur|rice)|secrétaire|"
    r"représentante?|officier|président|présidente|chef|commandant)(?![\w])"
    r"[^,.;:!?«»“”\"]{0,80}?\s(?:dans|à|au|en)\s[^,.;:!?«»“”\"]{2,60},"
)


def title_tail_end(text: str, at: int, end: int) -> int | None:
    """Where the title set off after a voice's name at `at` ends, where it runs to the
    sentence's end (`end`) or is set off by commas naming where the voice works; None
    where no such title follows."""
    tail = _TITLE_TAIL.match(text, at, end) or _TITLE_ASIDE.match(text, at, end)
    return tail.end() if tail is not None else None


# An office or an area of a named place speaking: "selon le gouvernorat de Kasserine",
# "la préfecture de Dori", "l'hôpital de Kaya", "la gendarmerie de Kaya" (trial of
# session 76: the place dropped with the voice's name, no place left).
_OFFICE = re.compile(
    r"(?:(?:du|de\s+la|de\s+l[’']|des|de|la|le|l[’']|les)\s*)?(?i:gouvernorat|"
    r"(?:sous-)?préfecture|mairie|hôpital|gendarmerie|police|commune|wilaya|"
    r"municipalité|conseil\s+(?:municipal|régional))\s+(?:du|de\s+la|de\s+l[’']|de|d[’'])\s*"
    r"(?=[A-ZÀ-Ý])"
)


def voiced_office(text: str, place: PlaceMention) -> PlaceMention | None:
    """The place an office or an area names when the place phrase `place`, found within
    a voice's name, is one ("le gouvernorat de Kasserine": Kasserine, "la mairie de
    Kaya": Kaya), not `locative`: as an official's title does, it gives the claim's place
    where the sentence names no other. None for any other phrase."""
    office = _OFFICE.match(text, place.start, place.end)
    if office is None:
        return None
    name = " ".join(text[office.end() : place.end].split())
    return PlaceMention(office.end(), place.end, name, False)
