"""Figures a correction notice takes back, and figures a revision names as the ones it
replaces ("revising its earlier toll of 12"): "Correction: An earlier version of this
article said 30 people were killed" states no claim anyone makes now (the outlet
withdrew it, and the corrected figure is told beside it). The notice's own new
figure ("The toll is 13", "was corrected to say 13") stays a claim.

A figure after the retracting words, in the same sentence and before a "but" or a
semicolon, is the one taken back. Runs over lower-cased text.
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading

# "an earlier version of this article said", "a previous version of the story
# incorrectly reported", "this article wrongly stated", "was misreported as"
_RETRACTED = re.compile(
    r"(?:(?:an?\s+)?(?:earlier|previous|prior|original)\s+version\s+of\s+(?:this|the)\s+"
    r"(?:article|story|report|piece|post|item|headline)\s+(?:\w+ly\s+)?"
    r"(?:said|stated|reported|gave|put|misstated|misreported|described|referred)"
    r"|(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put)"
    r"|\bmis(?:stated|reported)\s+(?:\w+\s+){0,3}?as\b)"
)
# The figure a revision replaces, named as the earlier one: "revising its earlier toll of
# 12", "up from an initial count of 20" (the voice's latest word is the new figure; the
# old one is told in its own, earlier report)
_REPLACED = re.compile(
    r"\b(?:revis\w*|rais\w*|updat\w*|correct\w*|replac\w*|up|down)\s+(?:from\s+)?"
    r"(?:its|their|his|her|the|an?)\s+(?:earlier|previous|initial|first|original|preliminary)\s+"
    r"(?:death\s+)?(?:toll|figure|count|estimate|tally|number)\s+of\s*$"
    # a toll's rise or fall from its figure: "rose to 11, up from 6 announced on
    # Wednesday" (trial 57: the 6 was read as troops)
    r"|,\s*(?:up|down)\s+from\s*$"
)
# A word every pattern above holds: a sentence without one retracts nothing
_MAY_RETRACT = re.compile(
    r"earlier|previous|prior|original|initial|first|preliminary|incorrectly|wrongly|up from|"
    r"down from|"
    r"mistakenly|erroneously|misstated|misreported"
)
_TURN = re.compile(r"\bbut\b|;|\binstead\b|\bin\s+fact\b")


def not_retracted(folded: str, start: int, end: int, readings: list[Reading]) -> list[Reading]:
    """The readings of the sentence `folded[start:end]` but the figures a revision
    names as replaced and those its correction notice takes back (after the
    retracting words, before a turn to the right figure)."""
    if not _MAY_RETRACT.search(folded, start, end):  # most sentences: one search
        return readings
    readings = [r for r in readings if not _replaced(folded, start, r)]
    notice = _RETRACTED.search(folded, start, end)
    if notice is None:
        return readings
    turn = _TURN.search(folded, notice.end(), end)
    stop = turn.start() if turn else end
    return [r for r in readings if not notice.end() <= r.start < stop]


def _replaced(folded: str, start: int, reading: Reading) -> bool:
    """Whether a revision names the reading's figure as the one it replaces."""
    at = reading.quantity.start
    return _REPLACED.search(folded, max(start, at - 80), at) is not None
