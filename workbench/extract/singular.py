"""Named victims: "French journalist Jean Dupont was kidnapped" is a claim of one.

Victims counted by a number or by "a"/"the" and a noun are read in `victims.py`;
this module reads the ones named by a personal name before a passive verb.
"""

from __future__ import annotations

import re

from workbench.extract.claims import Reading
from workbench.extract.numbers import Quantity
from workbench.models import Category

_EVENTS = {
    "killed": Category.KILLED,
    "shot dead": Category.KILLED,
    "executed": Category.KILLED,
    "murdered": Category.KILLED,
    "assassinated": Category.KILLED,
    "beheaded": Category.KILLED,
    "wounded": Category.WOUNDED,
    "injured": Category.WOUNDED,
    "kidnapped": Category.KIDNAPPED,
    "abducted": Category.KIDNAPPED,
    "taken hostage": Category.KIDNAPPED,
    "arrested": Category.ARRESTED,
    "detained": Category.ARRESTED,
    "missing": Category.MISSING,
}
_EVENT = "|".join(re.escape(e) for e in sorted(_EVENTS, key=len, reverse=True))
_BE = r"(?:was|has\s+been|had\s+been|got|is|remains|is\s+still)\s+(?:\w+ly\s+)?"
_NAMED = re.compile(
    rf"(?P<name>\b[A-Z][a-z]+(?:\s+(?:de\s+|van\s+|al-)?[A-Z][\w’'-]+){{1,3}})"
    rf"(?:,\s+(?:a|an|the)\s+[^,]{{1,60}},)?\s+{_BE}(?P<event>{_EVENT})\b"
)
_NOT_NAMES = re.compile(r"^(?:The|A|An|This|That|Mali|France|In|On|At)\b")
# Every match holds one of the event words as written: a span without any is
# passed over without trying the name pattern at each of its capitals.
_ANY_EVENT = re.compile(_EVENT)


def find_singular(text: str, start: int, end: int) -> list[Reading]:
    """Readings of value one for each named person killed, wounded, kidnapped or held
    in `text[start:end]`: "Muhammad Aslam was killed"."""
    readings: list[Reading] = []
    if _ANY_EVENT.search(text, start, end) is None:
        return readings
    for match in _NAMED.finditer(text, start, end):
        if not _NOT_NAMES.match(match.group("name")):
            quantity = Quantity(match.start(), match.end(), 1, 1, 1, "exact")
            category = _EVENTS[" ".join(match.group("event").lower().split())]
            readings.append(
                Reading(
                    quantity, category, match.start(), match.end(), match.group("name"), None, None
                )
            )
    return readings
