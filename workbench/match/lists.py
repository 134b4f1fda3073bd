"""A count given as a list of groups, and the list's total.

"Four police and one reservist killed" is read as two claims, 4 police and 1
reservist; another report of the same attack may give only the total, "five police
officers". The parts alone would contradict it. Claims of one sentence and category
whose texts overlap or touch, joined by "and", "as well as", "along with", "together
with", "plus" or a "with" before a possessive ("a mother with her four children")
(and commas), are the parts of one list ("left five guards dead as well as the six
attackers"); each carries the list's total, which matching compares as well (`relate`).
A breakdown is no list: "eleven people, including six attackers" counts the six
among the eleven, so a list's words never hold "including", "among", "of whom" ...

A list of victims of two families ("five soldiers killed and 47 assailants
neutralised": security forces and an armed group; UCDP counts the deaths of each
side apart) is `mixed`: its total is all the dead, which only a toll naming no
family ("11 people", "52 dead") may be compared with, never one of either side
("at least 12 soldiers" is no count of 5 + 47).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from workbench.match.features import Features

# "and", "as well as", "along with", "together with", "plus", and "with" before a
# possessive ("a mother with her four children"): after the toll word a part may end
# on ("left five guards dead as well as the six attackers"); French "et", "ainsi que"
# ("deux gendarmes, deux policiers et un civil ont péri")
_JOINING = (
    r"(?:and|as\s+well\s+as|along\s+with|together\s+with|plus|"
    r"with(?=\s+(?:her|his|their)\b)|et|ainsi\s+que)"
)
_JOINER = re.compile(
    r"^[\s,]*(?:(?:dead|killed|wounded|injured|morts|tués|blessés)\s+)?(?:" + _JOINING + r"\s+)?$"
)
_AND = re.compile(r"\b" + _JOINING + r"\b")
# French breakdowns too: "dont", "parmi lesquels", "y compris", "notamment"
_BREAKDOWN = re.compile(
    r"\b(?:including|includ\w*|among|of\s+(?:whom|them|which|those)|out\s+of|such\s+as|"
    r"dont|parmi|y\s+compris|notamment)\b|\(",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Total:
    """A list's total: the sums of its parts' lower and upper bounds, and how it
    reads in a reason ("4 + 1 = 5")."""

    low: float
    high: float
    words: str
    mixed: bool = False  # its parts count victims of two families (or an armed group)


def with_list_totals(found: Iterable[Features]) -> list[Features]:
    """The claims, each part of a list given its list's `Total` (others unchanged).
    Copies of one part (a sentence a document repeats) share its total, counted once."""
    claims = list(found)
    copies: dict[tuple[int, str, str, str], list[int]] = defaultdict(list)
    for i, f in enumerate(claims):
        copies[told_at(f.claim)].append(i)
    for group in list_parts([f.claim for f in claims]):
        total = _total([claims[i] for i in group])
        for i in group:
            for copy in copies[told_at(claims[i].claim)]:
                claims[copy] = replace(claims[copy], total=total)
    return claims


class Told(Protocol):
    """What finding a list reads of a claim: a stored claim, or the matcher's view."""

    @property
    def document_id(self) -> int: ...
    @property
    def sentence(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def category(self) -> str: ...


def list_parts(claims: Sequence[Told]) -> list[list[int]]:
    """The lists among the claims (indexes into `claims`), as `with_list_totals`
    finds them: one list's parts in one sentence of one category, each part once
    (the first of a sentence's copies). An event's figures count a list once, as its
    total (events/figures.py)."""
    sentences: dict[tuple[int, str, str], dict[str, int]] = defaultdict(dict)
    for i, c in enumerate(claims):
        if c.sentence:
            document, sentence, category, text = told_at(c)
            sentences[(document, sentence, category)].setdefault(text, i)
    return [
        group
        for (_, sentence, _), first in sentences.items()
        if len(first) > 1
        for group in _lists(sentence, list(first.items()))
    ]


def told_at(claim: Told) -> tuple[int, str, str, str]:
    """Where a claim was told: its document, sentence, category and words (a list's
    parts are told once each there: `list_parts`)."""
    return claim.document_id, claim.sentence, str(claim.category), claim.text


def _lists(sentence: str, texts: list[tuple[str, int]]) -> list[list[int]]:
    """The lists among one sentence's claims of a category (`texts`: each claim's
    words and its index): runs of claims, in order of where their texts begin, each
    overlapping or joined to the one before by commas and "and", whose words
    together hold an "and" and no breakdown."""
    spans = []
    for text, i in texts:
        start = sentence.find(text)
        if start >= 0:
            spans.append((start, start + len(text), i))
    spans.sort(key=lambda span: (span[0], -span[1]))
    runs: list[list[tuple[int, int, int]]] = []
    for span in spans:
        if runs and _joined(sentence, max(end for _, end, _ in runs[-1]), span[0]):
            runs[-1].append(span)
        else:
            runs.append([span])
    lists = []
    for run in runs:
        words = sentence[run[0][0] : max(end for _, end, _ in run)]
        if len(run) > 1 and _AND.search(words) and not _BREAKDOWN.search(words):
            lists.append([i for _, _, i in run])
    return lists


def _joined(sentence: str, end: int, start: int) -> bool:
    """Whether a text that ends at `end` and one that begins at `start` overlap or
    touch with only commas and "and" between them; not a whole named by a word of
    anyone and its parts after a comma ("trois morts, deux soldats et un civil",
    "killed three people, two soldiers and a civilian": 3, not 3 + 2 + 1)."""
    if start <= end:
        return True
    gap = sentence[end:start]
    if not _JOINER.match(gap):
        return False
    return not ("," in gap and not _AND.search(gap) and _WHOLE_BEFORE.search(sentence, 0, end))


# A word that counts everyone, ending a whole that parts set off by a comma break down.
_WHOLE_BEFORE = re.compile(
    r"\b(?:people|persons|dead|casualties|victims|morts|personnes|victimes|tués|blessés|"
    r"wounded|injured)\W*$",
    re.IGNORECASE,
)


def _total(parts: list[Features]) -> Total:
    values = [_number(f.low) for f in parts]
    low, high = sum(f.low for f in parts), sum(f.high for f in parts)
    return Total(low, high, f"{' + '.join(values)} = {_number(low)}", _mixed(parts))


def _mixed(parts: list[Features]) -> bool:
    """Whether a list's parts count victims of two families ("five soldiers and 47
    assailants"), or an armed group beside people of no family named ("six attackers
    and two others"): matching never puts an armed group's dead with anyone else's."""
    families = {f.victim for f in parts}
    named = families - {None}
    return len(named) > 1 or ("armed_group" in named and None in families)


def usable_total(f: Features, other: Features) -> Total | None:
    """The list total of `f` that may be compared with `other`'s figure: none where
    `f` is no part of a list, or its list is `mixed` and `other` names a family of
    victims (the dead of both sides are no count of one side's)."""
    if f.total is None or (f.total.mixed and other.victim is not None):
        return None
    return f.total


def as_totals(a: Features, b: Features) -> tuple[Features, Features]:
    """Two claims, each part of a list read as its list's total where that may be
    compared with the other (`usable_total`): what two reports dispute is the toll,
    "three Lebanese and two Syrians" (5) against "seven people", not one part of it."""
    total_a, total_b = usable_total(a, b), usable_total(b, a)
    first = a if total_a is None else replace(a, low=total_a.low, high=total_a.high)
    second = b if total_b is None else replace(b, low=total_b.low, high=total_b.high)
    return first, second


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"
