"""Revised tolls: a later figure that replaces the one told before it.

"Gunmen killed 47. The figure was raised to 58." tells one toll, 58, not 105:
the revision names a total ("the death toll", "the figure", "the count"), a
verb that revises it ("was raised", "rose", "was later updated", "heightened")
and the new figure after "to" ("from 1 to 4" is 4). A bracket does it too:
"killing 25 (later raised to 37)", "(a number later heightened to 15)",
"(later, 76)", "killing 45 (raised to 71 later in the week)". "... raised to 118
and later to 162" revises twice. A bound stays: "rose to at least 130" is at least
130, "to more than 90" more than 90 ("up to 114" is 114 itself).

A revision is read as a `killed` claim whose text holds the revising words, so
that a reader of the claims (the benchmark's toll) can let it replace the
figures counted before it instead of adding to them. A total of another fate
("the number of displaced rose to 3,000") is no revised death toll.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.lexicon import CASUALTY_NOUNS, NOUN_CLASS, NounClass
from workbench.extract.numbers import Quantity
from workbench.models import Category

K = Category.KILLED

_VERB = (
    r"(?:raised|revised|rose|risen|rises|climbed|climbs|increased|increases|updated|"
    r"heightened|(?:went|gone|goes)\s+up|jumped|reached|determined\s+to\s+be|confirmed\s+as)"
)
_ADVERBS = (
    r"(?:(?:was|were|is|are|has|have|had|been|later|subsequently|since|then|further|eventually|"
    r"finally|again|officially)\s+)*"
)
# Run over lower-cased text, from a trigger word: "death toll ... was raised".
# An aside between commas may part them: "the toll, initially put at 12, has risen to 15".
_TOTAL = re.compile(
    r"(?:(?:death|casualty|causality|fatality|fatalities)\s+)?(?:toll|figure|number|count|"
    r"total|tally)((?:\s+(?!to\b)[a-z’'-]+){0,20}?(?:,[^,.;:()]{1,50},)?)\s+"
    + _ADVERBS
    + _VERB
    + r"(?![a-z])"
)
# An active revision, the total after its verb and "from ... to ...": "the army raised
# the death toll from 12 to 30", "officials updated the toll from 17 to 24".
# a headline's present and a place's name between: "Police revise Ngoshe toll to 37"
_ACTIVE_VERB = re.compile(
    r"(?<![a-z])(?:raised|revised|updated|increased|upped|lifted|adjusted|"
    r"raises?|revises?|updates?)\s+"
    r"(?:(?:its|their|the|his|her)\s+)?(?:own\s+)?(?:[\w'’-]+\s+)?$"
)
_ACTIVE_TOTAL = re.compile(
    r"(?:(?:death|casualty|fatality)\s+)?(?:toll|figure|count|tally)(?:\s+up(?:wards)?)?"
    r"(?=\s+(?:from|to)\s)"
)
# "(later raised to 37)", "(a number later determined to be seven)", "(later, 76)",
# "(raised to 71 later in the week)", "(revised to 9)"
_LATER = re.compile(r"(?:later(?:\s+" + _VERB + r")?|raised|revised)(?![a-z])\s*,?")
_LATER_OPENS = re.compile(r"\(\s*(?:an?\s+(?:number|figure|toll)\s+)?$")
# "up to", "upward to", "downwards to": the direction said before the new figure
_TO = re.compile(r"(?:(?:up|upwards?|down|downwards?)\s+)?(?:to|at)\s+")
# Words between the verb and its figure: "rose sharply on friday from 90 to 170".
_BETWEEN = re.compile(
    r"(?:(?:[a-z]{3,}ly|overnight|again|further|later|yesterday|today|on|this|last|late|early|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|week)\s+){1,4}"
)
_NOUN = re.compile(r"\s+([a-z-]+)")
_AGAIN = re.compile(r"\s+and\s+(?:(?:then|later|subsequently|finally)\s+)*to\s+")
# The words between "number" and its verb that make it a total of another fate.
_OTHER_FATE = re.compile(
    r"injur|wound|hurt|displac|refugee|arrest|detain|kidnap|abduct|hostage|missing|fle[de]|"
    r"evacu|house|home|build|vehicle|village|attack|incident|protest|case|infect|rescued"
)

# Words that make "the number of ..." a count of the dead: "the number of people killed",
# "the number of victims" (not "the number of peacekeepers deployed").
_DEAD = re.compile(
    r"kill|dead|death|died|victim|casualt|fatalit|lives|bodies|murder|massacr|martyr|slain"
)
_DEATH_TOTALS = ("death", "casualty toll", "fatality", "fatalities", "toll")
_HURT = re.compile(r"injur|wound|hurt")


def revised_tolls(
    folded: str, lo: int, hi: int, triggers: list[int], quantities: dict[int, Quantity]
) -> Iterator[Reading]:
    """The revised tolls of `text[lo:hi]`, tried where a trigger word starts: one
    reading for each new figure, its text from the revising words to the figure."""
    after = lo
    for pos in triggers:
        if pos < after:
            continue  # "toll" inside "death toll ... raised", read from "death"
        total = _revising(folded, lo, pos, hi)
        if total is not None:
            verb = _ACTIVE_VERB.search(folded, max(lo, pos - 30), pos)
            first = verb.start() if verb is not None else pos  # "updated its toll to 212"
            readings = list(_figures(folded, first, total.end(), hi, quantities))
            after = readings[-1].end if readings else total.end()
            yield from readings


def _revising(folded: str, lo: int, pos: int, hi: int) -> re.Match[str] | None:
    """The revising words starting at trigger `pos`, up to where the new figure is
    read: "death toll ... was raised", "(later raised", or a total after an active
    revision ("raised the death toll" before "from 12 to 30")."""
    total = _TOTAL.match(folded, pos, hi)
    if total is not None:
        return None if _other_fate(folded, pos, total.group(1)) else total
    if _ACTIVE_VERB.search(folded, max(lo, pos - 30), pos):
        return _ACTIVE_TOTAL.match(folded, pos, hi)
    if _LATER_OPENS.search(folded, max(lo, pos - 20), pos):
        return _LATER.match(folded, pos, hi)
    return None


def _other_fate(folded: str, pos: int, words: str) -> bool:
    """Whether the words between a total and its verb make it a total of another fate;
    a death toll stays one whatever attack it is of ("the death toll in Thursday's
    attack at the airport rose")."""
    if folded.startswith(_DEATH_TOTALS, pos):
        return _HURT.search(words) is not None
    if words.startswith(" of ") and _DEAD.search(words) is None:
        return True  # "the number of peacekeepers in the north rose to 400"
    return _OTHER_FATE.search(words) is not None


def _figures(
    folded: str, start: int, pos: int, hi: int, quantities: dict[int, Quantity]
) -> Iterator[Reading]:
    """The figure at `pos` ("from 1 to 4", "up to 114") or after "to" or "at", and one
    more after "and later to"."""
    while True:
        quantity = _quantity_at(folded, pos, hi, quantities)
        if quantity is None or quantity.unit is not None or _counts_other(folded, quantity.end, hi):
            return
        new = quantity.high if quantity.qualifier in ("range", "up_to") else quantity.value
        if new is None:
            return
        # "rose to at least 130", "to more than 90", "to about 40" keep their bound; "up
        # to 114" and "from 1 to 4" are the new figure itself
        if quantity.qualifier in _KEPT_BOUNDS:
            figure = quantity
        else:
            figure = replace(quantity, value=new, low=new, high=new, qualifier="exact")
        yield Reading(figure, K, start, quantity.end, None, None, None)
        again = _AGAIN.match(folded, quantity.end, hi)
        if again is None:
            return
        pos = again.end()


_KEPT_BOUNDS = frozenset({"at_least", "more_than", "about", "nearly"})


def _counts_other(folded: str, pos: int, hi: int) -> bool:
    """Whether the noun after a figure counts no dead: "rose to 12 attacks", "to 40 injured"."""
    noun = _NOUN.match(folded, pos, hi)
    if noun is None:
        return False
    word = noun.group(1)
    fate = CASUALTY_NOUNS.get(word, Category.KILLED)
    return NOUN_CLASS.get(word) in (NounClass.THING, NounClass.ATTACK) or fate is not K


def _quantity_at(
    folded: str, pos: int, hi: int, quantities: dict[int, Quantity]
) -> Quantity | None:
    """The quantity starting at `pos` past white space, or after "to" there."""
    while pos < hi and folded[pos].isspace():
        pos += 1
    between = _BETWEEN.match(folded, pos, hi)
    for at in (pos, between.end()) if between else (pos,):
        found = quantities.get(at)
        if found is None:
            to = _TO.match(folded, at, hi)
            found = quantities.get(to.end()) if to else None
        if found is not None:
            return found
    return None
