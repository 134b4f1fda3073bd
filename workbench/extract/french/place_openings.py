"""French places named by how a sentence opens: "A Goma, ..." ("à" capitalised
without its accent, as French newspapers write it), a quotation opening so inside a
sentence the split kept joined ("... d'eux. «A Mutengene, ..."), and a known town or
region as the subject ("Kharkiv a de nouveau été frappée", "Depuis 2017, Cabo
Delgado est en proie à une insurrection"). `places.find_places` asks them."""

from __future__ import annotations

import re

from workbench.extract.french.countries import is_country
from workbench.extract.french.dateline import dateline, dateline_end
from workbench.extract.french.place_roles import NOT_PLACE
from workbench.extract.french.place_words import NAME
from workbench.extract.gazetteer import COUNTRY_BY_CAPITAL, COUNTRY_OF_PLACE
from workbench.extract.places import PlaceMention

# A known town opening its sentence as its subject: "Djibo, assiégée depuis deux ans,
# a été attaquée", "Kharkiv a de nouveau été frappée"; after a short opener set off by a
# comma, a region too: "Depuis 2017, Cabo Delgado est en proie à une insurrection".
_OPENING_TOWN = re.compile(
    r"\s*(?:(?P<opener>[^,.;:«»“”\"()]{1,30}),\s*)?"
    rf"[\"«“]?\s*(?P<name>{NAME})(?=\s*,|\s+(?:a|est|ont|sont|avait|était|reste|"
    r"demeure|subit|vit|connaît|compte|se)\s)"
)
# "A Goma, ...": a sentence opening on "à" capitalised without its accent; the same
# after a stop and a quotation mark within a sentence.
_OPENING_A = re.compile(rf"\s*[\"«“]?\s*A\s+(?P<name>{NAME})")
_QUOTED_A = re.compile(rf"[.!?]\s*[«“]\s*A\s+(?P<name>{NAME})")
_JOIN = re.compile(r"\s*,\s*|\s+(?:et|à)\s+")  # "A Gao et Kidal": Gao
# A town said where it lies, no scene: "Kolofata est située non loin de Kerawa".
_LOCATED = re.compile(
    r"\s+(?:(?:est|était)\s+(?:située?|localisée?)|se\s+(?:trouve|situe))(?![\w])", re.IGNORECASE
)


def opening_a(text: str, start: int, end: int) -> list[PlaceMention]:
    """The places `text[start:end]` names after a capital "A" opening it or opening a
    quotation after a stop within it ("A Goma", "... d'eux. «A Mutengene"), locative."""
    openings = [_OPENING_A.match(text, start, end)]
    if "A" in text[start:end]:  # a quotation opening a sentence the split did not cut
        openings += _QUOTED_A.finditer(text, start, end)
    found = []
    for opening in openings:
        if opening is not None and not NOT_PLACE.match(opening["name"]):
            name = _JOIN.split(opening["name"], maxsplit=1)[0]
            at = opening.start("name")
            found.append(PlaceMention(at, at + len(name), name, True))
    return found


# A country or a known town keeping a count as the subject, its article before it:
# "En 2024, le Niger avait enregistré 410 morts", "la Guinée déplore 33 morts sur ses
# routes", "Le Tchad recense 23 décès" (french-w study: the count's place was the
# story's town, carried).
_COUNTING_PLACE = re.compile(
    r"\s*(?:(?P<opener>[^,.;:«»“”\"()]{1,30}),\s*)?(?:[Ll]e\s+|[Ll]a\s+|[Ll]es\s+|[Ll][’'])?"
    rf"(?P<name>{NAME})\s+(?:(?:a|avait|ont|avaient)\s+(?:déjà\s+|encore\s+)?"
    r"(?:enregistré|compté|déploré|recensé|dénombré|comptabilisé|connu)|enregistre|compte|"
    r"déplore|recense|dénombre|comptabilise|connaît)\s"
)


def counting_place(text: str, start: int, end: int) -> PlaceMention | None:
    """The country or known town `text[start:end]` opens on as the subject of a verb
    that keeps a count (`_COUNTING_PLACE`), locative; None where there is none."""
    opening = _COUNTING_PLACE.match(text, start, end)
    if opening is None:
        return None
    name = opening["name"]
    if NOT_PLACE.match(name) or not (is_country(name) or known_town(name)):
        return None
    return PlaceMention(opening.start("name"), opening.end("name"), name, True)


