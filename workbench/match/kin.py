"""Whom "others" counts: the family of the toll beside it.

"A roadside bomb killed four civilians and wounded two others": the two wounded
are civilians too, as "eight others" wounded beside "12 soldiers" killed are
soldiers, and "cinq militaires tombés et neuf blessés" counts nine wounded
soldiers. A toll that names no one but "others" or its own toll word ("blessés",
"wounded"), or no one at all, takes the family of the toll its sentence states
just before it, where that toll is of another category, so that two civilians
wounded on a road never dispute the wounded soldiers of an attack that day. After
a count of its own category, "others" are other people than those ("three
soldiers and two others were killed"): no family.

A toll of people in general ("Six people were killed", a headline's "Six killed",
"six personnes") whose own report gives that figure of that category to one family
("Six passengers were killed") counts that family (`with_report_kin`): a report's
six people are its six passengers, not six policemen another report counts that
day (trial 75: "'policiers' among 'people'" corroborated a bus attack's dead with an
IED's).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from workbench.match.companions import TOLLS

if TYPE_CHECKING:
    from workbench.match.features import Features

# a subject that names no one but "others" or the toll itself
_NO_ONE = frozenset(
    "others other more autres wounded injured hurt dead killed missing blessés blesses "
    "morts tués tues disparus".split()
)


def kin_word(subject: str | None) -> bool:
    """Whether a subject names no one of its own: none, "others", "two more", or only
    its toll word ("wounded", "blessés")."""
    words = (subject or "").lower().split()
    return all(word in _NO_ONE for word in words)


def with_kin(found: Iterable[Features]) -> list[Features]:
    """The claims, each toll of no family whose subject names no one (`kin_word`)
    given the family of the toll its sentence states just before it, where that
    toll is of another category ("killed four civilians and wounded two others",
    "52 soldiers were killed, while 196 others were injured") and names one (others
    unchanged). After a toll of its own category, "others" are other people.
    ("Members" or "personnel" of a state's force are security forces already:
    `members.members_family`.)"""
    claims = list(found)
    sentences: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, f in enumerate(claims):
        if f.claim.sentence:
            sentences[(f.claim.document_id, f.claim.sentence)].append(i)
    for members in sentences.values():
        if len(members) < 2:
            continue
        for i in members:
            f = claims[i]
            if f.category not in TOLLS or f.victim is not None or not kin_word(f.claim.subject):
                continue
            family = _family_before(f, [claims[j] for j in members if j != i])
            if family is not None:
                claims[i] = replace(f, victim=family)
    return claims


def with_report_kin(found: list[Features]) -> list[Features]:
    """The claims, each toll of people in general (no family, a generic subject: "Six
    people", "Six killed", "six personnes"; not a person's name) given the family of its
    report's first toll of the same category and figure that names one ("Six passengers
    were killed", "six civils tués"), where one does. A part of a toll, a count of
    several families (`mixed`) or of none (a toll of 0) gives none."""
    named: dict[tuple[int, object, float, float], str] = {}
    for f in sorted(found, key=_claim_id):
        if f.category in TOLLS and f.victim is not None and not (f.generic or f.part or f.mixed):
            named.setdefault(_report_toll(f), f.victim)
    claims = list(found)
    for i, f in enumerate(claims):
        if f.category not in TOLLS or f.victim is not None or not f.generic or f.named:
            continue
        family = named.get(_report_toll(f)) if f.high > 0 else None
        if family is not None:
            claims[i] = replace(f, victim=family)
    return claims


def _claim_id(f: Features) -> int:
    return f.claim.id


def _report_toll(f: Features) -> tuple[int, object, float, float]:
    """A toll's report, category and figure."""
    return (f.claim.document_id, f.category, f.low, f.high)


def _family_before(f: Features, beside: list[Features]) -> str | None:
    """The family of the people "others" points back to: the tolls of the category
    its sentence states just before it, where that is another category than the
    claim's and they name one family ("killed four soldiers and nine militants and
    wounded five others": two, so none). A count of no toll is no such people: "two
    suicide bombers" before "killing 22" are not the 22 killed."""
    sentence = f.claim.sentence
    mine = sentence.find(f.claim.text)
    earlier = [
        (at, g)
        for g in beside
        if g.category in TOLLS and 0 <= (at := sentence.find(g.claim.text)) < mine
    ]
    if mine < 0 or not earlier:
        return None
    category = max(earlier, key=lambda pair: pair[0])[1].category
    if category is f.category:
        return None
    families = {g.victim for _, g in earlier if g.category is category} - {None}
    return families.pop() if len(families) == 1 else None
