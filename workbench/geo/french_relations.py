"""The relation a French place phrase states, in the English words `resolve` gives
("au nord de Kidal" is "north of", "aux abords de Djibo" "near", "l'axe
Boni-Hombori" "between"), so a French claim's place reads as an English one's.

`french_relation(phrase)` gives (relation, the rest of the phrase, the kind of
place its area word names) or None where the phrase opens with no French
relation or area word:

- a direction: "au nord de", "à l'est de", "à 20 km au sud de", "à une trentaine
  de kilomètres à l'ouest de" ("<direction> of"); "le nord du", "dans l'extrême-nord
  du", "dans la partie nord de", "la partie septentrionale du" ("northern" ...), "le
  centre du", "la partie centrale du" ("central");
- near: "près de", "non loin du", "aux abords de", "aux environs de", "à
  proximité des", "à la périphérie de", "à la sortie de", "à l'entrée de",
  "autour de", "aux alentours de", "à hauteur de", "du côté de", "au niveau de",
  "en direction de", "au large de", "dans la banlieue de", "à la lisière de", "en
  amont de", "en aval de", "à 15 km de", "à quelques kilomètres de";
- between: "entre", "à mi-chemin entre", "l'axe", "sur l'axe routier", "la route
  reliant", "la route de";
- in: "à", "au", "aux", "en", "dans", "au cœur de", "à l'intérieur de", and an area
  word ("la chefferie de", "le groupement de" too) with its
  article ("dans la commune rurale de", "le cercle de", "la province du"), whose
  kind is returned ("région" a region, "cercle" a district, "village" a town).
"""

from __future__ import annotations

import re

from workbench.geo.places import Kind
from workbench.geo.site_openings import SITE_ADJECTIVES_FR, SITES_FR

