"""Claims that name no place at all: a headline's "Car bomb kills 10", a report's
"22 casualties" whose place is in another sentence or nowhere.

Such a claim happened somewhere in its country, as far as the text says: it may be
the toll another report places in a town of that country, or in that country alone.
It agrees with them at the weakest level, the country's (`relate` then asks what it
asks of any two claims that share only their country, `ties.one_day_of`: one day and
figures that agree, or one toll in dispute), and only where the two figures lie
close (one figure band or two in a row, `figure_blocks.band`) and either overlap or
count one family of victims each in its own words: with no place, nothing else
says two different figures are one toll in dispute.

Where the text names no country either ("The jihadis' attack leaves 22 casualties"),
nothing but the figure and the day tie it to another report: it agrees only with a
claim stating the same figure, no small one (`figure_agreement.small`), never
with one of two figures that merely overlap.

So, too, where a report names a place the gazetteer does not know and no country
("at least 17 killed in Qameshly city"; `adrift`): nothing ties it to a country.

Two claims that both name no place never agree here (two headlines of one country
and day with close figures share nothing but their number), unless both tell one
mass killing by one lone blast, a car bomb or a suicide attack, the same day
(`_one_blast`).

Blocking (match `_keys`, `placeless_keys`): by country and figure band.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from workbench.geo.places import Kind
from workbench.match.companions import TOLLS
from workbench.match.features import Features
from workbench.match.figure_agreement import (
    CLOSE_RATIO,
    MASS_CASUALTIES,
    overlap,
    same_figure,
    size,
    small,
)
from workbench.match.figure_blocks import band
from workbench.match.means import lone_blast
from workbench.match.one_attack import one_attack
from workbench.match.places import SIMILARITY, Agreement, agreement
from workbench.vocabulary import Relation

if TYPE_CHECKING:
    from workbench.match.relate import LinkSuggestion

Block = tuple[str, ...]
ANYWHERE = "any country"  # the block of claims of every country
NO_COUNTRY = "no country"  # the block of claims of no known country


def placeless(f: Features) -> bool:
    """Whether a toll's claim names no place at all (no name, nothing the gazetteer found)."""
    return not f.places and not f.located and f.category in TOLLS


def adrift(f: Features) -> bool:
    """Whether a toll's claim names a place the gazetteer does not know in a report that
    names no country ("Qameshly city" in a headline): nothing ties it to a country,
    and, as for a claim that names no place of no country, only its figure ties it to
    another report."""
    return bool(f.places) and not f.located and not f.claim.country and f.category in TOLLS


def loose(f: Features) -> bool:
    """Whether a claim is tied to no place (`placeless`) or to none of a known country
    (`adrift`): it meets placed claims by figure band (`placeless_keys`)."""
    return placeless(f) or adrift(f)


def placeless_keys(family: str, f: Features, looking: bool) -> list[Block]:
    """The figure-band blocks where placeless claims and placed ones meet: a placeless
    claim is in the blocks of its band and the two beside it (figures within
    CLOSE_RATIO of each other lie in one band or two in a row), a placed toll in its
    own band's, each looking in the other's. By country: a claim meets those of its
    own country and those of none known (NO_COUNTRY); a placeless claim of no known
    country looks among the placed claims of every country (ANYWHERE), and a placed
    claim of none among the placeless claims of every country."""
    mine = _band(f)
    if f.category not in TOLLS or not f.time.known or mine is None:
        return []
    country = f.claim.country
    if loose(f):
        bands = (mine - 1, mine, mine + 1)
        if looking:
            where = [country, NO_COUNTRY] if country else [ANYWHERE]
            keys: list[Block] = [(family, "placed", c, str(b)) for c in where for b in bands]
            if lone_blast(f.claim.sentence) and f.low >= MASS_CASUALTIES:  # `_one_blast`
                headlines = [country, NO_COUNTRY] if country else [ANYWHERE, NO_COUNTRY]
                keys += [(family, "placeless", c, str(b)) for c in headlines for b in bands]
            return keys
        where = [country, ANYWHERE] if country else [NO_COUNTRY]
        return [(family, "placeless", c, str(b)) for c in where for b in bands]
    if looking:
        where = [country, NO_COUNTRY] if country else [ANYWHERE, NO_COUNTRY]
        return [(family, "placeless", c, str(mine)) for c in where]
    where = [country or NO_COUNTRY, ANYWHERE]
    return [(family, "placed", c, str(mine)) for c in where]


