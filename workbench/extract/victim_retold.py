"""A background death told again: a later sentence that re-tells, by a definite phrase,
the death an earlier sentence gave as the reason for what is told ("Youths protested over
the murder of a trader. The man was killed on 27/07.": the man is the trader, no death of
this event). Read by victims.py; runs over lower-cased text (`casefold.fold`).

ACLED's coders often add the background victim's day or circumstance in a sentence of
its own (acled-nigeria-f, acled-nigeria and acled-hoa study: "The man was killed on
27/07", "The deaths of the three may have been related to a fight", "The chief had been
shot dead by herders", each coded 0 deaths).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.number_words import parse_number_words
from workbench.models import Category

# What makes a death the reason for, or the background of, what a sentence tells: a
# protest over it, a reprisal or response to it, a blame or suspicion for it.
_WHY = (
    r"(?:(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)?|riot\w*|rall(?:y|ied|ies|ying)|"
    r"took\s+to\s+the\s+streets?|outrage|anger|uproar)(?:\s+[^.;]{0,60}?)?\s+(?:over|against|about)|"
    r"to\s+(?:protest|condemn|denounce|mourn|avenge|demand\s+justice\s+for)|"
    r"(?:response|reprisal|revenge|retaliation)\s+(?:to|for)|"
    r"blam\w*\s+[^.;]{0,40}?\s+for|"
    r"(?:accused|suspected)\s+(?:of(?:\s+having)?|to\s+have))"
)
_COUNT = r"(?P<count>\d{1,3}|[a-z]+)"
# The death so told, and its count: "over the murder of a trader", "protest the alleged
# killing of three farmers", "suspected to have shot dead an area chief".
_BACKGROUND = re.compile(
    rf"(?<![a-z]){_WHY}\s+(?:the\s+)?(?:alleged\s+|recent\s+|reported\s+|brutal\s+|gruesome\s+)?"
    r"(?:(?:murders?|killings?|deaths?|lynchings?|assassinations?)\s+(?:of\s+)?|"
    r"(?:killed|murdered|shot\s+dead|killing|murdering)\s+)"
    rf"(?:(?:the|their|his|her|its)\s+)?{_COUNT}(?![a-z])(?P<words>(?:\s+[a-z-]+){{0,4}})"
)
# One victim: a determiner with no count after it ("the murder of a trader").
_ONE = frozenset("a an one the his her their its".split())
# A reading that names its victims by a definite phrase: "the man was killed", "the
# deaths of the three", "their colleague died".
_DEFINITE = re.compile(
    r"(?:(?:deaths?|killings?|murders?|bod(?:y|ies)|remains)\s+of\s+)?(?:the|their|his|her)\s+"
    r"(?P<head>[a-z-]+)"
)
# The heads that stand for any victim told before: "the man", "the victims", "the three".
_ANAPHORS = frozenset(
    "man woman boy girl child victim victims deceased person people men women boys girls "
    "children youth youths couple pair two three four five six seven eight nine ten".split()
)


def retold_background(folded: str, start: int, readings: list[Reading]) -> list[Reading]:
    """The killed readings of the sentence at `start` that re-tell, by a definite phrase
    of the same count, a death an earlier sentence of the text gave as background ("...
    over the murder of a trader. The man was killed on 27/07."). `folded` is the whole
    text lower-cased; `readings` the sentence's. Returns the readings to drop."""
    definite = [
        (r, head)
        for r in readings
        if r.category is Category.KILLED
        and (head := _DEFINITE.match(folded, r.start, r.end)) is not None
    ]
    if not definite:
        return []
    told = [
        (_count(m.group("count")), {m.group("count"), *m.group("words").split()})
        for m in _BACKGROUND.finditer(folded, 0, start)
    ]
    return [
        r
        for r, head in definite
        if any(
            r.quantity.value == count and (head["head"] in _ANAPHORS or head["head"] in words)
            for count, words in told
        )
    ]


def _count(word: str) -> float:
    """The number of victims a background phrase counts: 1 for a determiner alone."""
    if word in _ONE:
        return 1.0
    if word.isdigit():
        return float(word)
    value = parse_number_words(word)
    return float(value) if value is not None else 1.0
