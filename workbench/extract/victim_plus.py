"""People a bracket adds to a death's figure: "Eight worshippers were killed (plus the
bomber)", "at least 32 dead (plus 6 bombers)", "killing two (plus two soldiers)". A
coder or a reporter sets the attackers (or other dead) apart from the victims in
brackets; they died in the same attack. Not "(including the bomber)", which counts
the bomber among the figure before it, nor "(plus 4 injured)" or "(plus 3 cows)".
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.lexicon import NOUN_CLASS, PEOPLE, SINGULAR_CLASS
from workbench.extract.numbers import Quantity
from workbench.models import Category

# Run over folded text right after a death's figure or its predicate.
_PLUS = re.compile(
    r"\s*\(\s*plus\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?P<n>[\w-]+\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?P<who>[a-z-]+)\s*\)"
)
# The same without a bracket, for a plural only, whose figure the sentence gave before:
# "Three bombers blew up a bus, at least five dead, plus the bombers". (A singular is
# read by the lists: "four were killed, plus the bomber".)
_PLUS_THE = re.compile(
    r"\s*,?\s+plus\s+(?:the|their|its)\s+(?:[a-z-]+\s+){0,2}?(?P<who>[a-z-]+s)(?![a-z-])"
)
# The words between a figure and its noun: "Four suspected female suicide bombers".
_UP_TO_NOUN = r"\s+(?:[\w/-]+\s+){0,5}?"


def plus_people(
    text: str, folded: str, pos: int, end: int, quantities: dict[int, Quantity]
) -> Reading | None:
    """The dead a bracket at `pos` adds ("(plus bomber)", "(plus 2 bombers)", "(plus
    the attacker)") as one killed reading: a figure written there counts them, a
    singular noun for people counts one; a plural with no figure ("(plus the
    bombers)") counts nobody it can say. None where no such bracket stands at `pos`."""
    match = _PLUS.match(folded, pos, end) or _PLUS_THE.match(folded, pos, end)
    if match is None:
        return None
    who = match.group("who")
    plural = NOUN_CLASS.get(who)
    noun = plural or SINGULAR_CLASS.get(who)
    if noun not in PEOPLE:
        return None
    first, last = match.start("who"), match.end("who")
    figure = match.re is _PLUS and match.group("n")
    counted = quantities.get(match.start("n")) if figure else None
    if counted is not None:  # else a modifier: "(plus suicide bomber)"
        quantity, first = counted, counted.start
    elif plural:  # "(plus the bombers)": those the sentence counted before, if any
        before = _counted_before(folded, pos, who, quantities)
        if before is None:
            return None
        quantity, first, last = before, before.start, match.end("who")
        return Reading(quantity, Category.KILLED, first, last, text[first:last], noun, None)
    elif match.re is _PLUS_THE:
        return None
    else:
        quantity = Quantity(first, last, 1, 1, 1, "exact", words=True)
    return Reading(quantity, Category.KILLED, first, last, text[first:last], noun, None)


def _counted_before(
    folded: str, pos: int, who: str, quantities: dict[int, Quantity]
) -> Quantity | None:
    """The last figure before `pos` that counts `who` ("Four suspected suicide
    bombers" for "the bombers"), or None."""
    noun = re.compile(rf"{_UP_TO_NOUN}{re.escape(who)}(?![a-z-])")
    found = [q for q in quantities.values() if q.end <= pos and noun.match(folded, q.end, pos)]
    return max(found, key=lambda q: q.start) if found else None
