"""Tolls a report tells one by one, then sums: "15 civilians were locked in a house and
executed, while 7 others were killed along the road. This toll of 25 dead ...", "Selon
lui, 15 civils ont été exécutés, tandis que 7 autres ont été tués ... Ce bilan de 25
morts ...". The 15 and the 7 are shares of the 25: each is marked `part`, so that an
event's figures and matching read the 25 as the report's toll and the shares as parts of
it, never as tolls that dispute it (`match.parts.counts_part`).

A claim sums the shares before it when its own words or the words just before them
call it a sum or the toll just told ("in all", "in total", "a total of", "this toll
of", "au total", "en tout", "soit", "ce bilan de"), and two or more claims told before
it in its report, within `REACH` characters, count the same fate of one incident, each
below it, together no more than it, on its day (where both are dated) and at a place
that agrees with its (`earlier_figures.same_place`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.extract.cues import CASUALTY_CATEGORIES
from workbench.extract.earlier_figures import same_place
from workbench.models import Claim, Scope

REACH = 600  # characters before a sum where the shares it sums are looked for
# Words before a figure (in its sentence, up to it) that call it the sum of those told.
_SUM = re.compile(
    r"(?<![\w])(?:in\s+all|in\s+total|all\s+told|altogether|a\s+total\s+of|(?:this|that|the"
    r"\s+overall)\s+(?:death\s+)?toll\s+of|au\s+total|en\s+tout|soit(?:\s+un\s+total\s+de)?|"
    r"(?:ce|cet)\s+(?:bilan|décompte)\s+(?:de|d['’]|à)|(?:le\s+)?bilan\s+total\s+(?:de|à))"
    r"[^.;:!?]{0,30}$",
    re.IGNORECASE,
)


def summed_shares(window: Sequence[Claim], total: Claim) -> list[int]:
    """The indexes in `window` (the claims told before `total`, in order) of the shares
    `total` sums (module docstring); [] where it sums none."""
    if not _counts(total) or total.low is None or not _called_sum(total):
        return []
    shares = [
        i
        for i, claim in enumerate(window)
        if _counts(claim)
        and claim.category is total.category
        and claim.source == total.source
        and 0 <= total.start - claim.end <= REACH
        and claim.high is not None
        and claim.high < total.low
        and (claim.date is None or total.date is None or claim.date == total.date)
        and same_place(total, claim)
    ]
    if len(shares) < 2 or sum(window[i].low or 0 for i in shares) > (total.high or total.low):
        return []
    return shares


def _counts(claim: Claim) -> bool:
    return (
        claim.category in CASUALTY_CATEGORIES
        and claim.scope is Scope.INCIDENT
        and not claim.denies
        and not claim.part
    )


def _called_sum(claim: Claim) -> bool:
    """Whether the words up to the claim's figure, in its sentence, call it a sum."""
    at = claim.sentence.find(claim.text)
    if at < 0:
        return False
    head = claim.sentence[: at + len(claim.text)]
    figure = re.search(r"\d|\b(?:one|two|three|un|une|deux|trois)\b", claim.text)
    end = at + (figure.start() if figure else len(claim.text))
    return _SUM.search(head, 0, end) is not None
