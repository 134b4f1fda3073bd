"""A bare count told as being treated, after a toll of the dead: the hurt (trial 78).

"A nurse said eleven people had died, including three women, and six were being
treated", "The toll rose to eight, while 15 others were receiving treatment": the six
and the 15 are the wounded of the incident whose dead were just counted. Read number
by number they came out as `other`, or as more of the dead when the breakdown before
them lent them its noun ("nine children"). `breakdowns._next_part` no longer takes a
count with a predicate of its own as a further part; this module reads such a count as
`wounded`, and where it has no noun of its own ("six"), it counts what the toll counts
("people"), not what the breakdown counts ("women").

Only after a toll of the dead and no count of the hurt in the same sentence (the
treated of "15 wounded, six of whom are in hospital" are some of the 15), the treatment
bare or in hospital; "the 40 soldiers were being treated to a parade" has no toll
before it, and "30 were treated for shock" is read as it was (`victim_verbs`).
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.models import Category

_BARE = frozenset({Category.OTHER, Category.TROOPS})
_TOLLS = frozenset({Category.KILLED})
# The count's own predicate: "were being treated", "are still in hospital", "were
# receiving treatment", "were hospitalised" (lower-cased text).
_TREATED = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:still\s+|all\s+)?(?:being\s+)?"
    r"(?:treated|hospitali[sz]ed|in\s+(?:the\s+)?hospital|receiving\s+(?:medical\s+)?"
    r"(?:treatment|care)|under\s+(?:medical\s+)?(?:treatment|care))"
    r"(?!\s+(?:to|as|like|with\s+respect|for\s+(?:shock|trauma)))(?![a-z])"
)
_PART_LEAD = re.compile(r"including|among")


def treated_after_toll(folded: str, readings: list[Reading]) -> list[Reading]:
    """`readings` of one sentence (`folded` the lower-cased text), each bare count
    (`other`, `troops`) told as being treated after a toll of the dead (no count of the
    hurt before it) read
    as `wounded`, with the toll's subject where it names none of its own."""
    if len(readings) < 2 or not any(r.category in _BARE for r in readings):
        return readings
    out: list[Reading] = []
    for reading in readings:
        whole = next(
            (
                r
                for r in out
                if r.category in _TOLLS
                and r.end <= reading.start
                and not _PART_LEAD.match(folded, r.start)
            ),
            None,
        )
        if (
            whole is not None
            # a wounded count told already: the treated are some of those (unseen-s)
            and not any(r.category is Category.WOUNDED for r in out)
            and reading.category in _BARE
            and _TREATED.match(folded, reading.end) is not None
        ):
            bare = reading.end == reading.quantity.end  # "six": no noun of its own
            reading = Reading(
                reading.quantity,
                Category.WOUNDED,
                reading.start,
                reading.end,
                whole.subject if bare else reading.subject,
                whole.noun if bare else reading.noun,
                reading.actor,
            )
        out.append(reading)
    return out
