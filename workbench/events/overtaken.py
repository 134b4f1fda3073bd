"""Figures a later report of the event says the toll has moved on from: "In Pulka ...
the toll has risen to 18, up from 12 reported earlier"; "the death toll rose from 20
to 35". The 12 and the 20 that earlier reports gave are overtaken: an event's
figures leave them out as they leave out a first count its own report replaced
(`summary._counted`), since monitors code the toll a later report gives (a trial's
analyst coded 18 where the event's figures kept the overtaken 12 as their low).

Pure code over an event's claims of one category.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.events.figures import stated_number
from workbench.match.features import MatchInput

# "up from 12", "down from an earlier toll of 40", "rose from 20 to 35"
_FROM = re.compile(
    r"\b(?:up|down)\s+from\s+(?:(?:an?|the)\s+(?:earlier|previous|initial|first)\s+"
    r"(?:[a-z]+\s+)?(?:toll|figure|count|estimate|tally)\s+of\s+)?(\d[\d,]*)"
    r"|\b(?:rose|risen|rises|raised|increased|climbed|jumped|revised(?:\s+up(?:wards?)?)?)\s+"
    r"(?:[a-z]+\s+){0,3}?from\s+(\d[\d,]*)\s+to\b",
    re.IGNORECASE,
)


def overtaken(claims: Sequence[MatchInput]) -> set[int]:
    """The ids of the claims (of one category) whose number a claim of a later report
    says the toll moved on from; none where no report says so, or the reports' days
    are not known."""
    moved: list[tuple[str, int, int]] = []  # the later report's day, the old number, its claim
    for c in claims:
        if c.published:
            for found in _FROM.finditer(c.sentence):
                old = int((found.group(1) or found.group(2)).replace(",", ""))
                moved.append((c.published, old, c.id))
    return {
        c.id
        for c in claims
        for day, old, by in moved
        if c.id != by and c.published and c.published < day and stated_number(c) == old
    }