def placeless_agreement(a: Features, b: Features) -> Agreement | None:
    """How a claim that names no place and another that names one agree: at country
    level where both are of one known country ("same country: Syria; the first names
    no place"); where either has no known country, only on one figure, no small one
    (`same_figure`: "22 casualties" and "kill 22 regime fighters"), as one figure is
    all that ties them. Two tolls that disagree agree here only where both count one
    family of victims in words of their own ("more than 22 fighters" and "kills 22
    rebels"): with no place, nothing else says they dispute one toll ("killing 19"
    in a northern town and "12-17 dead" in Jos that day are two bombings). None where
    both name no place, or neither is placeless. One attack told alike
    (`one_attack.one_attack`: a car bomb in both, an air strike on a market) ties
    two tolls that disagree ("Car bomb at Afghan checkpoint kills 15" and "Car bomb
    at a checkpoint kills 9 in Kandahar"), of no known country too ("kills 7 people"
    in a town the gazetteer lacks, "Car bomb kills nine in northern Syria town"),
    where the day and the attack say what the country does not. So for a claim
    placed only by a name the gazetteer does not know, in a report of no known
    country (`adrift`), against
    one placed in a division the gazetteer knows (a country, a region, a district;
    not a town, which would be a second place named): the same figure, no small one
    ("at least 17" in "Qameshly city" and "18 dead" in Syria)."""
    if loose(a) and loose(b):
        return _one_blast(a, b)
    if loose(a) == loose(b):
        return None
    first, second = _band(a), _band(b)
    if first is None or second is None or abs(first - second) > 1:
        return None  # "dozens" against "kills 10": too far apart for one toll's tie
    told_alike = one_attack(a, b, passing=False)
    if not (overlap(a, b) or _one_family(a, b) or told_alike):
        return None  # two tolls of a day that disagree, and nothing but the country
    blank, placed = (a, b) if loose(a) else (b, a)
    if blank.places and not _division(placed):
        return None  # "Zangomari" and the village of Bulabulin: two places named
    country = a.claim.country if a.claim.country == b.claim.country else None
    if country is None and not told_alike and (small(a, b) or not same_figure(a, b)):
        return None
    where = f"same country: {country}" if country else "the same figure"
    which = "first" if blank is a else "second"
    if blank.places:  # adrift: a name the gazetteer does not know, of no known country
        said = f"'{blank.claim.location}' is in no country the {which} report names"
    else:
        said = f"the {which} names no place ('{placed.claim.location or ''}' in the other)"
    return Agreement(Kind.COUNTRY, SIMILARITY[Kind.COUNTRY], f"{where}; {said}")


def _one_blast(a: Features, b: Features) -> Agreement | None:
    """Where neither claim names a place the gazetteer knows (two headlines: "About 30
    killed by IS suicide attack targeted Swesan area", "Car bomb on Turkey-backed
    Syrian rebels kills 41"), whether they tell one mass killing by one lone blast: a
    car bomb or a suicide attack in both sentences (`means.lone_blast`), both tolls
    MASS_CASUALTIES or more, neither dated in its text and both reports out the same
    day; where neither names a country, the tolls within CLOSE_RATIO. A country
    sees two such blasts a day seldom; relate still asks that their figures agree
    or dispute one toll (`ties.one_day_of`). Shootings, air strikes
    and shelling, many a day, never tie two headlines so."""
    if a.time.explicit or b.time.explicit or a.claim.published != b.claim.published:
        return None
    if min(a.low, b.low) < MASS_CASUALTIES:
        return None
    if not (lone_blast(a.claim.sentence) and lone_blast(b.claim.sentence)):
        return None
    if not (a.claim.country or b.claim.country) and not _close(a, b):
        return None  # of no known country: the blast and a close toll are all there is
    words = "one lone blast told in both; neither names a place the gazetteer knows"
    return Agreement(Kind.COUNTRY, SIMILARITY[Kind.COUNTRY], words)