_DIRECTIONS = {
    "nord": "north",
    "sud": "south",
    "est": "east",
    "ouest": "west",
    "nord-est": "north-east",
    "nord-ouest": "north-west",
    "sud-est": "south-east",
    "sud-ouest": "south-west",
}
_DIRECTION = "|".join(sorted(_DIRECTIONS, key=len, reverse=True))
_OF = r"(?:de\s+|du\s+|des\s+|d['’]\s*)"
# A part named by its side: "la partie septentrionale du pays" is its northern part.
_PARTS = {
    "septentrionale": "north",
    "méridionale": "south",
    "orientale": "east",
    "occidentale": "west",
}
_PART_WORD = "|".join(_PARTS)
# How far: "à 15 km", "à une trentaine de kilomètres", "à quelques kilomètres".
_DISTANCE = r"à\s+(?:[\w\s  ]{1,30}?\s*)?(?:km|kilomètres?)\s+"
_NEAR = (
    rf"{_DISTANCE}{_OF}"
    r"|(?:près|non\s+loin|aux\s+environs|dans\s+les\s+environs(?:\s+immédiats)?|autour|"
    r"aux\s+alentours|à\s+proximité|(?:en|à\s+la|dans\s+la|la)\s+périphérie|à\s+la\s+sortie|"
    r"aux\s+abords|à\s+l['’]entrée|à\s+(?:la\s+)?hauteur|la\s+hauteur|en\s+direction|"
    r"du\s+côté|au\s+large|au\s+niveau|(?:dans\s+)?(?:la\s+banlieue|les\s+faubourgs)|"
    r"à\s+la\s+lisière|en\s+(?:amont|aval))\s+"
    rf"{_OF}"
)
_BETWEEN = (
    r"(?:à\s+mi-chemin\s+)?entre\s+|(?:sur\s+)?l['’]axe(?:\s+routier)?(?:\s+(?:reliant|entre)\s+|\s+d['’]\s*|\s+de\s+|\s+)"
    r"|(?:sur\s+)?la\s+(?:route|piste|nationale)\s+(?:reliant\s+|entre\s+|de\s+|d['’]\s*)"
)
_RELATION = re.compile(
    rf"(?:(?:{_DISTANCE})?(?:au|à\s+l['’])\s*(?P<of>{_DIRECTION})\s+{_OF}"
    rf"|(?:dans\s+|à\s+)?(?:le\s+|la\s+|l['’]\s*)(?:extrême[- ]|grand[- ])?"
    rf"(?P<side>{_DIRECTION}|centre)\s+{_OF}"
    # "dans la partie nord de", "la partie septentrionale du"
    rf"|(?:dans\s+)?(?:la\s+)?partie\s+(?P<part>{_DIRECTION}|centrale|{_PART_WORD})\s+{_OF}"
    rf"|(?P<near>{_NEAR})|(?P<between>{_BETWEEN})"
    rf"|(?P<in>(?:au|en\s+plein)\s+cœur\s+{_OF}|à\s+l['’]intérieur\s+{_OF}|(?:dans|à|au|aux|en)\s+))",
    re.IGNORECASE,
)
# Area words and the kind of place each names ("commune", "zone", "camp": none).
_AREA_KINDS = {
    **dict.fromkeys(("région", "province", "état", "etat", "wilaya", "gouvernorat"), Kind.REGION),
    **dict.fromkeys(
        ("cercle", "département", "préfecture", "sous-préfecture", "district", "territoire"),
        Kind.DISTRICT,
    ),
    **dict.fromkeys(("localité", "village", "ville", "bourgade", "hameau"), Kind.TOWN),
}
_AREA_WORDS = (
    *_AREA_KINDS,
    *"commune zone quartier camp site secteur arrondissement communauté capitale marché "
    "chef-lieu périphérie environs chefferie groupement collectivité canton forêt parc "
    "réserve massif".split(),
    # a force's site named by its place: "le poste militaire de Tambigou", "la base de
    # Ndélé", "le poste de police de Kanyabayonga" (trial 77: the post's words kept its
    # place from the gazetteer)
    *"poste base garnison position commissariat brigade cantonnement".split(),
    # where people gather, struck within a town: "un bar de Bujumbura", "une buvette de
    # Goma", "le rond-point de Maroua" (the extractor keeps them: french/place_words.py)
    *"bar buvette cabaret restaurant discothèque carrefour rond-point parking".split(),
    # a site named before its place: "une prison du Cameroun", "l'hôpital de Beni"
    *SITES_FR,
)
_AREA_WORD = "|".join(sorted(_AREA_WORDS, key=len, reverse=True))
# An area word with its article and adjective: "la commune rurale de", "le camp de
# réfugiés de", "l'État de", "le camp 15 de" (its number).
_AREA = re.compile(
    rf"(?:(?:dans|à|de|sur|vers|contre)\s+)?(?:(?:le|la|les|l['’]|un|une|des|du|au|aux)\s*)?"
    r"(?:(?:grande?|petite?)\s+)?"  # "la grande mosquée de"
    rf"(?P<area>{_AREA_WORD})s?"
    r"(?:\s+(?:n[°o]\s*)?\d{1,3})?"  # a camp's number: "le camp 15 d'Ukhiya"
    r"(?:\s+de\s+(?:réfugiés|déplacés|police|gendarmerie|contrôle|sécurité|douane)"
    r"|\s+(?:rurale?|urbaine?|frontalière|frontalier|avancée?|voisine?|minière|"
    rf"administrative|{SITE_ADJECTIVES_FR}|[a-zà-ÿ]+(?:ien|ienne|ais|aise|ain|aine|ois|oise)))?"
    rf"\s+{_OF}(?:l['’][ée]tat\s+{_OF})?",
    re.IGNORECASE,
)


def french_relation(phrase: str) -> tuple[str, str, Kind | None] | None:
    """(relation, rest, kind) for a French place phrase: "aux abords du marché de
    Djibo" is ("near", "Djibo", None), "dans la région de Mopti" ("in", "Mopti",
    region), "à 20 km au sud de Gao" ("south of", "Gao", None); None where the
    phrase opens with no French relation or area word."""
    relation, rest = None, phrase
    match = _RELATION.match(phrase)
    if match is not None:
        relation, rest = _english(match), phrase[match.end() :]
    area = _AREA.match(rest)
    if area is not None:
        return relation or "in", rest[area.end() :], _AREA_KINDS.get(area["area"].lower())
    return (relation, rest, None) if relation is not None else None


def _english(match: re.Match[str]) -> str:
    """The English words of a `_RELATION` match."""
    if match.group("of"):
        return f"{_DIRECTIONS[match.group('of').lower()]} of"
    part = match.group("part")
    if part:
        part = part.lower()
        return "central" if part == "centrale" else f"{_PARTS.get(part, _DIRECTIONS.get(part))}ern"
    side = match.group("side")
    if side:
        return "central" if side.lower() == "centre" else f"{_DIRECTIONS[side.lower()]}ern"
    if match.group("near"):
        return "near"
    return "between" if match.group("between") else "in"
