"""Tolls of one event that count different dead: two countries' sides of a war, or two
sites of one attack. Each is a part of the event's toll, summed into it, never a rival
count of it.

- Two sides: "Thailand says 21 people were killed on its side ... Cambodia says 22
  Cambodians died" (AP), "15 civils et 6 soldats ont été tués côté thaïlandais. Phnom
  Penh fait état de 13 civils et 9 soldats tués" (AFP). Trial 77k's events read the
  AP's 21 and 22 as one toll told two ways (contested, best 21) and the AFP's sides by
  victim family (civilians "13 .. 15" contested), where the war killed 21 + 22. A
  claim's country is the one its words, its sentence or its voice give it
  (`match.war_sides.with_war_sides`: the matcher's `Features.sides`), or, where its
  people died in one country's strike and the category names two countries, the other.
- Two sites: "eight people at the petrol station" and "one nurse at the hospital" of
  one salvo (Bangkok Post), told apart in one report: trial 77k's event took the 1 as
  its conservative toll against the station's 8. A claim's site is the one kind of site
  the clause of its words names (`match.two_sites.claim_sites`); a site's count told as
  a share of the day's dead ("Six of the dead were killed when a rocket hit the petrol
  station") is that site's whole toll here.

Groups are made only where one report of the category tells two of them apart (two
countries' dead, or tolls at two sites), so two reports of one site or one side that
differ stay one toll in dispute. Pure code over the matcher's view of claims.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from workbench.events.figures import Contradicted
from workbench.events.sides import ARMED_GROUP, UNSTATED, over_sides
from workbench.match.features import Features, MatchInput, features
from workbench.match.parts import counts_part
from workbench.match.two_sites import with_sites
from workbench.match.victims import victim_family
from workbench.match.war_sides import with_war_sides
from workbench.models import CategoryFigures

COUNTRY = "country:"  # a side row of one country's dead: "country:Thailand"
SITE = "site:"  # a side row of one site's dead: "site:petrol station"
SITE_UNSTATED = SITE + UNSTATED  # tolls of no site named
SITE_ALL = SITE + "all"  # tolls of two sites or more: the attack's ("a station and a hospital")
_UN = "UN"

# a group's rows over its claims: its own row, then its victim families' (if two or more)
Rows = Callable[[Sequence[MatchInput]], list[CategoryFigures]]


def read_claims(claims: Sequence[MatchInput]) -> dict[int, Features]:
    """The matcher's features of an event's claims, by claim id, each with the sides of
    its sentence and report (`with_war_sides`) and its report's sites (`with_sites`)."""
    return {f.claim.id: f for f in with_sites(with_war_sides([features(c) for c in claims]))}


def two_of_one_report(claims: Sequence[MatchInput]) -> bool:
    """Whether one report tells two claims of one category among an event's claims: the
    least a report telling two sides' or two sites' tolls apart needs, checked first so
    that no other event pays for the matcher's features (`read_claims`)."""
    seen = Counter((c.document_id, c.category) for c in claims)
    return any(n > 1 for n in seen.values())


def figures_apart(
    members: Sequence[MatchInput],
    read: Mapping[int, Features],
    figures: Callable[[Sequence[MatchInput]], list[CategoryFigures]],
    contradicted: Contradicted,
) -> list[CategoryFigures]:
    """A category's rows: `figures` of its claims (its row, then its victim families'
    rows: `summary._with_sides`), or, where one report tells two countries' dead or two
    sites' tolls apart (`groups_apart`; `read`: `read_claims` of the event's claims, or
    empty where `two_of_one_report` says none can), the category's row over one row per
    country or site, each `figures`' first row over that group's claims
    (`over_groups`)."""
    groups = groups_apart(members, read) if read else None
    if not groups:
        return figures(members)
    return over_groups(figures(members)[0], groups, figures, contradicted)


def groups_apart(
    members: Sequence[MatchInput], read: Mapping[int, Features]
) -> dict[str, list[MatchInput]] | None:
    """A category's claims (`members`) as groups of different dead, by side label
    (`COUNTRY` + a country, `SITE` + a site kind, `ARMED_GROUP` for fighters of no
    country, `SITE_ALL` for a toll of two sites or more, `UNSTATED` or `SITE_UNSTATED`
    for claims of none), where one report tells
    two countries' dead or two sites' tolls apart; None where none does."""
    return _by_country(members, read) or _by_site(members, read)


