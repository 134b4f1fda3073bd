"""A rival voice's bare count after a toll: the same toll by another voice (trial 78).

"Kasese clash: Mayor says six killed as police insist on three", "Chief says 12 dead,
army insists on five": the three and the five are the police's and the army's tolls of
the same dead. Read number by number, the count after "police insist on" took the
voice's word as its noun ("three police", `troops`). Here such a count, bare (no noun
of its own after it), right after a voice and its verb of telling, and after a toll of
the dead or the hurt in the same sentence, is read in that toll's category and with
its subject. Not "as police arrested three" (no verb of telling), nor "the army sent
five soldiers" (a noun of its own).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.models import Category

_BARE = frozenset({Category.OTHER, Category.TROOPS})
# A second voice telling its count, right before the figure (lower-cased text): "as
# police insist on ", ", army insists on ", "while the ministry says only ".
_RIVAL = re.compile(
    r"(?:\s+as|\s+while|\s+but|\s+whereas|,)\s+(?:the\s+)?(?:[a-z’'-]+\s+){0,3}?"
    r"(?:insists?\s+on|insisted\s+on|says?|said|counts?|counted|claims?|claimed|gives?|"
    r"gave|reports?|reported|puts?\s+(?:it|the\s+toll|the\s+death\s+toll)\s+at|"
    r"put\s+(?:it|the\s+toll|the\s+death\s+toll)\s+at)\s+"
    r"(?:only\s+|just\s+|at\s+least\s+|about\s+|some\s+)?$"
)


def rival_counts(folded: str, start: int, readings: list[Reading]) -> list[Reading]:
    """`readings` of the sentence starting at `start` (`folded` lower-cased), each bare
    count a second voice tells after a toll ("as police insist on three") read in that
    toll's category, with its subject."""
    if len(readings) < 2 or not any(r.category in _BARE for r in readings):
        return readings
    out: list[Reading] = []
    for reading in readings:
        whole = next(
            (
                r
                for r in reversed(out)
                if r.category in CASUALTY_CATEGORIES and r.end <= reading.start
            ),
            None,
        )
        quantity = reading.quantity
        if (
            whole is not None
            and reading.category in _BARE
            and _RIVAL.search(folded, max(start, whole.end), quantity.start) is not None
            and _bare_after(folded, quantity.end, reading.end)
        ):
            reading = Reading(
                quantity,
                whole.category,
                quantity.start,
                quantity.end,
                whole.subject,
                whole.noun,
                reading.actor,
            )
        out.append(reading)
    return out


def _bare_after(folded: str, pos: int, end: int) -> bool:
    """Whether nothing but space follows the figure up to the reading's end (no noun of
    its own after it)."""
    return not folded[pos:end].strip()
