"""A toll a sentence tells twice (issue 13, paraphrase robustness).

A coder's note often gives the toll, then the event that made it, in one sentence:
"Three are dead after gunmen shot three traders dead", "Five persons were killed
when herdsmen attacked Ukum and killed five farmers", "Four killed: gunmen shot dead
four worshippers". The second figure names the same dead again: one toll, not two.
It is a restatement where the same category and figure come again after a word that
ties the event to the toll ("after", "when", "as", "following", a colon), one of the
two counts people by no noun of their own ("three", "five persons", "people"), and
the second says no more ("another", "other", "more"). "Gunmen killed 5 in Kuri and
5 in Dogo" and "killed two policemen and two civilians" tell different dead.

And the coder's total in brackets that adds up the figures before it ("left 4 Tiv and
3 Fulani dead (7 fatalities)") restates them.

One more death told by its rank and the toll it makes, "A fifth soldier died in hospital,
bringing the toll to five": the fifth soldier is one of the five, not a toll of one
(`ranked_one_of`; trial 69, a toll of one beside the army's five).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading

# What ties the event told second to the toll told first, between them.
_LINK = re.compile(r"(?<![a-z])(?:after|when|as|following)(?![a-z])|:")
# Words that make the second figure more dead, not the same.
_MORE = re.compile(r"(?<![a-z])(?:another|other|others|more|also|further|additional|plus)(?![a-z])")
# A figure in a list or a parallel clause: "killed two in Kuri when ..., and two when".
_PARALLEL = re.compile(r"(?:(?<![a-z])(?:and|or)|,)\s*$")
# Nouns that count people as such, no more: "five persons", "7 people".
_GENERIC = frozenset("people persons person individuals victims".split())
# "all" before the second figure: the whole group told before, not more dead ("Six
# recruits were killed when gunmen stopped the minibus and killed all six men", rand
# study: twelve).
_ALL_BEFORE = re.compile(r"(?<![a-z])all\s+(?:of\s+)?(?:the\s+|those\s+)?$")
# A figure in a bracket of the coder's own count: "(7 fatalities)", "(9 dead)".
_BRACKET_TOTAL = re.compile(
    r"\(\s*(?:total\s+(?:of\s+)?)?[\w,-]+\s+(?:fatalities|fatality|dead|deaths|killed)"
    r"(?:\s+in\s+total)?\s*\)"
)


def restated_here(folded: str, readings: list[Reading]) -> list[Reading]:
    """`readings` of one sentence (in text order) less each that restates a toll told
    before it in the sentence, by a tie to its event or as a bracketed sum."""
    kept: list[Reading] = []
    for reading in readings:
        if any(_restates(folded, first, reading) for first in kept):
            continue
        if _bracketed_sum(folded, kept, reading):
            continue
        kept.append(reading)
    return kept


# The rank of one more victim opening its words: "a fifth soldier", "the 12th victim",
# "un cinquième soldat", "le 5e".
_RANK_WORDS = (
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
    "deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième "
    "onzième douzième".split(),
)
_RANKS = {word: rank for words in _RANK_WORDS for rank, word in enumerate(words, 2)}
_RANKED = re.compile(
    r"(?:(?:a|an|the|un|une|le|la)\s+)?(?:(?P<digits>\d{1,3})(?:st|nd|rd|th|e|ème)|"
    r"(?P<word>[a-zè]+))(?![\w-])"
)


def ranked_one_of(folded: str, readings: list[Reading]) -> list[Reading]:
    """`readings` of one sentence less one victim told by a rank ("a fifth soldier")
    whose sentence gives the toll of that rank in the same category ("bringing the toll
    to five"): the toll holds that victim."""
    return [r for r in readings if not _ranked_in_toll(folded, r, readings)]


def _ranked_in_toll(folded: str, reading: Reading, readings: list[Reading]) -> bool:
    if reading.quantity.low != 1:
        return False
    ranked = _RANKED.match(folded, reading.start, reading.end)
    if ranked is None:
        return False
    digits = ranked.group("digits")
    rank = int(digits) if digits else _RANKS.get(ranked.group("word") or "")
    return rank is not None and any(
        other.category is reading.category and other.quantity.low == rank
        for other in readings
        if other is not reading
    )


def _restates(folded: str, first: Reading, second: Reading) -> bool:
    """Whether `second` names the dead of `first` again: same category and exact
    figure, a tie between them, one counted by no noun of its own or the second told
    as all of them, no word of more."""
    if first.category is not second.category or first.end > second.quantity.start:
        return False
    low, other = first.quantity.low, second.quantity.low
    if low is None or low != other or first.quantity.high != second.quantity.high:
        return False
    whole = _ALL_BEFORE.search(folded, max(0, second.quantity.start - 14), second.quantity.start)
    if not (_generic(first) or _generic(second) or whole):
        return False
    between = folded[first.end : second.quantity.start]
    link = _LINK.search(between)
    if ";" in between or link is None or _PARALLEL.search(between):
        return False
    if link.group() == "as" and len(between[link.end() :].split()) < 2:
        return False  # no clause of the event between: "fatalities coded as 6"
    return _MORE.search(folded, max(first.end, second.quantity.start - 25), second.end) is None


def _generic(reading: Reading) -> bool:
    """Whether a reading counts people by no noun of their own ("Three are dead",
    "five persons")."""
    if reading.subject is None:
        return True
    return reading.subject.split()[-1].lower() in _GENERIC


def _bracketed_sum(folded: str, kept: list[Reading], reading: Reading) -> bool:
    """Whether `reading` is a coder's bracketed count ("(7 fatalities)") that adds up
    the two or more figures of its category before it in the sentence."""
    opened = folded.rfind("(", 0, reading.quantity.start)
    if opened < 0 or not _BRACKET_TOTAL.match(folded, opened):
        return False
    before = [r for r in kept if r.category is reading.category and r.end <= opened]
    figures = [r.quantity.low for r in before]
    if len(before) < 2 or any(f is None for f in figures):
        return False
    return sum(f for f in figures if f is not None) == reading.quantity.low
