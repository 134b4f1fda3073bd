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
from workbench.extract.victim_reasons import background
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
# A death told by a nominal, and its count: "the murder of a teenager", "the death of
# their relative"; background where `victim_reasons.background` finds a reason before it
# in its sentence ("accused involved in the murder of", "demanded an investigation of
# the death of"), as the nominal's own reading is dropped.
_NOMINAL = re.compile(
    r"(?<![a-z])(?:the\s+)?(?:suspicious\s+|alleged\s+|recent\s+|brutal\s+)?"
    r"(?:murders?|killings?|deaths?|lynchings?|assassinations?)\s+of\s+"
    rf"(?:(?:the|their|his|her|its)\s+)?{_COUNT}(?![a-z])(?P<words>(?:\s+[a-z-]+){{0,4}})"
)
_SENTENCE_END = re.compile(r"[.;!?]\s")
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
        for m in (*_BACKGROUND.finditer(folded, 0, start), *_background_nominals(folded, start))
    ]
    return [
        r
        for r, head in definite
        if any(
            r.quantity.value == count and (head["head"] in _ANAPHORS or head["head"] in words)
            for count, words in told
        )
    ]


def _background_nominals(folded: str, start: int) -> list[re.Match[str]]:
    """The nominal deaths before `start` that a reason before them in their sentence
    makes background ("protesters demanded an investigation of the death of ...")."""
    found = []
    for match in _NOMINAL.finditer(folded, 0, start):
        ends = list(_SENTENCE_END.finditer(folded, max(0, match.start() - 200), match.start()))
        lo = ends[-1].end() if ends else max(0, match.start() - 200)
        if background(folded, lo, match.start()):
            found.append(match)
    return found


def _count(word: str) -> float:
    """The number of victims a background phrase counts: 1 for a determiner alone."""
    if word in _ONE:
        return 1.0
    if word.isdigit():
        return float(word)
    value = parse_number_words(word)
    return float(value) if value is not None else 1.0