def opening_town(text: str, start: int, end: int) -> PlaceMention | None:
    """The known town or region `text[start:end]` opens on as its subject, after a short
    opener or none, or a country keeping a count (`counting_place`); None where there is
    none or the sentence opens on a dateline (whose town is the reader's to take)."""
    opening = _OPENING_TOWN.match(text, start, end)
    if opening is None:
        return counting_place(text, start, end)
    if not known_town(opening["name"]) and not _struck_town(text, opening, end):
        return None
    if dateline(text, start, end) is not None:
        return None
    if _LOCATED.match(text, opening.end("name"), end):  # "Kolofata est située non loin
        return None  # de Kerawa, ... qui avait enregistré l'attentat": said where it lies
    return PlaceMention(opening.start("name"), opening.end("name"), opening["name"], True)


# The same after "que" within a sentence: "C'est la deuxième fois que Kolofata, cible
# d'attaques régulières, est visée", "On apprend que Goma a été bombardée".
_TOWN_AFTER_THAT = re.compile(
    rf"(?<![\w])(?i:qu(?:e\s+|[’']))(?P<name>{NAME})(?=\s*,|\s+(?:a|est|ont|sont|avait|était|"
    r"reste|demeure|subit|vit|connaît|compte)\s)"
)


def town_after_that(text: str, start: int, end: int) -> list[PlaceMention]:
    """The known towns or regions `text[start:end]` names as the subject of a clause
    opened by "que" ("que Kolofata, ..., est visée"), locative."""
    return [
        PlaceMention(m.start("name"), m.end("name"), m["name"], True)
        for m in _TOWN_AFTER_THAT.finditer(text, start, end)
        if known_town(m["name"]) and not NOT_PLACE.match(m["name"])
    ]


# A place the subject of "être le théâtre de", whatever the words around its name: "La
# province à majorité musulmane du Cabo Delgado (nord-est), riche en gaz, est le théâtre
# depuis 2017 d'une insurrection".
_THEATRE = re.compile(
    r"(?P<subject>[^.;:!?«»“”]{2,140}?)\s*,?\s+(?:a\s+été|est|était|fut|avait\s+été|sera|"
    r"a\s+(?:de\s+nouveau|encore)\s+été|est\s+(?:de\s+nouveau|encore))\s+"
    r"(?:[^.;:!?«»“”]{0,30}?\s)?(?:le|un)\s+(?:[a-zà-ÿ]+\s+)?théâtre\s"
)
_NAME_IN = re.compile(NAME)
_ARTICLE = re.compile(r"(?:Le|La|Les)\s+|L[’']")


def theatre_subject(text: str, start: int, end: int) -> PlaceMention | None:
    """The place named in the subject of "est le théâtre de" opening `text[start:end]`
    (its last capitalised name), locative; None where there is none."""
    subject = _THEATRE.match(text, start, end)
    if subject is None:
        return None
    names = []
    for m in _NAME_IN.finditer(text, subject.start("subject"), subject.end("subject")):
        article = _ARTICLE.match(m.group())  # "Le Nord-Kivu est le théâtre": Nord-Kivu
        at = m.start() + (article.end() if article else 0)
        # the sentence's first word is capitalised whatever it is: a name only after an article
        if at < m.end() and at > subject.start("subject") and not NOT_PLACE.match(text[at:]):
            names.append((at, m.end()))
    if not names:
        return None
    at, stop = names[-1]
    return PlaceMention(at, stop, text[at:stop], True)


# A town struck, told in the feminine a town takes in French whatever the gazetteer
# knows of it: "Rehovot a été touchée par une roquette", "Kherson a de nouveau été
# bombardée" (not "L'armée a été visée": an article elided, nor a man "touché").
_STRUCK_FEMININE = re.compile(
    r"\s+(?:a|avait|aurait)\s+(?:(?:de\s+nouveau|encore|également|aussi|déjà)\s+)?été\s+"
    r"(?:(?:de\s+nouveau|encore|également|aussi|violemment|durement)\s+)?"
    r"(?:touchée|frappée|visée|bombardée|pilonnée|attaquée|ciblée|secouée|endeuillée)(?![\w])"
)


def _struck_town(text: str, opening: re.Match[str], end: int) -> bool:
    """Whether the name opening a sentence (`_OPENING_TOWN`) is a town said struck in
    the feminine (`_STRUCK_FEMININE`), a name of one word ("Port-au-Prince" too: not a
    woman's first name and surname), not elided."""
    name = opening["name"]
    if opening["opener"] is not None or "’" in name[:2] or "'" in name[:2]:
        return False
    if NOT_PLACE.match(name) or len(name.split()) > 1:
        return False
    return _STRUCK_FEMININE.match(text, opening.end("name"), end) is not None


def known_town(name: str) -> bool:
    """Whether the gazetteer knows `name` as a town or region of a country, or a capital."""
    return name in COUNTRY_OF_PLACE or name.lower() in COUNTRY_BY_CAPITAL


