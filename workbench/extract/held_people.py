"""Detainees and prisoners are counted as arrested only where an arrest is told (issue 13,
kinds37).

"Police arrested 40 detainees", "12 prisoners were taken into custody" count arrests;
"82 detainees escaped", "the release of 20 prisoners", "the prison held 300
prisoners", "an exchange of 50 prisoners" count people held, whom no arrest of this
report took: a count of people (`other`), not `arrested`. Where detainees are the
victims ("gunmen killed 82 detainees", "14 prisoners died") the victims' reading gives
their fate, as for anyone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.models import Category

_HELD = frozenset("detainees detainee prisoners prisoner".split())
_ARREST = re.compile(
    r"\b(?:arrest\w*|detained|detaining|detains|detain|rounded\s+up|round-?ups?|apprehend\w*|"
    r"custody|jailed|imprisoned|incarcerat\w*|remanded|captur\w*|seized|picked\s+up|"
    r"took\s+(?:[\w-]+\s+){0,3}?prisoners?|tak(?:en|ing)\s+(?:[\w-]+\s+){0,3}?prisoners?|"
    # a battle's tally of the enemy: "40 fighters neutralised and 12 prisoners" (trial 75b)
    r"neutrali[sz]\w*)\b",
    re.IGNORECASE,
)


def held_as_told(
    text: str, clauses: list[tuple[int, int]], readings: list[Reading]
) -> list[Reading]:
    """The readings of a sentence, each count of detainees or prisoners read `arrested`
    by its noun alone made `other` where its clause tells no arrest."""
    return [_held(text, clauses, r) for r in readings]


def _held(text: str, clauses: list[tuple[int, int]], reading: Reading) -> Reading:
    if reading.category is not Category.ARRESTED or not reading.subject:
        return reading
    if reading.subject.split()[-1].lower() not in _HELD:
        return reading
    clause = next((c for c in clauses if c[0] <= reading.start < c[1]), None)
    lo, hi = clause if clause else (reading.start, reading.end)
    if _ARREST.search(text, lo, hi):
        return reading
    return replace(reading, category=Category.OTHER)
