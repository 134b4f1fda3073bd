"""How a sentence says its victims were killed: the means of the attack, by family.

Two reports of one day in one region or city that agree on a small toll ("one
killed") share little; that both tell a car bomb, or an ambush, ties them more
(`ties.told_alike`). The families are the field's kinds of attack, not any
report's words: a bombing (a bomb, a blast, an IED, a suicide bomber, a grenade;
"was bombed", "blew himself up", a booby-trapped car, a vehicle that "hit a
mine"; not "blew up at" someone, anger, nor a gold mine), an air strike
(warplanes, a drone strike), shelling (mortars, artillery, rockets, missiles),
an ambush, a stabbing (a knife, a machete, an axe), a mob (lynched, beaten to death),
burning (burnt alive, set ablaze) and a shooting (shot, gunmen, gunfire). A
shooting is the commonest means of all and ties no
two reports by itself (`RARE`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from workbench.match.features import Features

_FAMILIES = {
    "bombing": r"bombs?|bombings?|bombed|bombers?|blasts?|explosions?|exploded|explosives?|"
    r"ieds?|detonat\w*|grenades?|landmines?|roadside\s+bombs?|suicide\s+attacks?|"
    r"blew\s+(?:him|her|them)sel(?:f|ves)\s+up|blew\s+up(?!\s+at\b)|blown\s+up|"
    r"booby[-\s]trapped|(?:hit|struck|ran\s+over|stepped\s+on|triggered)\s+an?\s+mine",
    "air strike": r"air\s*strikes?|air\s+raids?|warplanes?|jets?|drone\s+strikes?|drones?|"
    r"aerial\s+bombardment|bombarded|"
    # an army's word for its own air strike: "a precise strike on a Hamas command centre"
    # (trial 74c: no means, so the army's "12 terrorists" were added to the school's dead)
    r"(?:precise|precision|targeted|retaliatory|pre-?emptive)\s+strikes?",
    "shelling": r"shell(?:s|ing|ed)|mortars?|artillery|rockets?|missiles?",
    "ambush": r"ambush(?:ed|es)?",
    "stabbing": r"stabb(?:ed|ing)|knifed|knife|knives|machetes?|hacked|axe|cleavers?|swords?|"
    r"daggers?",
    "mob": r"mobs?|lynch(?:ed|ing)?|beaten\s+to\s+death|clobbered",
    "burning": r"burnt\s+alive|burned\s+alive|burnt\s+to\s+death|burned\s+to\s+death|"
    r"set\s+ablaze|set\s+on\s+fire",
    "shooting": r"shot|shooting|gunm[ae]n|gunfire|gunned\s+down|opened\s+fire|shootout",
}
_MEANS = re.compile(
    "|".join(rf"\b(?P<{name.replace(' ', '_')}>{words})\b" for name, words in _FAMILIES.items()),
    re.IGNORECASE,
)
# the families that tie two reports: all but the commonest
RARE = frozenset(_FAMILIES) - {"shooting"}
# means waged as campaigns, many a day over one city or region
CAMPAIGNS = frozenset({"air strike", "shelling"})
# the means that strike a place and whoever is in it, fighters among them: a blast,
# an air strike, shelling (not an ambush or a shooting, which fighters also wage)
STRIKES = frozenset({"bombing", "air strike", "shelling"})
# words for those who carry an attack out, not those it strikes
_ATTACKERS = re.compile(
    r"\b(?:attackers?|assailants?|bombers?|gunm[ae]n|hijackers?|raiders?|perpetrators?|"
    r"suicide)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def attack_means(sentence: str) -> frozenset[str]:
    """The families of means a sentence names ("A car bomb killed five" ->
    {"bombing"}; "gunmen ambushed a convoy" -> {"ambush", "shooting"})."""
    found = set()
    for match in _MEANS.finditer(sentence):
        found.add((match.lastgroup or "").replace("_", " "))
    return frozenset(found)


def with_report_means(found: Iterable[Features]) -> list[Features]:
    """The claims, each given the rarer means (RARE) its own sentence tells, else the
    one its report tells in the sentences of its other claims, where that report tells
    one family only: a coded note says how in one sentence ("A bomb exploded in the
    bus station") and counts in the next ("Two people were killed and 34 wounded in
    the attack"). Where no claim's sentence tells one, its report's lead does
    (`lead_means`, read into `features.Lead`: "A bomb exploded in the trade office."
    counts nobody). A report telling two rarer means (a bombing and an ambush) gives
    none to a sentence that tells none: it may tell two incidents; one telling only
    strikes (drones and artillery, shelling and air raids: STRIKES) gives them all,
    the weapons of one bombardment (trial 67's camp "shelled with drones and heavy
    artillery": the army's "112 civilians" two sentences on told no means). A report
    telling several incidents (`several_incidents`) gives none."""
    claims = list(found)
    told: dict[int, set[str]] = defaultdict(set)
    for f in claims:
        told[f.claim.document_id] |= attack_means(f.claim.sentence) & RARE
    several = several_incidents(claims)
    for i, f in enumerate(claims):
        own = attack_means(f.claim.sentence) & RARE
        if f.claim.document_id in several:
            report: set[str] | frozenset[str] = set()  # whose means? it tells several
        else:
            report = told[f.claim.document_id] or f.claim.lead.means
        one = len(report) == 1 or report <= STRIKES  # drones and artillery: one strike
        means = own or (frozenset(report) if one else frozenset())
        if means:
            claims[i] = replace(f, report_means=means)
    return claims


def several_incidents(claims: Iterable[Features]) -> set[int]:
    """The reports (document ids) that tell several incidents: two of their claims'
    own words date them to days more than one apart (`TimeSpan.explicit`, one day
    each, no page's stamp), as two stated days are two incidents to relate. Such a
    report's means, lead or kind of incident tells none of its undated claims: a
    minister's statement of Monday's bomb and Wednesday's bus attack gave its
    protests' "four people lost their lives" the bomb (trial 75)."""
    days: dict[int, set[int]] = defaultdict(set)
    for f in claims:
        span = f.time
        if span.explicit and not span.stamped and span.start is not None and span.start == span.end:
            days[f.claim.document_id].add(span.start)
    return {doc for doc, told in days.items() if max(told) - min(told) > 1}


def struck_fighters(armed: Features, other: Features) -> bool:
    """Whether a toll of fighters ("Blast at the border kills 20 rebels") counts the
    targets of a strike its own sentence tells (a bombing, an air strike, shelling:
    STRIKES), which another report's toll naming no family ("Blast at a camp near
    the border kills 35") tells too: both count the strike's dead, and the fighters
    are not the other side of the other's toll. Attackers are ("8 attackers killed"
    against "at least 20 dead" of a bombing), and so are fighters killed by a
    shooting or an ambush, which fighters wage as well as suffer."""
    if other.victim is not None or attackers(armed.claim.subject or ""):
        return False
    struck = attack_means(armed.claim.sentence) & STRIKES
    return (
        bool(struck)
        and not attack_means(armed.claim.sentence) - STRIKES
        and bool(struck & attack_means(other.claim.sentence))
    )


def attackers(subject: str) -> bool:
    """Whether a claim's subject names those who carried the attack out
    ("8 attackers", "the gunmen", "three suicide bombers"), not those it struck."""
    return _ATTACKERS.search(subject) is not None


# a single blast of its own: a vehicle bomb or a suicide attack, not a day's bombing
# raids ("the bombing of aerial bombardment") nor a campaign of IEDs
_LONE_BLAST = re.compile(
    r"\b(?:(?:car|truck|lorry|vehicle|van|bus|motorcycle|motorbike|tanker)[-\s]?bombs?|"
    r"(?:car|truck|vehicle)[-\s]bombings?|booby[-\s]trapped\s+(?:car|vehicle|truck|motorcycle)|"
    r"vbieds?|suicide\s+(?:attacks?|bombers?|bombings?|blasts?|car\s+bombs?|attackers?))\b",
    re.IGNORECASE,
)


def lone_blast(sentence: str) -> bool:
    """Whether a sentence tells one blast of a kind a country sees seldom twice a day:
    a car or truck bomb, a booby-trapped vehicle, a suicide attack ("Truck bomb kills
    44 in Qamishli", "14 killed by suicide attack targeted Qamishli city"); not
    bombs, blasts or bombardment in general, which a day's raids are told by."""
    return _LONE_BLAST.search(sentence) is not None


LEAD_LENGTH = 300  # characters of a report's opening read for its means


def lead_means(lead: str) -> frozenset[str]:
    """The rarer means (RARE) a report's opening tells, where it tells one family
    only ("CANADA. A bomb exploded in the trade office in Montreal."): what the
    report is about, which its counts ("One person was killed") need not repeat.
    Two families, or none, give none; so do air strikes and shelling (CAMPAIGNS): a
    city under them sees them every day, and a death told after a lead of a day's
    strikes on it ("died later in a hospital") is no strike of its own."""
    found = attack_means(lead[:LEAD_LENGTH]) & RARE
    return found if len(found) == 1 and not found & CAMPAIGNS else frozenset()
