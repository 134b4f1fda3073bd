"""A site named before the place it lies in: "a prison in Cameroon", "the main market
in Jolo", "a police station near Mandera"; in French "une prison du Cameroun",
"l'hôpital général de Beni" (french_relations.py reads those with its area words).

The extractor keeps such a phrase whole where the sentence gives no other place
(pr76: "une prison du Cameroun" stayed the claim's place), and `resolve` found no
place in it: read name by name, "a prison in Cameroon" is no name the gazetteer
knows. The site says where within the place, not which place: the phrase resolves
to the place after the site's word, with the relation the words state ("near"
for "near" and "outside", else "in"). A site named after its place ("Jolo
market", "the Maiduguri Teaching Hospital") is resolve's `_AREA_WORDS`.
"""

from __future__ import annotations

import re

# English site nouns: a place of people or of an institution that a town holds
SITES_EN = (
    "market marketplace school hospital clinic prison jail mosque church temple shrine "
    "camp base barracks checkpoint station hotel restaurant bar nightclub university "
    "college mall stadium mine factory farm compound bridge office"
).split()
# French site nouns ("une prison du", "l'hôpital de", "la mosquée de")
SITES_FR = (
    "prison hôpital école église mosquée gare aéroport université caserne hôtel stade "
    "usine mairie mine camp marché"
).split()
# French adjectives after a site's noun: "la prison centrale de", "l'hôpital général de"
SITE_ADJECTIVES_FR = (
    r"centrale?|principale?|générale?|régionale?|militaire|civile?|publique|catholique|"
    r"protestante?|pentecôtiste|évangélique"
)
_SITE_EN = "|".join(SITES_EN)
# "a prison in", "the main market in", "a crowded bus station near", "two schools of":
# an article or a number, at most two words, the site's noun, the relation
_OPENING = re.compile(
    r"^(?:(?:in|at|on|inside)\s+)?(?:the|a|an|one|two|three|several)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    rf"(?:{_SITE_EN})s?\s+(?P<relation>in|of|at|near|outside)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def site_opening(phrase: str) -> tuple[str, str] | None:
    """(relation, rest) for an English phrase that opens with a site named before its
    place: "a prison in Cameroon" is ("in", "Cameroon"), "a police station near
    Mandera" ("near", "Mandera"); None where it opens otherwise."""
    match = _OPENING.match(phrase)
    if match is None:
        return None
    relation = match.group("relation").lower()
    return ("near" if relation in ("near", "outside") else "in"), phrase[match.end() :]


_SITE_FR = "|".join(SITES_FR)
# "une prison du", "dans l'hôpital général de", "près de la grande mosquée de"
_OPENING_FR = re.compile(
    r"^(?:(?:dans|à|de|sur|vers|contre|près\s+de|non\s+loin\s+de)\s+)?"
    r"(?:(?:le|la|les|l['’]|un|une|des|du|au|aux)\s*)?(?:(?:grande?|petite?)\s+)?"
    rf"(?:{_SITE_FR})s?(?:\s+(?:{SITE_ADJECTIVES_FR}))?\s+(?:de\s+|du\s+|des\s+|d['’]\s*)",
    re.IGNORECASE,
)


def site_place(phrase: str) -> str:
    """A place phrase less a site named before its place, English or French ("a prison
    in Cameroon" and "une prison du Cameroun" are "Cameroon", "Cameroun"): the names
    matching compares (match.place_names), as `resolve` reads the phrase. Any other
    phrase as it is."""
    english = site_opening(phrase)
    if english is not None:
        return english[1]
    french = _OPENING_FR.match(phrase)
    return phrase[french.end() :] if french is not None else phrase
