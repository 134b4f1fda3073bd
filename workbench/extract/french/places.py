"""Where, in French: "à Kidal", "au nord de Kidal", "près de Gao", "entre Douentza
et Gao", "dans la localité de Boni", "dans le cercle de Bourem", "au Tchad", "en
Côte d'Ivoire".

`find_places(text, start, end)` gives `places.PlaceMention` values, each a phrase
as the text words it; `geo.resolve` reads the French relation words as it reads
the English ones ("au nord de" is "north of", "près de" "near", "entre ... et"
"between"), so a French place and an English one meet in matching. A capitalised
word is a place only after a word that makes it one: "Selon Ali" names no place.
"""

from __future__ import annotations

import re

from workbench.extract.places import PlaceMention

_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_WORD = rf"[{_UPPER}][\w’'-]*"
# A name: capitalised words, with the particles French names take between them
# ("Côte d'Ivoire", "Bandiagara de Mopti" is two; "N'Djamena", "Tillabéri").
_NAME = rf"{_WORD}(?:(?:\s+|-)(?:(?:d[’']|de\s+|du\s+|des\s+|el[- ]|al[- ])?){_WORD}){{0,3}}"
_DIRECTION = r"nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|centre"
_AREA = (
    r"localité|village|commune|cercle|région|province|département|préfecture|"
    r"sous-préfecture|ville|zone|quartier|camp|site|secteur|arrondissement|district|territoire"
)
_PHRASE = re.compile(
    rf"(?<![\w])(?P<rel>(?i:(?:au|à\s+l[’'])\s*(?:{_DIRECTION})\s+(?:d[e’']|du|des)\s*"
    rf"|(?:dans\s+)?(?:le|la|l[’'])\s*(?:{_DIRECTION})\s+(?:d[e’']|du|des)\s*"
    r"|près\s+d[e’']\s*|non\s+loin\s+d[e’']\s*|aux\s+environs\s+d[e’']\s*"
    r"|à\s+proximité\s+d[e’']\s*|en\s+périphérie\s+d[e’']\s*|à\s+la\s+sortie\s+d[e’']\s*"
    rf"|(?:dans|à)\s+(?:le|la|l[’'])\s*(?:{_AREA})\s+(?:d[e’']|du|des)\s*"
    r"|entre\s+|à\s+|au\s+|aux\s+|en\s+|dans\s+))"
    rf"(?P<name>{_NAME}(?:\s+et\s+{_NAME})?)"
)
# What follows "à" or "en" capitalised and is no place: "à Mme Traoré", "en Janvier".
_NOT_PLACE = re.compile(
    r"^(?:M\.|Mme|Monsieur|Madame|Dieu|Allah|Selon|Le|La|Les|Un|Une|Il|Elle|Ils|Elles)\b"
)
_BETWEEN = re.compile(r"^entre\s", re.IGNORECASE)


def find_places(text: str, start: int, end: int) -> list[PlaceMention]:
    """The places `text[start:end]` names, in order, each as its phrase ("au nord de
    Kidal"); `locative` for every one, as each follows a word of place."""
    found = []
    for match in _PHRASE.finditer(text, start, end):
        name = match.group("name")
        if _NOT_PLACE.match(name):
            continue
        if " et " in name and not _BETWEEN.match(match.group("rel")):
            cut = match.start("name") + name.index(" et ")
            found.append(PlaceMention(match.start(), cut, text[match.start() : cut], True))
            continue
        phrase = " ".join(text[match.start() : match.end()].split())
        found.append(PlaceMention(match.start(), match.end(), _bare(phrase), True))
    return found


def _bare(phrase: str) -> str:
    """The phrase without a plain "à"/"en"/"dans": "à Gao" is "Gao", "au nord de Gao"
    keeps its relation."""
    return re.sub(r"^(?i:à|en|dans|au|aux)\s+(?=[A-ZÀ-Ý])", "", phrase)
