"""What kind of incident a claim's toll is of: deaths at a protest, or an armed attack.

Two reports that share only their country and day ("7 people killed" in a village the
gazetteer does not know, "seven deaths linked to police action during the protests"
in the country) are one incident only where nothing says otherwise. That one tells
the dead of a protest (protesters, deaths during demonstrations or riots, "lors des
manifestations") and the other those of an armed attack (a bomb, an ambush, gunmen,
militants, rebels, "attaque", "assaillants") says they are two: trial 75 corroborated
a bus ambush's toll in Lamu with the protest deaths the police watchdog investigated,
and contradicted a village elder shot in an attack with a police commander's denial
that police killed any protester in Nakuru.

A claim's kind is its own sentence's; where that tells none, its report's lead's
(`features.Lead.text`: "Following the attack on a passenger bus ..."), unless the
report tells several incidents (`means.several_incidents`): a minister's statement of
Monday's bomb, Wednesday's bus attack and the week's protests says of its undated
"four people lost their lives" no kind. A sentence that tells a protest is of a
protest, whatever attack words it has ("police attacked protesters"); a protest
against a killing ("protests erupted after gunmen killed five") tells the protest's
time, not its dead: the words must put the dead at the protest (protesters, "during
the protests").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from workbench.match.features import Features
from workbench.match.means import RARE, attack_means, several_incidents

PROTEST = "protest"
ATTACK = "armed attack"

# the dead or hurt of a protest: its people, or deaths during it
_PROTEST = re.compile(
    r"\b(?:protesters?|protestors?|demonstrators?|rioters?|manifestants?|manifestantes?|"
    r"[ée]meutiers?)\b"
    r"|\b(?:during|in|at|amid)\s+(?:the\s+|a\s+|an\s+|these\s+|this\s+week's\s+|"
    r"\w+day's\s+)?(?:[\w-]+\s+)?(?:protests?|demonstrations?|riots?|rall(?:y|ies)|marches)\b"
    r"|\b(?:lors|au\s+cours|pendant|en\s+marge)\s+d(?:es|e\s+la|u|['’]une?)\s+"
    r"(?:manifestations?|[ée]meutes?|marches?|rassemblements?)\b",
    re.IGNORECASE,
)
# an armed attack or fight, besides the rarer means (means.RARE): its men and its words
_ATTACK = re.compile(
    r"\b(?:attacks?|attacked|attackers?|assailants?|gunm[ae]n|militants?|insurgents?|"
    r"jihadists?|terrorists?|rebels?|raids?|raided|incursions?|bandits?|al[-\s]?shabaab|"
    r"shabaab|shebab|attaques?|attaqu[ée]e?s?|assaillants?|hommes\s+arm[ée]s|"
    r"d?jihadistes?|terroristes?|rebelles?|insurg[ée]s|incursions?|embuscades?)\b",
    re.IGNORECASE,
)


# a riot's words, and the prison a riot of inmates is in: a prison riot is no protest
_RIOT = re.compile(r"\b(?:riot(?:s|ers?)?|[ée]meut(?:es?|iers?)|mutiner(?:y|ies|ie))\b", re.I)
_PRISON = re.compile(
    r"\b(?:prisons?|jails?|penitentiar(?:y|ies)|penal\s+colon(?:y|ies)|inmates?|prisoners?|"
    r"detention\s+(?:centre|center|facility)|p[ée]nitenciers?|d[ée]tenus|prisonniers|"
    r"maisons?\s+d['’]arr[êe]t)\b",
    re.IGNORECASE,
)


def _protest(text: str) -> bool:
    """Whether a text puts dead or hurt at a protest (`_PROTEST`), not at a prison's
    riot: "29 inmates were killed during a riot at a high-security prison", "une
    émeute à la prison centrale" tell a mutiny of the held, which armed men may start
    (a pairs-news-s riot in Vahdat: the "militants" who began it read as an attack, the
    "riot" as a protest, and one toll became two incidents)."""
    found = _PROTEST.search(text)
    if found is None:
        return False
    return not (_RIOT.search(found.group(0)) and _PRISON.search(text))


@lru_cache(maxsize=1 << 14)
def told_kind(text: str) -> str | None:
    """The kind of incident a text tells: PROTEST where it puts dead or hurt at a
    protest ("against protesters", "during the protests", "lors des manifestations"),
    else ATTACK where it tells an armed attack ("the attack on a passenger bus", "a
    roadside bomb", "assaillants"), else None."""
    if _protest(text):
        return PROTEST
    if _ATTACK.search(text) or attack_means(text) & RARE:
        return ATTACK
    return None


def with_incident_kinds(found: Iterable[Features]) -> list[Features]:
    """The claims, each given the kind of incident its sentence tells, else its
    report's lead, where the report tells one incident (`means.several_incidents`)."""
    claims = list(found)
    several = several_incidents(claims)
    for i, f in enumerate(claims):
        kind = told_kind(f.claim.sentence)
        if kind is None and f.claim.document_id not in several and f.claim.lead.text:
            kind = told_kind(f.claim.lead.text)
        if kind is not None:
            claims[i] = replace(f, kind=kind)
    return claims


def two_kinds(a: Features, b: Features) -> bool:
    """Whether two claims tell two kinds of incident: a protest's dead and an armed
    attack's."""
    return a.kind is not None and b.kind is not None and a.kind != b.kind
