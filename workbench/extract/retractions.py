"""Figures a correction notice takes back: "Correction: An earlier version of this
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
_TURN = re.compile(r"\bbut\b|;|\binstead\b|\bin\s+fact\b")


def not_retracted(folded: str, start: int, end: int, readings: list[Reading]) -> list[Reading]:
    """The readings of the sentence `folded[start:end]` but those its correction notice
    takes back (after the retracting words, before a turn to the right figure)."""
    notice = _RETRACTED.search(folded, start, end)
    if notice is None:
        return readings
    turn = _TURN.search(folded, notice.end(), end)
    stop = turn.start() if turn else end
    return [r for r in readings if not notice.end() <= r.start < stop]
