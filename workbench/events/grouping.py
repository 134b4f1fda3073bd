"""Which claims speak of one incident: claims grouped into events.

Pure code: claims and links in, groups out. Two claims join one event when one
sentence tells both (killed and wounded in one ambush), when one report tells both
of one place on days that meet (`_join_one_report`), or when a link says they
speak of the same thing at the same time (restates, corroborates, contradicts, or
related across categories, which matching only suggests for the same time). A
standing count met again at another date is a timeline, not the same event.

A voice telling the same figure again in other documents (outlets relaying one
wire report) joins too: matching links no voice to itself.

The analyst's word holds: claims an analyst has placed stay in their event, two
events an analyst has shaped are never merged by the machine, and a new claim
linked to them joins them; but the machine's links pour no set of claims from two
reports or more (an incident it grouped on its own) into an analyst's event: the
analyst's confirmed link or merge does that. Strongest links are taken first, and no event grows to
span more than MAX_SPREAD_DAYS, so a chain of reports about one town over months
does not become one event, nor to hold two towns of the gazetteer far apart (more
than NEAR_KM), so a region's report linked to two villages' incidents does not
merge them: it joins the one its strongest link points to; nor two whole tolls of one
category that one report gives at two places, disjoint (`report_tolls`: a report's
two incidents of one day and district).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from workbench.events.coarse_claims import anchored, coarse, join_headlines
from workbench.events.corrected_places import as_read_place, sentence_place
from workbench.events.periods import day_told, days_meet, periods_meet, two_days_told
from workbench.events.report_tolls import ReportToll, report_toll, two_incidents_told
from workbench.events.sets import DisjointSets
from workbench.geo.places import Kind, Place, distance_km
from workbench.match.companions import TOLLS
from workbench.match.features import EVENT_TOLERANCE, MatchInput
from workbench.match.institutions import counts_own
from workbench.match.parts import counts_part
from workbench.match.place_names import place_names
from workbench.match.places import NEAR_KM
from workbench.match.time_spans import time_span
from workbench.models import Category, Relation

EVENT_CATEGORIES = frozenset(
    {
        Category.KILLED,
        Category.WOUNDED,
        Category.MISSING,
        Category.KIDNAPPED,
        Category.ARRESTED,
        Category.ATTACKS,
        Category.DISPLACED,
        Category.REFUGEES,
    }
)
MAX_SPREAD_DAYS = 14  # between the first and the last day an event's claims speak of
# the links of one time, in the order they join: agreement before dispute, so that a
# report linked to two days' tolls joins the one its figure agrees with
_SAME_TIME: dict[str, int] = {
    Relation.RESTATES: 0,
    Relation.CORROBORATES: 1,
    Relation.CONTRADICTS: 2,
    Relation.RELATED: 3,
}


@dataclass(frozen=True)
class EventLink:
    a: int
    b: int
    relation: str
    score: float
    confirmed: bool = False  # the analyst's link, not the machine's suggestion


@dataclass
class Group:
    """The claims of one event, and the stored event they belong to (None: new)."""

    claim_ids: list[int]
    event_id: int | None


def belongs_in_events(claim: MatchInput) -> bool:
    """Counts of what happened somewhere: the rest (troops, money) are no incident."""
    return Category(claim.category) in EVENT_CATEGORIES and bool(claim.location)


def event_claims(
    claims: Iterable[MatchInput], links: Sequence[EventLink], placed: Mapping[int, int]
) -> list[MatchInput]:
    """The claims events are made of: those of what happened somewhere
    (`belongs_in_events`), those an analyst placed, and a count of an event's
    category that names no place where a link of one time (`_same_time`: restates,
    corroborates, contradicts) joins it to one that does: a headline's "car bomb
    kills 10" is the incident its body or another report places, though with no
    place it never makes an event alone (`group` joins it by its strongest link only)."""
    claims = list(claims)
    kept = {c.id for c in claims if belongs_in_events(c) or c.id in placed}
    loose = {c.id for c in claims if c.id not in kept and _countable(c)}
    joined = set()
    for link in links:
        if link.relation in _SAME_TIME and link.relation != Relation.RELATED:
            for mine, theirs in ((link.a, link.b), (link.b, link.a)):
                if mine in loose and theirs in kept:
                    joined.add(mine)
    return [c for c in claims if c.id in kept or c.id in joined]


def _countable(claim: MatchInput) -> bool:
    """Whether a claim counts what happened, wherever (an event's category)."""
    return Category(claim.category) in EVENT_CATEGORIES


def group(
    claims: Sequence[MatchInput],
    links: Iterable[EventLink],
    placed: Mapping[int, int],
    current: Mapping[int, int],
    as_read: Mapping[int, str] | None = None,
) -> list[Group]:
    """Group the claims into events. `placed`: the claims an analyst put in an event
    (claim id -> event id); `current`: where the machine last put the others, so
    that an event keeps its id when it is grouped again; `as_read`: the place the
    machine read for each claim whose place an analyst corrected (`sentence_place`)."""
    days = {c.id: _days(c) for c in claims}
    told = {c.id: day_told(c) for c in claims}
    counts_parts = {c.id: counts_part(c) for c in claims}  # read once: its words' rules
    tolls = {
        c.id: tuple(t for t in [report_toll(as_read_place(c, as_read), counts_parts[c.id])] if t)
        for c in claims
    }
    towns = {c.id: _towns(c) for c in claims}
    totals = {c.id for c in claims if c.scope == "cumulative"}
    sets = _Sets(days, placed, towns, told, tolls, {c.id: c.document_id for c in claims}, totals)
    by_sentence: dict[tuple[int, str, str, str], int] = {}
    for c in claims:  # a running total its sentence tells beside a toll is no part of it
        key = (c.document_id, c.sentence, sentence_place(c, as_read or {}), c.scope)
        sets.union(by_sentence.setdefault(key, c.id), c.id)
    _join_one_report(sets, claims, days)
    unplaced = {c.id for c in claims if not c.location and c.id not in placed}
    # a claim placed in its country or region alone joins one event too: "le BINUH a
    # documenté au moins 38 morts" (in Haiti) and a headline's "kills dozens in Haiti's
    # Artibonite" bridged two Haitian incidents' events (trial 62)
    single = unplaced | {c.id for c in claims if coarse(c) and c.id not in placed}
    # a coarse claim its report already ties to a finer place is joined already
    joined = anchored(sets, single - unplaced, single)
    join_headlines(sets, claims)
    _join_repeats(sets, claims, days)
    # the parts of tolls (toll_part), and a force's count of its own people (counts_own)
    parts = {c.id for c in claims if c.category in TOLLS and (counts_parts[c.id] or counts_own(c))}
    _join_by_links(sets, claims, links, (single, joined, unplaced), (parts, days, told))
    # a claim that names no place makes no event alone (its link refused: another week)
    components = [c for c in sets.components() if not unplaced.issuperset(c[0])]
    return _name_groups(components, placed, current)


def _join_by_links(
    sets: _Sets,
    claims: Sequence[MatchInput],
    links: Iterable[EventLink],
    singles: tuple[set[int], set[int], set[int]],
    when: tuple[set[int], Mapping[int, tuple[int, int] | None], Mapping[int, int | None]],
) -> None:
    """Join the claims the links tie at one time, the strongest link first. A claim in
    `singles[0]` (no place, or a country's or a region's alone) joins one event, by its
    strongest link (`singles[1]`: those joined already); a restatement, the same claim
    again, uses none of a coarse claim's (its report's "Ten killed in Borno" over "killed
    ten farmers in Gwoza", whose links matching gives the headline), all of a placeless
    one's (`singles[2]`). `when`: the parts of tolls, each claim's days and its day
    told."""
    single, joined, unplaced = singles
    parts, days, told = when
    category = {c.id: c.category for c in claims}
    for link in sorted(links, key=lambda k: (_SAME_TIME.get(k.relation, 9), -k.score)):
        if link.a in category and link.b in category and _same_time(link, category, parts, days):
            loose = {link.a, link.b} & single
            if loose & joined:
                continue  # "kills 10" linked to two towns' tolls joins one, not both
            if sets.two_days_through(link, told):
                continue  # an undated report's 12 linked to Monday's 12 and Tuesday's 5
            sets.union(link.a, link.b, confirmed=link.confirmed)
            if sets.find(link.a) == sets.find(link.b):
                joined |= loose if link.relation != Relation.RESTATES else loose & unplaced


def _days(claim: MatchInput) -> tuple[int, int] | None:
    """The first and last day a claim speaks of, as ordinals; None when unknown. A
    running total's is the day it stood at, its period's last: the UN's "more than
    4,000 since January" told by four outlets in one week is one running total, which
    its months-long period kept apart in four (`MAX_SPREAD_DAYS`)."""
    span = time_span(claim)
    if span.start is None or span.end is None:
        return None
    return (span.end, span.end) if claim.scope == "cumulative" else (span.start, span.end)


def _join_one_report(
    sets: _Sets, claims: Sequence[MatchInput], days: Mapping[int, tuple[int, int] | None]
) -> None:
    """The counts one report gives at one place (the same place phrase before its
    address, case aside: "Ngoshe" and "Ngoshe, Borno State"), of any category, on
    days that meet (or no day told): one incident's dead, wounded and displaced ("...
    killed 20 in Ngoshe. Twelve people were wounded, he added."), which no link
    joins, since links join one category's claims. A running total stays apart from
    an incident, a count of another day at the same place is another incident, and
    "north of Kidal" is no place of "the road linking Kidal and Anefis"."""
    same: dict[tuple[object, ...], list[MatchInput]] = {}
    for c in claims:
        if c.location:
            phrase = c.location.split(",")[0].strip().casefold()
            same.setdefault((c.document_id, c.scope, phrase), []).append(c)
    for members in same.values():
        for a, b in pairwise(members):
            meet = days_meet(days[a.id], days[b.id]) and periods_meet(a, b)
            if meet and not two_days_told(a, b):
                sets.union(a.id, b.id)


def _join_repeats(
    sets: _Sets, claims: Sequence[MatchInput], days: Mapping[int, tuple[int, int] | None]
) -> None:
    """One voice telling one figure again in other documents (outlets relaying "AFP
    said"): matching links no voice to itself, yet it is one event, told once. Not a
    figure placed only in a country or a region that its words tie to no day (trial
    75: "the police figure of four deaths" in the week's protests joined the police's
    four officers killed by Monday's bomb, both "in Kenya")."""
    repeats: dict[tuple[object, ...], list[MatchInput]] = {}
    for c in claims:
        if c.scope != "cumulative" and coarse(c) and day_told(c) is None:
            continue  # "police" giving 4 somewhere in Kenya on no day: which incident's?
        key = (c.voice_id, c.category, place_names(c.location), c.low, c.high)
        repeats.setdefault(key, []).append(c)
    for members in repeats.values():
        dated = sorted((*span, c.id) for c in members if (span := days[c.id]) is not None)
        for (_, end, earlier), (start, _, later) in pairwise(dated):
            if start - end <= EVENT_TOLERANCE:
                sets.union(earlier, later)


def _towns(claim: MatchInput) -> frozenset[Place]:
    """The towns (and communes) the gazetteer placed a claim at: what an event may
    not hold two of far apart."""
    return frozenset(p for p in claim.located if p.kind.depth >= Kind.COMMUNE.depth)


def _one_place(a: frozenset[Place], b: frozenset[Place]) -> bool:
    """Whether two sets of towns can be one incident's: either says none, or a town
    of one is a town of the other or lies within NEAR_KM of it."""
    if not a or not b:
        return True
    return any(
        x.geonameid == y.geonameid or ((d := distance_km(x, y)) is not None and d <= NEAR_KM)
        for x in a
        for y in b
    )


def _same_time(
    link: EventLink,
    category: Mapping[int, str],
    parts: set[int],
    days: Mapping[int, tuple[int, int] | None],
) -> bool:
    """Whether a link joins its claims in one event: one of one time (`_SAME_TIME`);
    `related` across categories, or in one category where a claim counts a part of
    a toll (`match.parts.toll_part`: "seven of the victims were killed in a house";
    or a police's count of its own officers, `match.institutions.counts_own`) on
    days that meet the other's, a share of the incident's toll; in one category
    otherwise, related means at another time."""
    if link.relation == Relation.RELATED:
        if category[link.a] != category[link.b]:
            return True
        return bool({link.a, link.b} & parts) and days_meet(days[link.a], days[link.b])
    return link.relation in _SAME_TIME


class _Sets(DisjointSets):
    """Claim ids joined into events; each set knows the days it spans and the
    analyst's event it is held in, if any."""

    def __init__(
        self,
        days: Mapping[int, tuple[int, int] | None],
        placed: Mapping[int, int],
        towns: Mapping[int, frozenset[Place]],
        told: Mapping[int, int | None],
        tolls: Mapping[int, tuple[ReportToll, ...]],
        documents: Mapping[int, int],
        totals: Iterable[int] = (),
    ) -> None:
        super().__init__(days)
        self.totals = set(totals)  # the sets that hold a running total (by root)
        # by set: the reports its claims come from
        self.documents = {i: frozenset({doc}) for i, doc in documents.items()}
        self.towns = dict(towns)  # by set: the towns its claims are placed at
        # by set: the days its claims' own words tell (`_day_told`)
        self.told = {i: frozenset() if day is None else frozenset({day}) for i, day in told.items()}
        self.event: dict[int, int | None] = {claim_id: placed.get(claim_id) for claim_id in days}
        self.days = dict(days)  # by set: the root's entry spans its whole set
        self.tolls = dict(tolls)  # by set: its reports' whole tolls (`report_tolls`)
        first_of_event: dict[int, int] = {}
        for claim_id in days:
            if claim_id in placed:  # an analyst's event holds together, links or not
                event = placed[claim_id]
                self.union(first_of_event.setdefault(event, claim_id), claim_id, force=True)

    def union(self, a: int, b: int, force: bool = False, confirmed: bool = False) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        ea, eb = self.event[ra], self.event[rb]
        if not force and ea is not None and eb is not None and ea != eb:
            return  # two events the analyst shaped stay two
        if not force and not confirmed and self._another_incident(ra, rb):
            return  # an analyst's event takes a new report's claims, not another event
        days = _joined(self.days[ra], self.days[rb])
        if not force and days is not None and days[1] - days[0] > MAX_SPREAD_DAYS:
            return
        if not force and not _one_place(self.towns[ra], self.towns[rb]):
            return  # a region's report links two villages' incidents: they stay two
        if not force and two_incidents_told(self.tolls[ra], self.tolls[rb]):
            return  # one report's two places' tolls: two incidents (`report_tolls`)
        if not (force or confirmed) and (ra in self.totals) != (rb in self.totals):
            return  # a running total is never part of an incident's event (issue 16)
        self.parent[rb] = ra
        self.event[ra] = ea if ea is not None else eb
        self.days[ra] = days
        self.towns[ra] = self.towns[ra] | self.towns[rb]
        self.told[ra] = self.told[ra] | self.told[rb]
        self.tolls[ra] = self.tolls[ra] + self.tolls[rb]
        self.documents[ra] = self.documents[ra] | self.documents[rb]
        if rb in self.totals:
            self.totals.add(ra)

    def _another_incident(self, ra: int, rb: int) -> bool:
        """Whether joining two sets would pour into an event the analyst shaped (held:
        `event`) a set of claims from two reports or more, which the machine grouped
        as an incident of its own: only the analyst merges that in (a confirmed link,
        or a merge). One machine link made after a date correction moved a whole air
        strike's 18 claims into a bandit attack's held event (trial 72). A new report's
        claims, of one document, still join it."""
        ea, eb = self.event[ra], self.event[rb]
        if (ea is None) == (eb is None):
            return False
        loose = rb if ea is not None else ra
        return len(self.documents[loose]) > 1

    def two_days_through(self, link: EventLink, told: Mapping[int, int | None]) -> bool:
        """Whether a link would join, through a claim that tells no day of its own
        (`told`: each claim's `_day_told`), two sets whose claims' words tell different
        days: a report's undated "12 killed" linked to Monday's 12 and to Tuesday's 5
        at one village joins the first only (a trial's two days' tolls became one
        event through such links). A link between two claims that each tell a day is
        matching's own judgement of one time, and stands."""
        if told[link.a] is not None and told[link.b] is not None:
            return False
        first, second = self.told[self.find(link.a)], self.told[self.find(link.b)]
        return bool(first and second and not first & second)

    def components(self) -> list[tuple[list[int], int | None]]:
        return [(sorted(ids), self.event[root]) for root, ids in self.members().items()]


def _joined(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _name_groups(
    components: list[tuple[list[int], int | None]],
    placed: Mapping[int, int],
    current: Mapping[int, int],
) -> list[Group]:
    """Each component's event: the analyst's, else the stored event most of its claims
    were in (the largest component choosing first), else a new one."""
    taken = {event for _, event in components if event is not None}
    taken |= set(placed.values())
    groups = []
    for ids, event in sorted(components, key=lambda c: (-len(c[0]), c[0][0])):
        if event is None:
            earlier = Counter(current[i] for i in ids if i in current and current[i] not in taken)
            if earlier:
                event = min(earlier, key=lambda e: (-earlier[e], e))
                taken.add(event)
        groups.append(Group(ids, event))
    return groups
