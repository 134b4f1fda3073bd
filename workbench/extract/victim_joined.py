"""A passive or a death joined by "and" or "but" to what its sentence's subject did
before it ("Two men entered the village and were shot dead", "A man stepped on a
landmine and died"): the subject is the victim (`joined_subject`). Split from
victim_passive.py, which asks it."""

from __future__ import annotations

import re

from workbench.extract.victim_clause import Clause
from workbench.extract.victim_items import Item
from workbench.extract.victim_lists import parse_list
from workbench.extract.victim_readings import people_named

# One person with an article opening the sentence: "A man stepped on a mine and died".
# "Another villager also stepped on a landmine and was killed" (acled-v study: no claim)
_ONE = re.compile(r"(?:an?|the|another)\s")
# A death told by an intransitive verb: the subject's own, with no auxiliary.
DIED = re.compile(r"(?:died|perished|succumbed)(?![a-z])")
# A passive joined to an active verb of the same subject: "Two men entered the village
# and were shot dead", "two bombers tried to enter Gwoza, but were shot dead by troops".
_JOINED = re.compile(
    r"(?:,\s*)?(?<![a-z])(?:and|but)\s+(?:(?:later|then|subsequently|eventually|all)\s+)?$"
)


def joined_subject(c: Clause, lo: int, stop: int) -> list[Item]:
    """The sentence's subject where a passive's auxiliaries (at `stop`) follow only
    "and" or "but" in their clause and the sentence opens with counted people, no
    other figure standing before the passive ("Two men entered the village and were
    shot dead": two men; not "Gunmen killed three men and were arrested")."""
    joined = _JOINED.search(c.folded, max(c.sentence_start, stop - 30), stop)
    # the passive's clause opens with the join, or at it: ", but" is a clause break
    # (acled-n study: "A bodyguard intervened, but was killed by the group", no claim)
    if joined is None or lo > joined.end():
        return []
    fronted = FRONTED.match(c.folded, c.sentence_start, stop)
    begin = fronted.end() if fronted else c.sentence_start
    while begin < stop and c.folded[begin].isspace():
        begin += 1
    if begin not in c.quantities and not _ONE.match(c.folded, begin):
        return []
    items = parse_list(c.sentence, begin, stop, c.quantities)
    if not items or not all(i.counted and people_named(i) for i in items):
        return []
    if any(items[-1].end <= q < stop for q in c.quantities):
        return []  # another figure between: whose fate the passive tells is unclear
    return items


# A time or a place that opens the sentence, its comma no owner's apposition: "On 14
# May 2016, four suspects were set ablaze", "In Kuri, a woman was set on fire".
FRONTED = re.compile(
    r"\W*(?:on|in|at|around|about|during|after|before|late|early|last|yesterday|\d)"
    r"(?![a-z])[^,;]*,\s*"
)
