"""An event in a line: its name, place, days, categories, voices and whether its
figures are contested; and when the reports about it came."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from workbench.event_rows import EventRow
from workbench.events.figures import Contradicted, category_figures, independent_voices
from workbench.events.name_words import period_words, place_words
from workbench.events.overtaken import overtaken
from workbench.events.sides import (
    ARMED_GROUP,
    CLASH,
    NAMED_SIDES,
    PEACEKEEPERS,
    UNSTATED,
    over_sides,
)
from workbench.events.told_twice import one_figure_once
from workbench.events.tolls_apart import figures_apart, read_claims, two_of_one_report
from workbench.extract.french.told_dates import FRENCH
from workbench.extract.told_dates import ENGLISH
from workbench.match.features import MatchInput, features
from workbench.match.means import with_report_means
from workbench.match.parts import counts_part
from workbench.match.place_names import place_names
from workbench.match.rivals import struck, struck_enemy
from workbench.match.time_spans import time_span
from workbench.match.victims import HOUSEHOLDS, counts_households, peacekeepers, victim_family
from workbench.models import (
    Category,
    CategoryFigures,
    EventSummary,
    Scope,
    Status,
    TimelinePoint,
)

_POSSESSIVE = re.compile(r"['’]s$")


def figures_by_category(
    claims: Sequence[MatchInput], contradicted: Contradicted, origins: Mapping[int, int]
) -> list[CategoryFigures]:
    """The figures of each category the event's claims count, killed first; where some
    of a category's claims count households ("about 300 families"), theirs are a row
    of their own after the people's (`counted` "households"). Claims the
    analyst marked false are left out of every figure and counted as left out;
    disputed ones stay in and are counted as disputed. A first count its own report
    replaced (`earlier_figure`) is left out where the report's standing figure is
    counted, and counted as `earlier`; where it is not (the event holds only the
    first count), it is the report's only word here and stays in."""
    by_category: dict[tuple[str, bool], list[MatchInput]] = {}
    for c in claims:
        by_category.setdefault((c.category, counts_households(c.subject, c.text)), []).append(c)
    order = list(Category)
    read = read_claims(claims) if two_of_one_report(claims) else {}
    return [
        figures.model_copy(update={"counted": HOUSEHOLDS}) if households else figures
        for (category, households), members in sorted(
            by_category.items(), key=lambda kv: (order.index(Category(kv[0][0])), kv[0][1])
        )
        for figures in figures_apart(
            members, read, lambda own: _with_sides(own, contradicted, origins), contradicted
        )
    ]


