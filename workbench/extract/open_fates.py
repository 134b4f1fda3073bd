"""A figure of the dead and the hurt together, told with "and" (issue 13, kinds37).

"Killed or injured 22 pupils" leaves open which befell whom (`victim_words.OR_BEFORE`,
`OR_OTHER_FATE`): no `killed` and no `wounded` claim. "Killed and injured 40", "15
were killed and wounded", "leaving 12 dead and injured", "kill and injure 10 persons",
"50 casualties and wounded" say no more: one figure for two fates, how many of each
unsaid. They are read as the "or" is, whatever rule reads the predicate:

- `and_before(folded, lo, pos, word)`: the other fate's word and "and" right before a
  predicate at `pos` ("killed and " before "injured 40");
- `and_after(folded, start, end, hi)`: "and" and the other fate right after one ("were
  killed" before " and wounded"), refused where `figure_told` counts its victims;
- `open_counts(c)`: a count named by one fate's noun and joined to the other's ("50
  casualties and wounded", "12 dead and injured", "30 martyrs and wounded"), refused.

A vague subject before a passive is the exception: "dozens of people were killed and
injured" says that people died, in a number no one states, and stays the vague `killed`
claim it was (the seed gold reads it so); after an active verb, "killed and injured
dozens of civilians", the vague object is neither's, as after "killed or injured".

Only the dead and the hurt pair so: "kidnapped and killed" is two fates of one victim
(both claims), "wounded and later died" a death, and "killed 5 and wounded 9" two
figures, one for each; nor does a second verb with an object of its own ("shot one
dead and injured another", "left 11 dead and injuring 35 others").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.extract.number_words import NUMBER_WORDS
from workbench.extract.victim_clause import Clause
from workbench.extract.victim_items import Item
from workbench.extract.victim_readings import Refused

_DEAD = r"(?:killed|killing|kills|kill|dead|martyred|slain)"
_HURT = r"(?:injured|injuring|injures|injure|wounded|wounding|wounds|wound|hurt|hurting)"
_DEAD_WORD = re.compile(_DEAD + r"$")
_HURT_WORD = re.compile(_HURT + r"$")
_DEAD_AND = re.compile(rf"(?<![a-z]){_DEAD}\s+and\s+(?:(?:were|was|been)\s+)?$")
_HURT_AND = re.compile(rf"(?<![a-z]){_HURT}\s+and\s+(?:(?:were|was|been)\s+)?$")
# An object of its own after the second fate's verb: "left 11 dead and injuring 35
# others", "shoot one dead and injure another" (two fates, each with its figure).
_OBJECT = (
    rf"(?!\s+(?:\d|(?:another|others?|an?|the|his|her|their|its|some|many|more|at\s+least|about|"
    rf"over|nearly|up\s+to|{NUMBER_WORDS})(?![a-z])))"
)
_AND_HURT = re.compile(rf"\s+and\s+(?:(?:were|was|been)\s+)?{_HURT}(?![a-z]){_OBJECT}")
_AND_MISSING = re.compile(
    r"\s+(?:and|or)\s+(?:(?:are|were|is|was|have|has|had)\s+)?(?:gone\s+|went\s+|been\s+"
    r"|remain\s+|still\s+)?missing(?![a-z])"
)
_AND_DEAD = re.compile(
    rf"\s+and\s+(?:(?:were|was|been)\s+)?(?:killed|dead|slain)(?![a-z]){_OBJECT}"
)
# Before an active verb, the other fate as a verb too: "killed and injured 40", not "shot
# a man dead and injured another" ("dead" has its own object before it).
_KILLED_AND = re.compile(r"(?<![a-z])(?:killed|killing|kills|kill|martyred)\s+and\s+$")
_FIRST_WORD = re.compile(r"[a-z]+")


def figure_told(items: list[Item]) -> bool:
    """Whether the victims of an open fate are counted by a figure ("40 people", "a
    boy"), which would be read as a toll of one fate; a vague subject alone ("dozens of
    people were killed and injured") tells that people died, in a number nobody states,
    and stays a `killed` claim of that word."""
    counted = [i for i in items if i.counted]
    return not counted or any(
        i.quantity is None or not i.quantity.qualifier.startswith("vague:") for i in counted
    )


def and_before(folded: str, lo: int, pos: int, word: str, active: bool = False) -> bool:
    """Whether the predicate whose first word `word` starts (after its auxiliaries) at
    `pos` follows the other fate and "and": "killed and " before "injured 40",
    "wounded and " before "killed"; before an `active` verb only a verb of the other
    fate ("shot a man dead and injured another" is two fates)."""
    start = max(lo, pos - 25)
    if _HURT_WORD.match(word):
        return (_KILLED_AND if active else _DEAD_AND).search(folded, start, pos) is not None
    if _DEAD_WORD.match(word):
        return _HURT_AND.search(folded, start, pos) is not None
    return False


def and_after(folded: str, start: int, end: int, hi: int) -> bool:
    """Whether the predicate `folded[start:end]` is followed by "and" and the other
    fate: "were killed" before " and wounded", "dead" before " and injured"; the dead
    and the missing together too ("57 people are dead and missing", "have died or gone
    missing": IOM's words; trial 74d: read as killed)."""
    words = folded[start:end].split()
    last = words[-1] if words else ""
    if _DEAD_WORD.match(last) or last in ("died", "dies"):
        return bool(_AND_HURT.match(folded, end, hi) or _AND_MISSING.match(folded, end, hi))
    if _HURT_WORD.match(last):
        return _AND_DEAD.match(folded, end, hi) is not None
    return False


# Back from the hurt's word: "50 casualties and " before "wounded".
_COUNT_BEFORE = re.compile(
    # "Dozens of martyrs and wounded": a vague word's "of" too
    r"(?<=\S)\s+(?:of\s+)?(?:(?:civilian|people|persons)\s+)?(?:casualties|causalities|dead|deaths|killed|"
    r"martyrs|fatalities)\s+and\s+(?:the\s+)?$"
)


def open_counts(c: Clause) -> Iterator[Refused]:
    """The counts of `c` named by one fate's noun and joined to the other's: "50
    casualties and wounded", "12 dead and injured" give no toll of either."""
    folded = c.folded
    for pos in c.triggers:
        if not _HURT_WORD.match(_word(folded, pos)):
            continue
        before = _COUNT_BEFORE.search(folded, max(c.lo, pos - 45), pos)
        if before is None:
            continue
        for quantity in c.quantities.values():
            if quantity.end == before.start():
                yield Refused(quantity.start, quantity.end)


def _word(folded: str, pos: int) -> str:
    """The word starting at `pos`."""
    match = _FIRST_WORD.match(folded, pos)
    return match.group(0) if match else ""
