"""The clause a victim rule reads (`Clause`), and what the rules of `victim_rules.py`
and `victim_passive.py` share: the matches that start at a trigger, the spans a rule
refuses, where a participle's auxiliaries begin, and the attackers' own dead in a
bracket after a death."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workbench.extract.claims import Reading
from workbench.extract.numbers import Quantity
from workbench.extract.tokens import Tokens
from workbench.extract.victim_items import Item
from workbench.extract.victim_plus import plus_people
from workbench.extract.victim_readings import Refused
from workbench.extract.victim_words import (
    AUX_BEFORE,
    K,
)
from workbench.models import Category


@dataclass(frozen=True)
class Clause:
    """The clause being read, `text[lo:hi]`, with what every predicate rule needs: the
    folded text, where its sentence starts, the sentence's quantities by start, and
    where in the clause a trigger word starts."""

    text: str
    folded: str
    lo: int
    hi: int
    sentence_start: int
    sentence_end: int
    quantities: dict[int, Quantity]
    triggers: list[int]
    sentence: Tokens


def at(
    pattern: re.Pattern[str], folded: str, triggers: list[int], end: int
) -> Iterator[re.Match[str]]:
    """The non-overlapping matches of `pattern` that start at a trigger."""
    after = -1
    for pos in triggers:
        if pos < after:
            continue
        match = pattern.match(folded, pos, end)
        if match:
            after = match.end()
            yield match


def refuse(items: list[Item]) -> Iterator[Refused]:
    return (Refused(i.start, i.end) for i in items)


def auxiliaries_start(folded: str, lo: int, pos: int) -> int:
    """Where the auxiliaries and adverbs before a participle begin: "were reportedly"."""
    aux = AUX_BEFORE.search(folded, max(lo, pos - 60), pos)
    return aux.start() if aux else pos


def plus_people_after(c: Clause, pos: int, category: Category) -> Iterator[Reading]:
    """The attackers' own dead in a bracket after a death: "(plus the bomber)", or
    counted before: "..., at least five dead, plus the bombers"."""
    if category is K and ("(" in c.folded[pos : pos + 3] or "plus" in c.folded[pos : pos + 8]):
        reading = plus_people(c.text, c.folded, pos, c.sentence_end, c.quantities)
        if reading is not None:
            yield reading