def _with_sides(
    members: Sequence[MatchInput], contradicted: Contradicted, origins: Mapping[int, int]
) -> list[CategoryFigures]:
    """A category's figures over all its claims, then, where the claims name two
    sides or more (soldiers and militants killed), the figures of each side, and of
    the claims that name none ("unstated"): UCDP's deaths by side (its codebook's
    deaths_a, deaths_b, deaths_civilians, deaths_unknown), which one pooled "high"
    figure would hide (a trial's 48 militants became the high of 21 soldiers). The
    category's own row is then worked out from its side rows (`sides.over_sides`:
    the named sides summed, the unstated toll taken where larger, or added for the
    high figures), so that it never contradicts them. A first count left out of the
    category's figures is left out of its side's. The attackers' dead are a side apart
    beside claims of no side even where no other side is named (re-trial 66: "Trois
    assaillants abattus" pooled with "9 morts" made the event's conservative 3); a
    part of a toll makes no side of its own where the
    category has a toll ("au moins 48 morts, dont 11 femmes et 6 enfants": no row of
    17 civilians, which trial 66's event summed with the police's 3 and the gang's 12
    into a conservative 32 no report gave)."""
    kept = {c.id for c in _counted(members)}
    whole = _figures(members, kept, contradicted, origins)
    parts = {c.id for c in members if counts_part(c)}  # read once: its words' rules
    tolls = len(parts) < len(members)
    by_side: dict[str, list[MatchInput]] = {}
    for c in members:
        if c.id not in kept and c.status != Status.FALSE and not c.figure_denied:
            continue  # a first count left out of the whole: of each side too
        if tolls and c.id in parts:
            continue  # "dont 11 femmes et 6 enfants": a part of a toll, no side's own
        by_side.setdefault(_side(c), []).append(c)
    _one_count_once(by_side, origins)
    once = one_figure_once(by_side, origins)  # one voice's 4 as soldiers and as civilians
    # a side whose every claim is left out (denied, false) has no figures: its claims
    # are told as left out in the category's row (trial 75b: a row of "?")
    by_side = {side: part for side, part in by_side.items() if any(c.id in kept for c in part)}
    named = by_side.keys() - {UNSTATED}
    attackers_apart = named == {ARMED_GROUP} and UNSTATED in by_side
    whole = whole.model_copy(update={"once": once})
    if len(named) < 2 and not attackers_apart:
        return [whole]  # "12 soldiers" and "30 people": the people may be the soldiers
    sides = [
        _figures(part, kept, contradicted, origins).model_copy(update={"side": side})
        for side, part in sorted(by_side.items(), key=lambda kv: _SIDE_ORDER.index(kv[0]))
    ]
    linked = any(contradicted.get(i, frozenset()) & kept for i in kept)
    rivals = _rival_sides(by_side, contradicted)
    clash = any(CLASH.search(c.sentence) for c in by_side.get(UNSTATED, ()))
    held = clash or _struck_enemy_held(by_side)
    return [over_sides(whole, sides, linked, rivals, held), *sides]


def _struck_enemy_held(by_side: Mapping[str, Sequence[MatchInput]]) -> bool:
    """Whether the claims of no side are a strike's toll that holds the armed group's
    row: every armed-group claim a party's count of its enemy killed in a strike
    (`rivals.struck_enemy`: "12 terrorists were eliminated in a precise strike") and a
    claim of no side told of a strike ("27 people were killed in the strike on the
    school"). The striker's count is its account of the same dead, not more (trial
    74c: the army's 12 added to the ministry's 27 made a best of 39 no report gave;
    UCDP's source criticism takes a party's count of its enemy's dead last)."""
    armed, unstated = by_side.get(ARMED_GROUP, ()), by_side.get(UNSTATED, ())
    if not armed or not unstated:
        return False
    read = {f.claim.id: f for f in with_report_means(features(c) for c in [*armed, *unstated])}
    return all(struck_enemy(read[c.id]) for c in armed) and any(
        struck(read[c.id]) for c in unstated
    )


def _rival_sides(
    by_side: Mapping[str, Sequence[MatchInput]], contradicted: Contradicted
) -> list[frozenset[str]]:
    """The pairs of named sides one of whose claims contradicts a claim of the other:
    rival accounts of one toll (`match.rivals`: the army's militants against the
    market's civilians), whose figures the category's row takes once
    (`sides.over_sides`)."""
    ids = {side: {c.id for c in own} for side, own in by_side.items() if side != UNSTATED}
    return [
        frozenset({one, other})
        for one in ids
        for other in ids
        if one < other and any(contradicted.get(i, frozenset()) & ids[other] for i in ids[one])
    ]


_SIDE_ORDER = (*NAMED_SIDES, UNSTATED)


def _side(c: MatchInput) -> str:
    """The side a claim's victims are of (`NAMED_SIDES`, else `UNSTATED`); a UN force's
    peacekeepers a side of their own beside the army they patrol with, as UCDP codes
    the UN a party apart (re-trial 65: MINUSCA's 2 and the army's 4 read as rival
    counts of one side, best 2 where the reports gave 6)."""
    family = victim_family(c.unit, c.subject) or UNSTATED
    return PEACEKEEPERS if family == "military" and peacekeepers(c.subject) else family


