"""Two people counted once and given their fate by "both" after: "a car with two
civilians in it, as a result of which both were killed", "the bus carried two nurses;
both died". The count read number by number (`other`, `troops`) is the fate's claim,
its text running to the fate's words. Patterns run over lower-cased text
(`casefold.fold`)."""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.extract.claims import Reading
from workbench.extract.lexicon import PEOPLE
from workbench.models import Category

_FATES = {
    "killed": Category.KILLED,
    "died": Category.KILLED,
    "dead": Category.KILLED,
    "shot dead": Category.KILLED,
    "perished": Category.KILLED,
    "lost their lives": Category.KILLED,
    "wounded": Category.WOUNDED,
    "injured": Category.WOUNDED,
    "hurt": Category.WOUNDED,
    "kidnapped": Category.KIDNAPPED,
    "abducted": Category.KIDNAPPED,
}
_FATE = "|".join(re.escape(f) for f in sorted(_FATES, key=len, reverse=True))
# After the count, in its sentence, no other figure and no other "both" between: "both
# of them were killed", "both of the civilians died", "both were later found dead".
_BOTH = re.compile(
    r"[^.!?\d]{0,120}?(?<![a-z])both(?:\s+of\s+(?:them|the\s+[a-z-]+|these))?\s+"
    r"(?:(?:were|was|are|had\s+been|have\s+been|later|subsequently|instantly|also|"
    r"reportedly|found|fatally|seriously|critically|badly)\s+){0,3}"
    rf"(?P<fate>{_FATE})(?![a-z])"
)
_COUNTED = frozenset({Category.OTHER, Category.TROOPS})
_TWO = re.compile(r"(?:2|two)(?![\d.,])")


def both_fates(folded: str, end: int, readings: list[Reading]) -> list[Reading]:
    """The readings with a count of two that "both" gives a fate after it, up to `end`
    (the sentence's end), read as that fate: "two civilians ... both were killed" is
    two killed. A count already a casualty's keeps its own fate."""
    if not readings or "both" not in folded[readings[0].start : end]:
        return readings
    out = []
    for reading in readings:
        found = None
        if (
            reading.category in _COUNTED
            and reading.noun in PEOPLE
            and _TWO.match(folded, reading.quantity.start)
        ):
            found = _BOTH.match(folded, reading.end, end)
        if found is None or _later_count(readings, reading, found.end()):
            out.append(reading)
            continue
        category = _FATES[found.group("fate")]
        out.append(replace(reading, category=category, end=found.end()))
    return out


def _later_count(readings: list[Reading], reading: Reading, fate_end: int) -> bool:
    """Whether another reading stands between `reading` and its fate's words."""
    return any(reading.end <= r.start < fate_end for r in readings if r is not reading)