def _by_country(
    members: Sequence[MatchInput], read: Mapping[int, Features]
) -> dict[str, list[MatchInput]] | None:
    if any(_UN in read[c.id].sides for c in members):
        return None  # a UN force beside an army: two parties, its own rows (summary)
    own = {c.id: country for c in members if (country := _country(read[c.id]))}
    parts = {c.id for c in members if counts_part(c)}
    told: dict[int, set[str]] = {}  # each report's countries whose whole toll it tells
    for c in members:
        if c.id in own and c.id not in parts:
            told.setdefault(c.document_id, set()).add(own[c.id])
    if not any(len(countries) > 1 for countries in told.values()):
        return None  # "two of its employees were among the victims": a part, no side
    named = {country for countries in told.values() for country in countries}
    groups: dict[str, list[MatchInput]] = {}
    for c in members:
        country = own.get(c.id) or _struck_other(read[c.id], named)
        if country in named:
            key = COUNTRY + str(country)  # its parts too: "15 civilians and six soldiers"
        elif c.id in parts:
            continue  # a part of a toll no group of its country holds: no group's own
        elif victim_family(c.unit, c.subject) == ARMED_GROUP:
            key = ARMED_GROUP  # fighters of no country: dead apart from either side's
        else:
            key = UNSTATED
        groups.setdefault(key, []).append(c)
    return groups


def _country(f: Features) -> str | None:
    countries = f.sides - {_UN}
    return next(iter(countries)) if len(countries) == 1 else None


def _struck_other(f: Features, named: set[str]) -> str | None:
    """The other country, where a claim's people died in one of two countries' strike
    ("Cambodian rockets hit a petrol station, killing eight people": Thailand's)."""
    if len(named) != 2 or len(f.struck & named) != 1:
        return None
    return next(iter(named - f.struck))


def _by_site(
    members: Sequence[MatchInput], read: Mapping[int, Features]
) -> dict[str, list[MatchInput]] | None:
    one_site = {c.id: next(iter(s)) for c in members if len(s := read[c.id].sites) == 1}
    told: dict[int, set[str]] = {}  # a report's sites its tolls name, where one names one
    for c in members:
        told.setdefault(c.document_id, set()).update(read[c.id].sites)
    alone = {c.document_id for c in members if c.id in one_site}
    apart = {s for doc, sites in told.items() if len(sites) > 1 and doc in alone for s in sites}
    if not apart:
        return None
    parts = {c.id for c in members if counts_part(c)}
    # the sites each report gives a whole toll of: "12 were killed at the market,
    # including three children" keeps its three a part
    whole_at = {(c.document_id, one_site[c.id]) for c in members if c.id in one_site.keys() - parts}
    groups: dict[str, list[MatchInput]] = {}
    for c in members:
        site = one_site.get(c.id)
        if site in apart:
            # "Six of the dead were killed when a rocket hit the petrol station": the
            # day's share, the station's whole toll where its report gives the station
            # no other (the analyst's word stands)
            share = c.id in parts and c.part is None and (c.document_id, site) not in whole_at
            groups.setdefault(SITE + str(site), []).append(replace(c, part=False) if share else c)
        elif len(read[c.id].sites) > 1:
            groups.setdefault(SITE_ALL, []).append(c)
        elif c.id not in parts:  # "Among the dead were a boy and his father": no toll
            groups.setdefault(SITE_UNSTATED, []).append(c)
    return groups


def over_groups(
    pooled: CategoryFigures,
    groups: Mapping[str, Sequence[MatchInput]],
    rows: Rows,
    contradicted: Contradicted,
) -> list[CategoryFigures]:
    """The category's row over its groups' rows, then each group's rows (`rows` works out
    one group's figures over its claims: its row, then its victim families' rows, whose
    side becomes "country:Thailand/civilian"): the groups' figures
    added up, or the figure of the claims of no group where larger (`sides.over_sides`
    as for a fight's toll: "at least 43 dead on both sides" is the whole of 21 and 22).
    A group's claims never contest another group's: only a contradicts link within one
    group, or with a claim of none, makes the row contested."""
    wholes = {UNSTATED, SITE_UNSTATED, SITE_ALL}
    where = {c.id: key for key, own in groups.items() for c in own}
    linked = any(
        other in where and (where[i] == where[other] or wholes & {where[i], where[other]})
        for i in where
        for other in contradicted.get(i, ())
    )
    ordered = sorted(groups.items(), key=lambda kv: kv[0] in wholes)  # as the reports tell them
    told = {key: rows(own) for key, own in ordered if own}
    found = [own[0].model_copy(update={"side": key}) for key, own in told.items()]
    # over_sides reads the claims of no group as UNSTATED: the whole, where larger
    marked = [f.model_copy(update={"side": UNSTATED}) if f.side in wholes else f for f in found]
    whole = over_sides(pooled, marked, linked, (), clash=True)
    # each group's row, then its own victim families' ("country:Thailand/civilian")
    return [
        whole,
        *(
            row
            for (key, own), first in zip(told.items(), found, strict=True)
            for row in [first, *(r.model_copy(update={"side": f"{key}/{r.side}"}) for r in own[1:])]
        ),
    ]
