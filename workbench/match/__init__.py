"""Cross-source matching: which claims speak of the same thing, and how they relate.

Pure code: claims in, relations out; no database and no UI. The work stays close
to linear through blocking: claims meet only within the same category family,
country and place key; dated claims then meet only their neighbours in time
(a sorted neighbourhood: events within their tolerance, standing counts within
WINDOW_DAYS, and at most NEIGHBOURS on each side);
claims with no date at all meet only the claims of their own document, since
across documents nothing says they speak of the same time.
"""

from __future__ import annotations

import bisect
import gc
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from workbench.geo.places import Kind, Place
from workbench.match.companions import with_companions
from workbench.match.features import EVENT_TOLERANCE, Features, MatchInput, features
from workbench.match.figure_blocks import band_keys, mass_keys
from workbench.match.headline_places import headlines_placed
from workbench.match.incident_kinds import with_incident_kinds
from workbench.match.kin import with_kin, with_report_kin
from workbench.match.lead_background import with_lead_background
from workbench.match.lists import with_list_totals
from workbench.match.means import with_report_means
from workbench.match.mentions import mention_keys
from workbench.match.parts import with_parts
from workbench.match.place_agreement import border_of
from workbench.match.placeless import one_place_each, placeless, placeless_keys
from workbench.match.pruning import LINKS_PER_CLAIM, prune_restatements, strongest
from workbench.match.relate import LinkSuggestion, relate
from workbench.match.separate import one_incident_each
from workbench.match.superseded import with_superseded
from workbench.match.two_sites import with_sites
from workbench.match.war_sides import with_war_sides
from workbench.vocabulary import Relation

