"""A running total's tally told on in the next sentence: "Since January, the militia
has killed 400 people in Djugu territory, according to a UN tally. At least 120
people were abducted and 60,000 fled their homes." The abducted and the displaced
are the same tally's, of the same period, not an incident of no date (an analyst
trial found them in one village's event).

Within one sentence, a second verb joined to the total by "and" alone counts in the same
total ("has killed 40,000 ... and has displaced 12 million since April 2023").

A sentence goes on with the total before it only where it adds other fates to it and
says nothing of an incident of its own: it is the next sentence of the paragraph,
names no date, no place and no voice of its own, no attack, raid, clash or toll and no
one who did it, and counts none of the fates
the total counted ("400 killed since January. Twelve were killed on Monday" is an
incident; so is "Gunmen killed 12 in Konduga").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.models import Category, Scope

# An incident's words: its event, a day or a time of one, or who did it.
_INCIDENT_WORDS = re.compile(
    r"(?<![a-z])(?:attack\w*|raid\w*|ambush\w*|clash\w*|assault\w*|strikes?|blast|explosion|"
    r"bomb\w*|shooting|massacre|incident|fighting|yesterday|today|tonight|overnight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|"
    r"gunmen|assailants|bandits|raiders|militants|insurgents|jihadists|terrorists|rebels|"
    r"soldiers|troops|police|herdsmen|militiamen|fighters|toll|"
    # and in French
    r"attaqu\w*|embuscade|affrontements?|combats?|frappes?|attentat|bilan|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|hier|nuit|matin|soir|assaillants|terroristes|"
    r"jihadistes|djihadistes|soldats|militaires|rebelles|bandits|hommes\s+armés)(?![a-z])"
)

ScopeValue = tuple[str, str | None]
# What joins a second verb to a running total's in one sentence, with no subject, date
# or figure of its own: "has killed 40,000 people, according to estimates, and has
# displaced 12 million", "killed 5,000 and displaced 2 million since January".
_AND_THEN = re.compile(r"[^.;:\d]{0,60}?(?<![a-z])and\s+(?:(?:has|have|had)\s+)?(?:also\s+)?")


@dataclass
class _Total:
    """The running total a sentence told: its sentence, paragraph, scope and fates."""

    index: int
    block: int
    scope: ScopeValue
    categories: set[Category] = field(default_factory=set)


class Tallies:
    """The running totals a page told, by sentence, for the sentence after each to go
    on with."""

    def __init__(self) -> None:
        self._totals: dict[int, _Total] = {}

    def told(self, index: int, block: int, scope: ScopeValue, category: Category) -> None:
        """Record a claim of sentence `index` in paragraph `block` with its `scope`."""
        if scope[0] != Scope.CUMULATIVE.value:
            return
        total = self._totals.setdefault(index, _Total(index, block, scope))
        total.categories.add(category)

    def shared(self, index: int, category: Category, scope: ScopeValue, between: str) -> ScopeValue:
        """The scope of a claim of sentence `index` whose verb `between` (the lower-cased
        words since the sentence's last claim) joins to that claim's running total with
        "and" alone: the total's, where the claim counts another fate and the scope
        read in its own clause (`scope`) is an incident's or names no period."""
        total = self._totals.get(index)
        if total is None or category in total.categories or scope[1] is not None:
            return scope
        return total.scope if _AND_THEN.fullmatch(between) else scope

    def goes_on(
        self, index: int, block: int, category: Category, own: bool, folded: str
    ) -> ScopeValue | None:
        """The scope of the total sentence `index` goes on with, for a claim of
        `category` that its sentence (`folded`, lower-cased) tells with no date, place or
        voice of its `own`; None where it tells its own incident (the module's rule)."""
        total = self._totals.get(index - 1)
        if total is None or own or total.block != block:
            return None
        if category in total.categories or _INCIDENT_WORDS.search(folded):
            return None
        return total.scope