def _close(a: Features, b: Features) -> bool:
    """Whether two tolls lie within CLOSE_RATIO of each other."""
    return min(a.high, b.high) * CLOSE_RATIO >= max(a.low, b.low)


def _band(f: Features) -> int | None:
    """The figure band (`figure_blocks.band`) of a claim's size, None where it has none."""
    figure = size(f)
    return band(figure) if math.isfinite(figure) else None


def _one_family(a: Features, b: Features) -> bool:
    """Whether both claims count one family of victims, each in words of its own
    ("fighters" and "rebels"), not a word for anyone ("people", "dead")."""
    return a.victim is not None and a.victim == b.victim and not (a.generic or b.generic)


def _division(f: Features) -> bool:
    """Whether a claim is placed in a division the gazetteer knows (a country, a
    region, a district), which an unknown place may lie anywhere in; not a town."""
    return bool(f.located) and f.located[0].kind.depth < Kind.COMMUNE.depth


def one_place_each(
    suggestions: list[LinkSuggestion], found: Iterable[Features]
) -> list[LinkSuggestion]:
    """The links less those of a loose claim (`loose`: no place, or none of a known
    country) that agrees with the tolls of two places that cannot be one (two towns
    far apart, two names unlike): which of them it tells it says no more than it says
    of either, and a link to each would join two incidents. Its links to one place,
    or to places that agree (a town and its region), stay."""
    by_id = {f.claim.id: f for f in found}
    partners: dict[int, list[Features]] = defaultdict(list)
    for v in suggestions:
        if v.relation in (Relation.CORROBORATES, Relation.CONTRADICTS):
            for mine, theirs in ((v.a, v.b), (v.b, v.a)):
                if loose(by_id[mine]) and not loose(by_id[theirs]):
                    partners[mine].append(by_id[theirs])
    torn = {claim_id for claim_id, others in partners.items() if not _one_place(others)}
    if not torn:
        return suggestions
    return [
        v
        for v in suggestions
        if v.relation not in (Relation.CORROBORATES, Relation.CONTRADICTS)
        or not ({v.a, v.b} & torn)
    ]


def _one_place(claims: list[Features]) -> bool:
    """Whether the places of these claims can all be one incident's: each pair one
    place, near, or one within the other (`places.agreement`), or, where the
    gazetteer does not know both, sharing a name ("Pont-Sondé, central Haiti" and
    "Pont-Sondé, Artibonite": a trial's massacre, its loose reports torn from it)."""
    return all(_agree(x, y) for i, x in enumerate(claims) for y in claims[i + 1 :])


def _agree(x: Features, y: Features) -> bool:
    if x.located and y.located:
        return agreement(x.located[0], y.located[0]) is not None or x.places[:1] == y.places[:1]
    if _holds(x, y) or _holds(y, x):
        return True
    return not set(x.places).isdisjoint(y.places)


def _holds(country: Features, other: Features) -> bool:
    """Whether a claim placed only in its country ("Chad's army said ... near the Libyan
    border", placed in Chad) may hold another placed where the gazetteer does not know
    ("the Tanoua area") of that country: the unknown place lies somewhere in it, as
    `weak_places.inside_country` reads them. Trial 75b: the army's 43 rebels, told by a wire
    placed in Chad and by a paper placed at Tanoua, tore the communiqué's 43 from
    both."""
    if not country.located or country.located[0].kind is not Kind.COUNTRY or other.located:
        return False
    return other.claim.country == country.located[0].country
