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
