"""Weak ties between two claims and what they must show to link.

Two claims tied only weakly (a known town and an unknown place stating one figure, a
country alone, a town one report names only in passing: `weak_places`) may be one
incident's, or two of the many a country sees a day. Such a tie links only where both
claims are tied to one day and their figures agree (`one_day_of`). The figure
comparisons relate uses live here too.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from workbench.match.companions import TOLLS, agreeing_companions
from workbench.match.features import Features
from workbench.match.figure_agreement import (
    CLOSE_RATIO,
    MASS_CASUALTIES,
    bounds_agree,
    floor_or_figure,
    one_named_toll,
    one_toll_again,
    overlap,
    same_figure,
    size,
    small,
)
from workbench.match.lead_sites import one_named_site
from workbench.match.lists import usable_total
from workbench.match.means import CAMPAIGNS, lone_blast
from workbench.match.one_attack import STRIKE_RATIO, foreign_side, one_attack, within_strike
from workbench.match.rare_victims import rare_victims_alike
from workbench.match.site_words import one_site_attacked
from workbench.match.timing import day, revised, risen
from workbench.match.victims import named_in_sentence, same_person, same_role

# ... where both tell a car bomb or a suicide attack (`means.lone_blast`), a first
# count and the toll of the next hours: "14 killed" and "more than 40" in Qamishli
BLAST_RATIO = 3
RETOLD_RATIO = 90  # rapidfuzz ratio of two sentences, numbers masked: one story retold
RETOLD_WORDS = 6  # a story told has at least these words ("Gunmen killed 12 soldiers near Gao")
_NUMBER = re.compile(r"\d[\d,.]*")
# the longest time a claim's date may cover and still tie it to one day: a dateline
# and the day before it (time_spans.STAMP_REACH)
ONE_DAY_SPAN = 1


def part_of_whole(a: Features, b: Features) -> bool:
    """Whether one claim counts over several incidents or sites ("15 at two hospitals")
    and the other, no more than it, one of them ("11 at the hospital"): related, the
    part of a whole, neither corroborating nor contradicting it. The same count in
    both ("19 killed in three villages" and "19 killed in Riyom") is the whole told
    with a coarser place, not a part of it; so is a count that reaches the whole's
    floor ("more than 14 civilians" in two towns of Idlib countryside and "15
    civilians" in the countryside of Idlib): a part is less than its whole."""
    if a.several == b.several or (a.low, a.high) == (b.low, b.high):
        return False
    whole, part = (a, b) if a.several else (b, a)
    return part.low < whole.low and part.low <= whole.high


def list_total_agrees(a: Features, b: Features) -> bool:
    """Whether the total of a list one claim is part of ("four police and one
    reservist": 5) overlaps the other's figure, or the other's list total; a list of
    two sides' dead only against a toll naming no family (`lists.usable_total`)."""
    total_a, total_b = usable_total(a, b), usable_total(b, a)
    low_a, high_a = (total_a.low, total_a.high) if total_a else (a.low, a.high)
    low_b, high_b = (total_b.low, total_b.high) if total_b else (b.low, b.high)
    return (total_a is not None or total_b is not None) and low_a <= high_b and low_b <= high_a


WEEK = 7  # days a later report of a town's mass killing may come out after it
# days after a dated toll that a later report stating its exact figure may come out
# (`figure_agreement.one_named_toll`): two, not three ("12 civilians" in an undated
# report three days on is no news of that day: test_match_places)
TOLD_AGAIN_DAYS = 2


def one_day_of(a: Features, b: Features, same_time: bool, days: int, passing: bool) -> bool:
    """Whether two claims tied only weakly (their country, one figure, a town named in
    passing: `passing`) may be one incident: both tied to one day (dated to a day in
    their texts, reports undated or dated only by month or year published the same
    day, or one dated in its text and the other the news of that day; `same_time`
    and `days` as relate found them; "nearly 100 soldiers were killed last month"
    two weeks on is no tie to one day's 92 dead), and
    their figures agreeing ("at least 11 people" and "at least 10 people", a list's
    total, a part of a count over several places), one voice calling the other's
    story false, or a dispute over one toll that more than the country and day ties
    (`_disputed`). "Five police officers" against "three police officers" the same
    day in Kenya are two incidents as often as one."""
    if not same_time or not _one_count(a, b, passing):
        return False
    if days:
        return days == 1 and _next_day_news(a, b)
    if (
        a.time.explicit
        and b.time.explicit
        and ((_a_day(a) and _a_day(b)) or rare_victims_alike(a, b))
    ):
        return True  # one day, or a day in the other's month and 17 missionaries in both
    if a.time.explicit != b.time.explicit:
        dated, news = (a, b) if a.time.explicit else (b, a)
        if passing and min(a.low, b.low) >= MASS_CASUALTIES and _news_of(dated, news, WEEK):
            return True  # the town's mass killing, its toll told again within the week
        if (one_named_toll(a, b) or one_toll_again(a, b)) and _news_of(
            dated, news, TOLD_AGAIN_DAYS
        ):
            return True  # "killed 43 rebels" on Friday, "43 assailants" two days on
        return _news_of(dated, news) or two_tolls_alike(a, b)
    pa, pb = day(a.claim.published), day(b.claim.published)
    return pa is not None and pa == pb


def two_tolls_alike(a: Features, b: Features) -> bool:
    """Whether two claims tell one statement's tolls: their figures the same, and
    another toll both sentences state the same too, neither of them small ("17
    soldiers were killed and 32 wounded", the army's communiqué two days after the
    attack and a wire quoting it: "17 morts et 32 blessés"). An undated report of
    that week whose two tolls both agree with a dated claim's tells that claim's
    incident, however many days after it the report came out: two incidents of one
    country and week seldom share two tolls of that size."""
    if small(a, b) or not same_figure(a, b):
        return False
    pair = agreeing_companions(a, b)
    if pair is None:
        return False
    x, y = pair
    return (x.low, x.high) == (y.low, y.high) and min(x.low, y.low) >= MASS_CASUALTIES


def _next_day_news(a: Features, b: Features) -> bool:
    """Whether two reports that date neither claim, published a day apart, tell one mass
    killing's toll (both MASS_CASUALTIES or more, and agreeing): "126 killed" one day
    and "killed 110+" the next; or one site's toll and the next day's total of a mass
    attack on several sites, which more than the figures ties to it (`told_alike`:
    "six wedding guests" killed by suicide bombers, and "at least 18 dead in suicide
    bomb attacks striking a wedding, a funeral and a hospital"). Small tolls a day
    apart in one country are as often two incidents as one."""
    if a.time.explicit or b.time.explicit or a.cumulative or b.cumulative:
        return False  # a running total is no one killing's toll
    if part_of_whole(a, b):  # one site's first toll, and the next day's total of all
        whole = a if a.several else b
        return whole.low >= MASS_CASUALTIES and told_alike(a, b)
    if min(a.low, b.low) < MASS_CASUALTIES:
        return False
    return overlap(a, b)


def _a_day(f: Features) -> bool:
    """Whether a claim's text dates it to a day (or a dateline's day and the day
    before), not to a month or a year: "last month" ties a claim to one day only as
    an undated report's is, by the day its report came out."""
    start, end = f.time.start, f.time.end
    return start is not None and end is not None and end - start <= ONE_DAY_SPAN


def _one_count(a: Features, b: Features, passing: bool) -> bool:
    """Whether two claims' figures agree (or one counts a part of the other's several
    incidents and more than its size ties them, `told_alike`: "33 people in three
    separate attacks" and "three people" in a village of the country are two
    stories), or one calls the other's story false, or they dispute one toll
    (`_disputed`). A death alone agrees with another only where both say whom: "one
    Turkish soldier" and "a Turkish soldier", or both name the person ("Blogger
    Niloy Neel" and "a blogger called Niloy Neel"), or both tell one rarer means
    (`means.RARE`, no campaign of strikes) where no town named in passing is all that
    ties them ("One person was injured" by a bomb in London and a bomb "injuring a
    passerby" in the United Kingdom that day); not "one killed" and "a passenger",
    which a country shows many of a day."""
    if a.claim.denies or b.claim.denies or (part_of_whole(a, b) and told_alike(a, b)):
        return True
    if not (overlap(a, b) or list_total_agrees(a, b)):
        return _disputed(a, b, passing)
    if not (bounds_agree(a, b) or list_total_agrees(a, b)):  # an open bound far below
        return _retold(a, b) or agreeing_companions(a, b) is not None
    alone = max(floor_or_figure(a), floor_or_figure(b)) <= 1
    family = a.victim is not None and a.victim == b.victim
    if not alone or family or same_person(a.claim.subject, b.claim.subject):
        return True
    return not passing and bool((a.report_means & b.report_means) - CAMPAIGNS)


def told_alike(a: Features, b: Features, region: bool = False, family: bool = True) -> bool:
    """Whether more than their figures ties two claims of one day to one incident:
    the side counted ("one Turkish soldier" and "a Turkish soldier"), one family
    each in its own words ("civilians" and "villagers", not "people"; where the
    places agree only as a `region`, for more than one death: one pastoralist
    killed is any day's news in a state at war), the person
    both name ("Blogger Niloy Neel" and "a blogger called Niloy Neel"; or one names as
    its victim and the other's sentence names: "Ibrahim Ismail Tevfik ... was killed"
    and "The Education Director in Kirkuk, Ibrahim Isma'il, was killed"), another toll
    both sentences state agreeing (`companions`), a means rarer than a shooting
    both tell (a car bomb, an ambush, an air strike: `match.means`), or one story
    told again (`_retold`). Two reports of "2 policemen" and "2 fatalities" in one
    country on one day, or of one pastoralist killed in one state, share only a
    number. Without `family` one family named in both ties nothing (two days' news
    of a crowded place: `apart.coincidence`). The cheap tests come first: this
    runs for many pairs of a crowded place."""
    if a.sides & b.sides:
        return True
    if family and _one_family(a, b) and (max(a.high, b.high) > 1 or not region):
        return True
    if family and not region and same_role(a.claim.subject, b.claim.subject):
        return True  # "a publisher" and "publisher William Nygaard" in Oslo that day
    if same_person(a.claim.subject, b.claim.subject) or agreeing_companions(a, b) is not None:
        return True
    if named_in_sentence(a.claim.subject, b.claim.sentence) or named_in_sentence(
        b.claim.subject, a.claim.sentence
    ):
        return True
    if a.report_means & b.report_means:  # their sentences', else their reports' means
        return True
    return _retold(a, b) or one_named_site(a, b) is not None


def _one_family(a: Features, b: Features) -> bool:
    """Whether both claims name one family of victims, neither by a word for anyone."""
    return a.victim is not None and a.victim == b.victim and not (a.generic or b.generic)


def _disputed(a: Features, b: Features, passing: bool) -> bool:
    """Whether two tolls that disagree are one incident's in dispute, tied by more than
    their country and day: one story retold with another toll (`_retold`); another
    toll both sentences state agreeing ("killed three and wounded five" and "three
    killed and four injured", `companions`); or tolls within CLOSE_RATIO of each
    other where both count one family of victims, each in its own words ("15
    rebels" and "21 Turkey-backed rebels"), or one report names the town the other
    is placed in (`passing`: "on the outskirts of Maiduguri" and "a village 6
    kilometres from Maiduguri"), or both are tolls of a mass killing (MASS_CASUALTIES
    or more: "slaughtered 43 people" and "at least 44 rice farmers were killed" in
    Nigeria that day, two incidents that large and that close seldom fall on one
    country's day); or a revised toll of a mass killing (`revised`, or the larger
    said to have risen to it, `risen`: "44 killed" and "has risen to 88"; both
    tolls MASS_CASUALTIES or more: Saturday's "43 rice farmers" in Borno and
    Monday's "at least 110 civilians were killed" on Saturday in Nigeria). Tolls far
    apart, counting people in general with only the country shared, or counts that
    are no toll ("at least four gunmen", category other), stay two incidents."""
    if _retold(a, b) or agreeing_companions(a, b) is not None:
        return True
    mass = a.category in TOLLS and min(a.low, b.low) >= MASS_CASUALTIES
    if mass and (revised(a, b) or risen(a, b) or _one_strike(a, b)):
        return True
    if a.category not in TOLLS:
        return False
    if within_strike(a, b) and one_attack(a, b, passing):
        return True  # one attack told alike: a first count and a later one
    if not _close(a, b):
        return False
    return (
        (_one_family(a, b) and not small(a, b))
        or passing
        or foreign_side(a, b)
        or min(a.low, b.low) >= MASS_CASUALTIES
    )


def _close(a: Features, b: Features) -> bool:
    """Whether two disjoint tolls lie close: the larger at most CLOSE_RATIO times the
    smaller, or one apart ("one Turkish soldier" and "two Turkish soldiers" in Manbij
    that day, a first count and the ministry's)."""
    low, high = min(a.high, b.high), max(a.low, b.low)
    return low * CLOSE_RATIO >= high or high - low <= 1


def _one_strike(a: Features, b: Features) -> bool:
    """Whether two mass killings' tolls of one day and country (both MASS_CASUALTIES or
    more) tell one bombing: a blast, a car bomb, a suicide attack in both, the tolls
    within STRIKE_RATIO of each other ("Blast at the border kills 20 rebels" and
    "Blast at a camp near the border kills 35"): a first count and a later one, as
    headlines give them. Air strikes and shelling are campaigns that
    strike many places of a country a day (16 militants in one agency, 28 in
    another); tolls further apart (BLAST_RATIO where both tell a car bomb or a
    suicide attack, `means.lone_blast`), or told by other means, stay two incidents."""
    if "bombing" not in a.report_means & b.report_means:
        return False
    lone = lone_blast(a.claim.sentence) and lone_blast(b.claim.sentence)
    return min(a.high, b.high) * (BLAST_RATIO if lone else STRIKE_RATIO) >= max(a.low, b.low)


def one_dispute(a: Features, b: Features) -> bool:
    """Whether two disjoint tolls placed only as finely as a crowded place (a region,
    a city: `places.crowded`) are one incident's in dispute rather than two incidents
    of that day: the tolls close (the larger at most CLOSE_RATIO times the smaller:
    "21 people" and "twenty-two" in Kano), another toll both sentences state agreeing
    (`companions`), one story told again with another toll (`_retold`), a revised
    toll (`revised`), or both tolls of MASS_CASUALTIES or more: a first toll and a
    later one of one bombing the same day ("14 killed", "more than 40"), where two
    incidents that large in one city that day are rare; or one attack told alike
    within twice the smaller toll (`one_attack`: "Car bomb kills 9 in al-Bab" and
    "14 killed in car bomb explosion in Aleppo countryside"). "Four passengers" in
    Maiduguri and "two passers-by" in Borno the same day, or one death and two in
    León, are two incidents: small tolls a region or a city sees many of a day."""
    if min(a.high, b.high) * CLOSE_RATIO >= max(a.low, b.low) and not small(a, b):
        return True
    if min(size(a), size(b)) >= MASS_CASUALTIES:
        return True  # "14 killed" and "more than 40": a city sees such a day seldom twice
    if _retold(a, b) or agreeing_companions(a, b) is not None or revised(a, b):
        return True
    if one_named_site(a, b) is not None:
        return True
    return one_site_attacked(a, b) or (within_strike(a, b) and one_attack(a, b, passing=False))


def _retold(a: Features, b: Features) -> bool:
    """Whether two figures that disagree are one story told again with another toll:
    the two sentences alike but for their numbers (RETOLD_RATIO, the numbers
    masked), "Gunmen killed 12 soldiers near Gao on Monday" and "Gunmen killed 30
    soldiers near Gao on Monday". Two incidents are seldom told in one sentence."""
    first, second = _NUMBER.sub("#", a.claim.sentence), _NUMBER.sub("#", b.claim.sentence)
    if min(len(first.split()), len(second.split())) < RETOLD_WORDS:
        return False  # "1 fatality." twice is a formula, no story told again
    return fuzz.ratio(first, second) >= RETOLD_RATIO


def _news_of(dated: Features, news: Features, within: int = 1) -> bool:
    """Whether an undated report is the news of the day a dated claim gives: the
    claim's date is the day the report was published or the day before ("nine killed
    in Lamu County on Saturday" and Sunday's "beheaded nine civilians in Kenya"), or
    up to `within` days before (a week: a later report of a town's mass killing)."""
    published = day(news.claim.published)
    start, end = dated.time.start, dated.time.end
    if published is None or start is None or end is None:
        return False
    return published - within <= start and end <= published