def _one_count_once(by_side: dict[str, list[MatchInput]], origins: Mapping[int, int]) -> None:
    """Move into a named side's claims each claim of no side whose voice states the
    same figure for that side, in the same report or another relaying it: "about 40
    Chadian soldiers" and, two paragraphs on, "around 40 bodies" from one source
    are one count, not a side's 40 and 40 more of no side (a trial's high of 176
    for 96 and 40 dead); so are an army's "17 morts" and "17 soldiers" a wire
    quotes it on.
    A figure a voice gives two named sides stays where it is: which side it counts
    is not known."""
    unstated = by_side.get(UNSTATED)
    if not unstated:
        return
    sides: dict[tuple[object, ...], set[str]] = {}
    for side, own in by_side.items():
        if side != UNSTATED:
            for c in own:
                sides.setdefault(_count_key(c, origins), set()).add(side)
    kept = []
    for c in unstated:
        found = sides.get(_count_key(c, origins), set())
        if len(found) == 1:
            by_side[found.pop()].append(c)
        else:
            kept.append(c)
    if kept:
        by_side[UNSTATED] = kept
    else:
        del by_side[UNSTATED]


def _count_key(c: MatchInput, origins: Mapping[int, int]) -> tuple[object, ...]:
    """A figure as one voice states it (its origin, `independent_voices`: a relay of
    its statement in another report is the same voice's)."""
    return (origins.get(c.id, c.id), c.low, c.high, c.value)


def _figures(
    members: Sequence[MatchInput],
    counted: AbstractSet[int],
    contradicted: Contradicted,
    origins: Mapping[int, int],
) -> CategoryFigures:
    """The figures of `members` over those of them in `counted` (`_counted` of the
    category's claims), saying how many the analyst judged false, how many are
    figures a voice denies and how many earlier figures were left out."""
    judged = [c for c in members if c.status != Status.FALSE]
    left_out = len(members) - len(judged)
    kept = [c for c in members if c.id in counted]
    denied = sum(c.figure_denied for c in judged)
    earlier = len(judged) - len(kept) - denied
    if not kept:  # every claim false: no figure, and how many were left out
        return CategoryFigures(
            category=Category(members[0].category),
            claims=0,
            voices=0,
            contested=False,
            conservative=None,
            low=None,
            best=None,
            high=None,
            minimum=None,
            maximum=None,
            majority=None,
            majority_voices=0,
            left_out=left_out,
            denied=denied,
        )
    doubted = {c.id for c in kept if c.status == Status.DISPUTED}
    figures = category_figures(kept, contradicted, origins, doubted)
    return figures.model_copy(
        update={
            "left_out": left_out,
            "disputed": len(doubted),
            "earlier": earlier,
            "denied": denied,
        }
    )


def _counted(members: Sequence[MatchInput]) -> list[MatchInput]:
    """The claims a category's figures count: none the analyst marked false, no figure
    its voice denies (`figure_denied`), no first count (`earlier_figure`) of a report
    whose standing figure is counted, and no figure a later report says the toll
    moved on from (`overtaken`: "up from 12")."""
    judged = [c for c in members if c.status != Status.FALSE and not c.figure_denied]
    standing = {c.document_id for c in judged if not c.earlier_figure}
    moved_on = overtaken(judged)
    return [
        c
        for c in judged
        if not (c.earlier_figure and c.document_id in standing) and c.id not in moved_on
    ]


def summarise(
    event: EventRow, claims: Sequence[MatchInput], contradicted: Contradicted
) -> EventSummary:
    """`event`: the stored row (id, name, named_by)."""
    origins = independent_voices(claims)
    figures = figures_by_category(claims, contradicted, origins)
    first, last = _days(claims)
    scope = _scope(claims)
    if scope is Scope.CUMULATIVE:  # "since 2009": up to the last report's day
        last = max((c.published for c in claims if c.published), default=last)
    place = event_place(claims) or "somewhere"
    return EventSummary(
        id=event["id"],
        name=event["name"] or machine_name(claims, figures, place, (first, last), scope),
        named_by=event["named_by"],
        scope=scope,
        place=place,
        country=_most_common(c.country for c in claims),
        first_day=first,
        last_day=last,
        voices=len(set(origins.values())),
        claim_ids=sorted(c.id for c in claims),
        figures=figures,
    )


