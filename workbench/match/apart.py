"""What keeps two claims of one place and time apart, which relate asks before it links
them: a hard conflict (other countries, other families of victims, other sides:
`conflict`), two small tolls of a crowded place that share only their number
(`coincidence`), two undated tolls too far apart to be one incident's
(`two_incidents`), and a toll of none that names too little to speak of another
report's count (`none_elsewhere`). Split from relate.py.
"""

from __future__ import annotations

from workbench.geo.places import Kind
from workbench.match.companions import agreeing_companions
from workbench.match.features import Features
from workbench.match.figure_agreement import overlap, small
from workbench.match.lead_sites import one_site_named
from workbench.match.means import struck_fighters
from workbench.match.places import Agreement
from workbench.match.ties import list_total_agrees, told_alike
from workbench.match.timing import risen
from workbench.match.victims import keepers_and_army, two_sexes

_ARMED = "armed_group"
_MILITARY = "military"
TOLL_RATIO = 3  # undated tolls of one place and week further apart are two incidents


def conflict(a: Features, b: Features, rival: bool = False) -> bool:
    """Whether two claims cannot count one incident's people: other countries, other
    families of victims (not `rival` accounts of one strike's dead, which `relate`
    reads once a pair: `rivals.rival_accounts`), other sides."""
    if a.claim.country and b.claim.country and a.claim.country != b.claim.country:
        return True
    if rival:
        return False  # one strike's dead, told as fighters and as civilians
    if a.sides & b.struck or b.sides & a.struck:
        return True  # "no Thai soldiers" and the dead of a Thai strike (match/war_sides.py)
    if a.victim and b.victim and a.victim != b.victim:
        return True
    if (a.victim == _ARMED) != (b.victim == _ARMED):
        armed, other = (a, b) if a.victim == _ARMED else (b, a)
        if other.victim is not None or other.generic:  # an unknown word is no other family
            return not struck_fighters(armed, other)  # "8 attackers" against "20 dead"
    if (a.mixed and b.victim is not None) or (b.mixed and a.victim is not None):
        return True  # a soldier's and a civilian's deaths are no count of policemen
    if a.high == b.high == 1 and two_sexes(a.claim.subject, b.claim.subject):
        return True  # "a woman was shot dead" and "a man was found dead": two people
    if a.victim == b.victim == _MILITARY and keepers_and_army(
        a.claim.subject, b.claim.subject, bool(a.sides & b.sides - {"UN"})
    ):
        return True  # "2 Moroccan peacekeepers" and "4 FACA soldiers": two groups
    return bool(a.sides and b.sides and not a.sides & b.sides)


def coincidence(a: Features, b: Features, where: Agreement, days: int = 0) -> bool:
    """Whether two agreeing small tolls (`figure_agreement.small`) placed only as finely as a
    crowded place (a region, a city) share nothing but their number: a region or a
    city sees many killings of one or two a day ("a QSD member" in Raqqa city twice,
    "1 pastoralist" twice in Jonglei state), and more must tie them (`told_alike`);
    where they are `days` apart (stated days one apart, undated reports out a day
    apart), more than one family both name ("three militants" and "four BLA
    militants" in Karachi, a day apart): a city sees such tolls every day."""
    if not (where.crowded and small(a, b)):
        return False
    agree = overlap(a, b) or list_total_agrees(a, b)
    return agree and not told_alike(a, b, region=where.level is Kind.REGION, family=not days)


def two_incidents(a: Features, b: Features) -> bool:
    """Whether two tolls of one place and week that neither report dates in its text
    differ more than TOLL_RATIO-fold: two incidents there (a market bombing's 48 dead
    and 14 bodies found outside the town), not a first and a revised toll of one,
    whose later report names the incident's day (issue 16's revisions), gives it as
    the revision of its own first count (`superseded`) or says the toll rose to it
    ("toll in Qamishli bombings rises to 44": `risen`), nor one incident whose
    other toll both reports give alike (`companions`)."""
    if a.stock or a.time.explicit or b.time.explicit or agreeing_companions(a, b):
        return False
    if a.revision or b.revision or risen(a, b):  # a revision of its own or a first count
        return False
    return min(a.high, b.high) * TOLL_RATIO < max(a.low, b.low)


def none_elsewhere(a: Features, b: Features, one_article: bool) -> bool:
    """Whether a toll of none names too little to speak of the other claim: a none
    states no figure that could agree or differ by chance. A none of named people
    (civilians, soldiers, fighters: a victim side) speaks of the same people's count
    ("no civilians were killed" against the 15 civilians of the same strike); a bare
    "no one was hurt" says nothing of whose, so it speaks only of its own article's
    counts, not of another report's (a police's "no one was hurt" and residents' "three
    wounded" of one market stay unlinked: the analyst links them; pairs' scoring showed
    such nones linking different incidents of one town)."""
    if a.claim.value != 0 and b.claim.value != 0:
        return False
    if one_site_named(a, b):
        return False  # "nobody had been killed in the attack on the Al-Nasr detention centre"
    if a.victim != b.victim:
        return True
    return a.victim is None and not one_article
