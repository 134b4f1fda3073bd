"""A report's tolls two of which sum to a third: the two are its parts ("28 in one
village and nine in the other" beside "no fewer than 37"). Split from parts.py, whose
`with_parts` marks them (`mark_sums`)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.match.place_names import place_names

if TYPE_CHECKING:
    from workbench.match.features import Features

# a report giving more distinct figures of one category than this is a list or a
# table, not one incident's tolls: its sums are not looked for (a cost bound too)
_MOST_FIGURES = 40


def exact(f: Features) -> bool:
    """Whether a toll is one exact figure."""
    return f.claim.qualifier == "exact" and f.low == f.high and f.claim.value is not None


def _summand(f: Features) -> bool:
    """Whether a toll may be one of the parts a report sums: a figure or a lower bound
    of it ("28 in one village and no fewer than nine in the other"), not bodies found
    nor a part already, nor a toll of none ("killed 20 fighters and no civilians": the
    none is no share of the 20)."""
    counted = f.claim.qualifier in ("exact", "at_least", "more_than") and f.claim.value != 0
    return counted and not (f.part or f.bodies)


def _total(f: Features) -> bool:
    """Whether a toll may be the sum of two others of its report: a figure stated as
    counted (exact, or a bound), not a round guess ("put the toll at about 100", beside
    the headline's and the body's "at least 50", one toll told twice)."""
    guess = f.claim.qualifier in ("about", "nearly", "up_to") or f.vague
    return f.claim.value is not None and not guess


def mark_sums(claims: list[Features], members: list[int]) -> None:
    """Mark as parts the tolls two of which sum to another toll of the report; where
    the two count two families ("1 soldier was killed", "1 civilian was killed" and
    "Fatalities coded as 2"), mark that toll, naming no family itself, `mixed`: the
    dead of both, no count of either family's (relate `_conflict`)."""
    totals: dict[float, list[Features]] = defaultdict(list)
    for i in members:
        value = claims[i].claim.value
        if _total(claims[i]) and value is not None:
            totals[value].append(claims[i])
    by_value: dict[float, list[int]] = defaultdict(list)
    for i in members:
        f = claims[i]
        if _summand(f) and f.claim.value is not None:
            by_value[f.claim.value].append(i)
    values = sorted(by_value)
    if len(values) > _MOST_FIGURES:
        return
    parts: set[int] = set()
    mixed: set[float] = set()
    for n, first in enumerate(values):
        for second in values[n:]:
            if first + second not in totals or (first == second and len(by_value[first]) < 2):
                continue
            addends = by_value[first] + (by_value[second] if second != first else [])
            if not _sums_to(totals[first + second], [claims[i] for i in addends]):
                continue
            if not _one_teller(claims, by_value[first], by_value[second]):
                continue
            told = totals[first + second]
            if not _told_as_parts(claims, by_value[first], by_value[second], told):
                continue
            parts.update(addends)
            if len({claims[i].victim for i in addends} - {None}) > 1:
                mixed.add(first + second)
    for i in parts:
        claims[i] = replace(claims[i], part=True)
    for i in members:
        f = claims[i]
        if f.claim.value in mixed and f.victim is None and not f.part:
            claims[i] = replace(f, mixed=True)


def _one_teller(claims: list[Features], firsts: list[int], seconds: list[int]) -> bool:
    """Whether one voice tells a toll of each of two figures (two of one figure where
    they are the same): the parts of a sum are told together. Two voices' tolls that
    happen to add up to a third are no parts of it: a resident's "the remaining four"
    and the police's "only five persons were killed" beside the resident's nine (a
    Zamfara trial, session 50: the police's count read as a part, its dispute lost)."""
    return any(
        i != j and claims[i].claim.voice_id == claims[j].claim.voice_id
        for i in firsts
        for j in seconds
    )


def _told_as_parts(
    claims: list[Features], firsts: list[int], seconds: list[int], totals: list[Features]
) -> bool:
    """Whether two tolls that add up to one of `totals` are told as its parts: in one
    sentence ("28 in one village and nine in the other"), or of two places the total
    names neither of alone ("five in Mucojo ... two in Machava", beside a toll of the
    district). Two whole tolls of one place told in two sentences are two accounts of
    it, not its parts ("at least three killed", "the chief speaks of four deaths",
    "the police now admits two"), nor is another place's toll a part of a village's
    (trial 78: a radio's tolls of one village's clash, read as parts, were "related" to
    every other report's whole toll). Two families' tolls are still parts wherever they
    are told ("1 soldier was killed", "1 civilian was killed", "Fatalities coded as 2")."""
    for i in firsts:
        for j in seconds:
            one, other = claims[i], claims[j]
            if i == j:
                continue
            if one.claim.sentence == other.claim.sentence:
                return True
            families = one.victim != other.victim and None not in (one.victim, other.victim)
            if families and one.places == other.places:
                return True  # "1 soldier was killed", "1 civilian was killed": two families'

            if one.places != other.places and not any(
                t.places in (one.places, other.places) for t in totals
            ):
                return True
    return False


def _sums_to(totals: list[Features], addends: list[Features]) -> bool:
    """Whether one of a report's `totals` may be the sum of the `addends`: an exact toll,
    or a bound its addends' voice gives. Another voice's bound is its own estimate: a
    wire's "six soldiers and two civilians", the government's, are no parts of "at
    least 10 soldiers" an anonymous security source gave (a trial's 8 read as a part)."""
    voices = {a.claim.voice_id for a in addends}
    return any(
        (exact(t) or t.claim.voice_id in voices) and not _placed_apart(t, addends) for t in totals
    )


def _placed_apart(total: Features, addends: list[Features]) -> bool:
    """Whether a toll and the tolls that add up to it all name places, and none of
    those places is the toll's by name: a report's three incidents ("five beheaded in
    Mucojo", "two killed in Machava village", "three in Nangade town": a Mozambique
    trial, session 50), not one toll told by its parts."""
    names = set(place_names(total.claim.location))
    if not names or not all(a.claim.location for a in addends):
        return False
    return not any(names & set(place_names(a.claim.location)) for a in addends)
