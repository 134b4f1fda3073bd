"""A party's «militants» are its members, not fighters (trial 79).

In French political reporting «militant» is a party's or a cause's member: «la liste
des sept militants qu'il dit avoir été tués» in an opposition front's communiqué,
«trente militants sont toujours détenus». Read with the English word, "militants" is
an armed group, and the event summed the front's seven dead twice, once as fighters
and once as the civilians its other sentence counted.

A claim whose words count «militant(e)s» with no family of their own (`Claim.unit`
none, or an armed group from the word alone) is of civilians where its page tells of
politics (`_POLITICS`: a party, the opposition, a protest, a march, an election, an
opposition front: «Front pour la défense de la Constitution») and nothing makes them
armed (`_ARMED`: «militants islamistes», «militants armés», «militants du Hamas»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from workbench.models import Claim

_MEMBERS = re.compile(r"(?<![\w])militant(?:e|s|es)?(?![\w])", re.IGNORECASE)
# What makes them fighters, right after the word: an armed creed or a group's name.
_ARMED = re.compile(
    r"\s+(?:arm[ée]s?|islamistes?|jihadistes?|djihadistes?|terroristes?|s[ée]paratistes?|"
    r"(?:du|de\s+l[’']|d[’']|de)\s*(?:groupe|hamas|hezbollah|boko|al[- ]|aqmi|ei\b|daech|"
    r"[ée]tat\s+islamique|jihad|shebab|chebab|shabab))",
    re.IGNORECASE,
)
_POLITICS = re.compile(
    r"(?<![\w])(?:partis?\s+(?:politiques?|au\s+pouvoir|d[’']opposition|de\s+l[’']opposition)|"
    r"l[’']opposition|opposants?|manifestations?|manifestants?|marches?\s+(?:de|du|des|pacifiques?)|"
    r"élections?|électora(?:l|le|ux|les)|scrutin|front\s+pour\s+la\s+défense|syndica(?:t|ts|l))"
    r"(?![\w])",
    re.IGNORECASE,
)


def with_party_members(claims: Iterable[Claim], page: str) -> Iterator[Claim]:
    """The claims in their order, each counting a party's «militants» on a `page` that
    tells of politics given the civilians' family (module docstring)."""
    political: bool | None = None
    for claim in claims:
        if claim.unit in (None, "armed_group") and _members(claim.text):
            if political is None:
                political = _POLITICS.search(page) is not None
            if political:
                claim = claim.model_copy(update={"unit": "civilian"})
        yield claim


def _members(text: str) -> bool:
    """Whether `text` (a claim's words) counts «militants» no word makes armed."""
    found = _MEMBERS.search(text)
    return found is not None and _ARMED.match(text, found.end()) is None