_FAMILY = {"displaced": "displacement", "refugees": "displacement"}
WINDOW_DAYS = 31
# A cell is 0.2 degrees, about 22 km north to south: more than NEAR_KM, so two
# places near each other are in one cell or in two that touch.
CELL_DEGREES = 0.2
_AROUND = [(i, j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
NEIGHBOURS = 30
ANY_COUNTRY = "any country"  # the name blocks of every known country together

__all__ = [
    "LINKS_PER_CLAIM",
    "LinkSuggestion",
    "MatchInput",
    "Relation",
    "collector_paused",
    "match",
    "match_all_pairs",
]

Block = tuple[str, ...]


UNDATED = "undated reports"  # the name blocks of claims no day is known for


def _blocks(f: Features) -> list[Block]:
    """The blocks a claim belongs to: its family, country and place-name key; and
    where the gazetteer placed it, its place's own block, its country's and its
    region's (as a division, "coarse", or as a place inside them, "fine") and its
    map cell. `_queries` says which of them a claim looks in."""
    return _keys(f, looking=False)


def _queries(f: Features) -> list[Block]:
    """The blocks a claim looks in: its place-name key and its place's own block;
    the divisions its place lies in (its country's and region's "coarse" blocks);
    for a division, the places inside it ("fine"); and the map cells around its
    places (two places within NEAR_KM lie in one cell or two neighbouring ones). A
    village never looks through its whole country: the country looks for it."""
    return _keys(f, looking=True)


def _keys(f: Features, looking: bool) -> list[Block]:
    family = _FAMILY.get(f.category.value, f.category.value)
    if placeless(f):  # a toll somewhere in its country: by its figure (match.placeless)
        return placeless_keys(family, f, looking)
    keys = _name_blocks(f, looking)
    # a place the gazetteer knows whose name is only direction words ("Ouest", "Far
    # North": Haiti's and Cameroon's regions) has no name key but its place's keys
    if not (keys or f.located):
        return keys
    placed = [key for place in f.located for key in _place_keys(family, place, looking)]
    if not f.time.known:  # its own report's only: an undated headline and its body
        document = f"document {f.claim.document_id}"
        return list(dict.fromkeys(keys + [(*key, document) for key in placed]))
    keys += placed + _country_keys(family, f, looking) + mention_keys(f, family, looking)
    keys += placeless_keys(family, f, looking)
    keys += [(family, "border", *b)] if (b := border_of(f)) else []  # in any language
    return list(dict.fromkeys(keys))


def _country_keys(family: str, f: Features, looking: bool) -> list[Block]:
    """Where a claim placed only in a country meets the claims of that country placed
    where the gazetteer does not know (relate's country level), and the other way
    round; and where a claim placed in a known place meets those, of its country and
    stating its figure: each looks in the other's block, never in its own, so that
    the unknown places of a country are not all compared with each other."""
    figure = str(f.claim.value)
    if f.located and f.located[0].kind is Kind.COUNTRY:
        name, mine, theirs = f.located[0].country, "country", "unknown place"
    elif f.located:  # a known place meets an unknown one of its country stating its figure
        name = f.located[0].country
        role = "unknown place" if looking else "known place"
        return [
            (family, "figure", name, figure, role),
            *band_keys(family, name, f, role, looking),
            *mass_keys(family, name, f, role),
        ]
    elif not f.coarse and f.claim.country:
        name, mine, theirs = f.claim.country, "unknown place", "country"
        role = "known place" if looking else "unknown place"
        return [
            (family, "in country", name, theirs if looking else mine),
            (family, "figure", name, figure, role),
            *band_keys(family, name, f, role, looking),
            *mass_keys(family, name, f, role),
        ]
    else:
        return []
    return [(family, "in country", name, theirs if looking else mine)]


def _place_keys(family: str, place: Place, looking: bool) -> list[Block]:
    """A place's blocks: those it is in (`looking` False) or looks in (True)."""
    code, region = place.country_code, place.region_code
    country = place.kind is Kind.COUNTRY
    division = place.kind.depth <= Kind.DISTRICT.depth
    keys: list[Block] = [(family, "id", str(place.geonameid))]
    if looking:
        keys += [(family, code, _role(True))] + [(family, code, _role(False))] * country
        if region:
            keys += [(family, code, region, _role(True))]
            keys += [(family, code, region, _role(False))] * division
    else:
        keys.append((family, code, _role(country)))
        if region:
            keys.append((family, code, region, _role(division)))
    cell = _cell(place)
    if cell is not None:
        around = _AROUND if looking else [(0, 0)]
        keys += [(family, "cell", str(cell[0] + i), str(cell[1] + j)) for i, j in around]
    return keys


def _name_blocks(f: Features, looking: bool) -> list[Block]:
    """Family, country and place-name key; for a claim of unknown time, its document's
    and the undated reports' (UNDATED).

    A claim whose country is unknown ("Shonong village", "Yola" alone) may be in any
    country, so it must meet claims of every country under its name key, while claims
    of two known countries never need to (relate rejects them): a claim of a known
    country is in its country's block and in ANY_COUNTRY's, and looks in its own and in
    the unknown country's; a claim of unknown country looks in both of those."""
    if not f.places:
        return []  # a claim placed nowhere is linked to nothing (see relate)
    family = _FAMILY.get(f.category.value, f.category.value)
    country = f.claim.country or ""
    if looking:
        countries = [country, ANY_COUNTRY if not country else ""]
    else:
        countries = [country, ANY_COUNTRY] if country else [country]
    if f.time.known:
        return [(family, c, s) for c in countries for s in f.skeletons]
    # no day at all: its document's claims, and other undated reports' of its place
    # name, which relate links only as one town's (`relate._undated_place`)
    scopes = (f"document {f.claim.document_id}", UNDATED)
    return [(family, c, s, scope) for c in countries for s in f.skeletons for scope in scopes]


def _role(division: bool) -> str:
    return "coarse" if division else "fine"


def _cell(place: Place) -> tuple[int, int] | None:
    """A place's cell (row, column) of a grid of CELL_DEGREES, for a town (divisions
    are too large to be near anything)."""
    if place.latitude is None or place.longitude is None or place.kind.depth < Kind.COMMUNE.depth:
        return None
    return math.floor(place.latitude / CELL_DEGREES), math.floor(place.longitude / CELL_DEGREES)


def _start(f: Features) -> int:
    """A claim's first day for blocking; for a claim dated only by its page's stamp,
    the first of the week before it, where relate may read it (`TimeSpan.as_news`)."""
    return f.time.as_news().start or 0


def _end(f: Features) -> int:
    return f.time.end or 0


class _Lane:
    """The members of a block whose times are about as long, sorted by first day: the
    longest bounds how far back a scan must look."""

    def __init__(self, members: list[Features]) -> None:
        self.members = sorted(members, key=_start)
        self.starts = [_start(f) for f in self.members]
        self.ends = [_end(f) for f in self.members]
        self.longest = max(end - start for start, end in zip(self.starts, self.ends, strict=True))

    def near(self, f: Features, margin: int) -> list[Features]:
        """The members whose time lies within `margin` days of the claim's."""
        start = bisect.bisect_left(self.starts, _start(f) - margin - self.longest)
        stop = bisect.bisect_right(self.starts, _end(f) + margin)
        if stop - start > 2 * NEIGHBOURS:  # a crowded block: the nearest in time only
            centre = bisect.bisect_left(self.starts, _start(f))
            start, stop = max(start, centre - NEIGHBOURS), min(stop, centre + NEIGHBOURS)
        earliest = _start(f) - margin
        ends, members = self.ends, self.members
        return [members[i] for i in range(start, stop) if ends[i] >= earliest]


class _Block:
    """The claims of one block, in lanes by the length of time they speak of, so that
    a claim of one day meets only the claims whose time can meet its own."""

    def __init__(self, members: list[Features]) -> None:
        lanes: dict[int, list[Features]] = defaultdict(list)
        for f in members:
            lanes[(_end(f) - _start(f)).bit_length()].append(f)
        self.lanes = [_Lane(group) for group in lanes.values()]

    def near(self, f: Features) -> list[Features]:
        # an event on another day is another event; standing counts relate across time
        margin = WINDOW_DAYS if f.stock else EVENT_TOLERANCE
        if len(self.lanes) == 1:
            return self.lanes[0].near(f, margin)
        return [other for lane in self.lanes for other in lane.near(f, margin)]


def match(new: Iterable[MatchInput], stored: Iterable[MatchInput]) -> list[LinkSuggestion]:
    """Relations between each new claim and the stored and new claims near it: the
    links a match of every claim would give the new ones, whichever were matched
    before (`_in_context`)."""
    new = list(new)
    wanted = {c.id for c in new}
    rest = [c for c in stored if c.id not in wanted]
    with collector_paused():
        if not rest:
            return _related(_read(new), wanted)
        # in the store's order, as a whole match reads them: a report's first statement first
        return _in_context(_read(sorted([*new, *rest], key=_id)), wanted)


def _id(claim: MatchInput) -> int:
    return claim.id


def _read(claims: list[MatchInput]) -> list[Features]:
    """The claims' features, each with what its report and the other claims tell it
    (a headline's place, kin, parts, superseded figures, list totals, companions, the
    report's means)."""
    placed = headlines_placed(claims)  # a headline's country: its story's place
    read = with_superseded(with_report_kin(with_parts(with_kin([features(c) for c in placed]))))
    read = with_incident_kinds(with_report_means(with_companions(with_list_totals(read))))
    return with_lead_background(with_sites(with_war_sides(read)))


def _in_context(everything: list[Features], wanted: set[int]) -> list[LinkSuggestion]:
    """The links of the `wanted` claims, matched with what decides which of them stand:
    the other claims of their reports (a copy of a figure its report said first
    restates it and is matched no further) and the claims they link to with every
    link of those (a link stands where it is among the strongest of either claim's,
    and a loose claim linked to two far places keeps neither). A claim matched alone
    after a correction had kept links a whole match drops (the partner's stronger
    links unseen), and the reverse: re-trial 68's edited blog claim lost its links."""
    documents = {f.claim.document_id for f in everything if f.claim.id in wanted}
    reports = {f.claim.id for f in everything if f.claim.document_id in documents}
    found = _related(everything, reports)
    partners = {i for v in found for i in (v.a, v.b)} - reports
    if partners:
        found = _related(everything, reports | partners)
    return [v for v in found if v.a in wanted or v.b in wanted]


def _related(everything: list[Features], new_ids: set[int]) -> list[LinkSuggestion]:
    """The links of the claims `new_ids` names to every claim near it in `everything`."""
    new_features, copies = _first_statements([f for f in everything if f.claim.id in new_ids])
    stored = [f for f in everything if f.claim.id not in new_ids]
    kept = {f.claim.id for f in new_features} | _first_stored(stored)
    everything = [f for f in everything if f.claim.id in kept]
    grouped: dict[Block, list[Features]] = defaultdict(list)
    for f in everything:
        for key in _blocks(f):
            grouped[key].append(f)
    blocks: dict[Block, _Block] = {}  # made when first looked in: many never are
    seen: set[int] = set()  # pairs met already, as one int: low id << 32 | high id
    suggestions = []
    for f in new_features:
        mine = f.claim.id
        for key in _queries(f):
            block = blocks.get(key)
            if block is None:
                if key not in grouped:
                    continue
                block = blocks[key] = _Block(grouped[key])
            for other in block.near(f):
                theirs = other.claim.id
                pair = mine << 32 | theirs if mine < theirs else theirs << 32 | mine
                if theirs == mine or pair in seen:
                    continue
                seen.add(pair)
                suggestion = relate(f, other)
                if suggestion is not None:
                    suggestions.append(suggestion)
    return _cut(suggestions + copies, everything)


def _cut(suggestions: list[LinkSuggestion], found: list[Features]) -> list[LinkSuggestion]:
    """The links that stand of those found among the claims `found`: one claim of each
    figure a report restates, one place for a loose claim, one incident of a report's
    two, and the strongest few of each claim's."""
    linked = one_place_each(prune_restatements(suggestions), found)
    return strongest(one_incident_each(linked, found))


def _first_stored(stored: list[Features]) -> set[int]:
    """The ids of the stored claims less the copies `_first_statements` linked to their
    first statement when they were new: a report read earlier meets a new one through
    its first statement of each figure only."""
    first: dict[tuple[object, ...], int] = {}
    for f in stored:
        first.setdefault(_saying(f), f.claim.id)
    return set(first.values())


def _saying(f: Features) -> tuple[object, ...]:
    """What a claim says, and who, in which report: copies share it."""
    c = f.claim
    said = (c.category, c.low, c.high, c.qualifier, c.subject, c.location, c.date, c.scope)
    return (c.document_id, c.voice_id, c.denies, *said)


def _first_statements(found: list[Features]) -> tuple[list[Features], list[LinkSuggestion]]:
    """The claims less those that say again, in one report, what an earlier one of it
    says (voice, figure, category, subject, place, date and scope alike), and the
    link of each such copy to the first: it restates it, and is matched no further
    (a page of one sentence said 40,000 times compared every pair: 800 million)."""
    first: dict[tuple[object, ...], Features] = {}
    kept, copies = [], []
    for f in found:
        earlier = first.setdefault(_saying(f), f)
        link = relate(earlier, f) if earlier is not f else None
        if link is None or link.relation is not Relation.RESTATES:
            kept.append(f)
        else:
            copies.append(link)
    return kept, copies


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector: matching makes a million objects and no cycles,
    and each collection would walk every one still alive (15% of the time)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def match_all_pairs(claims: Iterable[MatchInput]) -> list[LinkSuggestion]:
    """Every pair compared, no blocking: the reference the blocked matcher must equal."""
    found = _read(list(claims))
    suggestions = [v for i, a in enumerate(found) for b in found[i + 1 :] if (v := relate(a, b))]
    return _cut(suggestions, found)