# A name set off by a comma before what kind of settlement it is and where that lies:
# "Kamako, un village du Kasaï, a été attaqué", "ont attaqué Mbusie, une localité du
# territoire de Kwamouth", or before "situé" or where it lies ("Bakouma, une petite ville à
# 780 kilomètres au nord-est de Bangui") (the name is the place; the apposition says
# where it lies).
_APPOSED_TOWN = re.compile(
    rf"(?P<name>{NAME})\s*[»\"”]?\s*,\s+(?:(?:un|une)\s+(?:(?:petite?|grande?|autre|paisible)\s+)?"
    r"(?:village|localité|ville|bourgade|commune|hameau|quartier|cité|agglomération|"
    r"circonscription)(?:\s+[a-zà-ÿ]+)?\s+(?:de|du|des|d[’']|situé|"
    # where it lies: "une petite ville à 780 kilomètres au nord-est de Bangui"
    r"à\s+(?:(?:environ|quelque|près\s+de)\s+)?\d|au\s+(?:nord|sud)|à\s+l['’](?:est|ouest))"
    # its rank, an epithet: "de Kharkiv, deuxième ville d'Ukraine", "Kano, la plus grande
    # ville du nord du Nigeria", "Alep, principale ville du nord"
    r"|(?:la\s+)?(?:deuxième|seconde|troisième|quatrième|cinquième|\d{1,2}e|plus\s+grande|"
    r"principale|première)\s+(?:ville|cité|agglomération|métropole)\s+(?:de|du|des|d[’']))"
)
# A name opening its sentence, said where it lies: "Pont-Sondé, situé dans le département
# de l'Artibonite, a été ravagée" (not "le dispositif de l'opération X, situé dans ...").
_OPENING_LOCATED = re.compile(
    rf"\s*[\"«“]?\s*(?P<name>{NAME})\s*,\s+situé(?:e|s|es)?\s+"
    r"(?:dans|à|au|aux|en|sur|près|non\s+loin|entre)(?![\w])"
)


# A name opening its sentence, said what kind of settlement it is and where that lies:
# "Cité Soleil est un quartier de Port-au-Prince", "Kamako est une localité du Kasaï".
_OPENING_DEFINED = re.compile(
    rf"\s*[\"«“]?\s*(?P<name>{NAME})\s+(?:est|était)\s+(?:un|une)\s+"
    r"(?:(?:petite?|grande?|paisible)\s+)?(?:village|localité|ville|bourgade|commune|hameau|"
    r"quartier|cité|agglomération)(?:\s+[a-zà-ÿ]+)?\s+(?:de|du|des|d[’']|situé)"
)


def apposed_town(text: str, start: int, end: int) -> list[tuple[PlaceMention, int]]:
    """The names `text[start:end]` sets off by a comma before the kind of settlement
    they are ("Kamako, un village du Kasaï"), or opening it so ("Kamako est un village
    du Kasaï"), locative, each with where its apposition
    ends (its next comma, else `end`): a place named within it says where the town lies
    ("Bunia, une ville du nord-est,"). An article opening the name is left off, and a
    name a person's (`NOT_PLACE`) is none."""
    found = []
    at = dateline_end(text, start, end) or start
    opening = _OPENING_LOCATED.match(text, at, end) or _OPENING_DEFINED.match(text, at, end)
    matches = [*_APPOSED_TOWN.finditer(text, start, end), *([opening] if opening else [])]
    for match in matches:
        article = _ARTICLE.match(match["name"])
        at = match.start("name") + (article.end() if article else 0)
        name = text[at : match.end("name")]
        if name[:1].isupper() and not NOT_PLACE.match(name):
            comma = text.find(",", match.end(), end)
            town = PlaceMention(at, match.end("name"), name, True)
            found.append((town, comma if comma >= 0 else end))
    return found


# The town nearest a place out in the bush, named after "est": "La ville la plus proche
# dans la zone est Tanguiéta, à 600 km au nord de Cotonou."
_NEAREST_TOWN = re.compile(
    r"(?i:la\s+ville|la\s+localité|le\s+village|la\s+commune|l[’']agglomération)\s+"
    r"(?i:la|le)\s+plus\s+proche(?:\s+[^,.;:«»]{1,30}?)?\s+(?i:est|était|étant|reste)\s+"
    rf"(?P<name>{NAME})"
)


def nearest_town(text: str, start: int, end: int) -> list[PlaceMention]:
    """The town `text[start:end]` names as the nearest ("la ville la plus proche est
    Tanguiéta"), locative."""
    return [
        PlaceMention(m.start("name"), m.end("name"), m["name"], True)
        for m in _NEAREST_TOWN.finditer(text, start, end)
        if not NOT_PLACE.match(m["name"])
    ]
