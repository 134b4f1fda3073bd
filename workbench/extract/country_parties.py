"""Countries named as a party to a war or a quarrel, not as where anything happened
(trial 77k, kx77): "the fighting with Laos broke out on Monday", "since the clashes
with neighbouring Eritrea began", "talks with Kenya", "expelled Rwanda's envoy",
"recalled its ambassador from Burundi". A Phnom Penh paper that told of Cambodian
villagers who fled "since fighting with Thailand broke out" was put in Thailand, the
only country it named as such, and so were its provinces (which the gazetteer then
looked for in Thailand and did not find). Read by `home_country`, which does not count
them for the page's country.

Not a party: "the war in Sudan", "fighting in Mali", "clashes across the border in
Chad" (where), "Kenya's army" (who acts: counted apart already).

A mediator is no place either (trial 78: a Dakar paper's background piece on Casamance
named "la médiation de la Guinée-Bissau" and was put in Guinea-Bissau, its army with
it): "talks mediated by Qatar", "a truce brokered by Egypt", "sous l'égide du Togo",
"under Kenyan mediation". And a country named as where refugees live tells where they
went, not where the story happens ("8,000 refugees in The Gambia", "réfugiés au
Tchad"): `refuge_named` says so, and the page's country counts it only for want of
another.
"""

from __future__ import annotations

import re

# Whom a side fights or talks with, right before the country: "fighting with",
# "the border war with", "a ceasefire with", "talks with neighbouring".
_PARTY_BEFORE = re.compile(
    r"\b(?i:fighting|fight|fought|war|wars|clash(?:es|ed)?|conflict|hostilities|skirmish(?:es)?|"
    r"ceasefire|cease-fire|truce|talks|negotiations|dispute|disputes|tensions?|standoff|"
    r"stand-off|feud|quarrel|row|rift|relations|rivalry|battles?|battled|battling|"
    r"combats?|guerre|affrontements|conflit|tensions|négociations|pourparlers)"
    r"\s+(?i:with|avec)\s+(?:(?i:the|la|le|l['’]\s*|les)\s*)?"
    r"(?:(?i:neighbou?ring|nearby|voisine?)\s+)?$"
)
# A country's envoy: "expelled Rwanda's envoy", "Burundi's ambassador", "the Kenyan
# ambassador" (diplomacy tells who, never where), and its embassy's staff.
_ENVOY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:envoys?|ambassadors?|diplomats?|charg[ée]\s+d['’]affaires|"
    r"consuls?(?:\s+general)?|foreign\s+minist(?:er|ry))\b"
)
# "recalled its ambassador from Burundi", "ambassador to Kenya": the other end of a
# diplomatic tie.
_ENVOY_BEFORE = re.compile(
    r"\b(?i:envoys?|ambassadors?|diplomats?|embass(?:y|ies))\s+(?i:from|to|in)\s+(?:(?i:the)\s+)?$"
)


# Who mediates, right before the country: "the mediation of Guinea-Bissau", "talks
# mediated by Qatar", "a deal brokered by Egypt", "hosted by Kenya", "sous l'égide du
# Togo", "avec la facilitation du Bénin", "the good offices of Angola".
_MEDIATOR_BEFORE = re.compile(
    r"\b(?i:mediation|médiation|mediators?|médiateurs?|facilitation|good\s+offices|"
    r"bons\s+offices|auspices|égide|(?:mediated|brokered|hosted|facilitated|sponsored|"
    r"convened)\s+by|parrainée?s?\s+par|organisée?s?\s+par)"
    r"\s*(?:(?i:of|de|du|des|d['’]|by|par)\s*)?(?:(?i:the|la|le|l['’]|les)\s*)?$"
)
# Its demonym or name before the word: "under Kenyan mediation", "the Qatari-brokered
# truce" (a compound is counted apart already), "Angola's mediation".
_MEDIATOR_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:mediation|mediators?|good\s+offices|facilitation)\b"
)
# Refugees (or exiles) in a country: where they live, not where the story happens.
_REFUGE_BEFORE = re.compile(
    r"\b(?i:refugees?|réfugiée?s?|asylum[- ]seekers?|demandeurs\s+d['’]asile|exilée?s?|"
    r"exiles?|in\s+exile|en\s+exil|new\s+arrivals|nouveaux\s+arrivants|sought\s+refuge|"
    r"took\s+refuge|trouvé\s+refuge|se\s+sont\s+réfugiés)\b"
    r"(?:[^.;:!?\n]{0,60}?)\s(?i:in|into|to|en|au|aux)\s+"
    r"(?:(?i:the|la|le|l['’])\s*)?(?:(?i:neighbou?ring|nearby)\s+)?$"
)


def mediator_named(text: str, first: int, last: int) -> bool:
    """Whether the country at `text[first:last]` is named as a mediator or a host of
    talks ("the mediation of Guinea-Bissau", "a truce brokered by Egypt", "sous l'égide
    du Togo", "under Kenyan mediation"), not where anything happened."""
    return bool(
        _MEDIATOR_BEFORE.search(text, max(0, first - 50), first)
        or _MEDIATOR_AFTER.match(text, last, min(len(text), last + 30))
    )


def refuge_named(text: str, first: int) -> bool:
    """Whether the country at `first` is where refugees or exiles live or went ("8,200
    refugees registered in The Gambia", "des réfugiés au Tchad", "sought refuge in
    neighbouring Rwanda"): a host, the page's country only for want of another."""
    return _REFUGE_BEFORE.search(text, max(0, first - 110), first) is not None


# The country beyond a border: "along the border with Senegal's Casamance region", "la
# frontière avec le Tchad" (a Gambian paper's story was put in Senegal by it).
_BORDER_BEFORE = re.compile(
    r"\b(?i:borders?|frontiers?|frontières?)\s+(?i:with|avec)\s+"
    r"(?:(?i:the|la|le|l['’])\s*)?(?:(?i:neighbou?ring|voisine?)\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?$"
    # "village frontalier de la Sierra Leone", "une localité limitrophe du Mali" (trial 79:
    # a Guinean post's page read as Sierra Leone's, and its army's voice so)
    # a town's own name takes no article: "la ville frontalière de Tiné" is Tiné
    r"|\b(?i:frontali(?:er|ère|ers|ères)|limitrophes?)\s+(?i:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)$"
)


def border_named(text: str, first: int) -> bool:
    """Whether the place at `first` is named as what lies beyond a border ("the border
    with Senegal's Casamance", "la frontière avec le Tchad", "un village frontalier de la
    Sierra Leone"): a neighbour, not where
    anything happened (the story is on this side of it)."""
    return _BORDER_BEFORE.search(text, max(0, first - 70), first) is not None


def party_named(text: str, first: int, last: int) -> bool:
    """Whether the country named at `text[first:last]` is a party to a war, a truce
    or a quarrel ("the fighting with Laos", "a ceasefire with neighbouring Eritrea")
    or a diplomatic tie ("expelled Rwanda's envoy", "recalled its ambassador from
    Burundi"), not where anything happened."""
    return bool(
        _PARTY_BEFORE.search(text, max(0, first - 50), first)
        or _ENVOY_BEFORE.search(text, max(0, first - 40), first)
        or _ENVOY_AFTER.match(text, last, min(len(text), last + 40))
    )
