"""One report's two tolls of one fate at two places are two incidents.

"Last Friday, the insurgents killed two people in Machava village, in Nangade
district. Later on Friday, an insurgent group attacked Nangade town, where they killed
three people": one report, two incidents of one day and district. Another report of
the same two, linked to each ("2 in Nangade district" corroborating the first and
contradicting the second), joined all four claims into one event whose toll was
contested (a Mozambique trial, session 50). An event holds no two whole tolls of one
category from one report that name different places and whose figures are disjoint.

A site's toll and the toll of the attack on that site and another, in one report ("killing
at least 11 civilians" where rockets "struck a petrol station and a hospital", and "two
people" killed in the hospital compound) are the whole and a part of one attack, not two
incidents at two places (trial 77k kept Reuters' 11 in Sisaket province apart from its
own hospital's 2 in Kantharalak district): `match.two_sites.claim_sites`.

A report's headline and body ("10 killed in Borno", "killed 10 in Gwoza") agree in
their figures and stay one event; a part of a toll (`match.parts.counts_part`) and a
first count its report replaced (`earlier_figure`) are no toll of their own here.

Pure code over the matcher's view of claims (`MatchInput`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.match.features import MatchInput
from workbench.match.place_names import place_names
from workbench.match.two_sites import claim_sites


@dataclass(frozen=True)
class ReportToll:
    """A whole toll of one report: its document, category, the first name of its
    place (`match.place_names`) and its figure's bounds (high `inf` for a floor),
    and the kinds of site its clause names (`claim_sites`: "petrol station", "hospital")."""

    document_id: int
    category: str
    place: str
    low: float
    high: float
    sites: frozenset[str] = frozenset()


def report_toll(claim: MatchInput, part: bool) -> ReportToll | None:
    """The claim as a report's whole toll of an incident at a named place, else None
    (a part, as `part` says `match.parts.counts_part` read it; a replaced first count,
    a figure its voice denies, a running total, no place or no figure). A communiqué's
    own 18 dead "near Beni" and the 42 "at Kalemba" it denies are one incident's: a
    trial's correction of the denied claim's place split it off in an event alone."""
    names = _named(claim.location)
    if not names or claim.low is None or claim.scope != "incident" or part:
        return None
    if claim.earlier_figure or claim.figure_denied:
        return None
    high = math.inf if claim.high is None else claim.high
    sites = claim_sites(claim)
    return ReportToll(claim.document_id, claim.category, names[0], claim.low, high, sites)


def _named(location: str | None) -> tuple[str, ...]:
    """The place names of a toll's place (`match.place_names`), less a site it opens
    with in common words: "poste militaire de Mora" is Mora's (a trial's mayor's 25
    there and the army's 12 at "Mora", one report's, were two incidents apart)."""
    names = place_names(location)
    if len(names) > 1 and location and location[:1].islower():
        return names[1:]
    return names


def two_incidents_told(first: Iterable[ReportToll], second: Iterable[ReportToll]) -> bool:
    """Whether a report gives a toll in `first` and another in `second` of one category
    at two places, their figures disjoint: two incidents, no one event. A site's toll
    and the toll of the attack on it and another site (`site_of_attack`) are one's."""
    others = list(second)
    return any(
        a.document_id == b.document_id
        and a.category == b.category
        and a.place != b.place
        and (a.high < b.low or b.high < a.low)
        and not site_of_attack(a, b)
        for a in first
        for b in others
    )


def site_of_attack(a: ReportToll, b: ReportToll) -> bool:
    """Whether one toll's sites are some of the other's, which names two or more: the
    hospital's "two people" and the "at least 11 civilians" of rockets that "struck a
    petrol station and a hospital" (a part of the attack's toll, never a rival count)."""
    if not a.sites or not b.sites or a.sites == b.sites:
        return False
    return a.sites < b.sites or b.sites < a.sites