def machine_name(
    claims: Sequence[MatchInput],
    figures: Sequence[CategoryFigures],
    place: str,
    days: tuple[str | None, str | None],
    scope: Scope,
) -> str:
    """ "killed, wounded in Gossi, January 30": what, where, when the claims say (the
    most common date words, else the days of the reports). A running total's (`scope`
    cumulative) says so and its period as the text words it: "killed in Lake Chad since
    2009 (running total)"."""
    what = ", ".join(dict.fromkeys(f.category.value for f in figures))  # sides: once
    where = place_words(place)
    if scope is Scope.CUMULATIVE:
        since = _most_common(c.date_text for c in claims)
        return f"{what} {where}" + (f" {period_words(since)}" if since else "") + " (running total)"
    when = _most_common(c.date for c in claims) or _most_common(
        _day_named(c.date_text) for c in claims
    )  # "Saturday's attack": Saturday
    published = sorted({c.published[:10] for c in claims if c.published})
    first, last = (published[0], published[-1]) if published else days
    if when is None and first:  # the days the reports came out, not the week before them
        when = f"reported {first}" if first == last else f"reported {first} to {last}"
    return f"{what} {where}" + (f", {when}" if when else "")


def _day_named(date_text: str | None) -> str | None:
    """A claim's date words as an event's name says when ("Saturday's attack":
    "Saturday"); None for none, and for words that count from another date of the
    story ("Le même jour", "the next day", left unresolved), which named a trial's
    event."""
    if not date_text or any(told.pattern.search(date_text) for told in (ENGLISH, FRENCH)):
        return None
    return _POSSESSIVE.sub("", date_text)


def _scope(claims: Sequence[MatchInput]) -> Scope:
    """A running total's event where every claim of it is one (extract/scope.py); an
    incident's otherwise."""
    if claims and all(c.scope == Scope.CUMULATIVE for c in claims):
        return Scope.CUMULATIVE
    return Scope.INCIDENT


def timeline(claims: Sequence[MatchInput]) -> list[TimelinePoint]:
    """How many of the claims each day's reports carry, and in whose voices."""
    days: dict[str, list[MatchInput]] = {}
    for c in claims:
        days.setdefault(c.published or "undated", []).append(c)
    return [
        TimelinePoint(day=day, claims=len(members), voices=sorted({c.voice for c in members}))
        for day, members in sorted(days.items())
    ]


def _days(claims: Sequence[MatchInput]) -> tuple[str | None, str | None]:
    spans = [time_span(c) for c in claims]
    explicit = [s for s in spans if s.explicit] or spans
    starts = [s.start for s in explicit if s.start is not None]
    ends = [s.end for s in explicit if s.end is not None]
    if not starts or not ends:
        return None, None
    return _iso(min(starts)), _iso(max(ends))


def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def event_place(claims: Sequence[MatchInput]) -> str | None:
    """The place an event's name gives: the words most claims place it by, told apart
    by their first name as matching reads it (`match.place_names`: "Pont-Sondé, central
    Haiti", "Pont Sondé" and "Pont-Sonde, Haiti" are one), then the commonest wording of
    that name up to its first comma ("Pont-Sondé"). None where no claim names a place.
    Counting whole phrases named a trial's massacre after the one report that gave only
    its department."""
    by_name: dict[str, list[str]] = {}
    for c in claims:
        names = place_names(c.location)
        if c.location and names:
            by_name.setdefault(names[0], []).append(c.location.split(",")[0].strip())
    if not by_name:
        return _most_common(c.location for c in claims)
    most = max(len(v) for v in by_name.values())
    name = min(n for n, v in by_name.items() if len(v) == most)
    return _most_common(by_name[name])


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None
